/**
 * Towns and districts named by an ordinary word (`the blue one behind the school in Apex, up the hill`, `we lived in
 * Paradise.`, `she works in Reading,`): capitalised mid-sentence right after `in` and closing the clause. A word
 * that is not English is found by the capitalised-phrase rules already; these are the ones they leave as words.
 * Months, seasons, languages, peoples, school subjects and faith words capitalised after `in` are no place.
 */
import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS, DEMONYMS, FIRST_NAMES } from './lexicon/compromise-lexicon';
import { COMMUNITY_WORDS, NEVER_NAMES } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { LANGUAGES } from './lexicon/public-names';

/** `in Apex,`: one capitalised word after `in`, then a pause. */
const IN_WORD = / in (\p{Lu}\p{Ll}+)(?=[,.;!?])/gu;
/** Before `in`: a lower-case word or a comma, so the capital is mid-sentence, not a heading's typography. */
const MID_SENTENCE_BEFORE = /[\p{Ll},]$/u;
/** Capitalised after `in` for other reasons: seasons, school subjects and levels, faith, everyday typography. */
const NOT_PLACES = new Set(
  `spring summer autumn fall winter advent lent heaven hell paradise purgatory christ spirit
  maths math mathematics science sciences biology chemistry physics history geography art arts music drama english
  sociology psychology anthropology economics politics philosophy law medicine nursing business engineering
  education theology accounting finance marketing management computing french latin literature year reception
  care person general total theory practice particular public private brief short fact future past present
  court hospital church school college university class group team work office town city charge question
  recovery remission treatment therapy custody prison labour labor surgery theatre emergency`.split(/\s+/),
);

export function ordinaryWordTowns(text: string): Candidate[] {
  if (!text.includes(' in ')) return [];
  const found: Candidate[] = [];
  IN_WORD.lastIndex = 0;
  for (let match = IN_WORD.exec(text); match; match = IN_WORD.exec(text)) {
    if (!MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, match.index - 1), match.index))) continue;
    const lower = match[1].toLowerCase();
    // Words no dictionary has are left to the capitalised-phrase rules; given names to the person rules.
    if (!isCommonWord(lower) || FIRST_NAMES.has(lower) || NOT_PLACES.has(lower) || NEVER_NAMES.has(lower)) continue;
    if (LANGUAGES.has(lower) || DEMONYMS.has(lower) || COMMUNITY_WORDS.has(lower) || COUNTRIES_AND_REGIONS.has(lower)) continue;
    const start = match.index + 4;
    found.push({ start, end: start + match[1].length, type: 'LOCATION', confidence: 0.5, reason: 'an ordinary word capitalised after "in", closing the clause: a town or district' });
  }
  return found;
}
