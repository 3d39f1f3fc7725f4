import type { Candidate } from './detector';
import { CITIES, COUNTRIES_AND_REGIONS, DEMONYMS, FIRST_NAMES, ROLE_NOUNS, WORD_NAMES } from './lexicon/compromise-lexicon';
import { COMMUNITY_WORDS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { peopleAndFaithWords } from './lexicon/peoples';
import { otherAt, PERSON_IS } from './quasi-cues';
import { WordScanner } from './word-scan';

const CONFIDENCE = 0.55;
export const COMMUNITY_REASON = 'ethnicity, nationality or faith of a person in the story';
const REASON = COMMUNITY_REASON;

/**
 * Ethnicity, nationality and faith of people in the story (`I'm Catholic`, `she's Samoan too`, `Tongan.` in a
 * self-introduction, `the Eritrean women on days`, `her Filipino granddaughter`). Not in passing: `a lot of Polish
 * families`, `I'm not even Chinese`, `Chinese food`. Words are looked up token by token (a set, not a regex of
 * hundreds of alternatives), which keeps this fast on long transcripts.
 */
export function findCommunities(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (span: Span | undefined): void => {
    if (!span) return;
    found.push(otherAt(span.start, span.end, CONFIDENCE, REASON));
    for (let next = coordinatedAfter(text, span.end); next; next = coordinatedAfter(text, next.end)) found.push(otherAt(next.start, next.end, CONFIDENCE, REASON));
  };
  SELF_CUE.lastIndex = 0;
  for (let cue = SELF_CUE.exec(text); cue; cue = SELF_CUE.exec(text)) {
    const span = peopleAt(text, cue.index + cue[0].length);
    // Without a copula, only a word that closes the clause: `She Adventist.`, not `He English teacher`.
    if (span && cue.groups?.bare && !CLAUSE_CLOSES.test(text.slice(span.end, span.end + 12))) continue;
    if (span && !isNameLike(text, span)) add(span);
  }
  NAMED_CUE.lastIndex = 0;
  for (let cue = NAMED_CUE.exec(text); cue; cue = NAMED_CUE.exec(text)) {
    // Past a bracket after the name: `Sri Wahyuni ("Yuni", 34) is Javanese`.
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, cue.index - 50), cue.index).replace(/\s*\([^()\n]{0,30}\)$/, ''));
    const subject = name?.[0].toLowerCase() ?? 'it';
    // `Reading is English`, `Tuesday was Polish day`: a place or an ordinary word, not a person.
    if (NOT_NAMED_SUBJECTS.has(subject) || CITIES.has(subject) || COUNTRIES_AND_REGIONS.has(subject)) continue;
    // `Precious is Zimbabwean`, `Joy is Filipino`: a given name that is also a word still names someone.
    if (isCommonWord(subject) && !FIRST_NAMES.has(subject) && !WORD_NAMES.has(subject)) continue;
    const span = peopleAt(text, cue.index + cue[0].length);
    // After a possessive, only a word that closes the clause: `Patience's Nigerian.`, not `Hoa's English is good`.
    if (span && !/^\s*(?:is|was)\b/.test(cue[0]) && !CLAUSE_CLOSES.test(text.slice(span.end, span.end + 12))) continue;
    if (span && !isNameLike(text, span)) add(span);
  }
  // `Eighteen families lived in those two blocks, all Roma.`: the people just counted, all of one people.
  ALL_OF_THEM.lastIndex = 0;
  for (let cue = ALL_OF_THEM.exec(text); cue; cue = ALL_OF_THEM.exec(text)) {
    const span = peopleAt(text, cue.index + cue[0].length);
    // Not `all English` (a language), nor another broad majority word.
    if (span && /^\s*[.!?;]/.test(text.slice(span.end, span.end + 3)) && !isNameLike(text, span) && !BROAD.test(text.slice(span.start, span.end))) add(span);
  }
  const languageTalk = LANGUAGE_TALK.test(text);
  for (let span = nextPeopleWord(text, 0); span; span = nextPeopleWord(text, span.end)) {
    if (!languageTalk && !isNameLike(text, span) && isFragment(text, span)) add(span);
    else if (isBracketedSelfDescription(text, span)) add(span);
    else if (SIDE_OF_FAMILY.test(text.slice(span.end, span.end + 40))) add(span);
    else if (isSomeoneOfAPeople(text, span)) add(span);
    else if (startsGroup(text, span)) for (const member of groupChain(text, span)) found.push(otherAt(member.start, member.end, CONFIDENCE, REASON));
  }
  if (/\b(?:black|white)\s/i.test(text)) {
    COLOUR_PERSON.lastIndex = 0;
    for (let match = COLOUR_PERSON.exec(text); match; match = COLOUR_PERSON.exec(text)) {
      const start = match.index + match[0].length - match[1].length - match[2].length - 1;
      if (!WISH_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index + 1))) found.push(otherAt(start, start + match[1].length, CONFIDENCE, REASON));
    }
  }
  return found;
}

