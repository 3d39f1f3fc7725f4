import { matchAll, type Detector } from './detector';
import { entityCandidates } from './entities';

/** Hospital wards named by number: `Ward 12`, `Ward 7B`. */
const NUMBERED_WARD = /\b(?:Ward|Pod|Wing)\s+\d{1,3}[A-Z]?\b/g;

/** Local organisations: clinics, schools, churches, employers, groups (see entities.ts), and numbered wards. */
export const organization: Detector = {
  id: 'organization',
  priority: 50,
  detect: (context) => [
    ...entityCandidates(context).filter((candidate) => candidate.type === 'ORGANIZATION'),
    ...matchAll(context.text, NUMBERED_WARD, (match) => ({
      start: match.index,
      end: match.index + match[0].length,
      type: 'ORGANIZATION',
      confidence: 0.6,
      reason: 'a numbered hospital ward',
    })),
  ],
};
