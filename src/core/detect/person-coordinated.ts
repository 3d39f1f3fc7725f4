import { isSentenceStart } from './capitalised';
import { isMonthOrWeekday } from './date-words';
import type { Candidate, DetectionContext } from './detector';
import { CITIES, COUNTRIES_AND_REGIONS, DEMONYMS, WORD_NAMES } from './lexicon/compromise-lexicon';
import { MORE_LANGUAGE_NAMES } from './lexicon/language-names';
import { FAITHS, NATIONALITIES } from './lexicon/peoples';
import { FAMOUS_MONONYMS, LANGUAGES, PRODUCTS_AND_THINGS, PUBLIC_BRANDS_AND_SERVICES, PUBLIC_FIGURES } from './lexicon/public-names';
import { isCommonWord } from './lexicon/english-words';
import { isGivenName } from './lower-case-entities';
import { isNameCandidate } from './person-introductions';
import { overlapsAny } from '../spans';

/** A name found this confidently vouches for the word joined to it. */
const MIN_NEIGHBOUR_CONFIDENCE = 0.8;
const CONFIDENCE = 0.8;
const REASON = 'a capitalised word joined by "and" to a name';

/** `Paddy and`, `Memory &`: one capitalised word, then the conjunction, ending where the name starts. */
const WORD_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+),?[ \t]+(?:and|&)[ \t]+$/u;
/** `Penny, `: one capitalised word and a comma, ending where the next listed name starts. */
const LISTED_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+),[ \t]+$/u;
/** `and Liese`: the conjunction, then one capitalised word that no other capitalised word follows. */
const WORD_AFTER = /^,?[ \t]+(?:and|&)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}'’-]|[ \t]+\p{Lu})/u;
/**
 * Before WORD_BEFORE's word, a capitalised word (then it ends a longer name or title, judged by other rules) or a
 * preposition of place or language (`from Leeds and Michael`, `in Polish and Faith`).
 */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+$/u;
const PREPOSITION_BEFORE = /(?<![\p{L}\p{M}])(?:in|at|from|to|near|into|outside|around|towards|via|of|on)[ \t]+$/iu;
/** Words a firm's or a pair's name joins to a surname: `Hughes and Sons`, `Patel & Co`. */
const FIRM_WORDS = new Set(['sons', 'son', 'daughters', 'co', 'company', 'partners', 'associates', 'brothers', 'sisters', 'friends', 'family', 'others']);

/**
 * `The twins are seven, Paddy and Michael.`, `Memory and Blessing`, `Hein and Liese and the little ones`: a
 * capitalised word joined by `and` to a name found with a good cue names a person too, even where it is an ordinary
 * word (`Paddy`, `Memory`) or opens a sentence. Opening a sentence it must still look like a name (a given name, or
 * no English word), and months, places and firm words (`& Sons`) are left to their own rules.
 */
export function coordinatedNames({ text, structure }: DetectionContext, people: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  /** Takes `word` at `start` as a name, unless it is no name or already found; true when it was taken. */
  const add = (start: number, word: string): boolean => {
    const end = start + word.length;
    if (!acceptsWord(text, start, word)) return false;
    if (overlapsAny(people, start, end) || overlapsAny(found, start, end) || overlapsAny(structure.protectedSpans, start, end)) return false;
    found.push({ start, end, type: 'PERSON', confidence: CONFIDENCE, reason: REASON });
    return true;
  };
  for (const person of people) {
    if (person.type !== 'PERSON' || person.confidence < MIN_NEIGHBOUR_CONFIDENCE) continue;
    const before = text.slice(Math.max(0, person.start - 40), person.start);
    const first = WORD_BEFORE.exec(before);
    const lead = first ? before.slice(0, first.index) : '';
    if (first && !CAPITALISED_BEFORE.test(lead) && !PREPOSITION_BEFORE.test(lead)) {
      let listed = person.start - before.length + first.index;
      // `Penny, Cash and Sunny`: the words listed before it with commas, back to the list's start (four at most).
      for (let count = 0, taken = add(listed, first[1]); taken && count < 4; count++) {
        const head = text.slice(Math.max(0, listed - 40), listed);
        const comma = LISTED_BEFORE.exec(head);
        if (!comma || CAPITALISED_BEFORE.test(head.slice(0, comma.index)) || PREPOSITION_BEFORE.test(head.slice(0, comma.index))) break;
        listed -= head.length - comma.index;
        taken = add(listed, comma[1]);
      }
    }
    const next = WORD_AFTER.exec(text.slice(person.end, person.end + 40));
    if (next) add(person.end + next[0].length - next[1].length, next[1]);
  }
  return found;
}

/** Languages, peoples, faiths, brands and names everybody shares: `Mum in Polish and Faith in hers`. */
const NOT_PEOPLE: ReadonlySet<string> = new Set([
  ...DEMONYMS, ...NATIONALITIES, ...FAITHS, ...LANGUAGES, ...MORE_LANGUAGE_NAMES, ...PUBLIC_BRANDS_AND_SERVICES, ...PRODUCTS_AND_THINGS, ...FAMOUS_MONONYMS, ...PUBLIC_FIGURES,
]);

function acceptsWord(text: string, start: number, word: string): boolean {
  const lower = word.toLocaleLowerCase();
  if (!isNameCandidate(word) || isMonthOrWeekday(lower) || FIRM_WORDS.has(lower)) return false;
  if (COUNTRIES_AND_REGIONS.has(lower) || CITIES.has(lower) || NOT_PEOPLE.has(lower)) return false;
  // Opening a sentence, an ordinary word is capitalised anyway: only a given name or a word English does not have.
  if (isSentenceStart(text, start)) return isGivenName(lower) || WORD_NAMES.has(lower) || !isCommonWord(lower);
  return true;
}
