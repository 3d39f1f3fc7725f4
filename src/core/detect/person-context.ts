import { matchAll, type Candidate, type Detector } from './detector';
import { isCommonWord } from './lexicon/english-words';
import { KIN_WORDS, OPENERS } from './lexicon/cues';

const KIN = [...KIN_WORDS].map((word) => word.replace(/-/g, '[- ]')).join('|');
/** `my daughter lizzie`, `my buddy tre`: a lower-case word right after a kinship word, as transcribed. */
const LOWER_AFTER_KIN = new RegExp(
  `\\b(?:my|our|his|her|their|your)\\s+(?:(?:little|big|baby|older|younger|eldest|youngest|best|late|old)\\s+)?(?:${KIN})\\s*,?\\s+([\\p{Ll}][\\p{L}\\p{M}'’-]{1,24})(?![\\p{L}\\p{M}])`,
  'giu',
);
/** `a lady named rosa`, `he's called tama`. */
const LOWER_AFTER_NAMING = /\b(?:named|called|name's|name is|nicknamed)\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/gu;
/** Spelled-out names: `T-A-M-S-I-N`, `J-O-E`. */
const SPELLED = /(?<![\p{L}\p{M}-])\p{Lu}(?:[-‐ ]\p{Lu}){2,}(?![\p{L}\p{M}-])/gu;
/** Initials: `J.K.`, `J. K.`, `A.J.` (not `U.S.`, `a.m.`). */
const INITIALS = /(?<![\p{L}\p{M}.])\p{Lu}\.(?:[ ]?\p{Lu}\.){1,2}(?![\p{L}\p{M}])/gu;
const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'E.U.', 'D.C.', 'N.Y.', 'L.A.', 'A.M.', 'P.M.', 'U.S.A.', 'B.C.', 'A.D.', 'R.I.P.', 'P.S.', 'I.D.', 'T.V.', 'E.R.', 'G.P.', 'O.K.']);
/** Initials in brackets signing a note: `Interviewer note (STR):`, `Field note (NF):`. */
const NOTE_INITIALS = /\b(?:note|notes|noted|transcriber|transcribed|interviewer|moderator|researcher|initials|comment|memo|by)\b[^()\n]{0,12}\(\s*(\p{Lu}{2,4})\s*\)/giu;
const NOT_NAMES = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'too', 'as', 'who', 'because', 'says', 'said']);

/** People named in ways capitalisation misses: lower-case transcription, spelled-out names, initials. */
export const personContext: Detector = {
  id: 'person-context',
  priority: 45,
  detect({ text }) {
    const lowerName = (reason: string, confidence: number) => (match: RegExpExecArray): Candidate | undefined => {
      const word = match[1];
      const lower = word.toLocaleLowerCase();
      if (isCommonWord(lower) || OPENERS.has(lower) || NOT_NAMES.has(lower)) return undefined;
      const start = match.index + match[0].length - word.length;
      const end = start + word.replace(/['’]s$/, '').length;
      return { start, end, type: 'PERSON', confidence, reason };
    };
    return [
      ...matchAll(text, LOWER_AFTER_KIN, lowerName('lower-case word after a kinship word', 0.75)),
      ...matchAll(text, LOWER_AFTER_NAMING, lowerName('lower-case word after "named"/"called"', 0.7)),
      ...matchAll(text, SPELLED, (match) => ({
        start: match.index,
        end: match.index + match[0].length,
        type: 'PERSON',
        confidence: 0.8,
        reason: 'a spelled-out name',
      })),
      ...matchAll(text, INITIALS, (match) =>
        NOT_INITIALS.has(match[0].replace(/ /g, '').toUpperCase())
          ? undefined
          : { start: match.index, end: match.index + match[0].length, type: 'PERSON', confidence: 0.7, reason: 'initials' }),
      ...matchAll(text, NOTE_INITIALS, (match) => {
        const start = match.index + match[0].lastIndexOf(match[1]);
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.75, reason: 'initials signing a note' };
      }),
    ];
  },
};
