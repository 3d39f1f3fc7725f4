import { isRoleLabel } from '../transcript';
import { overlapsAny } from '../spans';
import type { FindingType } from '../types';
import { capitalisedRuns, chunkTokens, isSentenceStart, tokenize, type Run, type Token } from './capitalised';
import { capitalisedElsewhere, clauseLanguage, FOREIGN_PERSON_AFTER, isForeignWordShape } from './foreign-clause';
import { isMonthOrWeekday } from './date-words';
import { CARDINAL_WORDS } from './pattern-number-words';
import type { Candidate, DetectionContext } from './detector';
import { isCommonWord as isEnglishWord } from './lexicon/english-words';
import { isEverydayForeignWord } from './lexicon/foreign-words';
import { FOREIGN_COUNTRY_AND_REGION_NAMES, FOREIGN_ORIGIN_CUE } from './lexicon/foreign-place-names';
import { FOREIGN_FUNCTION_WORDS, NUMBER_WORDS } from './lexicon/function-words';
import { LANGUAGE_HEADS, MORE_LANGUAGE_NAMES } from './lexicon/language-names';
import { PUBLIC_OFFICE_AFTER, PUBLIC_OFFICE_TITLES } from './lexicon/public-offices';
import {
  CITIES, COUNTRIES_AND_REGIONS, DEMONYMS, OTHER_PLACES, FIRST_NAMES, LAST_NAMES, PERSON_OR_PLACE, PERSON_WORDS, PUBLIC_ENTITIES, ROLE_NOUNS, WORD_NAMES,
} from './lexicon/compromise-lexicon';
import {
  COMMUNITY_WORDS, KIN_WORDS, MORE_DEMONYMS, NEVER_NAMES, OPENERS, ORG_PREFIXES, ORG_SUFFIXES, ORIGIN_CUE, PLACE_PREFIXES_STRONG,
  NEWBORN_TITLE, PLACE_PREFIXES_WEAK, PLACE_SUFFIXES, PUBLIC_NAMES, SPECIALTY_WORD, STRONG_ORG_SUFFIXES, TITLES, isTitleWord,
} from './lexicon/cues';
import {
  CHAT_ABBREVIATIONS, FAMOUS_MONONYMS, GREETINGS_AND_COURTESIES, INFORMAL_WORDS, LANGUAGES, MEDICINE_NAME_SHAPE, PRODUCTS_AND_THINGS, PUBLIC_BRANDS_AND_SERVICES, PUBLIC_FIGURES,
} from './lexicon/public-names';
import { isGivenName, lowerCaseEntities } from './lower-case-entities';
import { isHyphenatedEastAsianGivenName } from './person-east-asian-names';
import { foldToLowerCase, isUpperCaseText } from './upper-case-text';
import { compromiseTypeOf } from './nlp';

/**
 * Names of people, places and organisations from capitalised phrases, classified by structure (titles, suffixes,
 * prefixes), context cues (`my husband X`, `worked at X`, `out at X`), lexicons (given names, ordinary English
 * words, public bodies) and, only for what is still ambiguous, compromise's tagger on that one sentence.
 * Shared by the person, place and organisation detectors; computed once per chunk.
 */
export function entityCandidates(context: DetectionContext): Candidate[] {
  let found = memo.get(context);
  if (!found) {
    found = classifyAll(context);
    memo.set(context, found);
  }
  return found;
}

const memo = new WeakMap<DetectionContext, Candidate[]>();

/** An ordinary word: English, or an everyday word of another language (`pues`, `lola`), a name only where a cue says so. */
const isCommonWord = (lower: string): boolean => isEnglishWord(lower) || isEverydayForeignWord(lower);

type EntityType = Extract<FindingType, 'PERSON' | 'LOCATION' | 'ORGANIZATION'>;

