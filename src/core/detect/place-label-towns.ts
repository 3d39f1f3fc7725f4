/**
 * Towns said where an English preposition would be, but is not:
 * - the caller's town in a phone-in or call label, after the name in brackets (`CALLER (BRUCE, NGONGOTAHĀ):`,
 *   `CALLER 3 (Esther Kahindi, Kilifi town):`), in capitals as often as not;
 * - a place before a South Asian postposition meaning "in" in code-mixed speech (`Pokhara ma`, `North Camp ma
 *   baschhin`, `Delhi mein`), where no English cue comes before it.
 */
import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS, DEMONYMS, FIRST_NAMES } from './lexicon/compromise-lexicon';
import { COMMUNITY_WORDS, NEVER_NAMES, OPENERS, isTitleWord } from './lexicon/cues';
import { LANGUAGES } from './lexicon/public-names';

/** `(Name, Town):` closing a label; both parts letters only, so `(F, 52, Bengali):` and `(00:03, P2):` stay out. */
const NAME_AND_TOWN_LABEL = /\((\p{L}[\p{L}\p{M} .'’-]{0,38}), (\p{Lu}[\p{L}\p{M} .'’-]{1,38})\)\s*:/gu;
/** What a label's second part says when it is no town: a gender, a role, an age group, a language or a people. */
const NOT_A_TOWN = /^(?:female|male|woman|man|nonbinary|non-binary|f|m|mother|father|parent|carer|caller|host|guest|interpreter|moderator|facilitator|researcher|interviewer|participant|elder|youth|adult|child|teen|student|staff|nurse|doctor|translated|inaudible|unclear|cont|continued|on air|off air|phone|by phone|in studio|remote)$/i;

/** A capitalised place of one to three words, then `ma` or `mein` and a lower-case word or a stop: `Reading ma kaam`. */
const PLACE_BEFORE_POSTPOSITION = /(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]* ){0,2}\p{Lu}[\p{L}\p{M}'’-]*) (?:ma|mein|mẽ|mā)(?= \p{Ll}|[.,;!?])/gu;

export function townsInLabelsAndPostpositions(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('):')) {
    NAME_AND_TOWN_LABEL.lastIndex = 0;
    for (let match = NAME_AND_TOWN_LABEL.exec(text); match; match = NAME_AND_TOWN_LABEL.exec(text)) {
      const town = match[2].trim();
      if (!namesAPlace(town)) continue;
      const start = match.index + 1 + match[1].length + 2;
      found.push({ start, end: start + town.length, type: 'LOCATION', confidence: 0.6, reason: "a caller's town in a label, after the name" });
    }
  }
  if (text.includes(' ma ') || text.includes(' mein ') || text.includes(' mẽ ') || text.includes(' mā ')) {
    PLACE_BEFORE_POSTPOSITION.lastIndex = 0;
    for (let match = PLACE_BEFORE_POSTPOSITION.exec(text); match; match = PLACE_BEFORE_POSTPOSITION.exec(text)) {
      const words = match[1].split(' ');
      // A sentence opener (`So ma`), a person (`Asha ma`), or a word everyone capitalises is no place; English has no
      // `ma` after a capital mid-sentence but `Ma` for a mother, itself capitalised.
      const lower = words.map((word) => word.toLowerCase());
      if (lower.some((word) => OPENERS.has(word) || NEVER_NAMES.has(word) || isTitleWord(word))) continue;
      if (isSentenceStart(text, match.index) || (words.length === 1 && FIRST_NAMES.has(lower[0]))) continue;
      if (!namesAPlace(match[1])) continue;
      found.push({ start: match.index, end: match.index + match[1].length, type: 'LOCATION', confidence: 0.55, reason: 'a place before a postposition meaning "in" (ma, mein)' });
    }
  }
  return found;
}

function namesAPlace(phrase: string): boolean {
  const lower = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (NOT_A_TOWN.test(lower) || COUNTRIES_AND_REGIONS.has(lower) || LANGUAGES.has(lower)) return false;
  return !lower.split(' ').every((word) => DEMONYMS.has(word) || COMMUNITY_WORDS.has(word));
}

const isSentenceStart = (text: string, offset: number): boolean => /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(Math.max(0, offset - 4), offset));
