import { matchAll, type Candidate, type Detector } from './detector';

function matchAllMany(text: string, pattern: RegExp, toCandidates: (match: RegExpExecArray) => Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  matchAll(text, pattern, (match) => {
    found.push(...toCandidates(match));
    return undefined;
  });
  return found;
}
import { FOREIGN_FUNCTION_WORDS } from './lexicon/function-words';
import { GREETINGS_AND_COURTESIES } from './lexicon/public-names';
import { FIRST_NAMES, WORD_NAMES } from './lexicon/compromise-lexicon';
// Ordinary words of other languages (`chị`, `mija`) are no names either: `thank you, chị`.
import { isOrdinaryWord as isCommonWord } from './lexicon/foreign-words';
import { isCommonWord as isEnglishWord } from './lexicon/english-words';
import { KIN_WORDS, OPENERS, TITLES } from './lexicon/cues';
import { isWeekday } from './date-words';
import { CARDINAL_WORDS_LOWER } from './pattern-number-words';
import { isGivenName } from './lower-case-entities';

// Longest first, so `mother in law kamala` is not read as `mother` + `in`.
const KIN_ALTERNATIVES = [...KIN_WORDS].sort((a, b) => b.length - a.length).map((word) => word.replace(/-/g, '[- ]')).join('|');
/** `my daughter lizzie`, `my buddy tre`: a lower-case word right after a kinship word, as transcribed. */
const LOWER_AFTER_KIN = new RegExp(
  `(?<!\\w)(?:my|our|his|her|their|your|me|mi|she|he)\\s+(?:(?:little|big|baby|older|younger|eldest|youngest|best|late|old|two|three|four|five|twin|lovely|beautiful)\\s+)?(?:${KIN_ALTERNATIVES}|(?:little|youngest|eldest|oldest|middle|baby) one|(?:[\\p{L}-]+[- ])?year[- ]old)\\s*,?\\s+([\\p{Ll}][\\p{L}\\p{M}'’-]{1,24})(?![\\p{L}\\p{M}])`,
  'giu',
);
/**
 * `a lady named rosa`, `he's called tama`, `everyone calls me harjit`, `thank you priya`, `sending hugs tania`,
 * `doctor okafor`.
 */
const LOWER_AFTER_NAMING =
  /(?<!\w)(?:named|called(?:\s+(?:me|him|her))?|calls?\s+(?:me|him|her)|goes by|name's|name is|nicknamed|thank you(?: to| so much| very much)?|thanks(?: so much| again)?|hi|hello|hiya|hey|congratulations|congrats|cheers|bye|goodbye|(?:sending )?hugs(?: to)?|dr\.?|fr\.?|doctor|nurse|mrs\.?|mr\.?|ms\.?|mister|missus|miss|sir|auntie|aunty|uncle|pastor|father|imam|rabbi|reverend|councillor|councilor|coach|officer|sergeant|kuya|tita|tito|manong|manang|mzee)\s*,?\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/giu;
/**
 * `thanks bill`, `thank you to sonny gill`, `hi hope`: a given name that is also a word, addressed or thanked in lower
 * case. Endearments and modal verbs in the name list are left out (`thanks honey`, `thanks will do`).
 */
const LOWER_VOCATIVE = /\b(?:thank you(?: to)?|thanks(?: to)?|hi|hello|hiya|hey|congratulations|congrats|cheers|bye)\s*,?\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/gu;
const NOT_ADDRESSED = new Set(['will', 'may', 'can', 'honey', 'buddy', 'baby', 'angel', 'sugar', 'candy', 'sunshine', 'everyone', 'prince', 'all', 'so', 'much', 'again', 'god', 'guys']);
/** After `thanks hope`, what makes it the verb or adjective: `thanks hope that helps`, `hi hope you're well`. */
const VOCATIVE_WORD_USE_AFTER = /^\s*(?:you|your|you're|you’re|youre|u|ur|that|this|it|its|it's|to|so|the|a|an|we|they|i|everyone|all|everything|me|us|he|she)(?![\p{L}\p{M}])/u;
/** Words after `my daughter hope` that show the word is a verb or noun (`my son drew a map`, `my mum rose to it`). */
const WORD_USE_AFTER = /^\s+(?:a|an|the|to|up|down|out|in|on|off|back|home|me|him|her|us|them|it|that|this|my|his|your|their|our|be|have|not|and(?! (?:my|our|his|her|their) )|of|for|with|from|at)\b/u;
const MODAL_WORDS = new Set(['will', 'may', 'can', 'must', 'might', 'shall']);
/** `tita baby`, `auntie rose`, `fr tom`: after a family, respect or church title, a given name that is a word is the name. */
const LOWER_AFTER_HONORIFIC = /\b(?:auntie|aunty|uncle|tita|tito|kuya|manong|manang|lola|lolo|mzee|nana|granny|grandma|grandpa|fr|pastor|deacon)\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/gu;
/** `My little sister. Grace. She's five.`: a relative, then a one-word sentence that names them. */
const RELATIVE_THEN_NAME_SENTENCE =
  /\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:little|big|baby|older|younger|eldest|oldest|youngest|twin)\s+)?(?:sister|brother|daughter|son|cousin|niece|nephew|granddaughter|grandson|wife|husband|partner|girlfriend|boyfriend|mum|mom|dad|nana|grandma|grandpa)\.\s+(\p{Lu}\p{Ll}{2,})\.(?=\s|$)/gu;
