import type { Detector } from './detector';
import { entityCandidates } from './entities';
import { lowerCaseShapesOf } from './pattern-lower-case-shapes';
import { numberedUnits } from './pattern-numbered-units';
import { branchesAndAcronyms } from './org-branches-and-acronyms';
import { worksAndPlants } from './org-works-and-plants';
import { lowerCaseOrganisations } from './org-lower-case-names';
import { careTransfers } from './org-care-transfers';
import { organisationShapes, withoutSchemesAndDays } from './pattern-org-shapes';
import { namedVenues } from './org-venues';
import { channelsAndDepartments } from './org-channels-and-departments';
import { withoutCrossing, withoutWordBeforeNumber } from './pattern-overlaps';

/**
 * Local organisations: clinics, schools, churches, employers, groups (see entities.ts), numbered units (`Ward C3`),
 * names by shape (`Polish Saturday School`, `X, the podcast`) and in lower-case captions (`st peter high school`).
 */
export const organization: Detector = {
  id: 'organization',
  priority: 50,
  detect: (context) => {
    const units = [
      ...numberedUnits(context.text),
      ...organisationShapes(context.text),
      ...branchesAndAcronyms(context.text, context.structure),
      ...worksAndPlants(context.text),
      ...lowerCaseOrganisations(context.text),
      ...careTransfers(context.text),
      ...namedVenues(context.text),
      ...channelsAndDepartments(context.text),
      ...lowerCaseShapesOf(context).filter((candidate) => candidate.type === 'ORGANIZATION'),
    ];
    const guesses = withoutSchemesAndDays(context.text, entityCandidates(context).filter((candidate) => candidate.type === 'ORGANIZATION'));
    return [...withoutCrossing(withoutWordBeforeNumber(context.text, guesses), units), ...units];
  },
};
