import type { Candidate } from './detector';
import { isCommonWord } from './lexicon/english-words';
import { WIDOW_ITEM } from './quasi-general-family';
import { isForeignJobWord, otherAt } from './quasi-cues';
import { isJobPhrase } from './quasi-occupation';

const REASON = 'occupation of a person in the story';

/**
 * Occupations told by the syntax of a language rather than by English's `I'm a`: German's copula with a bare noun
 * (`Ich bin Schlosser von Beruf`, `Meine Frau ist Krankenschwester`, `arbeitet als Zahnarzthelferin`), Tagalog's
 * predicate first (`seaman siya dati`, `Personal care worker ako dun`, `Si Kyla nurse na sa Cebu`), Indonesian and
 * Malay (`Saya tukang sepatu`, `dia seorang nelayan`), a trade named with `by trade`, and a job listed in a record
 * right after an age (`husband Ionel (66, scrap metal collector)`, `Bu Euis, 51, jamu seller,`).
 */
export function findGeneralJobs(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (candidate: Candidate | undefined): void => {
    if (candidate) found.push(candidate);
  };
  if (GERMAN_TEST.test(text)) for (const match of text.matchAll(GERMAN_COPULA)) add(germanJob(match));
  if (/von\s+Beruf/.test(text)) for (const match of text.matchAll(BY_PROFESSION)) add(wordAt(match, 1));
  if (TAGALOG_TEST.test(text)) {
    for (const match of text.matchAll(TAGALOG_PRONOUN_AFTER)) add(jobBefore(text, match.index));
    for (const match of text.matchAll(TAGALOG_CUE_BEFORE)) add(jobAfter(text, match.index + match[0].length, TAGALOG_FOLLOW));
  }
  if (MALAY_TEST.test(text)) for (const match of text.matchAll(MALAY_CUE)) add(malayJob(text, match.index + match[0].length));
  if (/by\s+trade/i.test(text)) for (const match of text.matchAll(BY_TRADE)) add(byTrade(text, match.index));
  if (/\d/.test(text)) {
    for (const match of text.matchAll(AGE_THEN_LIST)) {
      if (match.index > 0 && NUMBER_BEFORE.test(text.charAt(match.index - 1))) continue;
      if (LIST_START_BEFORE.test(text.slice(Math.max(0, match.index - 3), match.index))) found.push(...listedAfterAge(text, match.index + match[0].length));
    }
  }
  if (text.includes('(')) for (const match of text.matchAll(KIN_THEN_LIST)) found.push(...listedAfterAge(text, match.index + match[0].length));
  if (/\bwork/i.test(text)) for (const match of text.matchAll(WORKS_BARE)) add(jobAfter(text, match.index + match[0].length, PLACE_OR_PAUSE));
  return found;
}

/** A cheap first test: a German copula or `als` after a work verb. */
// Not `war` alone: an English word.
const GERMAN_TEST = /\b(?:[Ii]ch\s+(?:bin|war)|ist|(?:[Ee]r|[Ss]ie|Frau|Mann|Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Oma|Opa|Onkel|Tante|Nachbarin|Nachbar|Freundin|Freund)\s+war|arbeite\w*\s+(?:\p{Ll}+\s+){0,2}als)\b/u;
/** `ich bin`, `sie war`, `meine Frau ist`, `mein Vater war`, `arbeitet als`, `ist gelernter`, then a capitalised noun. */
const GERMAN_COPULA = new RegExp(
  '(?<![\\p{L}])(?:(?:[Ii]ch\\s+bin|[Ii]ch\\s+war|(?:[Ee]r|[Ss]ie)\\s+(?:ist|war)|(?:[Mm]eine?|[Ss]eine?|[Ii]hre?|[Uu]nsere?)\\s+' +
    '(?:Frau|Mann|Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Oma|Opa|Onkel|Tante|Schwiegersohn|Schwiegertochter|Nachbarin|Nachbar|Freundin|Freund)\\s+(?:ist|war)|' +
    '(?:[Ii]ch|[Ee]r|[Ss]ie|\\p{Lu}\\p{Ll}+)\\s+arbeite(?:t|te|ten)?\\s+als|arbeite(?:t|te)?\\s+(?:\\p{Ll}+\\s+){0,2}als)' +
    '\\s+(?:(?:auch|jetzt|noch|schon|früher|heute|seit\\s+\\d+\\s+Jahren|gelernte[rn]?|ein|eine|einen)\\s+)*)(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*)(?![\\p{L}])',
  'gu',
);
/** German job nouns by their endings: `-er`, `-erin`, `-in`, `-ist`, `-eur`, `-kraft`, `-schwester`, `-meister`, `-arzt`. */
const GERMAN_JOB_ENDING = /(?:er|erin|ist|istin|eur|euse|ant|antin|ent|entin|kraft|helfer|helferin|schwester|meister|meisterin|arzt|ärztin|koch|köchin|wart|pfleger|pflegerin|frau|mann)$/;
/** Family words, greetings and states that end like a job. */
const GERMAN_NOT_JOBS = new Set(
  `mutter vater bruder schwester tochter partner partnerin anfänger anfängerin mitglied kunde kundin patient patientin fan single
  rentner rentnerin ausländer ausländerin bürger bürgerin deutscher deutsche hier fertig mann frau ehemann ehefrau hausfrau hausmann
  besucher besucherin nachbar nachbarin freund freundin sieger gewinner verlierer opfer zeuge zeugin teilnehmer teilnehmerin
  anfänger christ christin raucher raucherin vegetarier vegetarierin witwer`.split(/\s+/),
);