/**
 * `i met ate baby`, `my sister ate joy`: Tagalog `ate` (elder sister) as a title, where no subject comes before it,
 * so it cannot be the verb (`we ate candy`).
 */
const LOWER_AFTER_ATE = /(?<=\b(?:met|meet|saying|say|says|said|call|called|calls|with|to|so|oh|yes|hi|hello|thanks|thank you|my|our|sister|cousin|friend|si|ni|kay|kasi|po)\s+)ate\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/gu;
/** What people are called between commas that is no name: `yes, ma'am, I did`, `no, love, sit down`. */
const TERMS_OF_ADDRESS = new Set(["ma'am", 'ma’am', 'maam', 'mam', 'mate', 'love', 'luv', 'dear', 'hun', 'bro', 'sis', 'boss', 'chief', 'pal', 'bud', 'dude', 'man', 'girl', 'son', 'kid', 'folks', 'y’all', "y'all", 'yall']);
/**
 * `I talked to kemi about it`, `she said, obi, why`: a given name an automatic transcript left in lower case in
 * otherwise capitalised text, after what is said to or with a person, or addressed between commas.
 */
const LOWER_GIVEN_AFTER_PERSON_VERB = /\b(?:talked to|talk to|spoke to|speak to|told|asked|texted|rang|met|visited|married|said,|says,)\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/gu;
const AGE_NUMBER = `(?:\\d{1,2}|${CARDINAL_WORDS_LOWER})`;
/**
 * `the oldest evka is eight`, `janko is six`, `when dávidko was born`: a lower-case word given an age or a birth, as
 * captions write a child's name (a diminutive no name list has). Only a word of no language (see lowerCaseNameAt).
 */
