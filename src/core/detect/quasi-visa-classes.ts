/**
 * Visa classes and immigration papers by their letters (`I was on H-4`, `my EAD`, `EB-2, priority date`, `a B-2
 * visitor visa`, `BN(O) families`): only immigration law names them this way, so they tell someone's status. The
 * letters alone are common elsewhere (`a B-2 bomber`, `F-1 racing`, `E-2` a grid square), so most count only where
 * the chunk talks about visas or names an unmistakable class; a few never mean anything else.
 */
import { matchAll, type Candidate } from './detector';
import { otherAt } from './quasi-cues';

const REASON = 'immigration status of a person in the story';

/** Classes and papers with no other everyday meaning: flagged wherever they stand. */
const UNMISTAKABLE = /(?<![\p{L}\p{N}-])(H-1B1?|H-2[AB]|H-4|L-1[AB]?|EB-[1-5]|BN\(O\)|I-(?:94|129|130|131|140|485|765|797)[A-C]?)(?![\p{L}\p{N}]|-\p{N})/gu;
/** Classes whose letters mean other things too: flagged only where the chunk talks about visas (VISA_TALK). */
const AMBIGUOUS = /(?<![\p{L}\p{N}-])(EAD|TN|[BEFJKLMOPR]-[1-3]|H-[13])(?![\p{L}\p{N}]|-\p{N})/gu;
const VISA_TALK = /\b(?:visas?|green card|immigration|USCIS|petition|sponsor(?:ed|ship)?|work permit|priority date|status)\b|(?<![\p{L}\p{N}-])(?:H-1B|H-4|EB-[1-5]|L-1|EAD)(?![\p{L}\p{N}])/iu;
/** Cheap first test: a capital, a hyphen and a digit together, or the two letter-only names. */
const MAY_HOLD_A_CLASS = /[A-Z]-\d|EAD|TN|BN\(O\)/;

export function visaClasses(text: string): Candidate[] {
  if (!MAY_HOLD_A_CLASS.test(text)) return [];
  const found = matchAll(text, UNMISTAKABLE, (match) => otherAt(match.index, match.index + match[1].length, 0.55, REASON));
  if (!VISA_TALK.test(text)) return found;
  return [...found, ...matchAll(text, AMBIGUOUS, (match) => otherAt(match.index, match.index + match[1].length, 0.5, REASON))];
}
