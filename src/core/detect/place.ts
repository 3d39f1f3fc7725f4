import type { Detector } from './detector';
import { entityCandidates } from './entities';

/** Towns, streets, counties, landmarks: suffixes, prefixes, prepositions (see entities.ts). */
export const place: Detector = {
  id: 'place',
  priority: 50,
  detect: (context) => entityCandidates(context).filter((candidate) => candidate.type === 'LOCATION'),
};