const LOWER_GIVEN_AN_AGE = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])([\\p{Ll}][\\p{L}\\p{M}'’-]{2,24})\\s+(?:is|was|turned|turns|just turned)\\s+${AGE_NUMBER}(?:\\s+(?:years?\\s+old|now|this year))?(?=\\s*(?:[,.;!?]|$|and\\b|she\\b|he\\b|then\\b))|` +
    `\\bwhen\\s+([\\p{Ll}][\\p{L}\\p{M}'’-]{2,24})\\s+was\\s+born\\b|` +
    `(?<![\\p{L}\\p{M}'’-])([\\p{Ll}][\\p{L}\\p{M}'’-]{2,24})\\s+(?:who|,?\\s*she|,?\\s*he)(?:['’]s|\\s+is|\\s+was)\\s+${AGE_NUMBER}(?![\\p{L}\\p{N}-])|` +
    // `sunny is my 9 year old`
    `(?<![\\p{L}\\p{M}'’-])([\\p{Ll}][\\p{L}\\p{M}'’-]{2,24})\\s+is\\s+(?:my|our|his|her)\\s+${AGE_NUMBER}[- ]year[- ]old\\b`,
  'gmu',
);
/**
 * `the form that kayla mailed out`, `then keisha said`: a given name left in lower case in capitalised text, before
 * what a person does. Only a given name that is no word (`will said`, `grace came` are too often the words).
 */
const LOWER_GIVEN_BEFORE_PERSON_VERB = /(?<![\p{L}\p{M}'’-])(\p{Ll}[\p{L}\p{M}'’-]{2,24})\s+(?:said|says|told|tells|asked|asks|mailed|emailed|texted|sent|rang|phoned|called|came|comes|wanted|wants|thinks|thought|reckons|explained|mentioned)\b/gu;
/** `evening dex`, `welcome mae`: a name greeted in lower case (not `welcome, promotoras`, a group). */
const LOWER_GREETED = /\b(?:welcome|(?:good )?(?:morning|evening|afternoon|night))\s*,?\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/gu;
/** `me and sunny`, `me and shelly by the river`: a name beside `me` in lower-case speech. */
const BESIDE_ME = /\bme and\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/gu;
/** `this is junior from debe`, `its ray here`: a self-introduction in lower case, closed by where from or `here`. */
/**
 * `i'm keeva, from tuam`, `this is dawn here`: a lower-case word introducing the speaker, before a break, where the
 * speaker is from, or a new `i'm` (`i'm keeva i'm the youngest`), as captions run sentences together.
 */
const LOWER_INTRODUCTION =
  /\b(?:this is|it's|it’s|its|it is|i'm|i’m|im|i am)\s+([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?=\s*(?:,|from\b|here\b|speaking\b|calling\b|again\b|(?:and\s+)?(?:i['’]m|im|i am|i was|i['’]ve|i live|i work)\b))/gu;
/** `yes j o a o`, `its k-e-r-e`: a name spelled out letter by letter in lower-case captions. */
const SPELLED_LOWER = /(?<![\p{L}\p{M}'’-])\p{Ll}(?:[- ]\p{Ll}){2,}(?![\p{L}\p{M}'’-])/gu;
/** Letters spelled that are an abbreviation, not a name: `the u s a`, `a b c`. */
const SPELLED_NOT_NAMES = new Set(['usa', 'abc', 'diy', 'atm', 'rip', 'ceo', 'nhs', 'ict', 'www', 'bbq', 'tbh', 'omg', 'lol', 'aka', 'asap', 'etc', 'rsvp']);

/** The rest of a lower-case name after its first word: `amira al-khatib`, `umm samir`, `sean o'neill`. */
const NAME_CONTINUATION = /^ ([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/u;
/** Name particles that are always followed by the rest of the name: `umm samir`, `abu bakr`, `bin rashid`. */
const PARTICLES = new Set(['umm', 'abu', 'bint', 'bin', 'ibn', 'al', 'el', 'van', 'von', 'de', 'da', 'di', 'du', 'le', 'la', 'mac', 'mc', 'ní', 'nic', 'ó']);
/** More names in a list after the first: `our two boys, arjun and dev`. */
const LIST_CONTINUATION = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)([\p{Ll}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/u;
/** Spelled-out names: `T-A-M-S-I-N`, `J-O-E`. */
const SPELLED = /(?<![\p{L}\p{M}-])\p{Lu}(?:[-‐ ]\p{Lu}){2,}(?![\p{L}\p{M}-])/gu;
/** Initials: `J.K.`, `J. K.`, `A.J.` (not `U.S.`, `a.m.`). */
const INITIALS = /(?<![\p{L}\p{M}.])\p{Lu}\.(?:[ ]?\p{Lu}\.){1,2}(?![\p{L}\p{M}])/gu;
const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'E.U.', 'D.C.', 'N.Y.', 'L.A.', 'A.M.', 'P.M.', 'U.S.A.', 'B.C.', 'A.D.', 'R.I.P.', 'P.S.', 'I.D.', 'T.V.', 'E.R.', 'G.P.', 'O.K.']);
/** Initials in brackets signing a note: `Interviewer note (STR):`, `Field note (NF):`. */
const NOTE_INITIALS = /(?<!\w)(?:note|notes|noted|transcriber|transcribed|interviewer|moderator|researcher|initials|comment|memo|by)\b[^()\n]{0,12}\(\s*(\p{Lu}{2,4})\s*\)/giu;
/** Initials signing a note after `from`/`by` and before its colon: `Note from GP:`, `Checked by KLB:`. */
const NOTE_FROM_INITIALS = /\b(?:[Nn]otes?|[Cc]omments?|[Mm]emo|[Cc]hecked|[Rr]eviewed|[Tt]ranscribed|[Cc]orrected)\s+(?:from|by)\s+(\p{Lu}{2,4}):/gu;
/** Initials at the end of a check line, after its date: `Checked 14 Feb 2025 by EMB.`, `transcribed 3/4 by KLB`. */
const CHECKED_BY_INITIALS = /\b(?:[Cc]hecked|[Rr]eviewed|[Tt]ranscribed|[Cc]orrected|[Pp]roofread|[Aa]nonymi[sz]ed|[Vv]erified)\b[^\n.]{0,24}?\bby\s+(\p{Lu}{2,4})(?=\s*(?:[.,;)\]]|$))/gmu;
/** `Old Tam collapsed`, `Wee Shona says`: a nickname of an age or size word before a capitalised word, then a verb. */
const NICKNAME_BEFORE_VERB =
  /(?<![\p{L}\p{M}])(?:Old|Auld|Wee|Big|Young|Little|Lil)\s\p{Lu}[\p{Ll}'’]+(?=\s+(?:[\p{Ll}]+ed|said|says|told|went|came|reckons|rang|took|got)\b)/gu;
const NOT_NAMES = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'too', 'as', 'who', 'because', 'says', 'said',
  // Contractions as captions write them, without the apostrophe: `my daughter hope shes six`.
  'shes', 'hes', 'thats', 'whats', 'theyre', 'youre', 'im', 'ive', 'dont', 'didnt', 'doesnt', 'cant', 'wont', 'isnt', 'wasnt', 'its', 'lets', 'theres', 'id', 'ill',
  // The plural `you` of chat and speech: `thanks yall`, `see youse`.
  'yall', "y'all", 'y’all', "ya'll", 'youse', 'yous', 'yinz',
]);

