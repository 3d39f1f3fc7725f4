/**
 * What a transcript may flag by its own context but never confirms for the whole corpus: a form confirmed in one file
 * is flagged in every other one in any case (corpus-knowledge.ts, known-forms.ts), so a weak guess there spreads as a
 * false flag everywhere. Countries and regions (`Australia` is someone's origin in one sentence, the residence in the
 * next), languages and nationality words (`Cantonese`, `Vietnamese`), chat abbreviations (`Btw`), names of national
 * bodies and ID schemes (`CNP`, `PESEL`, `HMRC`), public figures (`Bob Hawke`) and, as a person, everyday words of
 * other languages (`Mamo`, `Saúde`): each file's own detectors decide about them where they stand.
 */
import { COUNTRIES_AND_REGIONS, DEMONYMS, FIRST_NAMES, LAST_NAMES } from './detect/lexicon/compromise-lexicon';
import { COMMUNITY_WORDS, MORE_DEMONYMS, NEVER_NAMES } from './detect/lexicon/cues';
import { isEverydayForeignWord } from './detect/lexicon/foreign-words';
import { FOREIGN_FUNCTION_WORDS } from './detect/lexicon/function-words';
import { MORE_LANGUAGE_NAMES } from './detect/lexicon/language-names';
import { AIRLINES_AND_CARRIERS, NATIONAL_AGENCIES, NEWSPAPERS_AND_BROADCASTERS } from './detect/lexicon/national-bodies';
import { ID_SCHEME_NAMES } from './detect/lexicon/id-scheme-names';
import { peopleAndFaithWords } from './detect/lexicon/peoples';
import { CHAT_ABBREVIATIONS, FAMOUS_MONONYMS, LANGUAGES, PUBLIC_FIGURE_SURNAMES, PUBLIC_FIGURES } from './detect/lexicon/public-names';
import type { FindingType } from './types';

/** Words that name a place, a language or a people everyone shares: no name of one person or local place. */
const SHARED_WORDS: ReadonlySet<string> = new Set([
  ...COUNTRIES_AND_REGIONS, ...DEMONYMS, ...MORE_DEMONYMS, ...COMMUNITY_WORDS, ...LANGUAGES, ...MORE_LANGUAGE_NAMES,
  ...peopleAndFaithWords([]), ...CHAT_ABBREVIATIONS, ...ID_SCHEME_NAMES,
]);

/** Whole forms of national bodies and public figures. */
const PUBLIC_FORMS: ReadonlySet<string> = new Set([
  ...NATIONAL_AGENCIES, ...AIRLINES_AND_CARRIERS, ...NEWSPAPERS_AND_BROADCASTERS, ...PUBLIC_FIGURES, ...FAMOUS_MONONYMS,
]);

/** True when `form` (as found) may not be confirmed as `type` for every file of the corpus. */
export function neverSharedAcrossCorpus(form: string, type: FindingType): boolean {
  const lower = form.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  if (PUBLIC_FORMS.has(lower) || PUBLIC_FORMS.has(lower.replace(/\./g, ''))) return true;
  if (type !== 'PERSON') return SHARED_WORDS.has(lower);
  // `Arrived Australia`, `Btw Dr Sandhu`, `PESEL Mamo`: a person's name holds no country, language or chat word.
  if (holdsSharedWord(lower)) return true;
  if (lower.includes(' ')) return false;
  // A public figure's surname, a weekday, or an everyday word of another language is a name only by its context.
  return PUBLIC_FIGURE_SURNAMES.has(lower) || NEVER_NAMES.has(lower) || isEverydayForeignWord(lower) || FOREIGN_FUNCTION_WORDS.has(lower);
}

/**
 * True when a would-be name holds a country or region, a language, a people, a chat abbreviation or the name of an ID
 * scheme (`Arrived Australia`, `Chinese`, `Btw Dr Sandhu`): a form field or an aside, not a person. A name that is
 * also such a word (`Jordan`, `Victoria Okafor`) is still a name.
 */
export function holdsSharedWord(name: string): boolean {
  return name
    .toLocaleLowerCase()
    .split(/[ \t]+/)
    .map((word) => word.replace(/[.,'’]+$/u, ''))
    .some((word) => SHARED_WORDS.has(word) && !FIRST_NAMES.has(word) && !LAST_NAMES.has(word));
}