/** Workers the role list lacks, who are often described by their people: `a Filipino nurse`, `the Somali aide`. */
const MORE_WORKERS = new Set('nurse aide midwife porter priest imam pastor vicar nun monk soldier'.split(' '));
/** A worker's noun (`butcher`, `doctor`, `nurse`), not one of a language (`the French teacher`). */
const isWorker = (noun: string): boolean => isListedWorker(noun) || MORE_WORKERS.has(noun);

/** Singular nouns for one person, and the plurals a small count goes with. */
const ONE_PERSON = new Set('lady man woman guy fella bloke girl boy gentleman lad lass chap kid couple'.split(' '));
const SOME_PEOPLE = new Set('ladies men women guys fellas blokes girls boys gentlemen lads lasses chaps kids'.split(' '));
/** `a Croatian butcher`, `the Somali aide`, `one Syrian doctor`, `Mr Okafor, Nigerian gentleman`: one person pointed at. */
const ONE_BEFORE = /(?:^|[^\p{L}\p{M}'’])(?:[Aa]|[Aa]n|[Oo]ne|[Tt]he|[Tt]his|[Tt]hat|\p{Lu}[\p{L}\p{M}'’-]+,)\s+(?:(?:young|old|older|elderly|little|big|nice|lovely|good|lone|retired)\s+)?$/u;
/** `two Hispanic girls`, `three Sikh drivers`: a few people counted. */
const FEW_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(?:two|three|four|five|six|seven|eight|nine)\s+(?:(?:young|old|older|elderly|little)\s+)?$/iu;
/** Someone wished for rather than met: `I want an English nurse`, `have a Māori doctor who understands`. */
const WISH_BEFORE = /\b(?:want|wants|wanted|need|needs|needed|where['’]s|where is|prefer|prefers|preferred|like|ask for|asked for|request|requested|get|have|find|hire|every|any|no)\s+\S+\s*$/i;
/** `a Black lady`, `A white man, he spoke`: a person described by colour, as people say it. */
const COLOUR_PERSON = /(?<![\p{L}\p{M}])(?:a|an|the|one)\s+(?:(?:young|old|older|elderly)\s+)?(black|white)\s(man|woman|lady|guy|fella|bloke|girl|boy|gentleman|nurse|doctor)(?![\p{L}\p{M}'’])/giu;

/**
 * A person of the story described by their people: an article or a small count, the people word, and a noun for a person
 * or a worker (`a Croatian butcher`, `an American lady`, `two Hispanic girls`); not a possessive (`the Black man's
 * therapy` is said of all of them), not someone wished for, not a population (see groupChain).
 */
function isSomeoneOfAPeople(text: string, span: Span): boolean {
  const noun = /^\s+([\p{L}-]+)(?![\p{L}\p{M}'’])/u.exec(text.slice(span.end, span.end + 24))?.[1].toLowerCase();
  if (!noun) return false;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const one = (ONE_PERSON.has(noun) || isWorker(noun)) && ONE_BEFORE.test(before);
  const few = (SOME_PEOPLE.has(noun) || (noun.endsWith('s') && isWorker(noun.slice(0, -1)))) && FEW_BEFORE.test(before);
  if (!one && !few) return false;
  return !WISH_BEFORE.test(before);
}

export interface Span {
  start: number;
  end: number;
}

const WORDS = new Set(peopleAndFaithWords([...COMMUNITY_WORDS, ...DEMONYMS].filter((word) => word.length > 2)).map((word) => word.replace(/’/g, "'")));
/** First words of people phrases, to skip most tokens with one set lookup. */
const FIRST_WORDS = new Set([...WORDS].map((word) => word.split(' ')[0]));
/** Longest people phrase in words (`torres strait islander` is 3). */
const MAX_WORDS = Math.max(...[...WORDS].map((word) => word.split(' ').length));
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/uy;
/** The tokens of TOKEN anywhere in a text. */
const ANY_TOKEN = new WordScanner(/[\p{L}\p{M}]/gu, /[\p{L}\p{M}'’-]*/uy);

/** The people word or phrase starting exactly at `start` (plural allowed, `Vietnamese American` as one), if any. */
export function peopleAt(text: string, start: number): Span | undefined {
  const first = phraseAt(text, start);
  if (!first) return undefined;
  // A compound of two people words: `Vietnamese American`, `British-Pakistani`.
  const separator = /^[\s-]/.test(text.charAt(first.end)) ? first.end + 1 : -1;
  const second = separator > 0 ? phraseAt(text, separator) : undefined;
  return second ? { start, end: second.end } : first;
}

/** `Ngāti Porou`, `ngai tahu`: an iwi (Māori tribe) is named by one of these words and the ancestor's name. */
const IWI = /(?:ngāti|ngati|ngāi|ngai)\s+[\p{L}\p{M}]+(?:\s+(?:ki|o|a)\s+[\p{L}\p{M}]+)?/iuy;

function phraseAt(text: string, start: number): Span | undefined {
  if ((text.charCodeAt(start) | 0x20) === 0x6e /* n */) {
    IWI.lastIndex = start;
    const iwi = IWI.exec(text);
    if (iwi) return { start, end: start + iwi[0].length };
  }
  TOKEN.lastIndex = start;
  const head = TOKEN.exec(text)?.[0].toLowerCase().replace(/’/g, "'");
  if (head && isPeopleCompound(head)) return { start, end: start + head.length };
  if (!head || !(FIRST_WORDS.has(head) || FIRST_WORDS.has(head.replace(/e?s$/, '')) || FIRST_WORDS.has(head.replace(/s$/, '')))) return undefined;
  const words: Span[] = [];
  let position = start;
  while (words.length < MAX_WORDS) {
    TOKEN.lastIndex = position;
    const token = TOKEN.exec(text);
    if (!token) break;
    words.push({ start: position, end: position + token[0].length });
    const space = /^ +/.exec(text.slice(TOKEN.lastIndex, TOKEN.lastIndex + 3));
    if (!space) break;
    position = TOKEN.lastIndex + space[0].length;
  }
  for (let count = words.length; count > 0; count--) {
    const end = words[count - 1].end;
    const phrase = text.slice(start, end).toLowerCase().replace(/’/g, "'").replace(/ +/g, ' ');
    if (WORDS.has(phrase) || WORDS.has(phrase.replace(/e?s$/, '')) || WORDS.has(phrase.replace(/s$/, ''))) return { start, end };
  }
  return undefined;
}

/** `chinese-vietnamese`, `irish-nigerian`: peoples joined by a hyphen in one token. */
function isPeopleCompound(lowerToken: string): boolean {
  if (!lowerToken.includes('-')) return false;
  const parts = lowerToken.split('-');
  return parts.length > 1 && parts.every((part) => WORDS.has(part));
}

/** False only where phraseAt surely finds nothing: no iwi word (`n...`) and a head not among FIRST_WORDS. */
function mayStartPhrase(token: string): boolean {
  if ((token.charCodeAt(0) | 0x20) === 0x6e /* n */) return true;
  const head = token.toLowerCase().replace(/’/g, "'");
  if (FIRST_WORDS.has(head) || isPeopleCompound(head)) return true;
  return head.endsWith('s') && (FIRST_WORDS.has(head.replace(/e?s$/, '')) || FIRST_WORDS.has(head.slice(0, -1)));
}

/** The next people word at or after `from`, starting a token. */
function nextPeopleWord(text: string, from: number): Span | undefined {
  for (let at = from; ANY_TOKEN.next(text, at); at = ANY_TOKEN.end) {
    // Most tokens start no people phrase: one set lookup here spares phraseAt's regexes on them.
    if (!mayStartPhrase(text.slice(ANY_TOKEN.start, ANY_TOKEN.end))) continue;
    const span = peopleAt(text, ANY_TOKEN.start);
    if (span) return span;
  }
  return undefined;
}

const MODIFIERS =
  '(?:(?:proud|devout|practising|practicing|lapsed|good|old|young|only|all|both|mostly|half|part|fully|very|quite|strict|' +
  'strictly|non-practising|also|originally|ethnically|culturally|actually|really|too|a|an|the only|the token)\\s+)*';
/** `I'm Catholic`, `raised Catholic`, `my mum's Somali`, `the only Māori in the group`, `i am irish now`. */
// Also asked (`is she also Amish?`, `are you Muslim?`) and said of a whole group (`All six are Muslim`, `all of us were Catholic`).
const SELF_CUE = new RegExp(
  `(?<!\\w)(?:${PERSON_IS}|(?:the\\s+)?(?:family|household|parents|couple|children|kids)\\s+(?:is|are|was|were)|(?:family|household)['’]s|you are|who is|who was|who are|who were|raised|born|brought up|grew up|grown up|converted to|the only|as an?|being|is she|is he|was she|was he|are you|were you|are they|were they|` +
    `all(?:\\s+(?:of\\s+(?:us|them)|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}))?\\s+(?:are|were)|` +
    // `She Adventist.`, `him Catholic`: the copula left out, as Caribbean, West African and other Englishes do.
    `(?<=^|[.!?]\\s+|\\n\\s*|[:>]\\s*)(?<bare>she|he|him|mi))\\s+${MODIFIERS}(?=[\\p{L}\\p{M}])`,
  'giu',
);

const CLAUSE_CLOSES = /^\s*(?:[.,!?;)]|$|(?:too|also|now|and|but|like)(?![\p{L}]))/u;

const ALL_OF_THEM = /,\s+(?:all|mostly|nearly\s+all|almost\s+all)\s+(?:of\s+them\s+)?(?=\p{L})/giu;
/** `Tendai is also Zimbabwean`, `Patience's Nigerian`: a named person, then the cue's modifiers. */
const NAMED_CUE = new RegExp(`(?:\\s+(?:is|was)|['’]s)\\s+${MODIFIERS}(?=\\p{Lu})`, 'gu');
/** The name before NAMED_CUE's verb, looked for only where the verb is. */
const NAME_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Capitalised words that are no person: `It's Polish`, `English is my second language`, `The food's Chinese`. */
const NOT_NAMED_SUBJECTS = new Set(
  `it that this there what here which who where he she i we they you mine yours his hers ours theirs everything everyone
  everybody nothing food monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december christmas easter sunday`.split(/\s+/),
);

/** `English. That's all I speak.`: a fragment in talk about languages names a language. */
const LANGUAGE_TALK = /\b(?:speak|speaks|spoke|speaking|language|languages|translate|translated|translation|interpreter|fluent|accent)\b/i;
// Also a self-description going on after an age: `I'm 34, Chinese Peranakan, my wife is ...`.
// And a quoted answer's start (`"a":"Palestinian from Gaza, ...`).
const FRAGMENT_OPENER = /(?:^|[.!?]\s+|\n\s*|\(\s*|:\s*"\s*|\b(?:I['’]m|I\s+am|im|she['’]s|he['’]s)\s+\d{1,3},\s*|\b\d{1,3}\s*(?:y\/o|yo|yrs?(?:\s+old)?|years?\s+old),\s*)(?:(?:also|and|but|half|part|proud|fully)\s+)?$/i;
/** The end of a fragment, or a description going on with an age or a family detail: `Indonesian, nineteen, chairs …`. */
const FRAGMENT_END =
  /^\s*(?:[.!?;]|$|,\s*(?:attends|attended|works|worked|lives|lived|goes|went|prays|practising|practicing|observant|devout|speaks|married|arrived|came)\b|,\s*(?:aged?\s+)?(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b|,\s*(?:married|divorced|widowed|widow|widower|single|born|raised|retired)\b|,\s*(?:i|he|she|we)\s+(?:work|worked|live|lived|am|was)\b|\)|\s+from\s+\p{Lu}|")/u;
const ON_SIDE = /^\s+on\s+(?:my|his|her|our|their)\s/i;
/** `Niuean on my dad's side`. */
const SIDE_OF_FAMILY = /^\s+on\s+(?:my|his|her|our|their)\s+(?:mum|mom|mam|dad|mother|father)(?:['’]s)?\s+side/i;

/** `Chào bà. (Vietnamese.) Ma'am, ...`: a bracket holding only the people word after a sentence names its language. */
function isLanguageTag(text: string, span: Span): boolean {
  return /[.!?"”]\s*\(\s*$/.test(text.slice(Math.max(0, span.start - 4), span.start)) && /^\.?\s*\)/.test(text.slice(span.end, span.end + 3));
}

/** A self-introduction fragment: `Sione Fifita. I'm 17. Tongan.`, `Also Tongan, and Niuean on my dad's side.` */
function isFragment(text: string, span: Span): boolean {
  if (!FRAGMENT_OPENER.test(text.slice(Math.max(0, span.start - 20), span.start))) return false;
  if (isLanguageTag(text, span)) return false;
  const after = text.slice(span.end, span.end + 40);
  if (FRAGMENT_END.test(after) || ON_SIDE.test(after)) return true;
  const next = coordinatedAfter(text, span.end);
  return next !== undefined && (/^\s*[.!?;,]/.test(text.slice(next.end)) || ON_SIDE.test(text.slice(next.end)) || text.length === next.end);
}

/**
 * `Tomasz here (Polish, i work nights at Brightwater too)`: a people word opening a bracket that goes on about the
 * person, so it is no language tag (`[speaking Polish]`) even where the chunk talks about languages.
 */
const BRACKET_SELF = /^,\s*(?:i|he|she|we|they)\s+\p{Ll}|^,\s*(?:aged?\s+)?\d{1,3}\b/u;

function isBracketedSelfDescription(text: string, span: Span): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start)) && BRACKET_SELF.test(text.slice(span.end, span.end + 24));
}

const COORDINATION = /^(?:\s*[,/]\s*|\s+)(?:(?:and|or|&|but|also)\s+)?(?:(?:half|part|a bit|quarter)\s+)?/i;

/** `Tongan, and Niuean`, `half Māori, half Scottish`: a people word coordinated with the one ending at `end`. */
function coordinatedAfter(text: string, end: number): Span | undefined {
  const joint = COORDINATION.exec(text.slice(end, end + 30));
  if (!joint || joint[0].length === 0) return undefined;
  return peopleAt(text, end + joint[0].length);
}

const GROUP_NOUNS = new Set(
  `lady ladies man men woman women guy guys fella fellas bloke blokes girl girls boy boys kid kids lad lads lass lasses
  family families couple chap chaps folk folks crew mum mom mother dad father husband wife partner boyfriend girlfriend
  son daughter brother sister grandmother grandfather granddaughter grandson grandma grandpa nan nana nanna granny gran
  auntie aunty aunt uncle cousin niece nephew neighbour neighbours neighbor neighbors friend friends mate mates
  colleague colleagues workmate workmates flatmate housemate in-laws himself herself myself themselves ourselves
  gentleman gentlemen`.split(/\s+/),
);
/** `a lot of Romanian and Polish families`, `two hundred Filipino carers`: a population, not someone in the story. */
const QUANTITY_BEFORE =
  /(?:\b(?:lot|lots|loads|plenty|hundreds|thousands|dozens|number|sorts|kinds|types|couple)\s+of|\b(?:many|most|some|several|few|other|more|any|no|every|all|these|those|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)|\d)\s+$/i;
/**
 * `the African families`, `the English girl`: a continent's people, or the majority people of an English-speaking
 * setting, is too broad to point at anyone in a group mention.
 */
const BROAD = /^(?:african|asian|european|pan-african|english|british|brit|american|australian|aussie|canadian|kiwi|pākehā|pakeha)s?$/i;

/** The shape of a worker's noun, singular (`cleaner`, `doctor`, `porter`), checked against the role nouns too. */
const WORKER = /^\p{Ll}*(?:er|or|ist|ian|nurse|cook|chef|maid|guard|aide|carer)$/u;
/** Workers of a language, not of a people: `the French teacher`, `the Arabic interpreter`. */
const LANGUAGE_WORKERS = new Set(['teacher', 'tutor', 'speaker', 'interpreter', 'translator', 'lecturer', 'professor', 'instructor']);
/** A worker's noun shaped as one and in the role list (`cleaner`, `doctor`), not a worker of a language. */
function isListedWorker(noun: string): boolean {
  const lower = noun.toLowerCase();
  return WORKER.test(noun) && ROLE_NOUNS.has(lower) && !LANGUAGE_WORKERS.has(lower);
}

/** The people words of a chain (`Romanian and Polish`) that ends before a group noun, starting at `first`. */
function groupChain(text: string, first: Span): Span[] {
  const chain = [first];
  for (let next = coordinatedAfter(text, first.end); next; next = coordinatedAfter(text, next.end)) chain.push(next);
  const last = chain[chain.length - 1];
  const noun = /^\s+([\p{L}-]+)/u.exec(text.slice(last.end, last.end + 30))?.[1];
  if (!noun) return [];
  const lowerNoun = noun.toLowerCase();
  // A person, or one worker the story points at: `the Bangladeshi cleaner` (not `a Māori doctor` someone wishes for).
  const worker = isListedWorker(noun) && /\bthe\s+$/i.test(text.slice(Math.max(0, first.start - 5), first.start));
  if (!GROUP_NOUNS.has(lowerNoun) && !worker) return [];
  if (QUANTITY_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start))) return [];
  return chain.filter((span) => !BROAD.test(text.slice(span.start, span.end)));
}

/** Whether `span` is not itself the continuation of a chain begun earlier (that chain is judged from its start). */
function startsGroup(text: string, span: Span): boolean {
  return !/(?:[,/]|\band|\bor|&)\s*$/i.test(text.slice(Math.max(0, span.start - 6), span.start));
}

/** `I'm Sami`, `Sami.`: a people word that is also a given name introduces a person, not a community. */
function isNameLike(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  return /^\p{Lu}/u.test(word) && FIRST_NAMES.has(word.toLowerCase());
}