/** A chat export's bracketed date and time before the sender (`[03/11/2025, 14:31:08] `): its colons are no label's. */
const CHAT_STAMP = String.raw`\[[^\]\n]{4,40}\][ \t]*`;
/** What opens a line before the words said: a speaker label (`*CHI:`, `Ana:`), after a chat stamp if there is one. */
export const SPEAKER_PREFIX = new RegExp(`^(?:${CHAT_STAMP})?[^:\\n]{0,60}:\\s`, 'u');
/** A chat export's message line: the stamp, then the sender (`[03/11/2025, 14:31:08] Shay 🌻: `). */
export const CHAT_MESSAGE_PREFIX = new RegExp(`^${CHAT_STAMP}[^:\\n]{1,60}:\\s`, 'u');

/**
 * True when the line up to `offset` has no capitals outside its voice tag or label: a caption, where names are spelled
 * in lower case (the spelling may go on in capitals: `j o a o ... J-O-Ã-O`). Typed text spells in capitals
 * (`T-A-M-S-I-N`) and uses lower-case letters for lists (`options b c d`).
 */
function inLowerCaseLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset).replace(/<v[^>]*>/gu, '').replace(SPEAKER_PREFIX, '');
  return !/\p{Lu}/u.test(line);
}

/** A given name that is also a word (`bill`, `hope`), other than endearments and modal verbs. */
function isAddressableName(lower: string): boolean {
  return WORD_NAMES.has(lower) && !NOT_ADDRESSED.has(lower);
}

/** A given name that is also a word (`baby`, `joy`), right after a family or respect title in lower-case text. */
function wordNameAfterTitle(text: string, match: RegExpExecArray, givenNamesToo = false): Candidate | undefined {
  const lower = match[1].toLocaleLowerCase();
  if (!isCommonWord(lower) || !(WORD_NAMES.has(lower) || (givenNamesToo && isGivenName(lower))) || OPENERS.has(lower) || NOT_NAMES.has(lower) || MODAL_WORDS.has(lower)) return undefined; // the naming rule has the others
  if (WORD_USE_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) return undefined;
  const start = match.index + match[0].length - match[1].length;
  return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.7, reason: 'a given name that is also a word, after a family or respect title' };
}

function isNameWord(lower: string, afterParticle: boolean): boolean {
  if (OPENERS.has(lower) || NOT_NAMES.has(lower) || PARTICLES.has(lower)) return false;
  return afterParticle ? !isCommonWord(lower) || FIRST_NAMES.has(lower) : !isCommonWord(lower) && !FIRST_NAMES.has(lower);
}

