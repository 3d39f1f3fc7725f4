import type { Detector } from './detector';
import { entityCandidates } from './entities';

/** Local organisations: clinics, schools, churches, employers, groups (see entities.ts). */
export const organization: Detector = {
  id: 'organization',
  priority: 50,
  detect: (context) => entityCandidates(context).filter((candidate) => candidate.type === 'ORGANIZATION'),
};
