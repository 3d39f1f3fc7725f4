import type { Detector } from './detector';
import { entityCandidates } from './entities';
import { numberedUnits } from './pattern-numbered-units';
import { organisationShapes } from './pattern-org-shapes';
import { withoutCrossing, withoutWordBeforeNumber } from './pattern-overlaps';

/** Local organisations: clinics, schools, churches, employers, groups (see entities.ts), and numbered units (`Ward C3`). */
export const organization: Detector = {
  id: 'organization',
  priority: 50,
  detect: (context) => {
    const units = [...numberedUnits(context.text), ...organisationShapes(context.text)];
    const guesses = entityCandidates(context).filter((candidate) => candidate.type === 'ORGANIZATION');
    return [...withoutCrossing(withoutWordBeforeNumber(context.text, guesses), units), ...units];
  },
};