/**
 * The lower-case name that starts with `word` at `start`, after a cue that a name follows (`named`, `my daughter`),
 * with its surname when the next word is no English word either; undefined when `word` is an ordinary word
 * (unless `wordNames`: a given name that is also a word, not used as one), an opener or a known non-name.
 */
export function lowerCaseNameAt(text: string, start: number, word: string, reason: string, confidence: number, wordNames = false): Candidate | undefined {
  const lower = word.toLocaleLowerCase();
  const particle = PARTICLES.has(lower);
  // `thank you so much obrigada`: a courtesy of another language after the thanks, not a name.
  if (!particle && (OPENERS.has(lower) || NOT_NAMES.has(lower) || GREETINGS_AND_COURTESIES.has(lower))) return undefined;
  // `para kay Nanay sa Pototan`, `kasi si Tatay`: a short function word of another language is its grammar.
  if (!particle && lower.length <= 2 && FOREIGN_FUNCTION_WORDS.has(lower) && !FIRST_NAMES.has(lower)) return undefined;
  const after = start + word.length;
  if (!particle && isCommonWord(lower) && !(wordNames && isAddressableName(lower) && !WORD_USE_AFTER.test(text.slice(after, after + 12)))) return undefined;
  let end = start + word.replace(/['’]s$/, '').length;
  // A second word that is not English is the surname (or, after a particle, the name itself).
  const rest = end === after ? NAME_CONTINUATION.exec(text.slice(end)) : null;
  if (rest && isNameWord(rest[1].toLocaleLowerCase(), particle)) end += rest[0].replace(/['’]s$/, '').length;
  else if (particle) return undefined;
  return { start, end, type: 'PERSON', confidence, reason };
}

/** The cues that give a nickname: `calls me`, `called him`, `nicknamed`, `goes by`. */
const NICKNAME_CUE = /^(?:call(?:s|ed)?\s+(?:me|him|her)|nicknamed|goes by)\b/iu;

/**
 * `everybody calls me nacho`, `they called him güero`: after a nickname's cue, a word of another language (a food, a
 * colour, a term of endearment) is the nickname, though elsewhere it is that word. English words are left to the
 * other rules (`calls me back`, `called him lazy`).
 */
function nicknameOfAnotherLanguage(match: RegExpExecArray): Candidate | undefined {
  const lower = match[1].toLocaleLowerCase();
  if (!NICKNAME_CUE.test(match[0]) || lower.length < 3 || isEnglishWord(lower) || OPENERS.has(lower) || NOT_NAMES.has(lower) || FOREIGN_FUNCTION_WORDS.has(lower)) return undefined;
  const start = match.index + match[0].length - match[1].length;
  return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.75, reason: 'a word of another language given as a nickname' };
}

/** People named in ways capitalisation misses: lower-case transcription, spelled-out names, initials. */
export const personContext: Detector = {
  id: 'person-context',
  priority: 45,
  detect({ text }) {
    const lowerName = (reason: string, confidence: number, wordNames = false) => (match: RegExpExecArray): Candidate | undefined =>
      lowerCaseNameAt(text, match.index + match[0].length - match[1].length, match[1], reason, confidence, wordNames);
    const withList = (first: (match: RegExpExecArray) => Candidate | undefined) => (match: RegExpExecArray): Candidate[] => {
      const head = first(match);
      if (!head) return [];
      const names = [head];
      for (let rest = LIST_CONTINUATION.exec(text.slice(names[names.length - 1].end)); rest; rest = LIST_CONTINUATION.exec(text.slice(names[names.length - 1].end))) {
        const word = rest[1].toLocaleLowerCase();
        if ((isCommonWord(word) && !FIRST_NAMES.has(word) && !(isAddressableName(word) && /^\s+and\s+$/.test(rest[0].slice(0, -rest[1].length)))) || OPENERS.has(word) || NOT_NAMES.has(word) || names.length > 4) break;
        const start = names[names.length - 1].end + rest[0].length - rest[1].length;
        names.push({ start, end: start + rest[1].length, type: 'PERSON', confidence: head.confidence - 0.05, reason: 'next lower-case name in a list' });
      }
      return names;
    };
    return [
      ...matchAllMany(text, LOWER_AFTER_KIN, withList(lowerName('lower-case word after a kinship word', 0.75, true))),
      ...matchAll(text, LOWER_AFTER_NAMING, (match) =>
        // `the twins now miss Quran class`: lower-case `miss` before a capital is the verb; the title is `Miss Rose`.
        (match[0].startsWith('miss') && /^\p{Lu}/u.test(match[1])) ||
        // `call her, pt does not answer`, `called him ASAP`: after `call her` only a lower-case name said straight
        // after it, of three letters or more (capitalised ones are the nickname rules').
        (/^call(?:s|ed)? (?:me|him|her)/iu.test(match[0]) && (match[0].includes(',') || match[1].length < 3 || match[1] !== match[1].toLocaleLowerCase()))
          ? undefined
          : lowerName('lower-case word after "named"/"called"', 0.75)(match) ?? nicknameOfAnotherLanguage(match)),
      ...matchAll(text, LOWER_AFTER_HONORIFIC, (match) => wordNameAfterTitle(text, match)),
      ...matchAll(text, LOWER_AFTER_ATE, (match) => wordNameAfterTitle(text, match, true)), // `ate baby`: a pet name too
      ...matchAll(text, RELATIVE_THEN_NAME_SENTENCE, (match) => {
        const lower = match[1].toLocaleLowerCase();
        if (OPENERS.has(lower) || NOT_NAMES.has(lower) || TITLES.has(lower) || KIN_WORDS.has(lower)) return undefined;
        if (isCommonWord(lower) && !WORD_NAMES.has(lower) && !isGivenName(lower)) return undefined; // `My sister. Anyway.`
        const start = match.index + match[0].length - match[1].length - 1;
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.75, reason: 'a name said on its own after a relative' };
      }),
      ...matchAll(text, LOWER_VOCATIVE, (match) => {
        const lower = match[1].toLocaleLowerCase();
        if (!isCommonWord(lower) || !isAddressableName(lower)) return undefined; // the naming rule above has the others
        const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
        // `thank you blessing for the report` thanks Blessing; `thanks hope for the best` hopes.
        if (VOCATIVE_WORD_USE_AFTER.test(after) || (lower === 'hope' && /^\s*for\b/u.test(after))) return undefined;
        const start = match.index + match[0].length - match[1].length;
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.6, reason: 'a given name that is also a word, thanked or greeted' };
      }),
      ...matchAll(text, LOWER_GIVEN_AFTER_PERSON_VERB, (match) => {
        const lower = match[1].toLocaleLowerCase();
        if (OPENERS.has(lower) || NOT_NAMES.has(lower) || NOT_ADDRESSED.has(lower) || TITLES.has(lower) || KIN_WORDS.has(lower) || TERMS_OF_ADDRESS.has(lower)) return undefined;
        // Between commas after `said`, any word that is no ordinary word is addressed (`she said, obi, why`); after
        // `told` and the like, a given name that is no word (`told will`, `asked sunny` are the words too often).
        const addressed = match[0].includes(',') && /^\s*,/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 2));
        if (match[0].includes(',') ? !addressed || isCommonWord(lower) : !isGivenName(lower) || isCommonWord(lower)) return undefined;
        const start = match.index + match[0].length - match[1].length;
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.75, reason: 'a lower-case given name after what is said to a person' };
      }),
      ...matchAll(text, LOWER_GIVEN_AN_AGE, (match) => {
        const word = match[1] ?? match[2] ?? match[3] ?? match[4];
        const start = match.index + (match[2] !== undefined ? match[0].indexOf(word, 4) : 0);
        const lower = word.toLocaleLowerCase();
        if (OPENERS.has(lower) || NOT_NAMES.has(lower) || NOT_ADDRESSED.has(lower) || TITLES.has(lower) || KIN_WORDS.has(lower) || /\p{Lu}/u.test(word)) return undefined;
        return lowerCaseNameAt(text, start, word, 'a lower-case word given an age or a birth, as a name', 0.75, true);
      }),
      ...matchAll(text, LOWER_GIVEN_BEFORE_PERSON_VERB, (match) => {
        const lower = match[1].toLocaleLowerCase();
        if (!isGivenName(lower) || isCommonWord(lower) || OPENERS.has(lower) || NOT_NAMES.has(lower) || TITLES.has(lower) || KIN_WORDS.has(lower)) return undefined;
        return { start: match.index, end: match.index + match[1].length, type: 'PERSON', confidence: 0.7, reason: 'a lower-case given name before what a person does' };
      }),
      ...matchAll(text, LOWER_GREETED, (match) => {
        const lower = match[1].toLocaleLowerCase();
        if (/s$/u.test(lower) && !FIRST_NAMES.has(lower)) return undefined;
        // `eight till four in the morning thursday friday`: a day, not a name greeted.
        if (isWeekday(lower)) return undefined;
        return lowerName('lower-case name greeted', 0.7)(match);
      }),
      ...matchAllMany(text, BESIDE_ME, withList((match) => {
        const lower = match[1].toLocaleLowerCase();
        if (OPENERS.has(lower) || NOT_NAMES.has(lower) || NOT_ADDRESSED.has(lower) || (isCommonWord(lower) && !isAddressableName(lower))) return undefined;
        const start = match.index + match[0].length - match[1].length;
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.75, reason: 'lower-case name beside "me and"' };
      })),
      ...matchAll(text, LOWER_INTRODUCTION, (match) => {
        const lower = match[1].toLocaleLowerCase();
        // `this is will, will hutchins`: after `this is`, a comma makes even the modal verb a name.
        const modalName = lower === 'will' && /^\s*,/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3));
        if (OPENERS.has(lower) || NOT_NAMES.has(lower) || (NOT_ADDRESSED.has(lower) && !modalName)) return undefined;
        if (modalName) {
          const start = match.index + match[0].length - match[1].length;
          return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.75, reason: 'a lower-case name introducing the speaker' };
        }
        // A word that is also a name (`junior`, `sunny`) introduces only before where the caller is from: `i'm sunny here`.
        const closedByOrigin = /^\s*(?:from|speaking|calling)\b/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 10));
        // `i'm knackered`, `i'm gutted`, `im buzzing`: a state in slang no word list has, not a name.
        if (/(?:ed|ing|in['’])$/u.test(lower) && !isGivenName(lower)) return undefined;
        if (isCommonWord(lower) && !((isAddressableName(lower) || isGivenName(lower)) && closedByOrigin)) return undefined;
        const start = match.index + match[0].length - match[1].length;
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.75, reason: 'a lower-case name introducing the speaker' };
      }),
      ...matchAll(text, SPELLED_LOWER, (match) => {
        const letters = match[0].replace(/[- ]/g, '');
        if (SPELLED_NOT_NAMES.has(letters) || /^[ai]+$/.test(letters) || !inLowerCaseLine(text, match.index)) return undefined;
        return { start: match.index, end: match.index + match[0].length, type: 'PERSON', confidence: 0.7, reason: 'a name spelled out in lower case' };
      }),
      ...matchAll(text, SPELLED, (match) => ({
        start: match.index,
        end: match.index + match[0].length,
        type: 'PERSON',
        confidence: 0.8,
        reason: 'a spelled-out name',
      })),
      ...matchAll(text, INITIALS, (match) =>
        NOT_INITIALS.has(match[0].replace(/ /g, '').toUpperCase())
          ? undefined
          : { start: match.index, end: match.index + match[0].length, type: 'PERSON', confidence: 0.7, reason: 'initials' }),
      ...matchAll(text, NOTE_FROM_INITIALS, (match) => {
        const start = match.index + match[0].lastIndexOf(match[1]);
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.7, reason: 'initials signing a note' };
      }),
      ...matchAll(text, CHECKED_BY_INITIALS, (match) => {
        const start = match.index + match[0].lastIndexOf(match[1]);
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.7, reason: 'initials signing a check of the transcript' };
      }),
      ...matchAll(text, NICKNAME_BEFORE_VERB, (match) => ({
        start: match.index,
        end: match.index + match[0].length,
        type: 'PERSON',
        confidence: 0.75,
        reason: 'a nickname (Old, Wee, Big...) before what a person does',
      })),
      ...matchAll(text, NOTE_INITIALS, (match) => {
        // The pattern ignores case for its cue words, so `(Male)` matches too: initials are in capitals.
        if (!/^\p{Lu}+$/u.test(match[1])) return undefined;
        const start = match.index + match[0].lastIndexOf(match[1]);
        return { start, end: start + match[1].length, type: 'PERSON', confidence: 0.75, reason: 'initials signing a note' };
      }),
    ];
  },
};
