import { isMonthOrWeekday } from './date-words';
import type { Candidate, DetectionContext } from './detector';
import { overlapsAny } from '../spans';
import { CITIES, COUNTRIES_AND_REGIONS, WORD_NAMES } from './lexicon/compromise-lexicon';
import { KIN_WORDS } from './lexicon/cues';
import { isGivenName } from './lower-case-entities';
import { isNameCandidate, opensAsNoName } from './person-introductions';
import { alternation } from './quasi-cues';

/**
 * A given name that is also a word (`Rose`, `Joy`, `Hope`), opening a sentence as a name only opens one:
 * - addressed, before a question, a turn handed over or an instruction: `Rose, you're up.`, `Rose, flag the BP`,
 *   `Hope, can you share your screen?`;
 * - before a role in apposition and a pronoun: `Joy, the BHW in Barangay Dalisay, she broke her ankle`;
 * - a relative or friend's name set off by commas after the relation: `The Fairbairns' daughter, Penny, she put me`;
 * - addressed at the end of a sentence, after a comma: `Oh, that's so common, Sunny.`
 * A known given name only (other capitalised words opening a sentence are found, or not, by their own rules), except
 * between a relation or role and a pronoun, where any word is a name: `mi sister, Sweetie, she`.
 */
export function addressedNames({ text, structure }: DetectionContext): Candidate[] {
  if (!text.includes(', ')) return [];
  const found: Candidate[] = [];
  for (const { pattern, reason, accepts, nameLast } of RULES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const word = match[1];
      if (!accepts(word, word.toLocaleLowerCase())) continue;
      // The name ends a rule's match or stands before its comma; the words before it are lower case or another name.
      const start = match.index + (nameLast ? match[0].lastIndexOf(word) : match[0].indexOf(`${word},`));
      const end = start + word.length;
      if (overlapsAny(structure.protectedSpans, start, end)) continue;
      found.push({ start, end, type: 'PERSON', confidence: 0.8, reason });
    }
  }
  return found;
}

const NAME = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
/** The start of a sentence or turn (`(?=\p{Lu})` first lets V8 skip most offsets before the look-behind). */
const SENTENCE_START = '(?=\\p{Lu})(?<=^|[.!?:][ \\t]+|\\n[ \\t]*|[\\])>][ \\t]*)';
const ADDRESSED_AFTER =
  "(?:(?:can|could|would|will|do|did|are|have)[ \\t]+you|you['’]re[ \\t]+(?:up|next|on)|over[ \\t]+to[ \\t]+you|your[ \\t]+turn|you[ \\t]+know[ \\t]+(?:him|her|them)|thank[ \\t]+you|go[ \\t]+ahead|any[ \\t]+(?:thoughts|update|news)|" +
  'flag|check|chase|book|send|ring|phone|email|arrange|follow[ \\t]+up|refer|review|confirm|update)(?![\\p{L}\\p{M}])';
/**
 * A name set off by commas between a relation or role and the pronoun that takes it up: `mi sister, Sweetie, she`,
 * `My second one, Tame, he was born`, `my great-grandson, Hunter. He's seven.`
 */
const APPOSITION_BEFORE_PRONOUN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:[Mm]y|[Mm]i|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Tt]he)(?:[ \\t]+[\\p{Ll}'’-]+){1,3},[ \\t]+(${NAME})(?:,[ \\t]+(?:she|he)|\\.[ \\t]+(?:She|He))(?![\\p{L}\\p{M}])`,
  'gu',
);
/** `Oh, that's so common, Sunny.`, `Thank you, Noble!`: a name addressed at the end of a sentence, after a comma. */
// Not after a capitalised word (`Kisumu, Kenya.` is a town and its country), nor a country or city itself.
const ADDRESSED_AT_END = new RegExp(`(?<=(?<![\\p{Lu}][\\p{L}\\p{M}'’-]*)[\\p{Ll}\\p{M}'’)],[ \\t]+)(${NAME})(?=[.!?](?:[ \\t\\n"”]|$))`, 'gu');
interface Rule {
  pattern: RegExp;
  reason: string;
  /** Whether the word (and its lower case) may be a name where the rule found it. */
  accepts: (word: string, lower: string) => boolean;
  /** The name is the last occurrence of its word in the match, not the one before a comma (`Hunter. He's seven.`). */
  nameLast?: boolean;
}
/** A known given name or a word that is one (`Rose`, `Joy`), not a word that opens a sentence as no name does. */
const knownName = (_word: string, lower: string): boolean => (isGivenName(lower) || WORD_NAMES.has(lower)) && !opensAsNoName(lower);
/** Any word a sentence does not open for another reason, and no month or weekday. */
const anyName = (word: string, lower: string): boolean => isNameCandidate(word) && !isMonthOrWeekday(lower);
const RULES: Rule[] = [
  // Set off between a relation or role and a pronoun (`the security guard, Oupa, he`), any word is a name there.
  { pattern: APPOSITION_BEFORE_PRONOUN, reason: 'a name set off by commas between a relation or role and a pronoun', accepts: anyName, nameLast: true },
  {
    pattern: ADDRESSED_AT_END,
    reason: 'a given name that is also a word, addressed at the end of a sentence',
    accepts: (word, lower) => knownName(word, lower) && anyName(word, lower) && !COUNTRIES_AND_REGIONS.has(lower) && !CITIES.has(lower),
    nameLast: true,
  },
  { pattern: new RegExp(`${SENTENCE_START}(${NAME}),[ \\t]+${ADDRESSED_AFTER}`, 'gu'), reason: 'a given name that is also a word, addressed', accepts: knownName },
  {
    pattern: new RegExp(`${SENTENCE_START}(${NAME}),[ \\t]+(?:the|our|my|a)[ \\t]+(?!(?:way|thing|point|truth|fact|problem|question|reason|trouble|idea|worst|best|end|time|day|moment|funny|only|first|last)\\b)[^,.!?\\n]{2,50},\\s+(?:she|he)(?![\\p{L}\\p{M}])`, 'gu'), // `,\nshe`: a caption's second line
    reason: 'a given name that is also a word, before a role in apposition',
    accepts: knownName,
  },
  {
    pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...KIN_WORDS].filter((word) => word.length > 2))}),[ \\t]+(${NAME}),`, 'gu'),
    reason: 'a given name that is also a word, in apposition after a relation',
    accepts: knownName,
  },
];
