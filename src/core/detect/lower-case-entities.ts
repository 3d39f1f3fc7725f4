import type { Token } from './capitalised';
import type { Candidate } from './detector';
import { namesInLowerCaseSlots } from './lower-case-name-slots';
import { CITIES, COUNTRIES_AND_REGIONS, DEMONYMS, FIRST_NAMES, WORD_NAMES } from './lexicon/compromise-lexicon';
import { GREETINGS_AND_COURTESIES, INFORMAL_WORDS, isSharedWord, PUBLIC_BRANDS_AND_SERVICES, PUBLIC_FIGURES } from './lexicon/public-names';
import { COMMUNITY_WORDS, DETERMINER_BEFORE, KIN_WORDS, NEVER_NAMES, OPENERS, ORG_SUFFIXES, ORIGIN_CUE, PLACE_SUFFIXES, SPECIALTY_WORD, TITLES } from './lexicon/cues';
// Ordinary words of other languages (`lola`, `mija`, `tito`) are no names either, in captions as elsewhere.
import { GIVEN_NAMES, isOrdinaryWord as isCommonWord } from './lexicon/foreign-words';
import { isListedEnglishWord } from './lexicon/english-words';

/**
 * Places and organisations in text transcribed all in lower case (automatic captions), where capitals say nothing:
 * a place word after `from`/`in` that is no English word (`from homs`), a known town, a country someone comes from,
 * a name before an organisation word (`kelly's pharmacy`, `ennisbeg library`) or a street (`main street`).
 * Only for chunks that are lower case throughout, so ordinary text keeps its stricter, capital-based rules.
 */