const KIN = [...KIN_WORDS].map((word) => word.replace(/-/g, '[- ]')).join('|');
/** Cues strong enough to make even an ordinary word a name: `my cousin Mere`, `I'm Ray`, `married to Joy`. */
const STRONG_PERSON_BEFORE = new RegExp(
  `(?:\\b(?:my|our|his|her|their|your|the)\\s+(?:(?:late|little|big|baby|older|younger|eldest|youngest|oldest|new|old|best|ex|other|own|step|former)\\s+)?(?:${KIN})(?:\\s*,?|\\s+(?:is|was)|['’]s)|` +
    // Thanks and greetings of other languages too: `Salamat din, Tin!`, `Gracias, Memo`, `Kia ora, Mere`.
    `\\b(?:named|called|called me|calls me|call me|name['’]s|name is|names are|i['’]m|i am|this is|married to|hi|hello|hey|thanks|thank you|cheers|dear|` +
    `salamat(?:\\s+(?:po|din|rin|ha))?|gracias|merci|obrigad[oa]|danke|grazie|asante|shukran|mahalo|vinaka|kia ora|hola|kumusta|bonjour|namaste)\\s*,?)\\s*$`,
  'i',
);
/** The last word of `before` (lower case, without a comma after it), and whether a comma closes it. */
function endOf(before: string): { lastWord: string; comma: boolean } {
  const trimmed = before.trimEnd();
  const comma = trimmed.endsWith(',');
  const words = comma ? trimmed.slice(0, -1).trimEnd() : trimmed;
  let start = words.length;
  while (start > 0 && WORD_CHAR.test(words[start - 1])) start--;
  return { lastWord: words.slice(start).toLocaleLowerCase(), comma };
}
const WORD_CHAR = /[\p{L}\p{M}'’-]/u;
const BIRTH_ORDER_WORDS = new Set(['youngest', 'eldest', 'oldest', 'one']);
const VIETNAMESE_HONORIFICS = new Set(['cô', 'chú', 'bác', 'chị', 'bà', 'ông']);
/** Vietnamese kinship honorifics, written lower-case before the name: `cô Loan`, `chú Tư`, `bà Hạnh`. */
const VIETNAMESE_HONORIFIC_BEFORE = /(?<![\p{L}])(?:cô|chú|bác|chị|bà|ông)\s+$/u;
/** After the honorific, `ngoại` and `nội` say which grandparent (`bà ngoại`, a mother's mother), not who. */
const VIETNAMESE_GRANDPARENT_SIDES = new Set(['ngoại', 'nội']);
const PERSON_BEFORE = /\b(?:with|and|to|told|asked|rang|texted|phoned|ask|tell|met|saw|see|seen|visit|visited|love|by)\s*,?\s*$/i;
const PERSON_AFTER = /^(?:'s|’s)?\s*,?\s*(?:said|says|told|tells|asked|asks|replied|texted|rang|phoned|called|drove|came|took|takes|brought|reckons|thinks|thought|wants|wanted|knows|knew|helped|helps|does|did|makes|made|gets|got|is my|was my|who|and i|and me|will tell|would say|used to|laughed|cried|passed|died)\b/i;
/**
 * What a person does next, strong enough for a given name that is also a word (`Joy went back`, `Penny will chase`,
 * `Jasmine, she is Honduran`, `June was a wonderful lady`), though not for any ordinary word (`Time went`).
 */
const PERSON_VERB_AFTER = /^\s*(?:(?:is|was)\s+(?:a|an|such\s+a)\s+(?:[\p{L}-]+\s+)?(?:lady|woman|man|gentleman|guy|girl|boy|person|soul)\b|,\s*(?:my|our|his|her|their)\s+(?:best\s+|old\s+|good\s+|little\s+|big\s+)?(?:friend|cousin|sister|brother|neighbour|neighbor|colleague|classmate|mate|aunt|auntie|uncle|niece|nephew|daughter|son|wife|husband|partner|mum|mom|dad|boss|flatmate|roommate|youngest|eldest|oldest|middle one|little one|baby|boy|girl)\b|,\s*(?:she|he)(?:'s|’s|\s+(?:is|was|has|had|does|did|says|said|can|will|would|\p{Ll}+ed|\p{Ll}+s)\b)|(?:from (?:the )?(?=\p{Lu})|said|says|told|tells|asked|asks|went|goes|has gone|had (?:to|his|her|a|an|the)|has to|will|would|can|could|should|'ll|’ll|is going|was going|left|moved|lives|lived|works|worked|runs|ran|sorted|rang|rings|texts|phoned|came|comes|took|takes|brought|brings|picked|drives|drove|stayed|stays|helped|helps|looked after|looks after|hates|hated|loves|loved|cried|cries|laughed|laughs|smiled|smiles|screamed|misses|missed|texted)\b)/iu;
/**
 * What only a person does, strong enough for any given name that is also a word, even one only other languages'
 * name lists know (`Miles wants to interview`, `Summer said no`).
 */
const SPEECH_VERB_AFTER = /^\s*(?:wants|wanted|said|says|told|asked|thinks|reckons|knows|agreed|mentioned|suggested|emailed|texted)\b/i;
/** A given name that is also a word, before what a person does. */
const wordNameActs = (word: string, after: string): boolean =>
  (WORD_NAMES.has(word) && PERSON_VERB_AFTER.test(after)) || (isGivenName(word) && !NOT_SPEAKERS.has(word) && SPEECH_VERB_AFTER.test(after));
/** Words some locale's name list has that, before `said`, are the word (`Well said`, `The general said`). */
const NOT_SPEAKERS = new Set('well even else can may per till said nine name job idea line alone among amid general judge sister mate mama nana baby queen princess major junior nobody everyone someone'.split(' '));
/**
 * `the driver, Bill,`, `my PA, Grace,`, `Kevin's young fella, Troy,`: a capitalised word in apposition after a role,
 * kinship or people noun; `One of them, Dawn,`, `one of the nurses, Dawn,`: after one of a group of people.
 */
const APPOSITION_BEFORE = /(?:\b(?:[Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Aa]n?)|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+),\s*$/u;
const ONE_OF_GROUP_BEFORE = /\bone of (?:them|us|those|these|(?:the|my|our|his|her|their|your) ([\p{L}-]+?)s?),\s*$/iu;
/** After the name in apposition: a break, or `something` for a surname not remembered (`a young girl, Faith something`). */
const APPOSITION_AFTER = /^\s*(?:[,.;:!?)]|and\b|or\b|something\b|—|–|-\s|$)/u;
/** `Brook, the case manager,`: a role or people noun in apposition after the name. */
const APPOSITION_FOLLOWS = /^\s*,\s*(?:the|a|an|my|our|his|her|their|your)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*(?:[,.;:!?)]|$)/iu;
/** `that's my Dawn`, `this is our Kylie`: a given name that is also a word, presented as one's own. */
const PRESENTED_AS_ONES_OWN = /\b(?:that['’]?s|this is|here['’]?s|it['’]?s)\s+(?:my|our)\s+$/iu;
/** `our Will is in Perth`, `me and our Grace`: in British speech `our` before a given name is family. */
const FAMILY_OUR = /(?:^|[^.!?\n])\bour\s+$/u;
/** What may follow a family member's name after `our`: a break, a possessive or what a person is or does. */
const AFTER_FAMILY_NAME = /^(?:\s*(?:[,.;:!?)]|—|–|$)|['’]s\b|\s+(?:is|was|has|had|and|who|says|said|came|comes|went|goes|lives|lived|works|worked)\b)/u;
/** `Will's youngest Summer`, `my eldest, Grace`: a child named after the words for the youngest or eldest. */
const ORDER_OF_BIRTH_BEFORE = /(?:\b(?:my|our|his|her|their|your)|\p{L}['’]s)\s+(?:youngest|eldest|oldest|middle one|little one)\s*,?\s*$/iu;
/** Nouns for people that a name may follow in apposition, beyond the role and kinship lists. */
const PEOPLE_NOUNS = new Set(
  `pa lady guy fella bloke man woman girl boy chap kid person one student undergraduate postgraduate intern trainee apprentice
  resident tenant patient client participant pupil volunteer`.split(/\s+/),
);
const ORG_BEFORE = /\b(?:\w+(?:man|woman|er|or|ist|ian)|work(?:s|ed|ing)?|play(?:s|ed|ing)?|driv(?:e|es|ing)|drove|job|jobs|employed|volunteer(?:s|ed|ing)?|shifts?|placement|admitted|referred|transferred|treated|seen|staff|nurse|doctor|manager|member|join(?:ed)?|retired from|left)\s+(?:at|for|with|to|by|from|of|in)\s+(?:the\s+)?$/i;
/** `the credit union, Affinity,`, `the agency, Prairie Helpers.`: a name in apposition to an organisation noun. */
const ORG_APPOSITION_BEFORE =
  /\b(?:the|my|our|his|her|their|your|an?)\s+(?:\p{Ll}+\s+)?(?:agency|company|firm|business|employer|credit union|bank|school|church|charity|club|pub|bar|shop|store|salon|clinic|practice|surgery|centre|center|nursery|union|hospital|home|care home|restaurant|cafe|café|garage|factory|plant|mill|farm|hotel|gym|team|group|society|association|foundation|trust|organisation|organization|provider|landlord)\s*,\s*$/iu;
const orgApposition = (before: string, after: string): boolean => ORG_APPOSITION_BEFORE.test(before) && APPOSITION_AFTER.test(after);
const PLACE_BEFORE = /\b(?:in|from|fae|frae|near|outside|to|into|around|across|via|toward|towards|through|past|at|of|out|up|down|over|round|back|off|along)\s+(?:the\s+)?$/i;
/** Words before a name that lead only to a place (`to` and `with` could as well lead to a person). */
const PLACE_ONLY_BEFORE = /\b(?:in|from|fae|frae|near|outside|around|across|via|through|into|(?:back|moved|move|moving|drove|drive|flew|fly|went|go|going|came|come|coming)(?: (?:up|down|over|back|out|across|home))? to)\s+$/i;
/** Where someone lives or settled: even a given name after these is a town (`she lives in Regina now`). */
const RESIDENCE_BEFORE = /\b(?:lives|live|living|lived|grew up|born|based|raised|settled|moved(?: (?:up|down|over|back|out|across))?) (?:in|to)\s+$/i;
const PLACE_AFTER = /^\s*,?\s*(?:where|which is|that's (?:an|a) (?:hour|mile)|(?:is|was) (?:an|a|about) (?:hour|mile|drive))/i;

function classifyAll(context: DetectionContext): Candidate[] {
  const { text, structure } = context;
  const tokens = chunkTokens(context);
  // Speaker labels in capitals count with the text: in a lower-case chunk they are too few to tip it.
  if (isUpperCaseText(tokens)) {
    const folded = foldToLowerCase(text);
    return lowerCaseEntities(folded, tokenize(folded, structure).filter((token) => !overlapsAny(structure.speakers, token.start, token.end)));
  }
  const found: Candidate[] = [];
  const unclassified: Run[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    let flagged = false;
    // `Work and Income`, `Marks and Spencer`: a shared name as a whole, before it is split at `and`.
    if (run.tokens.some((token) => token.lower === 'and') && isSharedName(text, run, run.tokens.map((token) => token.lower).join(' '), run.tokens.map(bare))) continue;
    for (const part of splitRun(text, run)) {
      // A name in a speaker label is reported by the label detector whatever the type: no need to ask compromise.
      const classified = withoutNonPersonShapes(text, part, classify(text, part, overlapsAny(structure.speakers, part.start, part.end)));
      // A place before an institution word in lower case is the institution's name (`the Evington day unit`).
      const placeBeforeLowerCase = classified?.type === 'LOCATION' && isInstitutionWordAfter(text, part.end);
      const suffixed = !classified || classified.confidence < 0.65 || placeBeforeLowerCase ? lowerCaseSuffixed(text, part, tokens) : undefined;
      const candidate = weakenInTitle(text, part, suffixed ?? classified);
      if (candidate) found.push(candidate);
      flagged ||= candidate !== undefined;
    }
    if (!flagged && run.tokens.length === 1) unclassified.push(run);
  }
  return [...found, ...nameParts(found, unclassified, text), ...lowerCaseEntities(text, tokens.filter((token) => !overlapsAny(structure.speakers, token.start, token.end)))];
}

/**
 * In a title line (`Drought and Wellbeing - group interview`), capitals are typography and a person cue (`and X`)
 * proves little: a person found there only by such context stays flagged but is not confident enough to be spread
 * across the document or the corpus. Given names from the lexicon keep their confidence.
 */
function weakenInTitle(text: string, run: Run, candidate: Candidate | undefined): Candidate | undefined {
  if (!candidate || candidate.type !== 'PERSON' || candidate.confidence < 0.75 || run.tokens.some(isNameLike)) return candidate;
  if (run.tokens.some((token) => WORD_NAMES.has(bare(token))) || !isTitleLine(text, run.start)) return candidate;
  return { ...candidate, confidence: 0.7, reason: `${candidate.reason}, in a title line` };
}

const TITLE_MAX_LENGTH = 160;

/** A line of a few words, most of them capitalised, without sentence punctuation or a speaker label. */
function isTitleLine(text: string, offset: number): boolean {
  // A title is short: look no further than this either side (a 1 MB line must not cost a scan per name).
  const from = Math.max(0, offset - TITLE_MAX_LENGTH);
  const to = Math.min(text.length, offset + TITLE_MAX_LENGTH);
  const back = text.slice(from, offset).lastIndexOf('\n');
  if (back === -1 && from > 0) return false;
  const lineStart = back === -1 ? 0 : from + back + 1;
  const newline = text.slice(offset, to).indexOf('\n');
  if (newline === -1 && to < text.length) return false;
  const line = text.slice(lineStart, newline === -1 ? to : offset + newline).replace(/\.(?:txt|docx?|md|vtt|srt)\s*$/i, '');
  if (/[.?!,:;]\s|[.?!:]$/.test(line.trim())) return false;
  const words = line.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  const significant = words.filter((word) => word.length > 3);
  if (words.length < 2 || words.length > 12 || significant.length === 0) return false;
  return significant.filter((word) => /^\p{Lu}/u.test(word)).length / significant.length >= 0.5;
}

/** Words that say what kind of institution comes next: `health` of `Pang health centre`, `base` of `Wagga base hospital`. */
const INSTITUTION_QUALIFIERS = new Set(
  "health medical community base day senior seniors aged nursing care children's women's men's maternity recreation rehab rehabilitation dental family youth neighbourhood neighborhood district general memorial primary elementary public mental".split(' '),
);
/** Parts of a care home or hospital that take a name of their own in lower case after it. */
const PARTS_OF_INSTITUTIONS = new Set('wing ward unit lodge pavilion'.split(' '));

/** Whether the word right after `end` is in lower case and can open or be an institution's kind word (a cheap look). */
function isInstitutionWordAfter(text: string, end: number): boolean {
  const word = /^ (\p{Ll}[\p{Ll}'’]*)/u.exec(text.slice(end, end + 24))?.[1];
  return word !== undefined && (INSTITUTION_QUALIFIERS.has(word) || PARTS_OF_INSTITUTIONS.has(word) || STRONG_ORG_SUFFIXES.has(word));
}

/** Sides of town that close a street's name, in the languages whose streets are named so. */
const STREET_SIDES = new Set('north south east west northeast northwest southeast southwest est ouest nord sud norte sur oeste este leste ost süd'.split(' '));

/** Landform words that follow a place name in lower case: `the Namoi flats`, `the Tarrant valley`. */
const GEOGRAPHIC_SUFFIXES = new Set('river creek brook stream valley vale flats plains hills mountains range lake loch lough bay beach coast island forest woods gorge falls marsh moor moors fells'.split(' '));

/**
 * `Uniting church`, `Hillside school`, `the Namoi flats`: a capitalised name with the organisation or landform word
 * transcribed in lower case.
 */
function lowerCaseSuffixed(text: string, run: Run, tokens: readonly Token[]): Candidate | undefined {
  let index = tokens.findIndex((token) => token.start >= run.end);
  let next = tokens[index];
  if (!next || next.capitalised || text.slice(run.end, next.start) !== ' ') return undefined;
  // `Pang health centre`, `Evington day unit`, `Wagga base hospital`: up to two words of the kind of place between.
  for (let qualifiers = 0; qualifiers < 2 && INSTITUTION_QUALIFIERS.has(next.lower); qualifiers++) {
    const after = tokens[index + 1];
    if (!after || after.capitalised || text.slice(next.end, after.start) !== ' ') return undefined;
    index++;
    next = after;
  }
  // `the Banksia wing`, `Rose ward`, `Karinya lodge`: a part of a care home or hospital named by a word of its own.
  const part = next.lower !== tokens[index - 1]?.lower && PARTS_OF_INSTITUTIONS.has(next.lower) && !run.tokens.some((token) => STREET_SIDES.has(token.lower) || /^(?:left|right)$/.test(token.lower));
  const geographic = GEOGRAPHIC_SUFFIXES.has(next.lower);
  // `the Southgate clinics`, `the Eastside schools`: the plural of an organisation word names them as well.
  const singular = next.lower.replace(/(?:(?<=ch)es|s)$/, '');
  if (!STRONG_ORG_SUFFIXES.has(next.lower) && !STRONG_ORG_SUFFIXES.has(singular) && !geographic && !part) return undefined;
  const phrase = run.tokens.map((token) => token.lower).join(' ');
  if (PUBLIC_NAMES.has(phrase) || PUBLIC_ENTITIES.has(phrase) || COUNTRIES_AND_REGIONS.has(phrase)) return undefined;
  if (run.tokens.every((token) => OPENERS.has(token.lower)) || (run.sentenceStart && run.tokens.length === 1 && isCommonWord(run.tokens[0].lower))) {
    return undefined;
  }
  return { start: run.start, end: next.end, type: geographic ? 'LOCATION' : 'ORGANIZATION', confidence: 0.65, reason: `capitalised name before "${next.text}"` };
}

/**
 * A given name or surname of someone named in full in the same passage is that person when it stands alone,
 * even where an ordinary word or a sentence start hides it (`Mark. Mark Tellez, my old squad leader`).
 */
function nameParts(found: readonly Candidate[], unclassified: readonly Run[], text: string): Candidate[] {
  const parts = new Set<string>();
  for (const candidate of found) {
    if (candidate.type !== 'PERSON' || candidate.confidence < 0.85) continue;
    const words = text.slice(candidate.start, candidate.end).split(/\s+/).filter((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isTitleWord(word));
    if (words.length > 1) for (const word of words) parts.add(word);
  }
  return unclassified
    .filter((run) => parts.has(run.tokens[0].text))
    .map((run) => ({ start: run.start, end: run.end, type: 'PERSON' as const, confidence: 0.8, reason: 'part of a full name in the same passage' }));
}

/** Splits a run at words that are never part of a name (`I`, months, `OK`) and trims ordinary sentence openers. */
function splitRun(text: string, run: Run): Run[] {
  const parts: Run[] = [];
  let current: Token[] = [];
  let sentenceStart = run.sentenceStart;
  const flush = (): void => {
    // `Calum Beaton of` before `No. 4`: a connector left at the end once the run is cut is no part of the name.
    while (current.length > 1 && !current[current.length - 1].capitalised) current.pop();
    if (current.length > 0) parts.push(trimOpeners(text, { tokens: current, start: current[0].start, end: current[current.length - 1].end, sentenceStart }));
    current = [];
    sentenceStart = false;
  };
  const keepAnd = hasSuffix(run.tokens) && ORG_SUFFIXES.has(bare(run.tokens[run.tokens.length - 1]));
  for (const token of run.tokens) {
    if (token.lower === 'and' && !keepAnd) {
      flush();
      continue;
    }
    const isLast = token === run.tokens[run.tokens.length - 1];
    // `Nana Pearl`, `Mum Joan`: a kinship word that is a title before a name stays with it.
    const next = run.tokens[run.tokens.indexOf(token) + 1];
    // `May Thomas`, `June Okafor`: a month that is also a given name, right before a surname.
    const monthName = MONTH_NAMES.has(token.lower) && current.length === 0 && next !== undefined && next.capitalised && !next.allCaps && !ordinary(next) && !NEVER_NAMES.has(next.lower);
    const titleBeforeName = (isTitle(token) && !isLast) || monthName;
    // `Btw Dr Sandhu said`: a chat abbreviation opening a message is no part of the name after it.
    const never = NEVER_NAMES.has(token.lower.replace(FINAL_STOP, '')) || CHAT_ABBREVIATIONS.has(token.lower);
    // `the Tuesday Club`, `the Sterling Hotel`: a word that is never a name alone still opens an organisation's name.
    const opensOrgName = next !== undefined && next.capitalised && (STRONG_ORG_SUFFIXES.has(bare(next)) || VENUE_SUFFIXES.has(bare(next))) && !GENERIC_AFTER_DAY.has(bare(next));
    if (token.capitalised && never && !titleBeforeName && !(current.length > 0 && isTitle(current[current.length - 1]))) {
      flush();
      sentenceStart = false;
      if (!opensOrgName) continue;
    }
    // `Sandy's MSI card`, `Maria's NHS login`, `Sandy's BiPAP`: an acronym or a product after a possessive is a thing of
    // the person's, not part of a name.
    const previous = current[current.length - 1];
    if (previous !== undefined && /['’]s$/u.test(previous.text) && token.text.length > 1 && (token.allCaps || PRODUCT_CAPITALS.test(token.text))) {
      flush();
      if (!token.allCaps) continue; // a product (`BiPAP`) is no name at all; an acronym alone is judged like any other
    }
    current.push(token);
  }
  flush();
  return parts.filter((part) => part.tokens.length > 0);
}

/** Venues and clubs whose one-word names are ordinary words: `the Sterling Hotel`, `the Tuesday Club`, `the Anchor Inn`. */
const VENUE_SUFFIXES = new Set(['hotel', 'motel', 'club', 'pub', 'bar', 'cafe', 'café', 'restaurant', 'diner', 'lodge', 'tavern', 'inn', 'arms']);
/** Kinds of club or venue found in every town: `the Youth Club`, `the Sports Club`, `the Social Club`. */
const GENERIC_VENUE_WORDS = new Set(['youth', 'sports', 'sport', 'social', 'golf', 'football', 'rugby', 'cricket', 'tennis', 'book', 'breakfast', 'lunch', 'night', 'country', 'health', 'fitness', 'hotel', 'airport', 'local', 'old', 'new', 'big', 'little', 'main', 'village', 'town', 'city']);

/** After a weekday these are the day's routine, not a body's name: `Sunday School`, `Friday Prayers`. */
const GENERIC_AFTER_DAY = new Set(['school', 'service', 'services', 'mass', 'market', 'prayers', 'prayer', 'lunch', 'dinner']);

/** A product's capitals inside a word: `BiPAP`, `BiLevel` is not one (`McDonald`, `LeBlanc` are names). */
const PRODUCT_CAPITALS = /^\p{Lu}\p{Ll}{1,2}\p{Lu}{2,}/u;

const ARTICLES = new Set(['the', 'a', 'an']);

/** At a sentence start, `So`, `Then`, `Honestly` are capitalised by grammar: drop them unless the phrase is a name. */
function trimOpeners(text: string, run: Run): Run {
  let tokens = run.tokens;
  const dropLeadingFiller = (): void => {
    while (tokens.length > 0 && (!tokens[0].capitalised || ARTICLES.has(tokens[0].lower))) tokens = tokens.slice(1);
  };
  dropLeadingFiller();
  if (run.sentenceStart) {
    const suffixed = hasSuffix(tokens);
    while (tokens.length > 0) {
      const first = tokens[0];
      if (!OPENERS.has(first.lower) && (!isCommonWord(first.lower) || isTitle(first) || suffixed || isPlacePrefix(tokens))) break;
      // `Penny Rowlands.`: a given name (even one that is also a word) before a surname is not an opener.
      if (WORD_NAMES.has(bare(first)) && tokens.length > 1 && !ordinary(tokens[1]) && !tokens[1].allCaps) break;
      // `Grace Lee, she taught me`: a given name that is a word before a surname that is a word.
      if (WORD_NAMES.has(bare(first)) && tokens.length === 2 && (LAST_NAMES.has(bare(tokens[1])) || WORD_NAMES.has(bare(tokens[1]))) && !first.allCaps && !tokens[1].allCaps) break;
      // `The Lee family from Farmington`: a surname before a family noun, though it is also a word.
      if (tokens.length === 1 && namesAFamily(text, first.start, first.end)) break;
      // `Big Mike lets me set up`: a nickname's adjective before a given name is part of the name.
      if (tokens.length === 2 && NICKNAME_ADJECTIVES.has(first.lower) && FIRST_NAMES.has(bare(tokens[1])) && !tokens[1].allCaps) break;
      // `Sung-ho stood on the roof`: a hyphenated Korean or Chinese given name.
      if (isHyphenatedEastAsianGivenName(first.text)) break;
      if (isNameAloneInEntry(text, tokens)) break;
      // `Tam McAvoy.`: nothing but a given name comes right before a Mc/Mac/O' surname.
      if (tokens.length === 2 && GAELIC_SURNAME.test(tokens[1].text) && !OPENERS.has(first.lower)) break;
      // `Penny will chase it`, `When Joy went back`: a given name that is also a word, before what a person does.
      if (tokens.length === 1 && wordNameActs(bare(first), text.slice(first.end, first.end + 40))) break;
      // `Kao is the oldest`, `Kao's brother`: a word of another language named as a relative (see classify).
      if (tokens.length === 1 && !OPENERS.has(first.lower) && !isEnglishWord(first.lower) && KIN_OF_IT_AFTER.test(text.slice(first.end, first.end + 40))) break;
      // `Gift's uncle`: any word before a possessive and a kinship word (see ordinaryWordNamedAsPerson).
      if (tokens.length === 1 && /^\p{Lu}\p{Ll}+['’]s$/u.test(first.text) && !OPENERS.has(first.lower) && RELATIVE_OF_IT_AFTER.test(text.slice(first.end - 2, first.end + 40))) break;
      tokens = tokens.slice(1);
      dropLeadingFiller();
    }
  }
  if (tokens === run.tokens) return run;
  return tokens.length === 0
    ? { ...run, tokens }
    : { tokens, start: tokens[0].start, end: tokens[tokens.length - 1].end, sentenceStart: run.sentenceStart && tokens[0] === run.tokens[0] };
}

/** Forms of address that are never an ordinary word's capital before a name: `Mr`, `Miss`, `Officer`. */
const COURTESY_TITLES = new Set('mr mrs ms mx dr miss mister missus miz officer sergeant sgt constable detective'.split(' '));
/** Titles that open a sentence only as titles: family and faith honorifics and forms of address, never an adjective or a rank. */
const FAMILY_TITLES = new Set([
  ...`nana nanna nan nanny granny gran grandma grandpa grandad granddad auntie aunty aunt uncle tita tito tia tio tía tío lola lolo kuya
  manang manong ninang ninong nonna nonno oma opa babcia ouma oupa tannie oom kuia koro whaea matua pastor imam rabbi
  sister brother`.split(/\s+/),
  ...COURTESY_TITLES,
]);
/** Before a capitalised word: a journey from a capitalised place (`from Kettering to`), the place in group 1. */
const FROM_TOWN_TO = /\bfrom\s+(\p{Lu}[\p{L}\p{M}'’-]+)(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?\s+(?:(?:up|down|over|across|out|back|round)\s+)?to\s+$/u;
/** Before a given name, the adjectives of a nickname: `Big Mike`, `Little Tony`, `Young Kwame`, `Wee Jimmy`. */
const NICKNAME_ADJECTIVES = new Set('big little lil young old wee baby fat tall skinny'.split(' '));
/** After a surname, the words that make it a family: `the Ballantyne family`, `the Okafor twins`, `the Brown boys`. */
const FAMILY_NOUN_AFTER = /^\s+(?:family|families|household|clan|kids|children|boys|girls|twins|brothers|sisters|sons|daughters|cousins|mother|father|widow|widower|boy|girl|lad|lass)\b/;
/** Whether text[start, end) stands between `the` and a family noun: `the Lee family`. */
const namesAFamily = (text: string, start: number, end: number): boolean =>
  FAMILY_NOUN_AFTER.test(text.slice(end, end + 20)) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 12), start));

/** A person, then `was a`: what follows is her family (`my mother was a Morrison`), not a car or a brand. */
const FAMILY_NAME_BEFORE = /\b(?:mother|father|mum|mom|mam|dad|gran|granny|nan|nana|grandmother|grandfather|wife|husband|she|he|i|family|people)\s+(?:was|were|is|are)\s+(?:an?|one of the)\s+$/i;

/** Surnames of a shape no other word has: `McAvoy`, `MacLeod`, `O'Hara`. */
const GAELIC_SURNAME = /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+(?:['’]s)?$/u;

/** What opens a table cell or a list entry: a bar, a bullet or a number, or nothing at the start of a line. */
const ENTRY_OPENS_BEFORE = /(?:^|\n|\|)[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*(?:\*\*|__)?$/u;
/** What closes it: a bar, a colon, a bracket or the end of the line. */
const ENTRY_CLOSES_AFTER = /^(?:\*\*|__)?[ \t]*(?:\||:|\(|\r?\n|$)/u;
/** Words that open an entry before someone's surname without being their given name: `Thanks Docherty:`, `Ask Raman (GP)`. */
const ENTRY_VERBS_AND_GREETINGS = new Set(
  'thanks thank hi hello hey dear welcome ask call contact email phone text see meet cc attn via per from to re note action owner chair apologies present absent minutes agenda item'.split(' '),
);

/**
 * `| Tam Docherty |`, `- Pita Fifita (coach):`: a table cell or list entry that holds nothing but a capitalised word
 * and a surname no word list knows is a full name, though the first word is also an English word. At the start of a
 * sentence such a word is otherwise dropped as the grammar's capital.
 */
function isNameAloneInEntry(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length !== 2) return false;
  const [first, last] = tokens;
  // Only a first word that is also English: other names (`Espérance Joseph`) are found as they were without this.
  if (first.allCaps || last.allCaps || !first.capitalised || !last.capitalised || first.text.length < 2 || !isEnglishWord(first.lower)) return false;
  if (OPENERS.has(first.lower) || TITLES.has(first.lower) || ENTRY_VERBS_AND_GREETINGS.has(first.lower) || isMonthOrWeekday(first.lower)) return false;
  if (ordinary(last) || CITIES.has(last.lower) || COUNTRIES_AND_REGIONS.has(last.lower) || CITIES.has(first.lower) || COUNTRIES_AND_REGIONS.has(first.lower)) return false;
  return ENTRY_OPENS_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start)) && ENTRY_CLOSES_AFTER.test(text.slice(last.end, last.end + 4));
}

/** Months and a weekday that are also given names (`May Thomas`, `Sunday Adeyemi`), read as names before a surname. */
const MONTH_NAMES = new Set(['may', 'june', 'april', 'august', 'sunday']);
// Asked of every word many times: the patterns are written once, not as literals that make a new RegExp on every call.
const FINAL_STOP = /\.$/;
const POSSESSIVE_S = /['’]s$/;
const INITIAL_WITH_STOP = /^\p{Lu}\.$/u;
const bare = (token: Token): string => token.lower.replace(FINAL_STOP, '').replace(POSSESSIVE_S, '');
// `Nanny Mere`: a family title, though alone (`And Nanny.`) it may stand for the person, so it is no title word elsewhere.
// `Grandma's Kitchen`, `Mum's Taxi`: a title with a possessive names a thing, not a person.
const isTitle = (token: Token): boolean =>
  !POSSESSIVE_S.test(token.text) && (isTitleWord(token.lower) || FAMILY_TITLES.has(bare(token)) || INITIAL_WITH_STOP.test(token.text));
const hasSuffix = (tokens: readonly Token[]): boolean =>
  tokens.length > 1 && (ORG_SUFFIXES.has(bare(tokens[tokens.length - 1])) || PLACE_SUFFIXES.has(bare(tokens[tokens.length - 1])));
function isPlacePrefix(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  const first = bare(tokens[0]);
  if (PLACE_PREFIXES_STRONG.has(first)) return true;
  return PLACE_PREFIXES_WEAK.has(first) && tokens.slice(1).some((token) => !isCommonWord(token.lower));
}
const ordinary = (token: Token): boolean =>
  isCommonWord(token.lower) || SPECIALTY_WORD.test(token.lower) || NEVER_NAMES.has(token.lower) || ROLE_NOUNS.has(bare(token)) || isRoleLabel(bare(token));
/** Role, title and kinship words: capitalised, they are someone's post or a way of addressing them, not a place. */
const isPersonWord = (token: Token): boolean =>
  ROLE_NOUNS.has(bare(token)) || isRoleLabel(bare(token)) || TITLES.has(bare(token)) || KIN_WORDS.has(bare(token));
/** Words that make a longer capitalised phrase an organisation wherever they stand in it (`X Centre for Y`). */
const ORG_HEADS = new Set([
  ...STRONG_ORG_SUFFIXES,
  ...'centre center alliance association society council club union trust foundation hub network federation league group service services court ministries'.split(' '),
]);

/** Last words of laws, schemes and reports, which name no organisation: `Trade Union Act`, `Care Workers Scheme`. */
const LAW_WORDS = new Set('act acts bill law laws regulations directive scheme strategy policy report review programme program plan framework guidelines charter convention treaty agreement'.split(' '));

/**
 * Endings and beginnings of place names across Britain, Ireland, Australia, New Zealand and southern Africa
 * (`-ton`, `-field`, `-combe`, `Bally-`, `Llan-`, `Wai-`, `-fontein`); surnames with these shapes are in the name
 * lexicons and are decided before this is asked.
 */
const PLACE_NAME_SHAPE =
  /(?:ton|ham|field|bury|borough|brough|burgh|thorpe|wick|wich|ford|mouth|minster|caster|cester|chester|stead|worth|bridge|combe|coombe|more|dale|ville|burg|port|pool|water|bank|hurst|ley|abra|arra|illa|ong|fontein|kloof|stad|dorp|bosch)$|^(?:bally|kil|dun|inis|inish|carrick|knock|drum|aber|llan|pont|strath|inver|auchter|wai|whanga|roto)/;

/** Asides people drop between commas: `honestly`, `sadly`, `anyway`, `sorry`, `bless her`. */
const ASIDE_WORD = /^(?:\p{L}+ly|anyway|anyways|sorry|bless|well|though|however|also|still|again|mind|please|yes|no|okay|ok|right|like|apparently|god)$/u;

/** Groups of people named after where they live: `the Penparcau patients`, `the Eastfield women`. */
const PEOPLE_OF_PLACE_AFTER = /^ (?:patients|women|men|families|kids|children|lot|crowd|people|folk|folks|residents|boys|girls|lads|mums|mothers|dads|parents|community|area|estate|side|end|crew|gang|locals|tenants|farmers|clients|members)\b/;

/** Posts and groups people address or thank in a meeting: `Thank you, Chair`, `Hi, everyone`, `Cheers, Councillor`. */
const ADDRESS_WORDS = new Set(
  `chair chairman chairwoman chairperson clerk secretary treasurer everyone everybody all folks guys team councillor councilor officer
  councilmember councilmembers councilman councilwoman alderman alderwoman alderperson commissioner mayor president speaker governor
  senator member members madam ma'am ma’am sir`.split(/\s+/),
);

/**
 * A greeting or `this is` that names no one: a post or group addressed (`Thank you, Chair`), or a study or project
 * introduced by ordinary words (`So this is Housing Pathways`).
 */
function addressesNoOne(tokens: readonly Token[], before: string, allOrdinary: boolean): boolean {
  if (tokens.every((token) => ADDRESS_WORDS.has(bare(token)) || isPersonWord(token))) return true;
  // `The doctor, Honestly, was useless`, `Our neighbour, Anyway,`: an ordinary word set off by a comma is an aside.
  if (allOrdinary && tokens.length === 1 && /\b(?:the|my|our|his|her|their|your)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*,\s*$/iu.test(before) && ASIDE_WORD.test(bare(tokens[0]))) {
    return true;
  }
  return allOrdinary && tokens.length > 1 && /\bthis is\s*$/i.test(before) && !WORD_NAMES.has(bare(tokens[0]));
}

/** Ordinary words that may name a place: no post or form of address, no `Year 9`, not a title line's typography. */
const looksLikePlaceName = (text: string, run: Run): boolean =>
  !run.tokens.some((token) => isPersonWord(token) || NOT_PLACE_WORDS.has(bare(token))) && !/^\s*\d/.test(text.slice(run.end, run.end + 4)) && !isTitleLine(text, run.start);
/** Words people capitalise for services, school years, lessons and pastimes (`in Foster Care`, `to Mass`, `in Year Two`). */
const NOT_PLACE_WORDS = new Set(`
  year years care reception class form mass bingo church chapel school college uni university work health services service
  council court prison rehab hospital treatment therapy recovery benefits credit support social foster respite day night
  shift group team maths math english science history art music drama sixth primary secondary nursery infants juniors
  mental physical special needs education training learning adult adults youth kids children family families hub unit
  ward department dept office government state home homes housing community communities detox custody probation
  heaven hell paradise glory prom confession jail bed war sea sleep sunday
`.trim().split(/\s+/));
/** A building or home just before `on`: what follows is its street (`the Southbelt Library on Shaver`). */
const BUILDING_ON = /\b(?:flat|flats|house|houses|apartment|apartments|place|shop|store|library|clinic|church|school|office|pub|bar|cafe|café|station|surgery|pharmacy|chemist|centre|center|hall|motel|hotel|unit|lived|live|lives|living|Library|Clinic|Church|School|Centre|Center|Hall|Surgery|Pharmacy)\s+on\s+$/u;
/** Before a capitalised word: where people live on or go down to (`down on the Neck`, `we live on the Flats`). */
const LIVE_ON_THE = /\b(?:down|live|lives|lived|living|grew up|born|raised)\s+on\s+the\s+$/i; // not `up on the Internet`
/** Words before a single ordinary word that make it a town rather than a thing: `moved to Paisley`, `from Bath`, `Belmullet, in Mayo`. */
const TOWN_BEFORE = new RegExp(
  String.raw`\b(?:from|fae|frae|near|outside|(?:moved|move|moving|back|lives|live|living|lived|grew up|born|based|raised|settled|stationed) (?:to|in|at|near)|out in|over in|up in|down in|\p{Lu}[\p{L}\p{M}'’-]*,\s+in|` +
    // `the hospital in Hazard`, `the plant in Gore`: a workplace in a town.
    String.raw`(?:hospital|clinic|surgery|practice|pharmacy|school|college|office|plant|mine|factory|mill|depot|branch|store|shop|market|mall|camp|station|prison|jail)s?\s+in|` +
    // `heading to Gore`, `across to Gore`, `drove up to Hazard`: a journey's end.
    String.raw`(?:heading|headed|head|drive|drove|driving|driven|go|going|went|gone|get|got|getting|travel|travelled|traveled|commute|commuted|commuting|fly|flew|flying|across|way)(?:\s+(?:up|down|over|across|back|out|home))?\s+to)\s+$`,
  'iu',
);
/**
 * Shapes no person's name has, though an organisation's or a place's may: a brand's capitals (`GoFundMe`, `CoS`), an
 * abbreviation before its number (`Reg. #57219`), a phrase opened by a nationality or a country (`Chinese New Year`,
 * `Canadian North`, `Haïti Chérie`; not a given name, `Georgia Mwangi`), a named day or festival (`Sámi National Day`).
 */
function withoutNonPersonShapes(text: string, run: Run, candidate: Candidate | undefined): Candidate | undefined {
  if (!candidate || candidate.type !== 'PERSON') return candidate;
  const { tokens } = run;
  if (tokens.some((token) => isBrandShaped(token.text))) return undefined;
  if (tokens.length === 1 && ABBREVIATION_BEFORE_NUMBER.test(text.slice(run.end, run.end + 12))) return undefined;
  if (tokens.length < 2) return candidate;
  const first = bare(tokens[0]);
  // Only before ordinary words: `Chinese Peranakan`, `Eritrean Orthodox` are a person's community (a quasi identifier).
  const ordinaryRest = tokens.slice(1).every((token) => isCommonWord(bare(token)) && !COMMUNITY_WORDS.has(bare(token)));
  if (ordinaryRest && !isNameLike(tokens[0]) && !WORD_NAMES.has(first) && !isGivenName(first) && isNationOrPeople(first)) return undefined;
  if (EVENT_WORDS.has(bare(tokens[tokens.length - 1]))) return undefined;
  return candidate;
}

/** `Reg. #57219`, `Ref. No. 4471`, `Reg. 2231`: after a word, the full stop of an abbreviation and its number. */
const ABBREVIATION_BEFORE_NUMBER = /^\.\s?(?:#\s?\d|[Nn]o\.?\s?\d|\d{3,})/u;
/** Last words of a named day, festival or season: `Sámi National Day`, `Chinese New Year`, `Newroz Festival`. */
const EVENT_WORDS = new Set('day year festival fest eve carnival holiday holidays celebration celebrations jubilee week'.split(' '));
/** Capitals inside a word that names have (`McDonald`, `MacLeod`, `DeShawn`, `LaToya`, `O'Neil`, `FitzGerald`). */
const NAME_PREFIX_BEFORE_CAPITAL = /^(?:mc|mac|de|di|da|du|la|le|lo|o|van|von|st|fitz|ben|bin|al|el|ja|ka|ke|ta|te|ty|ra|sha|tre|de'|d'|ní|ni|nic|ó|uí|mhic)$/u;

/**
 * `GoFundMe`, `WhatsApp`, `SoinsPlus`, `CoS`: two capitals inside a word, one before a single letter, or one after
 * four letters and before an English word, are a brand's or an abbreviation's, not a name's (`JoAnn`, `McDonald`).
 */
function isBrandShaped(word: string): boolean {
  const humps = word.match(/\p{Ll}\p{Lu}/gu);
  if (!humps || !/^\p{Lu}/u.test(word)) return false;
  if (humps.length >= 2) return true;
  const inner = /\p{Ll}(\p{Lu})/u.exec(word)!.index + 1;
  const head = word.slice(0, inner);
  const tail = word.slice(inner).replace(/['’]s$/u, '');
  if (NAME_PREFIX_BEFORE_CAPITAL.test(head.toLowerCase())) return false;
  if (tail.length === 1) return true;
  return head.length >= 4 && isEnglishWord(tail.toLowerCase());
}

/**
 * `Kriolu`, `Türkçe`, `K'iche'`, `Sudanese Arabic`, `Cape Verdean Creole`: a language, or a kind of one named after a
 * people or a place, which names no one.
 */
function isLanguageName(tokens: readonly Token[], bareWords: readonly string[]): boolean {
  if (bareWords.every((word) => MORE_LANGUAGE_NAMES.has(word) || LANGUAGES.has(word))) return true;
  const last = bareWords[bareWords.length - 1];
  if (tokens.length < 2 || tokens.length > 3 || !LANGUAGE_HEADS.has(last)) return false;
  return bareWords.slice(0, -1).every((word) => isNationOrPeople(word) || isCommonWord(word));
}

/** A nationality, people or country, accents folded: `Chinese`, `Québécoise`, `Haïti`, `Sámi`. */
function isNationOrPeople(lower: string): boolean {
  const folded = lower.normalize('NFD').replace(/\p{M}/gu, '');
  const isOne = (word: string): boolean => DEMONYMS.has(word) || COMMUNITY_WORDS.has(word) || COUNTRIES_AND_REGIONS.has(word) || MORE_DEMONYMS.has(word);
  // `Vietnamese-American`, `Irish-Nigerian`: a compound of peoples is a people too.
  return [lower, folded].some((word) => isOne(word) || (word.includes('-') && word.split('-').every(isOne)));
}

const isNameLike = (token: Token): boolean => {
  const word = bare(token);
  return FIRST_NAMES.has(word) || LAST_NAMES.has(word) || (PERSON_WORDS.has(word) && !FAMOUS_MONONYMS.has(word));
};

/**
 * Brands, apps, national services, famous one-name people, languages, greetings and chat words: names everybody
 * shares. A brand before ordinary words is the brand's product (`Microsoft Teams`, `Google Maps`); a greeting may
 * run on in lower case (`Kia ora`, `Mālō e lelei`).
 */
/** First words of the greetings, brands and things that have several words (`kia` of `kia ora`). */
const FIRST_WORDS_OF_LONG_SHARED_NAMES = new Set(
  [...GREETINGS_AND_COURTESIES, ...PUBLIC_BRANDS_AND_SERVICES, ...PRODUCTS_AND_THINGS].filter((form) => form.includes(' ')).map((form) => form.split(' ')[0]),
);

function isSharedName(text: string, run: Run, phrase: string, bareWords: readonly string[]): boolean {
  const joined = bareWords.join(' ');
  for (const form of [phrase, joined]) {
    if (PUBLIC_BRANDS_AND_SERVICES.has(form) || PRODUCTS_AND_THINGS.has(form) || FAMOUS_MONONYMS.has(form) || LANGUAGES.has(form) || GREETINGS_AND_COURTESIES.has(form) || PUBLIC_FIGURES.has(form)) {
      return true;
    }
  }
  if (bareWords.length === 1 && INFORMAL_WORDS.has(bareWords[0])) return true;
  // `Queen Elizabeth`, `Pope Francis`: a name split from the public title before it is still the public figure.
  if (bareWords.length === 1) {
    const titleBefore = /(\p{Lu}[\p{L}.]*)[ \t]+$/u.exec(text.slice(Math.max(0, run.start - 24), run.start));
    if (titleBefore && PUBLIC_FIGURES.has(`${titleBefore[1].toLowerCase()} ${joined}`)) return true;
  }
  // `Methotrexate`, `Adalimumab`: a single word shaped like a generic medicine name, unless it is a known name.
  if (bareWords.length === 1 && MEDICINE_NAME_SHAPE.test(bareWords[0]) && !FIRST_NAMES.has(bareWords[0]) && !LAST_NAMES.has(bareWords[0])) return true;
  if (bareWords.length > 1 && PUBLIC_BRANDS_AND_SERVICES.has(bareWords[0]) && run.tokens.slice(1).every((token) => isCommonWord(token.lower))) return true;
  // `Kia ora`, `Meals on Wheels`: the shared name may run on past the capitalised words.
  const following = /^[\p{L}\p{M}'’]+(?: [\p{L}\p{M}'’]+){0,3}/u.exec(text.slice(run.start, run.start + 50).toLocaleLowerCase())?.[0] ?? '';
  const words = following.split(' ');
  // Every form tried below has two words or more: none can match unless a listed name of several words starts so.
  if (!FIRST_WORDS_OF_LONG_SHARED_NAMES.has(words[0])) return false;
  for (let n = words.length; n > bareWords.length; n--) {
    const form = words.slice(0, n).join(' ');
    if (GREETINGS_AND_COURTESIES.has(form) || PUBLIC_BRANDS_AND_SERVICES.has(form) || PRODUCTS_AND_THINGS.has(form)) return true;
  }
  return false;
}

const PLURAL_ACRONYM = /^\p{Lu}{2,5}['’]?s$/u;

/**
 * `and Dai said`, `me and Dai`: a word of a greeting (Italian `dai`) or a language's name (Ga, Mon) in a person's
 * place, beside what only a person does or in `me and X`, is someone's name.
 */
function actsAsPerson(before: string, after: string): boolean {
  if (/(?:^|\n)[ \t]*$/u.test(before)) return false; // `Ďakujem, said the clerk` opening a line is the word
  return /^(?:['’]s)?\s*,?\s*(?:said|says|told|tells|asked|asks|rang|will|would|was still|is still|and me|and I)\b/u.test(after) || /\b(?:me and|and me and|with)\s+$/iu.test(before);
}

/** Words between a possessive and a kinship word: `my little sister`, `Kao's older brother`. */
const KIN_ADJECTIVES = '(?:little|big|baby|older|younger|eldest|youngest|oldest)';
const KIN_OF_SOMEONE_BEFORE = new RegExp(`(?:\\b(?:my|our|his|her|their|your)|\\p{Lu}\\p{Ll}+['’]s)\\s+(?:${KIN_ADJECTIVES}\\s+)?(?:${KIN})\\s*,?\\s*$`, 'iu');
const KIN_OF_IT_AFTER = new RegExp(`^['’]s\\s+(?:${KIN_ADJECTIVES}\\s+)?(?:${KIN})\\b|^\\s+(?:is|was)\\s+the\\s+(?:oldest|eldest|youngest|middle one)\\b`, 'iu');

/** `Gift's uncle`, `Sunshine's first crisis` is not one: a possessive before a kinship word. */
const RELATIVE_OF_IT_AFTER = new RegExp(`^['’]s\\s+(?:(?:${KIN_ADJECTIVES}|late)\\s+)?(?:${KIN})\\b`, 'iu');
/** `, eleven.`, `, 12,`: an age set off after a name. */
const AGE_SET_OFF_AFTER = new RegExp(`^,\\s*(?:aged?\\s+)?(?:\\d{1,2}|${CARDINAL_WORDS})(?:\\s*(?:years?\\s+old|y\\/?o))?\\s*(?:[,.;)]|and\\b|$)`, 'iu');
/** `My boy is Yaw, 12`, `my daughter's daughter, Sunshine, eleven`: a relative said just before. */
const RELATIVE_BEFORE = new RegExp(`\\b(?:${KIN})(?:['’]s\\s+(?:${KIN}))?\\s*(?:,|\\s+(?:is|was|called|named))\\s*$`, 'iu');

const NO_ONE_IN_PARTICULAR = new Set('nobody somebody someone anyone anybody everyone everybody no-one one other another each either neither'.split(' '));

/**
 * An ordinary word (`Gift`, `Sunshine`, `Yaw`) capitalised inside a sentence that is a relative's name: with a kinship
 * word after its possessive (`Gift's uncle`), or in apposition to a relative with an age after it (`my daughter's
 * daughter, Sunshine, eleven`, `My boy is Yaw, 12`). Not a place, a month or a word that is never a name.
 */
function ordinaryWordNamedAsPerson(sentenceStart: boolean, word: string, before: string, after: string, apposedToKin: boolean): boolean {
  if (word.length < 3 || NEVER_NAMES.has(word) || TITLES.has(word) || KIN_WORDS.has(word) || OPENERS.has(word) || CITIES.has(word) || COUNTRIES_AND_REGIONS.has(word) || isMonthOrWeekday(word)) return false;
  // A role or a pronoun is no name: `Complainant's daughter`, `Pt's father`, `Nobody's boy`.
  if (ROLE_NOUNS.has(word) || isRoleLabel(word) || NO_ONE_IN_PARTICULAR.has(word)) return false;
  // Not after a determiner or possessive: `the Church's father`, `Her Majesty's cousin`.
  if (RELATIVE_OF_IT_AFTER.test(after)) return !/\b(?:the|a|an|this|that|these|those|my|our|his|her|their|your|its)\s+$/iu.test(before);
  return !sentenceStart && AGE_SET_OFF_AFTER.test(after) && (apposedToKin || RELATIVE_BEFORE.test(before));
}

/**
 * `my granddaughter Kao`, `Kao's brother`, `Kao is the oldest`: a word of another language (Māori `kao`, Spanish `fue`)
 * that is a relative's name in an English sentence, as Hmong, Samoan or Chinese given names may be.
 */
function namedAsRelative(before: string, after: string): boolean {
  return KIN_OF_SOMEONE_BEFORE.test(before) || KIN_OF_IT_AFTER.test(after);
}

function classify(text: string, run: Run, inSpeakerLabel = false): Candidate | undefined {
  const { tokens } = run;
  if (tokens.length === 0) return undefined;
  const phrase = tokens.map((token) => token.lower).join(' ');
  const bareWords = tokens.map(bare);
  const before = text.slice(Math.max(0, run.start - 60), run.start);
  const after = text.slice(run.end, run.end + 40);
  const last = bareWords[bareWords.length - 1];
  const make = (type: EntityType, confidence: number, reason: string, start = run.start): Candidate => ({
    start,
    end: trimPossessive(text, run.end, type),
    type,
    confidence,
    reason,
  });

  if (PUBLIC_NAMES.has(phrase.replace(/ /g, '-')) || PUBLIC_NAMES.has(bareWords.join('-')) || PUBLIC_ENTITIES.has(phrase)) return undefined;
  // `This is Baby Joy`, `Baby Rose is fine`: `Baby` before a given name is how a newborn is called, as a title is.
  if (tokens.length === 2 && tokens[0].text === NEWBORN_TITLE && !tokens[1].allCaps && (FIRST_NAMES.has(bareWords[1]) || WORD_NAMES.has(bareWords[1]) || isGivenName(bareWords[1]))) {
    return make('PERSON', 0.85, 'a given name after "Baby", as a newborn is called');
  }
  // `my granddaughter Kao`, `Kao's brother, Fue,`: a word of another language named as a relative is someone's name.
  if (tokens.length === 1 && !tokens[0].allCaps && GREETINGS_AND_COURTESIES.has(phrase) && !isEnglishWord(phrase) && namedAsRelative(before, after)) {
    return make('PERSON', 0.8, 'a word of another language named as a relative, in an English sentence');
  }
  if (isSharedName(text, run, phrase, bareWords) && !(tokens.length === 1 && phrase.length > 2 && !run.sentenceStart && (LANGUAGES.has(phrase) || GREETINGS_AND_COURTESIES.has(phrase)) && actsAsPerson(before, after))) {
    return undefined;
  }
  if (isLanguageName(tokens, bareWords)) return undefined;
  const foreignCountry = FOREIGN_COUNTRY_AND_REGION_NAMES.has(phrase);
  const country = COUNTRIES_AND_REGIONS.has(phrase) || foreignCountry;
  if (!country && tokens.length === 1 && (COMMUNITY_WORDS.has(bareWords[0]) || DEMONYMS.has(bareWords[0]) || (bareWords[0].includes('-') && isNationOrPeople(bareWords[0].replace(/-(?:speaking|born|raised|based|descended)$/, ''))))) return undefined;
  // `Witnessed: C. Obi, Insp.`: an abbreviated title alone is a rank, not a name.
  if (tokens.length === 1 && /\.$/u.test(tokens[0].text) && isTitleWord(tokens[0].lower)) return undefined;
  // A lone all-caps word is an acronym or a shouted word (`CAMHS`, `HSE`), unless it is a given name.
  if (tokens.length === 1 && tokens[0].allCaps && !FIRST_NAMES.has(bareWords[0])) return undefined;
  // `GPs`, `RAs`, `NGOs`: the plural of an acronym is a kind of thing or people, not a name.
  if (tokens.length === 1 && PLURAL_ACRONYM.test(tokens[0].text)) return undefined;
  // `NEU Cymru`, `NHS Scotland`: a national body's branch for a country or region.
  if (tokens.length === 2 && tokens[0].allCaps && COUNTRIES_AND_REGIONS.has(bareWords[1])) return undefined;
  if (!country && bareWords.every((word) => DEMONYMS.has(word) || COMMUNITY_WORDS.has(word) || word === 'and')) return undefined;
  const allOrdinary = ordinaryAll(tokens, false);
  // `Queen Street West`, `Bloor Street East`: a street whose name ends in the side of town it runs through.
  if (tokens.length > 2 && STREET_SIDES.has(last) && PLACE_SUFFIXES.has(bareWords[bareWords.length - 2])) {
    return make('LOCATION', 0.8, 'a street named with the side of town it runs through');
  }
  // `Patriarch Ilia`, `President Ruto`, `since Kenyatta was president`: a head of state or faith named in passing.
  if (tokens.length > 1 && PUBLIC_OFFICE_TITLES.has(bareWords[0]) && !ORG_SUFFIXES.has(last) && !PLACE_SUFFIXES.has(last)) return undefined;
  if (PUBLIC_OFFICE_AFTER.test(after)) return undefined;
  // `Madam Chair`, `Mister Speaker`, `Madam President`: a title before a post addresses the post, not a name.
  // (A role word, not an initial: `Mr K`, `Miss B` are people.)
  if (tokens.length > 1 && isTitle(tokens[0]) && tokens.slice(1).every((token) => ADDRESS_WORDS.has(bare(token)) || (bare(token).length > 2 && isRoleLabel(bare(token))) || PUBLIC_OFFICE_TITLES.has(bare(token)))) {
    return undefined;
  }

  // Structure: a title, an organisation or place suffix, a place prefix. A title word opening three or more words
  // that end in an organisation or place word is part of that name (`Elder Park Bowling Club`, `Judge Street`).
  // `HER FATHER WORK fs-ASARCO` (a sign-language gloss): in capitals, a title before ordinary words that are no names.
  const glossWords = tokens[0].allCaps && tokens.slice(1).every((token) => token.allCaps && ordinary(token) && !isNameLike(token) && !WORD_NAMES.has(bare(token)));
  // `General Hospital of Accra`: an organisation word before `of` too.
  const headBeforeOf = bareWords.findIndex((word, index) => index > 0 && word === 'of' && ORG_SUFFIXES.has(bareWords[index - 1]));
  const titled = tokens.length > 1 && isTitle(tokens[0]) && !glossWords && !(tokens.length > 2 && !/\.$/.test(tokens[0].text) && (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || headBeforeOf > 1));
  if (titled && !ordinaryAll(tokens.slice(1), true)) {
    return make('PERSON', 0.95, `title "${tokens[0].text}" before a capitalised name`);
  }
  if (titled && tokens.length === 2 && WORD_NAMES.has(bareWords[1])) {
    return make('PERSON', 0.85, `title "${tokens[0].text}" before a given name`);
  }
  // `T. Walker`, `M. Smith`: an initial before a surname that is also a word.
  if (titled && tokens.length === 2 && INITIAL_WITH_STOP.test(tokens[0].text) && LAST_NAMES.has(bareWords[1]) && (!run.sentenceStart || /:[ \t]*$/.test(before))) {
    return make('PERSON', 0.8, 'an initial before a surname');
  }
  // `I Ate Lunch With Them`: a title that is also an English word (`Ate`, `Dada`) before several ordinary words is title case.
  if (titled && tokens[0].text.length > 2 && !run.sentenceStart && (tokens.length === 2 || !isCommonWord(bareWords[0]))) {
    return make('PERSON', 0.85, `title "${tokens[0].text}" before a capitalised word`);
  }
  // `Nana Pita was there.`: at a sentence start only a family or faith title is surely a title (not `General Election`).
  if (titled && tokens.length === 2 && FAMILY_TITLES.has(bareWords[0]) && !NEVER_NAMES.has(bareWords[1])) {
    // `Miss Peaches, that's …`: a courtesy title is a title wherever it stands, so the name may spread (`like Peaches`).
    return make('PERSON', COURTESY_TITLES.has(bareWords[0]) ? 0.85 : 0.7, `family or faith title "${tokens[0].text}" before a capitalised word`);
  }
  if (tokens.length > 1 && (ORG_SUFFIXES.has(last) || ORG_PREFIXES.has(bareWords[0]))) {
    // `Vet Center`, `Mental Health Care` are ordinary words: only a strong suffix makes them a name, and then
    // not confidently enough to be flagged everywhere else in any case.
    const reason = `capitalised phrase ending in "${tokens[tokens.length - 1].text}"`;
    if (!allOrdinary) return make('ORGANIZATION', 0.85, reason);
    if (STRONG_ORG_SUFFIXES.has(last) || ORG_PREFIXES.has(bareWords[0])) return make('ORGANIZATION', 0.7, reason);
    // `the Sterling Hotel`, `the Tuesday Club`: a venue or club named by one word, after `the` inside a sentence.
    if (tokens.length === 2 && VENUE_SUFFIXES.has(last) && !run.sentenceStart && /\bthe\s+$/i.test(before) && !GENERIC_VENUE_WORDS.has(bareWords[0])) {
      return make('ORGANIZATION', 0.6, reason);
    }
    // `Valley Legal Aid Society`: three or more capitalised words are a name, whatever they mean, outside a title.
    if (tokens.length > 2 && !isTitleLine(text, run.start)) return make('ORGANIZATION', 0.6, reason);
  }
  // `Leicestershire Centre for Integrated Living`, `Pontardu Ambulance Station`, `Our Lady of La Vang`: an organisation
  // word inside the name, a station of a service, a church named for Mary.
  const innerHead = tokens.length > 2 && bareWords.slice(1, -1).some((word) => ORG_HEADS.has(word)) && !LAW_WORDS.has(last);
  const serviceStation = tokens.length > 1 && last === 'station' && /^(?:ambulance|police|fire|radio|coastguard|lifeboat)$/.test(bareWords[bareWords.length - 2]);
  if (innerHead || serviceStation || (tokens.length > 2 && phrase.startsWith('our lady'))) {
    return make('ORGANIZATION', allOrdinary ? 0.7 : 0.85, 'capitalised phrase with an organisation word');
  }
  if (/^(?:st\.?|saint)$/.test(bareWords[0]) && /['’]s$/.test(tokens[tokens.length - 1].text) && tokens.length > 1) {
    return { start: run.start, end: run.end, type: 'ORGANIZATION', confidence: 0.8, reason: 'a saint\'s name: a church or school' };
  }
  // `Ji-hoon Park`, `Seo-yeon Hill`: a Korean given name before its surname, not a park or a hill.
  if (tokens.length === 2 && isHyphenatedEastAsianGivenName(tokens[0].text)) return make('PERSON', 0.9, 'a hyphenated East Asian given name');
  if (tokens.length > 1 && (PLACE_SUFFIXES.has(last) || isPlacePrefix(tokens))) {
    return make('LOCATION', allOrdinary ? 0.7 : 0.85, 'capitalised phrase with a place-name suffix or prefix');
  }

  // `Park Sung-ho`, `Sung-ho`, `Lau Wing-yee`: a hyphenated Korean or Chinese given name, the surname before it.
  if (tokens.length <= 3 && tokens.some((token) => isHyphenatedEastAsianGivenName(token.text))) {
    return make('PERSON', tokens.length > 1 ? 0.9 : run.sentenceStart ? 0.7 : 0.85, 'a hyphenated East Asian given name');
  }

  // `Victoria, she helped`: a region that is also a given name, before what a person does.
  if (country && tokens.length === 1 && WORD_NAMES.has(bareWords[0]) && PERSON_VERB_AFTER.test(after) && !PLACE_BEFORE.test(before)) {
    return make('PERSON', 0.75, 'a given name that is also a place, before what a person does');
  }
  // Countries and regions are generic unless they are where someone comes from.
  if (country) {
    // `from St Catherine, Jamaica`, `from Iloilo, in the Philippines`: the cue may come before the town the country follows.
    const beforeTown = before.replace(/(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s){0,2}[\p{Lu}][\p{L}\p{M}'’.-]*(?:,\s*|\s+)(?:in\s+)?(?:the\s+)?$/u, '');
    return ORIGIN_CUE.test(before) || (beforeTown !== before && ORIGIN_CUE.test(beforeTown)) || (foreignCountry && FOREIGN_ORIGIN_CUE.test(before))
      ? make('LOCATION', 0.6, 'country or region of origin')
      : undefined;
  }

  // The cues below end with a comma or a particular word: look at the last word first, as most runs have neither.
  const { lastWord, comma } = endOf(before);
  const oneOfGroup = comma ? ONE_OF_GROUP_BEFORE.exec(before) : null;
  const apposed = !comma ? undefined : oneOfGroup ? (oneOfGroup[1]?.toLocaleLowerCase() ?? 'one') : APPOSITION_BEFORE.exec(before)?.[1]?.toLocaleLowerCase();
  const apposedAfter = /^\s*,/.test(after) ? APPOSITION_FOLLOWS.exec(after)?.[1]?.toLocaleLowerCase() : undefined;
  const strongPersonCue = STRONG_PERSON_BEFORE.test(before) ||
    (BIRTH_ORDER_WORDS.has(lastWord) && ORDER_OF_BIRTH_BEFORE.test(before) && tokens.length <= 2) ||
    (VIETNAMESE_HONORIFICS.has(lastWord) && !comma && VIETNAMESE_HONORIFIC_BEFORE.test(before) && !VIETNAMESE_GRANDPARENT_SIDES.has(bareWords[0])) ||
    (apposedAfter !== undefined && (ROLE_NOUNS.has(apposedAfter) || KIN_WORDS.has(apposedAfter) || PEOPLE_NOUNS.has(apposedAfter)) && tokens.length <= 2 &&
      (!allOrdinary || WORD_NAMES.has(bareWords[0]))) ||
    (apposed !== undefined && (ROLE_NOUNS.has(apposed) || KIN_WORDS.has(apposed) || PEOPLE_NOUNS.has(apposed)) && tokens.length <= 2 && APPOSITION_AFTER.test(after) &&
      (!allOrdinary || WORD_NAMES.has(bareWords[0]))); // `The doctor, Honestly, was useless`: an aside, not a name
  const personCue = strongPersonCue || PERSON_BEFORE.test(before) || PERSON_AFTER.test(after);
  // `the Ballantyne family`, `the Brown boys`: a surname (any word if a known surname) between `the` and a family noun.
  if (tokens.length <= 2 && namesAFamily(text, run.start, run.end) &&
    (!allOrdinary || LAST_NAMES.has(bareWords[bareWords.length - 1]) || WORD_NAMES.has(bareWords[bareWords.length - 1])) &&
    !bareWords.some(isNationOrPeople) && !PUBLIC_ENTITIES.has(phrase)) {
    return make('PERSON', 0.8, 'a surname before a family word ("the Lee family", "the Brown boys")');
  }
  // `Big Mike`, `Little Tony`: a given name after a nickname's adjective, both words the nickname.
  if (tokens.length === 2 && NICKNAME_ADJECTIVES.has(bareWords[0]) && (FIRST_NAMES.has(bareWords[1]) || (isNameLike(tokens[1]) && !ordinary(tokens[1]))) &&
    !tokens[1].allCaps && !PUBLIC_ENTITIES.has(phrase)) {
    return make('PERSON', 0.85, `a given name after "${tokens[0].text}", a nickname`);
  }
  if (tokens.length === 1 && !tokens[0].allCaps && ordinaryWordNamedAsPerson(run.sentenceStart, bareWords[0], before, /['’]s$/u.test(tokens[0].text) ? text.slice(run.end - 2, run.end + 40) : after, apposed !== undefined && KIN_WORDS.has(apposed))) {
    return make('PERSON', 0.75, 'an ordinary word named as a relative, or given an age like a person');
  }
  if (strongPersonCue && tokens.length <= 3 && !ROLE_NOUNS.has(bareWords[0]) && !addressesNoOne(tokens, before, allOrdinary)) {
    // `the undergraduate, Pearl Yip`: a given name and a second word after the cue are a full name, whatever they mean.
    const fullName = tokens.length === 2 && WORD_NAMES.has(bareWords[0]) && !tokens[1].allCaps;
    return make('PERSON', allOrdinary && !fullName ? 0.8 : 0.9, 'capitalised, after a naming or kinship cue');
  }
  if ((ORG_BEFORE.test(before) || orgApposition(before, after)) && !(tokens.length === 1 && isNameLike(tokens[0]))) {
    return make('ORGANIZATION', allOrdinary ? 0.6 : 0.75, 'capitalised, after "worked at"-style cue');
  }
  if (CITIES.has(phrase)) return make('LOCATION', 0.75, 'a known town or city');
  // `moved from Kettering to Derby`: the end of a journey that starts at a town is a town too, even an ordinary word.
  const journeyFrom = tokens.length <= 2 ? FROM_TOWN_TO.exec(before)?.[1] : undefined;
  if (journeyFrom !== undefined && !isMonthOrWeekday(bareWords[0]) && !isMonthOrWeekday(journeyFrom.toLowerCase()) &&
    !bareWords.some((word) => KIN_WORDS.has(word) || TITLES.has(word))) {
    return make('LOCATION', 0.7, 'capitalised, where a journey from a town ends');
  }
  // `I'm a Band 6 on Larch Ward`: a hospital ward named by a word, after `on` (a given name before `Ward` is a person).
  if (tokens.length === 2 && last === 'ward' && /\b(?:on|onto|off|to)\s+$/i.test(before) && !FIRST_NAMES.has(bareWords[0])) {
    return make('ORGANIZATION', 0.65, 'a hospital ward named by a word');
  }
  // `she lives in Regina now`: a given name where someone lives is the town.
  if (tokens.length === 1 && isNameLike(tokens[0]) && RESIDENCE_BEFORE.test(before)) return make('LOCATION', 0.75, 'a name where someone lives');
  // `from Sydney`, `in Victoria`: a name that is as often a place, after a word that leads to a place.
  if (tokens.length === 1 && PERSON_OR_PLACE.has(bareWords[0]) && PLACE_ONLY_BEFORE.test(before)) return make('LOCATION', 0.75, 'a place name after a place preposition');

  // `my mother was a Morrison`, `she was a MacLeod before`: a surname after a person and "was a" is her family's name.
  if (tokens.length === 1 && FAMILY_NAME_BEFORE.test(before) && (LAST_NAMES.has(bareWords[0]) || GAELIC_SURNAME.test(tokens[0].text)) && !DEMONYMS.has(bareWords[0])) {
    return make('PERSON', 0.75, 'a family name after "was a"');
  }
  // `a Kia`, `a Holden`: a given name alone after an indefinite article is a make or a brand, not a person. Not in
  // Portuguese or Catalan, where `a` is the article before a woman's name (`a Kathy falava`).
  if (tokens.length === 1 && isNameLike(tokens[0]) && /\b(?:a|an)\s+$/i.test(before) && !strongPersonCue && clauseLanguage(text, run.start, run.end).english) return undefined;
  // `Ella tiene catorce`, `Dan keluarga?`, `Domingo fui à missa`: a given name that is also a common word of the
  // language of the sentence it opens is that word, unless it is capitalised inside a sentence elsewhere too.
  if (tokens.length === 1 && run.sentenceStart && !strongPersonCue && FOREIGN_FUNCTION_WORDS.has(bareWords[0]) && isGrammarCapital(text, run)) return undefined;
  // A given name, with or without a surname.
  if (isNameLike(tokens[0]) && !ordinary(tokens[0])) {
    // Alone at a sentence start (`Kia ora.`) a lexicon hit is weaker: not enough to flag the form everywhere.
    return make('PERSON', tokens.length > 1 ? 0.9 : run.sentenceStart ? 0.7 : 0.85, 'a given name');
  }
  // `Tam McAvoy`, `Bunty O'Hara`: a word before a Mc/Mac/O' surname is the given name, whatever else it means.
  if (tokens.length === 2 && GAELIC_SURNAME.test(tokens[1].text) && !tokens[0].allCaps && !NEVER_NAMES.has(bareWords[0])) {
    return make('PERSON', 0.85, 'a given name before a Mc/Mac/O\' surname');
  }
  if (tokens.length === 2 && (WORD_NAMES.has(bareWords[0]) || MONTH_NAMES.has(bareWords[0])) && !ordinary(tokens[1]) && !tokens[1].allCaps) {
    return make('PERSON', 0.85, 'a given name and a surname');
  }
  // `Grace Lee`, `Hope Young`: a given name that is a word before a surname that is a word (not `Rose Garden`).
  if (tokens.length === 2 && WORD_NAMES.has(bareWords[0]) && (LAST_NAMES.has(bareWords[1]) || WORD_NAMES.has(bareWords[1])) && !tokens[0].allCaps && !tokens[1].allCaps) {
    return make('PERSON', run.sentenceStart ? 0.7 : 0.8, 'a given name and a surname, both also words');
  }
  // `went back to Kumasi`, `moved to Tauranga`: a word that leads only to a place wins over the weaker `to X` person cue.
  if (!allOrdinary && !strongPersonCue && PLACE_ONLY_BEFORE.test(before) && !isNameLike(tokens[0])) return make('LOCATION', 0.7, 'capitalised, after a place preposition');
  // `from Lumsden down to Riverton`: the end of a journey from a town, before the weaker `to X` person cue.
  if (!allOrdinary && !strongPersonCue && tokens.length <= 2 && !isNameLike(tokens[0]) && FROM_TOWN_TO.test(before)) return make('LOCATION', 0.7, 'capitalised, where a journey from a town ends');
  if (!personCue && OTHER_PLACES.has(phrase) && !allOrdinary) return make('LOCATION', 0.75, 'a known place');
  if (personCue && !allOrdinary) return make('PERSON', 0.85, 'capitalised, after or before a person cue');
  // `and Dai said`, `me and Dai`: a word of a greeting in another language (Italian `dai`), or a language's name,
  // capitalised inside an English sentence with a person cue, is a name. (Not other languages' everyday words:
  // those are kinship words used as names, `Lolo died`, `of us and Abuela`, which identify no one.)
  if (personCue && tokens.length === 1 && bareWords[0].length > 2 && !run.sentenceStart && !isEnglishWord(bareWords[0]) && !TITLES.has(bareWords[0]) &&
    (LANGUAGES.has(bareWords[0]) || GREETINGS_AND_COURTESIES.has(bareWords[0])) &&
    clauseLanguage(text, run.start, run.end).english) {
    return make('PERSON', 0.8, 'capitalised inside an English sentence, with a person cue');
  }
  if (tokens.length === 1 && WORD_NAMES.has(bareWords[0]) && !isPersonWord(tokens[0]) && !run.sentenceStart &&
    ((PRESENTED_AS_ONES_OWN.test(before) && APPOSITION_AFTER.test(after)) || (FAMILY_OUR.test(before) && AFTER_FAMILY_NAME.test(after)))) {
    return make('PERSON', 0.75, `a given name that is also a word, after "${before.trimEnd().split(/\s+/).pop()}"`);
  }
  // Not a title or kinship word alone (`Salamat, Lola.`, `Thanks, Nana.`): that is how the person is addressed.
  if (personCue && tokens.length <= 2 && WORD_NAMES.has(bareWords[0]) && !run.sentenceStart && !(tokens.length === 1 && isPersonWord(tokens[0]))) {
    return make('PERSON', 0.8, 'a given name that is also a word, with a person cue');
  }
  if (tokens.length === 1 && wordNameActs(bareWords[0], after) && !/\b(?:the|a|an|this|that|some|any|no)\s+$/i.test(before)) {
    return make('PERSON', 0.75, 'a given name that is also a word, before what a person does');
  }
  if (PLACE_BEFORE.test(before) || PLACE_AFTER.test(after)) {
    // `at Southmead`, `at the Coonabarra CWA`: what people are `at` is more often a hospital, school or club than a town.
    if (!allOrdinary && /\bat\s+(?:the\s+)?$/i.test(before) && !/\b(?:live|lives|living|lived|based|born|stationed|arrived|stop|stopped)\s+at\s+(?:the\s+)?$/i.test(before)) {
      return make('ORGANIZATION', 0.7, 'capitalised, after "at"');
    }
    if (!allOrdinary) return make('LOCATION', 0.7, 'capitalised, after a place preposition');
    if (!run.sentenceStart && /\bat\s+$/i.test(before) && tokens.length > 1) {
      return make('ORGANIZATION', 0.5, 'capitalised phrase after "at"');
    }
    // `round the Downs`, `at the Red Kite`: ordinary words capitalised mid-sentence after "the" are a proper name.
    if (!run.sentenceStart && /\bthe\s+$/i.test(before) && !tokens.some((token) => ROLE_NOUNS.has(bare(token)) || isRoleLabel(bare(token)))) {
      return make(/\bat\s+the\s+$/i.test(before) ? 'ORGANIZATION' : 'LOCATION', 0.5, 'capitalised ordinary words after a place preposition and "the"');
    }
    // `in Nine Mile`, `moved to Paisley`: ordinary words capitalised mid-sentence after a word that leads to a place.
    // `a fisherman out of Blue Rocks`: where someone works from.
    const leadsToPlace = tokens.length > 1 ? !/\b(?:at|of|to|into|up|down|over|out|back)\s+$/i.test(before) || /\bout\s+of\s+$/i.test(before) : TOWN_BEFORE.test(before);
    if (!run.sentenceStart && leadsToPlace && looksLikePlaceName(text, run)) {
      return make('LOCATION', 0.5, 'capitalised ordinary words after a place preposition');
    }
  }
  // `down on the Neck`, `still live on the Flats`: a part of a place people live on, named by a capitalised word.
  // Only ordinary words: a name no list knows there (`down on the CalMac`) is a ferry or a brand as often as a place.
  if (!run.sentenceStart && allOrdinary && LIVE_ON_THE.test(before) && looksLikePlaceName(text, run)) {
    return make('LOCATION', 0.55, 'a capitalised word after "down on the" or "live on the"');
  }
  // `on Holy Bones`, `on Wheatsheaf Lane`: a street named by ordinary words after `on`; one word will do after a
  // building or home (`the library on Shaver`, `a flat on Kingsway`).
  if (!run.sentenceStart && /\bon\s+$/i.test(before) && looksLikePlaceName(text, run) && (tokens.length > 1 || BUILDING_ON.test(before))) {
    return make('LOCATION', tokens.length > 1 || allOrdinary ? 0.5 : 0.65, 'capitalised words after "on", as a street');
  }
  // `one that meets in person, Second Wind, at the church hall`, `the Sugar Sisters meets now`: two or three
  // ordinary words capitalised inside a sentence about a group are that group's name.
  if (allOrdinary && !run.sentenceStart && tokens.length >= 2 && tokens.length <= 3 && tokens.every((token) => !token.allCaps && token.capitalised && !isPersonWord(token)) &&
    GROUP_NAME_ENDS.test(after) && inGroupTalk(sentenceAround(text, run.start, run.end).text)) {
    return make('ORGANIZATION', 0.5, 'capitalised ordinary words naming a group, in a sentence about a group');
  }
  if (allOrdinary) return undefined;
  // `the Penparcau patients`, `the Eastfield women`: a name before the people of a place is that place.
  if (tokens.length === 1 && /\bthe\s+$/i.test(before) && PEOPLE_OF_PLACE_AFTER.test(after)) return make('LOCATION', 0.6, 'a name before the people of a place');
  // `the Humalog`, `the Ockenden report`: a lone capitalised word after `the` is a thing, not a person; but `the
  // Charnwood has a vacancy`, `at the Okonkwo`: as the subject, or after a place's preposition, a named ward, pub or hall.
  if (tokens.length === 1 && /\bthe\s+$/i.test(before)) {
    const named = !run.sentenceStart && !MEDICINE_NAME_SHAPE.test(bareWords[0]) && (/^\s+(?:has|had|is|was|closed|opened|shut)\b/.test(after) || /\b(?:at|in|on|to|from)\s+the\s+$/i.test(before));
    return named ? make('ORGANIZATION', 0.45, 'a capitalised word that is no English word after "the": a named ward, hall or body') : undefined;
  }

  // `Cheguei em casa`, `Wavuvi wa Pemba wanakuja`, German `seit vierzig Jahren`: an unknown word capitalised only by
  // the grammar of another language is no evidence of a name; a cue, a lexicon, a title or a repeat must say so.
  if (tokens.length === 1 && !personCue && isGrammarCapital(text, run)) return undefined;
  // Capitalised words that are not ordinary English: probably a name. compromise may say a phrase is a place or an
  // organisation instead, but it is the slowest step by far, so it is asked only about a phrase with a word that could
  // make it one: an English word, an acronym, a known place or `&` (`Iqaluit Community Radio`, `Box Hill VIC`,
  // `Marrick & Dunn`). Of phrases of unknown words only (`Tariq Nkemanelu`), on the eval sets, it typed 3 in 20,000
  // better (Gaelic place names) and one worse, for a tenth of the engine's time. Single words never ask it.
  if (isNameAloneInEntry(text, tokens)) return make('PERSON', 0.85, 'a given name and a surname alone in a table cell or list entry');
  const tagged = tokens.length > 1 && !inSpeakerLabel && mayNameAPlaceOrBody(text, run) ? compromiseTagOfRun(text, run) : undefined;
  if (tokens.every((token) => token.allCaps) && bareWords.every((word) => word.length <= 5)) return undefined; // `PSA`, `GP`
  // Two or three capitalised words none of which is English (`Nasreen Qureshi`) are rarely anything but a name:
  // confident enough to win over a known given name inside them, so the surname is not left behind.
  const allForeign = tokens.length > 1 && tokens.length <= 3 && tokens.every((token) => token.capitalised && !token.allCaps && !ordinary(token));
  const confidence = allForeign ? 0.7 : run.sentenceStart ? 0.5 : 0.65;
  if (tagged) return make(tagged, confidence + 0.05, `capitalised, not an English word; tagged ${tagged.toLowerCase()}`);
  // `Fernley`, `Coonabarra`? One word shaped like a place name and nothing saying it is a person.
  if (tokens.length === 1 && !personCue && PLACE_NAME_SHAPE.test(bareWords[0])) return make('LOCATION', confidence, 'capitalised, not an English word, shaped like a place name');
  return make('PERSON', confidence, 'capitalised, not an English word');
}

/**
 * A capital that the grammar of another language explains: the first word of a sentence in another language (unless
 * a person's verb follows it), or a German noun anywhere in a German sentence; not when the same word is capitalised
 * inside a sentence elsewhere in the text, as only a name is.
 */
function isGrammarCapital(text: string, run: Run): boolean {
  // Inside a sentence only a German noun's capital is grammar: most names are decided without reading the sentence.
  if (!run.sentenceStart && !isForeignWordShape(run.tokens[0].lower, 'de')) return false;
  // `Taga-Batangas`, `Sato-hancho`: a capital after a hyphen is a name's; `Donnerstag, 14.`, `Oranienstraße 41`: a
  // word before a number may be part of a date or an address, and `Sessenta e três` an age, which other rules decide.
  const first = run.tokens[0].lower;
  const beforeNumber = /^,?\s?\d/.test(text.slice(run.end, run.end + 3)) && !(first.length <= 3 && FOREIGN_FUNCTION_WORDS.has(first)); // not `En 2019`
  if (/-\p{Lu}/u.test(run.tokens[0].text) || beforeNumber || NUMBER_WORDS.has(first)) return false;
  const { english, language, languageHits, sentenceWords } = clauseLanguage(text, run.start, run.end);
  if (english) return false;
  const listedOrShaped = isForeignWordShape(run.tokens[0].lower, language);
  if (!run.sentenceStart && (language !== 'de' || !listedOrShaped)) return false;
  // An unknown word opening the sentence is that language's only where the language is known (not Nepali or Hmong,
  // whose words no list here has), and is a name when what follows is what a person does (`Ousmane dit que`) or
  // may be one when it is the whole sentence (`Petrona.` answering, `Catorce.` an age).
  if (!listedOrShaped && (languageHits < 2 || sentenceWords === 0 || FOREIGN_PERSON_AFTER.test(text.slice(run.end, run.end + 40)))) return false;
  return !capitalisedElsewhere(text, run.start, run.end, (offset) => isSentenceStart(text, offset));
}

/** True when every word is an ordinary English word (or `some` connector/title) and none is a known given name. */
function ordinaryAll(tokens: readonly Token[], allowNames: boolean): boolean {
  return tokens.every((token) => !token.capitalised || (ordinary(token) && (allowNames || !FIRST_NAMES.has(bare(token)) || isCommonWord(token.lower))));
}

/** A person span stops before a possessive `'s`; a place or organisation keeps it (`Coley's Mill`, `St. Ninian's`). */
function trimPossessive(text: string, end: number, type: EntityType): number {
  if (type === 'PERSON' && POSSESSIVE_S.test(text.slice(end - 2, end))) return end - 2;
  return end;
}

/** A phrase compromise might type as a place or an organisation: it holds an English word, an acronym, a place or `&`. */
function mayNameAPlaceOrBody(text: string, run: Run): boolean {
  const placeWord = (word: string): boolean => CITIES.has(word) || COUNTRIES_AND_REGIONS.has(word) || OTHER_PLACES.has(word);
  return run.tokens.some((token) => ordinary(token) || token.allCaps || placeWord(bare(token))) || text.slice(run.start, run.end).includes('&');
}

function compromiseTagOfRun(text: string, run: Run): EntityType | undefined {
  const sentence = sentenceAround(text, run.start, run.end);
  return compromiseTypeOf(sentence.text, run.start - sentence.start, run.end - sentence.start);
}

const SENTENCE_END = /[.!?\n]/;
/** A sentence about a group, a club or its meetings, and not a title (`Focus Group: Farm Work and Injury`). */
function inGroupTalk(sentence: string): boolean {
  if (!GROUP_TALK.test(sentence)) return false;
  const words = sentence.match(SENTENCE_WORD) ?? [];
  return words.filter((word) => STARTS_CAPITALISED.test(word)).length * 2 < words.length;
}
const SENTENCE_WORD = /\p{L}[\p{L}'’-]*/gu;
const STARTS_CAPITALISED = /^\p{Lu}/u;
/** What follows a group's name: a pause, what the group does, or the kind of group (not `the Care Work project`). */
const GROUP_NAME_ENDS = /^(?:\s*[,.;:!?)]|\s+(?:meets|met|meet|is|was|are|were|at|in|on|every|has|had|group|club|league|team|choir|crew)\b)/u;
/** Words of a sentence about a group, a club or its meetings. */
const GROUP_TALK = /\b(?:group|groups|club|team|meets|meet up|meets up|met up|meeting|meetings|choir|league|society|charity|crew|band|walk|walking|class)\b/i;

function sentenceAround(text: string, start: number, end: number): { start: number; text: string } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return { start: from, text: text.slice(from, Math.min(text.length, to + 1)) };
}