function germanJob(match: RegExpMatchArray): Candidate | undefined {
  const word = match[1];
  const lower = word.toLowerCase();
  if (GERMAN_NOT_JOBS.has(lower) || !GERMAN_JOB_ENDING.test(lower) || (isCommonWord(lower) && !isJobPhrase(lower))) return undefined;
  return wordAt(match, 1);
}

/** `Schlosser von Beruf`: what someone is by trade, whatever the word. */
const BY_PROFESSION = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)\s+von\s+Beruf(?![\p{L}])/gu;

function wordAt(match: RegExpMatchArray, group: number): Candidate {
  const start = (match.index ?? 0) + match[0].lastIndexOf(match[group]);
  return otherAt(start, start + match[group].length, 0.45, REASON);
}

/** Tagalog pronouns and markers; their presence is the cheap first test. */
const TAGALOG_TEST = /\b(?:ako|siya|sya|ngayon|naman|dati)\b/i;
/** `seaman siya dati`, `Personal care worker ako dun`: a pronoun right after the predicate, then Tagalog. */
// Not `kami`, `sila`: Indonesian and Malay say `kami` too (`Landlord kami`, our landlord).
const TAGALOG_PRONOUN_AFTER = /(?<=\p{L})\s+(?:ako|siya|sya)(?=\s+(?:sa|dati|noon|na|lang|dun|doon|rin|din|pa|ngayon|po|kasi|eh|talaga|since)\b|\s*[.,!?;]|\s*$)/gmu;
/** Where a predicate before the pronoun starts: a line or clause start, or a Tagalog marker. */
const PREDICATE_START = /(?:^|[.!?:;,\n(]|\b(?:si|ngayon|naman|dati|yung|ang|na|ay|pero|tapos|kasi|at)\s)\s*((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)$/iu;

/** Tagalog particles and pronouns: never part of a job's (English) words, though `naman` ends like `-man`. */
const TAGALOG_PARTICLES = new Set('naman lang na pa po din rin ba ko mo niya nila namin natin kami sila siya sya ako ikaw yung ang ng sa si ni kay mga daw raw nga kasi talaga'.split(' '));

function isTaglishJob(phrase: string): boolean {
  return isJobPhrase(phrase) && !phrase.toLowerCase().split(/\s+/).some((word) => TAGALOG_PARTICLES.has(word));
}

function jobBefore(text: string, end: number): Candidate | undefined {
  const before = PREDICATE_START.exec(text.slice(Math.max(0, end - 50), end));
  if (!before) return undefined;
  const phrase = before[1];
  if (!isTaglishJob(phrase) || /^(?:the|a|an|my|your|his|her)$/i.test(phrase.split(/\s+/)[0])) return undefined;
  return otherAt(end - phrase.length, end, 0.45, REASON);
}

/** `Ako naman cleaner lang`, `Si Kyla nurse na sa Cebu`, `ngayon forklift operator sa`: a cue, then the predicate. */
const TAGALOG_CUE_BEFORE = /(?<![\p{L}])(?:[Aa]ko|[Ss]iya|[Ss]ya|[Ss]i\s+\p{Lu}[\p{L}\p{M}'’-]+|[Nn]gayon)\s+(?:(?:ay|naman|ngayon|dati|po|ay\s+isang|isang)\s+)*(?=\p{L})/gu;
/** What follows a Tagalog predicate: a Tagalog word or a pause, so that an English clause after `ako` is not taken. */
const TAGALOG_FOLLOW = /^(?:\s+(?:sa|lang|na|dati|noon|rin|din|pa|po|dun|doon|ngayon|kasi|talaga|ng)\b|\s*[.,!?;)]|\s*$)/u;

/** The longest run of one to four words from `start` that names a job and is followed as `follow` requires. */
function jobAfter(text: string, start: number, follow: RegExp): Candidate | undefined {
  const words = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,3}/u.exec(text.slice(start, start + 60))?.[0].split(/\s+/) ?? [];
  for (let count = words.length; count >= 1; count--) {
    const phrase = words.slice(0, count).join(' ');
    const end = start + phrase.length;
    if (text.slice(start, end) !== phrase) continue;
    if (isTaglishJob(phrase) && follow.test(text.slice(end, end + 10))) return otherAt(start, end, 0.45, REASON);
  }
  return undefined;
}

/** Malay and Indonesian pronouns: the cheap first test. */
const MALAY_TEST = /\b(?:[Ss]aya|[Aa]ku|[Dd]ia|[Bb]eliau)\b/;
/** `Saya tukang sepatu`, `dia seorang nelayan`, `saya bekerja sebagai perawat`. */
const MALAY_CUE = /(?<![\p{L}])(?:[Ss]aya|[Aa]ku|[Dd]ia|[Bb]eliau)\s+(?:(?:seorang|sebagai|jadi|menjadi|kerja|bekerja|dulu|dulunya|sekarang|adalah|masih|juga|di\s+sini)\s+)*(?=\p{Ll})/gu;
/** Trades of Indonesian and Malay, named by their own words (`tukang` makes any trade: `tukang sepatu`, `tukang masak`). */
const MALAY_JOB =
  /^(?:tukang\s+\p{Ll}+|guru(?:\s+honorer|\s+ngaji)?|petani|nelayan|sopir|supir|bidan|perawat|dokter|pedagang(?:\s+\p{Ll}+)?|buruh(?:\s+\p{Ll}+)?|satpam|kuli(?:\s+\p{Ll}+)?|pembantu(?:\s+rumah\s+tangga)?|penjahit|montir|karyawan(?:\s+\p{Ll}+)?|pegawai(?:\s+negeri)?|polisi|tentara|ustadz|ustadzah|ustaz|ustazah|kyai|pendeta|dukun(?:\s+beranak)?|pelaut|nelayan|peternak|penjual\s+\p{Ll}+|juru\s+\p{Ll}+|pengemudi(?:\s+\p{Ll}+)?|ojek|ojol)(?![\p{L}])/u;
const MALAY_FOLLOW = /^(?:\s+(?:di|sudah|sejak|dari|yang|selama|untuk|dan)\b|\s*[.,!?;"”)]|\s*$)/u;

function malayJob(text: string, start: number): Candidate | undefined {
  const own = MALAY_JOB.exec(text.slice(start, start + 40));
  if (own) return otherAt(start, start + own[0].length, 0.45, REASON);
  return jobAfter(text, start, MALAY_FOLLOW);
}

/** `Shoe-maker by trade`, `a cobbler by trade`: whatever is named by trade is a trade. */
const BY_TRADE = /(?<=[\p{L}])\s+by\s+trade(?![\p{L}])/giu;
const NOT_TRADE_WORDS = new Set('a an the i he she we they was is am were be been my his her our their and but so not just only all what'.split(' '));

function byTrade(text: string, end: number): Candidate | undefined {
  const words = /(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u.exec(text.slice(Math.max(0, end - 40), end))?.[0].split(/\s+/) ?? [];
  while (words.length > 0 && NOT_TRADE_WORDS.has(words[0].toLowerCase())) words.shift();
  // Only the words after a stop word: `I was a cobbler` keeps `cobbler`.
  const lastStop = words.map((word) => NOT_TRADE_WORDS.has(word.toLowerCase())).lastIndexOf(true);
  const phrase = words.slice(lastStop + 1).join(' ');
  if (phrase === '' || text.slice(end - phrase.length, end) !== phrase) return undefined;
  return otherAt(end - phrase.length, end, 0.45, REASON);
}

/**
 * An age opening a record's list: `(66, `, `, 51, `, `58 anos, `, `34 yrs old, married, `. The items after it are read
 * one by one (listedAfterAge).
 */
// The digits are matched first and the character before them checked in code, so most offsets fail at once.
const AGE_THEN_LIST = /(?:\d{1,3}(?!\d)\s*(?:yrs?\s+old|years?\s+old|yrs?|y\/?o|anos|años|ans|Jahre|anni|taon|tahun)?|\b(?:early|mid|late)-?\d0s)\s*,\s*/gu;
/** Characters that make the digits part of a longer number, a time or a date (`12:15`, `2.5`, `1/4`). */
const NUMBER_BEFORE = /[\p{L}\d.,/:-]/u;
/** What stands before the age: a line start, a bracket, a comma or a label's colon, or a sentence's end. */
const LIST_START_BEFORE = /(?:^|\n|[(,:][ \t]*|[.!?"”][ \t]+)$/u;
/** A household roster's bracket: `Kwabena Frimpong / M / 51 (husband, fitter)`, `(son, apprentice electrician)`. */
const KIN_THEN_LIST = /\(\s*(?:husband|wife|partner|son|daughter|father|mother|brother|sister|son-in-law|daughter-in-law|grandson|granddaughter|nephew|niece|uncle|aunt|cousin|lodger|tenant|stepson|stepdaughter)\s*,\s*/giu;
/**
 * `husband Tunde (39) works offshore rig welder`, `Florica works flower seller at Central Station`: a job right after
 * `works`, with no `as`, as second-language speakers and notes say it, then where or a pause.
 */
const WORKS_BARE = /\b(?:works|worked|working)\s+(?!(?:as|at|in|on|for|with|from|to|the|a|an|there|here|hard|nights?|days|shifts?|part|full|long|late|early|overtime|together|out|on|off)\b)(?=\p{Ll})/gu;
const PLACE_OR_PAUSE = /^(?:\s+(?:at|for|in|on|with|from|since)\s|\s*[,.;:)!?"”]|\s*$)/u;
/** An item of the list: words up to a comma, a full stop, a bracket or the line's end. */
const ITEM = /^([^,.;()\n"“]{2,40}?)\s*(?=[,.;)\n])/u;
/** Items that are no job but may stand in the list before one: `married`, `F`, `retired`. */
const OTHER_ITEM = /^(?:married|single|m|f|male|female|man|woman|retired|unemployed|casada|casado|casada|solteira|solteiro|soltera|soltero|mariée?|verheiratet|sposat[oa])$/iu;

function listedAfterAge(text: string, start: number): Candidate[] {
  const found: Candidate[] = [];
  let offset = start;
  for (let index = 0; index < 3; index++) {
    const item = ITEM.exec(text.slice(offset, offset + 60));
    if (!item) break;
    const phrase = item[1].trim();
    const phraseStart = offset + item[1].indexOf(phrase);
    const words = phrase.split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    // A plural is the household, not the person's job: `two children`, `three lodgers`.
    const plural = /[^s]s$/.test(head) || /^(?:children|people|men|women|folk|grandchildren)$/.test(head);
    if (WIDOW_ITEM.test(phrase)) found.push(otherAt(phraseStart, phraseStart + phrase.length, 0.45, 'family structure of a person in the story'));
    else if (!plural && words.length <= 4 && /^\p{Ll}/u.test(phrase) && (isJobPhrase(phrase) || (words.length === 1 && isForeignJobWord(phrase)))) {
      found.push(otherAt(phraseStart, phraseStart + phrase.length, 0.45, REASON));
    } else if (!OTHER_ITEM.test(phrase)) break;
    const next = /^\s*,\s*/.exec(text.slice(phraseStart + phrase.length, phraseStart + phrase.length + 4));
    if (!next) break;
    offset = phraseStart + phrase.length + next[0].length;
  }
  return found;
}