export function lowerCaseEntities(text: string, tokens: readonly Token[]): Candidate[] {
  if (!isLowerCaseText(tokens)) return [];
  let found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const before = text.slice(Math.max(0, token.start - 40), token.start);
    const next = tokens[i + 1];
    const joined = next !== undefined && text.slice(token.end, next.start) === ' ';
    if (joined && STREET_WORDS.has(next.lower) && !NOT_STREET_NAMES.has(token.lower) && isNameWord(token, true)) {
      found.push({ start: token.start, end: next.end, type: 'LOCATION', confidence: 0.7, reason: `lower-case name before "${next.text}"` });
      i++;
      continue;
    }
    // `don nacho`, `doña lupe`, `doctora ramírez`, `doktorka kovacova`: an honorific that only ever comes before a
    // name (or a post and a name: `pán starosta vrábel`), even one that is also a word (`don nacho`, `seu chico`).
    if (joined && NAME_ONLY_HONORIFICS.has(token.lower) && !DETERMINER_BEFORE.test(before) && isNameWord(next, true) && !TITLES.has(next.lower) && !KIN_WORDS.has(next.lower)) {
      // A name that is no word of any list is sure enough to be spread: `doktor szabó` … `szabo is very good`.
      found.push({ start: token.start, end: withoutPossessive(next), type: 'PERSON', confidence: isCommonWord(next.lower) ? 0.65 : 0.75, reason: `"${token.text}" and a name, in lower-case text` });
      i++;
      continue;
    }
    // `madame okafor`, `councillor tremblay`, `coach hunter`: a title before a name, not after a determiner
    // (`the coach said`). A name that is also a word (`hunter`, `rose`) needs an honorific that is only ever a title.
    if (joined && TITLES.has(token.lower) && !DETERMINER_BEFORE.test(before) && isNameWord(next, true) && !TITLES.has(next.lower)) {
      // After a title, a surname that reads as a plural of a word is a surname (`dr morales`, `mrs rogers`).
      const nameWord = !isCommonWord(next.lower) || (HONORIFICS.has(token.lower) && (isGivenName(next.lower) || WORD_NAMES.has(next.lower) || (next.lower.endsWith('s') && !isListedEnglishWord(next.lower))));
      if (nameWord) {
        found.push({ start: token.start, end: withoutPossessive(next), type: 'PERSON', confidence: 0.65, reason: `"${token.text}" and a name, in lower-case text` });
        i++;
        continue;
      }
    }
    // `bill prentice`, `mary okonjo`: a given name (English, or a word) before a surname that is no English word; not a
    // shared name (`tim hortons`). Other languages' given names are found alone below: after them an unknown word is as
    // often a greeting's (`aroha nui`).
    const pair = joined ? `${token.lower} ${next.lower}` : '';
    if (joined && (FIRST_NAMES.has(token.lower) || (WORD_NAMES.has(token.lower) && isCommonWord(token.lower))) && !MODALS.has(token.lower) && !DETERMINER_BEFORE.test(before) &&
      !PUBLIC_BRANDS_AND_SERVICES.has(pair) && !PUBLIC_FIGURES.has(pair) && !GREETINGS_AND_COURTESIES.has(pair) &&
      next.lower.length > 3 && isNameWord(next, false) && !isGivenName(next.lower) && !CITIES.has(next.lower) && !COUNTRIES_AND_REGIONS.has(next.lower) &&
      !PLACE_CUE.test(before)) {
      found.push({ start: token.start, end: next.end, type: 'PERSON', confidence: 0.75, reason: 'a given name and a surname, in lower-case text' });
      i++;
      continue;
    }
    // `hollins park`, `carrow bridge`: a word that is no English word before a place word.
    if (joined && PLACE_SUFFIXES.has(next.lower) && !ORG_SUFFIXES.has(next.lower) && isNameWord(token, false) && !FIRST_NAMES.has(token.lower)) {
      found.push({ start: token.start, end: next.end, type: 'LOCATION', confidence: 0.65, reason: `lower-case name before "${next.text}"` });
      i++;
      continue;
    }
    // `maama foou choir`: two words that are no English words (nor a people or a faith) before an organisation word.
    const third = tokens[i + 2];
    if (joined && third && ORG_SUFFIXES.has(third.lower) && text.slice(next.end, third.start) === ' ' && isNameWord(token, false) && isNameWord(next, false) && !isPeopleWord(token.lower) && !isPeopleWord(next.lower)) {
      found.push({ start: token.start, end: third.end, type: 'ORGANIZATION', confidence: 0.7, reason: `lower-case name before "${third.text}"` });
      i += 2;
      continue;
    }
    // `ennisbeg library`, `kelly's pharmacy`: a word that is no English word before an organisation word.
    if (joined && ORG_SUFFIXES.has(next.lower) && isNameWord(token, false)) {
      found.push({ start: token.start, end: next.end, type: 'ORGANIZATION', confidence: 0.7, reason: `lower-case name before "${next.text}"` });
      i++;
      continue;
    }
    // `noreen she came`, `siobhan said`: a given name that is no English word needs no cue where nothing is capitalised.
    const bare = token.lower.replace(/['’]s$/, ''); // `kelly's brother`
    // `o'halloran would have you out`, `mcdonagh's van`: the prefix of an Irish or Scots surname, which no word has.
    if (GAELIC_SURNAME_LOWER.test(bare) && !isCommonWord(bare) && !isSharedWord(bare) && !isSharedWord(token.lower)) { // not `mcdonalds`
      found.push({ start: token.start, end: token.start + bare.length, type: 'PERSON', confidence: 0.6, reason: 'an O\' or Mc surname, in lower-case text' });
      continue;
    }
    // Three letters are enough for an English given name (`huw`, `ian`), or with an accent (`léa`), in the lists.
    const longEnough = bare.length > 3 || (bare.length === 3 && (FIRST_NAMES.has(bare) || /[^\p{ASCII}]/u.test(bare)));
    // Not a people's name that a list also gives as a given name (`the filipino community`).
    if (isGivenName(bare) && longEnough && isNameWord(token, false) && !isPeopleWord(bare) && !PLACE_CUE.test(before) && !PUBLIC_FIGURES.has(pair) &&
      !GREETINGS_AND_COURTESIES.has(pair) && !PUBLIC_BRANDS_AND_SERVICES.has(pair) && !/\b(?:a|an)\s+$/u.test(before)) { // not `kia ora`, `tim hortons`, `a kia`
      found.push({ start: token.start, end: token.start + bare.length, type: 'PERSON', confidence: 0.6, reason: 'a given name, in lower-case text' });
      continue;
    }
    // `sione there helped me`, `tevita said no`: a word that is no English word, before what only a person does.
    if (isNameWord(token, false) && !FIRST_NAMES.has(token.lower) && !CITIES.has(token.lower) && !COUNTRIES_AND_REGIONS.has(token.lower) &&
      !PLACE_CUE.test(before) && !FUNCTION_BEFORE.test(before) && PERSON_DOES_AFTER.test(text.slice(token.end, token.end + 30))) {
      found.push({ start: token.start, end: token.end, type: 'PERSON', confidence: 0.6, reason: 'lower-case word that is no English word, before what a person does' });
      continue;
    }
    // `my daughter princess so she was born`: a given name that is also a word, named right after a relative.
    if ((WORD_NAMES.has(bare) || isGivenName(bare)) && isCommonWord(bare) && !MODALS.has(bare) && !NOT_NAMED.has(bare) && KIN_RIGHT_BEFORE.test(before) && NAME_ENDS_AFTER.test(text.slice(token.end, token.end + 12))) {
      found.push({ start: token.start, end: token.start + bare.length, type: 'PERSON', confidence: 0.75, reason: LOWER_CASE_RELATIVE_NAME_REASON });
      continue;
    }
    // `bill said no`, `me and bill went`, `i told grace`: a given name that is also a word, where only a person fits.
    // `when was penny born`: the question about a birth, where `was` is no subject's verb before a word.
    const bornAsked = /\bwas\s+$/u.test(before) && /^\s+born\b/u.test(text.slice(token.end, token.end + 8));
    if (WORD_NAMES.has(bare) && isCommonWord(bare) && !MODALS.has(bare) && !NOT_NAMED.has(bare) && !FUNCTION_BEFORE.test(before) && (bornAsked || !SUBJECT_BEFORE.test(before))) {
      const after = text.slice(token.end, token.end + 30);
      const restart = PRONOUN_RESTART.test(after) && !PREPOSITION_BEFORE.test(before) && !TIME_OF_DAY_BEFORE.test(before); // `i know rose she's been there`
      // `penny's mum`, `bill's wife`: a possessive before a kinship word.
      const kinOf = bare !== token.lower && KIN_WORDS.has(/^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '');
      if (WORD_NAME_DOES_AFTER.test(after) || ONLY_A_PERSON_AFTER.test(after) || COMPANION_BEFORE.test(before) || /^\s+and\s+(?:i|me)\b/u.test(after) || restart || kinOf) {
        found.push({ start: token.start, end: token.start + bare.length, type: 'PERSON', confidence: 0.6, reason: 'a given name that is also a word, where only a person fits, in lower-case text' });
        continue;
      }
    }
    if (!PLACE_CUE.test(before)) continue;
    // `in south auckland`, `in east tāmaki`: a side of a town, or of a place no list knows.
    if (joined && COMPASS_WORDS.has(token.lower) && (CITIES.has(next.lower) || isNameWord(next, false))) {
      found.push({ start: token.start, end: next.end, type: 'LOCATION', confidence: 0.7, reason: 'a side of a town, in lower case' });
      i++;
      continue;
    }
    if (COUNTRIES_AND_REGIONS.has(token.lower)) {
      // `from homs in syria`: the origin cue may come before the town the country follows.
      const beforeTown = before.replace(/[\p{Ll}'’-]+,?\s+(?:in\s+)?$/u, '');
      if (ORIGIN_CUE.test(before) || (beforeTown !== before && ORIGIN_CUE.test(beforeTown))) found.push(place(token, 0.6, 'country or region of origin, in lower case'));
    } else if (CITIES.has(token.lower)) {
      found.push(place(token, 0.75, 'a known town or city, in lower case'));
    } else if (isNameWord(token, false) && (!FIRST_NAMES.has(token.lower) || LIVES_IN_BEFORE.test(before))) {
      // A given name is a town only where someone lives in it or moved to it: `my sister lives in katy`.
      found.push(place(token, 0.75, 'lower-case word that is no English word, after a place preposition'));
    }
  }
  for (const name of namesInLowerCaseSlots(text, tokens, (token) => isNameWord(token, false))) {
    const overlapping = found.filter((other) => other.start < name.end && name.start < other.end);
    // A given name inside the fuller name a slot gives (`i'm losana losana fifita`) gives way to it.
    if (overlapping.some((other) => other.type !== 'PERSON' || other.start < name.start || other.end > name.end || other.end - other.start === name.end - name.start)) continue;
    if (overlapping.length > 0) found = found.filter((other) => !overlapping.includes(other));
    found.push(name);
  }
  return found;
}

/** Honorifics of Spanish, Portuguese, Slavic and Turkish speech that stand only before a given name, surname or post. */
export const NAME_ONLY_HONORIFICS = new Set(['don', 'doña', 'dona', 'doctora', 'seu', 'dom', 'ño', 'ña', 'pán', 'paní', 'pani', 'doktorka', 'doktor', 'gospodin', 'gospođa', 'gospodja', 'sayın']);
/** Titles that are never ordinary nouns before a name (unlike `father`, `sister`, `judge`). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'missus', 'madame', 'madam', 'monsieur', 'mademoiselle', 'dr', 'coach', 'councillor', 'councilor', 'cllr', 'auntie', 'aunty', 'señor', 'señora', 'senor', 'senora', 'doña', 'herr', 'frau', 'lolo', 'lola', 'tita', 'tito', 'kuya', 'manang', 'manong']);
/** compromise's given names and, for names from other languages (`ravi`, `léa`, `joão`), those of faker's locales. */
export const isGivenName = (lower: string): boolean => FIRST_NAMES.has(lower) || GIVEN_NAMES.has(lower);

/** What only a person does, after a name (and `there`/`here`, as said: `sione there helped me`). */
const PERSON_DOES_AFTER = /^\s+(?:(?:there|here|also|then|just|she|he)\s+)?(?:said|says|told|tells|asked|asks|helped|helps|rang|texted|phoned|explained|reckons|reckoned|laughed|cried|smiled|replied|answered)\b/u;
/** For a given name that is also a word: what a person does after it, in speech (`bill said`, `joy came over`). */
const WORD_NAME_DOES_AFTER = /^\s+(?:said|says|told|tells|asked|asks|rang|texted|phoned|reckons|reckoned|came over|came round|came around|turned up|drove us|picked me up)\b/u;
/** A sentence started again with the name's pronoun, as people speak: `i know rose she's been there`. */
const PRONOUN_RESTART = /^\s+(?:she's|he's|she’s|he’s|shes|hes|(?:she|he)\s+(?:was|is|came|comes|said|says|had|has|did|does|went|goes|told|gave|used to|would|will))\s/u;
const GAELIC_SURNAME_LOWER = /^(?:o['’](?!clock)\p{Ll}{3,}|mc\p{Ll}{3,})$/u;
/** Times of day and seasons that are also names, after which `she came` is a clause of its own: `at dawn she left`. */
const TIME_OF_DAY_BEFORE = /\b(?:at|by|before|after|till|until|since|from|the|a|every|this|that|of)\s+$/u;
/** `dawn gave me her number`, `penny was born`: what only a person does or has done to them. */
const ONLY_A_PERSON_AFTER = /^(?:\s+(?:gave|give|gives|sent|showed|told)\s+(?:me|us|him|her|them)\s+(?:her|his)\b|\s+(?:(?:was|is|got)\s+)?born\b)/u;
const PREPOSITION_BEFORE = /\b(?:with|of|in|for|to|at|on|by|from|without|about|like|than|and|or|but|no)\s+$/u;
/** Before it, what leads only to a person: `me and bill`, `i told grace`, `ask rusty`. */
const COMPANION_BEFORE = /\b(?:me and|and me and|told|tell|ask|asked|rang|texted|phoned)\s+$/u;
/** Before it, a subject or adverb that makes it the verb or adjective: `i hope said`, `so lucky`, `was frank`. */
const SUBJECT_BEFORE = /\b(?:i|we|you|they|he|she|it|so|very|too|was|is|be|been|were|are|am|not|just|really|pretty|quite)\s+$/u;
/** Endearments and words in the name lists that are rarely anyone's name in speech. */
const NOT_NAMED = new Set(['honey', 'buddy', 'baby', 'angel', 'sugar', 'candy', 'sunshine', 'prince', 'duke', 'gift', 'star', 'storm', 'rain', 'river', 'ocean', 'justice', 'destiny']);
/** Before a noun, not a name: `the uber said`, `my gp told me`. */
const FUNCTION_BEFORE = /\b(?:the|a|an|this|that|my|your|our|his|her|their|its|some|any|no|every)\s+$/u;
/** Given names that are also auxiliary verbs (`will`, `may`): before an unknown word they are the verb. */
const MODALS = new Set(['will', 'may', 'can', 'must', 'might']);
/** A people or a faith (`vietnamese buddhist temple`): a kind of temple, not its name. */
const isPeopleWord = (lower: string): boolean => DEMONYMS.has(lower) || COMMUNITY_WORDS.has(lower);
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'upper', 'lower', 'inner', 'outer', 'greater']);
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'terrace', 'crescent', 'boulevard']);
/** Words that say what kind of road it is, or how far, not which: `a three hour road trip`, `the dirt road`. */
const NOT_STREET_NAMES = new Set(
  `hour hours minute minutes mile miles block blocks day days week weeks year years lane lanes dirt gravel back side
  toll ring slip service access private public busy quiet long short narrow wide country farm two one`.split(/\s+/),
);
/** Where someone lives or moved: after these a given name is a town (`lives in katy`, `moved to florence`). */
const LIVES_IN_BEFORE = /\b(?:live|lives|lived|living|moved|grew up|was born|were born|stays|stayed|settled)\s+(?:in|to)\s+$/u;
const PLACE_CUE = /\b(?:from|in|near|outside|to|back in|back to|moved to|lived in|live in|grew up in)\s+$/i;
/** Clipped everyday words the word lists lack, which name no place before `centre` or `clinic` (`the evac centre`). */
export const CLIPPED_WORDS = new Set('evac rehab detox vax covid meds admin uni obs physio chemo ortho paeds peds neuro psych maternity'.split(' '));
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'one', 'same', 'other', 'each', 'every', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'no', 'any', 'some', 'which', 'what', 'whose']);

