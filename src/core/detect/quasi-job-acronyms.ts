/**
 * A job said by its letters after a person: `I was a CNA for nine years`, `her mother is an OFW in Riyadh`, `I'm an
 * RN on nights`. Letters followed by a noun (`an NHS nurse`, `a UK citizen`) are that noun's qualifier, and everyday
 * capitals (`OK`, `TV`) are no job.
 */
import { matchAll, type Candidate } from './detector';
import { isEverydayCapitals } from './initials-of-names';
import { otherAt, PERSON_IS } from './quasi-cues';

const JOB_LETTERS = new RegExp(
  `(?<!\\w)(?:${PERSON_IS}|worked as|works as|trained as)\\s+(?:an?\\s+)(\\p{Lu}{2,5})(?![\\p{L}\\p{N}])(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:for|at|in|on|with|since|until|till|and|but|now|then|here|there|back|before|after|when|like)\\b)`,
  'gimu',
);

export function jobsByTheirLetters(text: string): Candidate[] {
  if (!/\b(?:an?) [A-Z]{2}/.test(text)) return [];
  return matchAll(text, JOB_LETTERS, (match) => {
    const letters = match[1];
    // The `i` flag lets `\p{Lu}` match any letter: only capitals are the letters of a job.
    if (letters !== letters.toUpperCase() || isEverydayCapitals(letters)) return undefined;
    const start = match.index + match[0].length - letters.length;
    return otherAt(start, start + letters.length, 0.45, 'occupation said by its letters');
  });
}
