import type { Detector } from './detector';
import { entityCandidates } from './entities';

/** Names of people: titles, given names, context cues, capitalised non-words (see entities.ts). */
export const person: Detector = {
  id: 'person',
  priority: 50,
  detect: (context) => entityCandidates(context).filter((candidate) => candidate.type === 'PERSON'),
};