function place(token: Token, confidence: number, reason: string): Candidate {
  return { start: token.start, end: token.end, type: 'LOCATION', confidence, reason };
}

/** A word that can name something: not a function word or number; an English word only before a street word. */
function isNameWord(token: Token, englishAllowed: boolean): boolean {
  const lower = token.lower;
  // `the facebook group`, `a tesco bag`: a brand or product is no private name or place.
  if (lower.length < 3 || ANY_DIGIT.test(lower) || FUNCTION_WORDS.has(lower) || OPENERS.has(lower) || NEVER_NAMES.has(lower) || isSharedWord(lower) || CLIPPED_WORDS.has(lower) || CONTRACTION_UNMARKED.test(lower)) return false;
  // An informal word is no name either, nor its possessive (`the weans' school`).
  if (INFORMAL_WORDS.has(lower.replace(/['’]s?$/u, ''))) return false;
  return englishAllowed || (!isCommonWord(lower.replace(POSSESSIVE_S, '')) && !SPECIALTY_WORD.test(lower));
}

const ANY_DIGIT = /\p{N}/u;
/** A contraction typed or captioned without its apostrophe: `he dont trust`, `we cant`, `thats`. */
const CONTRACTION_UNMARKED = /^(?:dont|cant|wont|didnt|doesnt|isnt|wasnt|werent|arent|havent|hasnt|hadnt|couldnt|wouldnt|shouldnt|aint|ive|youre|theyre|thats|whats|theres|hes|shes|youve|weve|theyve|youll|theyll|itll)$/;
const POSSESSIVE_S = /['’]s$/;

/** True for a chunk of some length with (almost) no capitalised words: an automatic caption or a lower-case transcript. */
export function isLowerCaseText(tokens: readonly Token[]): boolean {
  // Asked of every chunk: counted in one loop, with no array of the words and no RegExp made per word.
  let words = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (!STARTS_WITH_LETTER.test(token.text)) continue;
    words++;
    // Phones' dictation writes `I` (and `I'm`) in capitals and nothing else: no sign of text typed by a person.
    if (token.capitalised && !PRONOUN_I.test(token.text)) capitalised++;
  }
  if (words < 3) return false;
  // A sentence start in capitals is the mark of text typed by a person; captions have none. A short caption cue
  // (`okay coach hunter sports`) counts when not one of its words is capitalised.
  return words < 8 ? capitalised === 0 : capitalised / words < 0.02;
}

const STARTS_WITH_LETTER = /^\p{L}/u;
const PRONOUN_I = /^I(?:['’](?:m|ve|ll|d))?$/u;

export const LOWER_CASE_RELATIVE_NAME_REASON = 'a given name that is also a word, right after a relative, in lower-case text';
/** A relative named just before: `my daughter `, `her son `. */
const KIN_RIGHT_BEFORE = /\b(?:my|his|her|our|their|your)\s+(?:daughter|son|granddaughter|grandson|sister|brother|wife|husband|niece|nephew|cousin|baby|eldest|youngest)\s+$/u;
/** What may follow a name that closes its phrase: a pause, a new clause, or what a person does. */
const NAME_ENDS_AFTER = /^(?:\s*[,.!?]|\s+(?:so|she|he|and|who|is|was|has|had|just|they|turned|turns|she's|he's|she’s|he’s)(?![\p{L}])|\s*$)/u;

/** Where a name token ends without its possessive: `sir doug's father` names `sir doug`. */
function withoutPossessive(token: { end: number; text: string }): number {
  return /['’]s$/u.test(token.text) ? token.end - 2 : token.end;
}
