import { isRoleLabel } from '../transcript';
import { overlapsAny } from '../spans';
import { isSentenceStart } from './capitalised';
import { matchAll, type Candidate, type DetectionContext } from './detector';
import { isCommonWord } from './lexicon/english-words';
import { CITIES, COUNTRIES_AND_REGIONS, DEMONYMS, FIRST_NAMES, LAST_NAMES, ROLE_NOUNS, WORD_NAMES } from './lexicon/compromise-lexicon';
import {
  COMMUNITY_WORDS, KIN_WORDS, NEVER_NAMES, OPENERS, ORG_SUFFIXES, PLACE_SUFFIXES, PUBLIC_NAMES, TITLES,
} from './lexicon/cues';
import { FAMOUS_MONONYMS, INFORMAL_WORDS, LANGUAGES, PRODUCTS_AND_THINGS, PUBLIC_BRANDS_AND_SERVICES } from './lexicon/public-names';
import { isEverydayForeignWord } from './lexicon/foreign-words';

/**
 * Ordinary words people write with a capital for reasons other than a name: faith, family, seasons, institutions,
 * parties, nature, endearments. Mid-sentence they prove nothing.
 */
const CAPITALISED_FOR_OTHER_REASONS = new Set(`
  heaven hell mass church bible scripture gospel spirit holy prophet saviour savior creator almighty faith
  nanny gramps granda grandpop pop pops poppa bro sis boss doc sarge chief mate pal babe baby honey darling love
  sweetheart dear sir madam ma'am
  spring summer autumn winter fall term semester year day night morning evening
  nature earth internet web council government state parliament congress senate court police army navy marines
  guard reserves brexit covid corona lent advent pride independence labour labor reform green greens conservative
  conservatives liberal liberals tory tories democrat democrats republican republicans national nationals alliance
  union unions crown
`.trim().split(/\s+/));

/** Before a capitalised word, cues that only a person fits: `calls him Happy`, `Who's Happy?`, `nicknamed Junior`. */
// A second nickname offered after the first: `calls him Junior, or Sonny`.
const STRONG_CUE_BEFORE = /(?:\b(?:calls?|called|calling) (?:him|her|them|me|us)(?: \p{Lu}[\p{L}'’-]+,? or)?|\b(?:nicknamed|known as|goes by|went by|named|called)|\bwho(?:'s|’s| is| was))\s+$/iu;
/** Before it, what leads to a person more than to a thing: `me and Happy`, `tell them about Junior`, `with Comfort`. */
const CUE_BEFORE = /\b(?:me and|and|with|tell|told|ask|asked|call|rang|ring|texted|phoned|met|visit|visited|about|thank|thanks|love|miss|missed|than|except)\s+(?:them |him |her |us |me )?(?:about )?$/u;
/** After it, what a person does: `Happiness has 6 mentees`, `Happy laughs at me`, `Junior said`. */
const PERSON_AFTER =
  /^(?:['’]s (?:mum|mom|dad|wife|husband|son|daughter|brother|sister|friend|van|car|house|place|kids|partner)\b|,? (?:said|says|told|tells|asked|asks|laughs|laughed|has|had|is my|was my|wants|wanted|will|would|can|could|did|does|went|goes|came|comes|knows|knew|thinks|thought|helped|helps|drives|drove|works|worked|lives|lived|rang|texted|called|sent|brought|took|cried|passed|died)\b)/u;
/**
 * A capitalised word, a possessive `'s` allowed (`Happy's truck`); the callers check what comes before it (a regex
 * that starts with a look-behind is tried at every position, and this runs on every chunk). ASCII only, which is
 * faster: the ordinary English words this looks for are written in ASCII.
 */
const MID_SENTENCE_CAPITALISED = /([A-Z][a-z]+)(?=['’]s(?![A-Za-z\u00c0-\uffff])|[^A-Za-z0-9'’\-\u00c0-\uffff]|$)(?!['’]s [A-Z]| [A-Z])/g;

/** True when the word is capitalised mid-sentence for a reason other than a name, or is already a known kind of name. */
function isOtherCapitalisedWord(lower: string): boolean {
  return NEVER_NAMES.has(lower) || TITLES.has(lower) || KIN_WORDS.has(lower) || OPENERS.has(lower) || CAPITALISED_FOR_OTHER_REASONS.has(lower) ||
    COUNTRIES_AND_REGIONS.has(lower) || CITIES.has(lower) || DEMONYMS.has(lower) || COMMUNITY_WORDS.has(lower) || LANGUAGES.has(lower) ||
    PUBLIC_BRANDS_AND_SERVICES.has(lower) || PRODUCTS_AND_THINGS.has(lower) || FAMOUS_MONONYMS.has(lower) || INFORMAL_WORDS.has(lower) ||
    PUBLIC_NAMES.has(lower) || ROLE_NOUNS.has(lower) || isRoleLabel(lower) || ORG_SUFFIXES.has(lower) || PLACE_SUFFIXES.has(lower);
}

/** A line most of whose words are capitalised is a title or heading, where capitals are typography. */
function inCapitalisedLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const line = text.slice(lineStart, newline === -1 ? text.length : newline);
  if (line.length > 200 || /[.?!,:;]\s/u.test(line)) return false; // sentences, not a title
  const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length >= 0.5;
}

/**
 * `Happy laughs at me`, `me and Happy`, `tell them about Junior`, `Godwin and Comfort`: an ordinary English word
 * (an adjective, a noun) written with a capital in the middle of a sentence, where the word would be lower case, in a
 * place only a person fits. Found by a naming cue (`calls him Happy`) it is confident enough to be spread across the
 * document; by a weaker cue it is flagged where it stands.
 */
export function capitalisedWordNames({ text, structure }: DetectionContext): Candidate[] {
  return matchAll(text, MID_SENTENCE_CAPITALISED, (match) => {
    const word = match[1];
    const start = match.index;
    // Mid-sentence: after a lower-case word or a comma and one space.
    if (text[start - 1] !== ' ' || !/[\p{Ll},’']/u.test(text[start - 2] ?? '')) return undefined;
    const lower = word.toLocaleLowerCase();
    const end = start + word.length;
    // `Call me Boy`, `they call him Baby`: after a naming cue a kinship or endearment word is a nickname too.
    const named = (KIN_WORDS.has(lower) || CAPITALISED_FOR_OTHER_REASONS.has(lower)) && !NEVER_NAMES.has(lower) &&
      /\b(?:call|calls|called) (?:me|him|her)\s+$/iu.test(text.slice(Math.max(0, start - 16), start));
    if (!isCommonWord(lower) || (isOtherCapitalisedWord(lower) && !named)) return undefined;
    if (isSentenceStart(text, start) || overlapsAny(structure.protectedSpans, start, end) || overlapsAny(structure.speakers, start, end)) return undefined;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    // `Work and Income`, `Alcohol and Addictions`: ordinary words joined by `and` are one capitalised name.
    if (/(?:^|[^\p{L}])\p{Lu}\p{Ll}+ (?:and|&) $/u.test(before) && isCommonWord(/(\p{Lu}\p{Ll}+) (?:and|&) $/u.exec(before)![1].toLocaleLowerCase())) return undefined;
    const joinedAfter = /^ (?:and|&|of|for) (\p{Lu}\p{Ll}+)/u.exec(after);
    if (joinedAfter && isCommonWord(joinedAfter[1].toLocaleLowerCase())) return undefined;
    const strong = STRONG_CUE_BEFORE.test(before);
    if (!strong && !CUE_BEFORE.test(before) && !PERSON_AFTER.test(after)) return undefined;
    if (inCapitalisedLine(text, start)) return undefined;
    return strong
      ? { start, end, type: 'PERSON', confidence: 0.8, reason: 'an ordinary word capitalised mid-sentence, after a naming cue' }
      : { start, end, type: 'PERSON', confidence: 0.65, reason: 'an ordinary word capitalised mid-sentence, where only a person fits' };
  });
}

/** `the Sullivans`, `the Hugheses`, `the Ibekwes have offered`: a family named by its surname in the plural. */
// A plural possessive's apostrophe may follow: `the Fairbairns' daughter`.
const FAMILY_PLURAL = /\b[Tt]he (\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?(?:es|s))(?![\p{L}\p{M}-]|['’]\p{L})/gu;
/** After an unknown plural, what a family does (a make of truck or a band does not `live next door`). */
const FAMILY_AFTER =
  /^(?:,? (?:have|had|were|are|lived|live|who|next door|moved|came|offered|said|from|across|down the road|up the road|two doors|used to|put|bought|sold|owned|own|ran|run|took|gave|paid|got)\b|['’] (?:(?:old|new|big|little|own|family) )?(?:daughter|son|kids|children|boy|girl|lad|lass|place|farm|house|station|property|dog)\b|, (?:a|an|the) (?:\p{Ll}+ ){0,2}(?:baby|boy|girl|son|daughter|child|family|couple)\b)/u;

/** Before it, a family or clan said to be that name: `my mob were the Peckhams`, `her people are the Quinns`. */
const FAMILY_BEFORE = /\b(?:(?:mob|family|people|lot|clan|crowd|side|folks)\s+(?:were|was|are|is)|(?:a|one|this|that)\s+family\s+(?:in|from|at|on|near)\s+\p{Lu}[\p{L}'’-]+,)\s+the\s+$/iu;

/** Before it, whom someone works for or lives with: `I left the Harcourt-Doyles`, `we stayed with the Okafors`. */
const HOUSEHOLD_BEFORE = /\b(?:worked|work|working|works|cleaned|cleaning|cooked|nanny|nannying)\s+for\s+the\s+$|\b(?:left|stayed with|staying with|lived with|living with|live with|moved in with|employed by|sponsored by)\s+the\s+$/iu;

/** The singular of a plural surname: `Hugheses` → `hughes`, `Kellys` → `kelly`, `Sullivans` → `sullivan`. */
function singulars(lower: string): string[] {
  const forms = [lower.slice(0, -1)];
  if (lower.endsWith('es')) forms.push(lower.slice(0, -2));
  return forms;
}

export function familyPlurals(context: DetectionContext): Candidate[] {
  const found = familyPluralsAlone(context);
  // `the Wards and the Joyces are having a big do`: a plural that is also a word, coordinated with a family.
  const { text } = context;
  for (const family of [...found]) {
    for (const other of [coordinatedBefore(text, family.start), coordinatedAfter(text, family.end)]) {
      if (other && !found.some((known) => known.start === other.start) && !OTHER_PLURALS.has(text.slice(other.start, other.end).toLocaleLowerCase())) {
        found.push({ ...family, start: other.start, end: other.end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `the Wards and ` before a family: the plural's span. */
function coordinatedBefore(text: string, start: number): { start: number; end: number } | undefined {
  const match = /\b[Tt]he (\p{Lu}\p{Ll}+(?:es|s)) and the $/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!match) return undefined;
  const end = start - ' and the '.length;
  return { start: end - match[1].length, end };
}

/** ` and the Wards` after a family: the plural's span. */
function coordinatedAfter(text: string, end: number): { start: number; end: number } | undefined {
  const match = /^ and the (\p{Lu}\p{Ll}+(?:es|s))(?![\p{L}\p{M}-])/u.exec(text.slice(end, end + 40));
  if (!match) return undefined;
  const start = end + ' and the '.length;
  return { start, end: start + match[1].length };
}

function familyPluralsAlone({ text, structure }: DetectionContext): Candidate[] {
  return matchAll(text, FAMILY_PLURAL, (match) => {
    const word = match[1];
    const lower = word.toLocaleLowerCase();
    const start = match.index + match[0].length - word.length;
    const end = start + word.length;
    if (overlapsAny(structure.protectedSpans, start, end)) return undefined;
    // `a family in Ballinasloe, the Wards`: said to be a family, even a surname that is a word.
    const saidToBeFamily = FAMILY_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index + match[0].length - word.length));
    if ((isCommonWord(lower) && !saidToBeFamily) || isEverydayForeignWord(lower) || isOtherCapitalisedWord(lower) || OTHER_PLURALS.has(lower)) return undefined;
    const stems = singulars(lower);
    if (!saidToBeFamily && stems.some((stem) => isOtherCapitalisedWord(stem) || PUBLIC_BRANDS_AND_SERVICES.has(stem) || PRODUCTS_AND_THINGS.has(stem))) return undefined;
    // A double-barrelled name is a surname when one of its parts is (`Harcourt-Doyles`).
    const surname = stems.some((stem) => stem.split('-').some((part) => LAST_NAMES.has(part)) || (FIRST_NAMES.has(stem) && !isCommonWord(stem)));
    const familyAfter = FAMILY_AFTER.test(text.slice(end, end + 24)) ||
      HOUSEHOLD_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index + match[0].length - word.length));
    if (!surname && !saidToBeFamily && (!familyAfter || stems.some((stem) => isCommonWord(stem)))) return undefined;
    return { start, end, type: 'PERSON', confidence: surname || saidToBeFamily || familyAfter ? 0.8 : 0.65, reason: 'a family named by its surname in the plural' };
  });
}

/** Plurals after `the` that are places, teams, bands or events, not families. */
const OTHER_PLURALS = new Set(`
  rockies alps andes pyrenees himalayas highlands lowlands midlands cotswolds pennines dales fens broads hebrides
  orkneys shetlands maldives bahamas philippines netherlands seychelles canaries azores balearics americas
  olympics paralympics oscars grammys emmys brits baftas beatles stones kinks smiths who simpsons kardashians
  yankees lakers celtics giants packers cowboys raiders steelers patriots eagles bears lions tigers wallabies
  springboks pumas blues reds whites all-blacks
`.trim().split(/\s+/));

/** `Honey is Bunty's wife`, `Memo's my cousin`, `Happy is Harpal, my younger brother`: a word said to be someone's relative. */
const IS_RELATIVE = /(\p{Lu}\p{Ll}+)(?: is| was|['’]s) (?:(?:my|our|his|her|their|your)|\p{Lu}\p{Ll}+['’]s|\p{Lu}\p{Ll}+, (?:my|our|his|her|their))(?: (?:little|big|younger|older|eldest|youngest|oldest|baby|twin|late|best))? ([\p{Ll}-]+)\b/gu;

const MAY_NAME_A_RELATIVE = /(?: is| was|['’]s) (?:my|our|his|her|their|your|[A-Z])/;

/** Question words and pronouns before `is my sister`: `Who was your supervisor?`, `Everyone is my friend`. */
const NOT_A_PERSON_NAMED = new Set('who what which whose whom where when why how there here everyone everybody someone somebody anyone anybody nobody none one mine yours ours theirs hers his each both all nothing something'.split(' '));

export function namedAsRelatives({ text, structure }: DetectionContext): Candidate[] {
  if (!MAY_NAME_A_RELATIVE.test(text)) return []; // a cheap scan first: most chunks have no `is my`
  return matchAll(text, IS_RELATIVE, (match) => {
    if (startsInsideWord(text, match.index)) return undefined;
    const lower = match[1].toLocaleLowerCase();
    if (!KIN_WORDS.has(match[2]) || NEVER_NAMES.has(lower) || TITLES.has(lower) || KIN_WORDS.has(lower) || OPENERS.has(lower) || NOT_A_PERSON_NAMED.has(lower)) return undefined;
    if (!isCommonWord(lower) && !isEverydayForeignWord(lower)) return undefined; // the entity rules have the other names
    const start = match.index;
    const end = start + match[1].length;
    if (overlapsAny(structure.protectedSpans, start, end) || /\b(?:the|a|an|this|that)\s+$/iu.test(text.slice(Math.max(0, start - 6), start))) return undefined;
    return { start, end, type: 'PERSON', confidence: 0.8, reason: 'an ordinary word said to be someone\'s relative' };
  });
}

/**
 * `Dolly aunty`, `Mehra ji`, `Sharma sir`, `Raju bhaiya`: a name with the honorific after it, as South Asian English
 * says it. The honorific is part of how the person is named, so it is in the span.
 */
const POST_NOMINAL = /(\p{Lu}\p{Ll}+) (aunty|auntie|uncle|ji|jee|didi|bhaiya|bhaia|bhai|bhabhi|saab|sahib|sahab|chacha|chachi|mausi|mami|mama|nani|dadi|kaka|kaki|akka|anna|amma|sir|madam|ma'am)(?![\p{L}\p{M}'’-])/gu;

const MAY_HAVE_HONORIFIC = /[a-z] (?:aunty|auntie|uncle|ji|jee|didi|bhaiya|bhaia|bhai|bhabhi|saab|sahib|sahab|chacha|chachi|mausi|mami|mama|nani|dadi|kaka|kaki|akka|anna|amma|sir|madam|ma'am)(?![a-z])/;

export function postNominalHonorifics({ text, structure }: DetectionContext): Candidate[] {
  if (!MAY_HAVE_HONORIFIC.test(text)) return [];
  return matchAll(text, POST_NOMINAL, (match) => {
    if (startsInsideWord(text, match.index)) return undefined;
    const lower = match[1].toLocaleLowerCase();
    if (NEVER_NAMES.has(lower) || TITLES.has(lower) || KIN_WORDS.has(lower) || OPENERS.has(lower) || COURTESIES_BEFORE_HONORIFIC.has(lower)) return undefined;
    // An ordinary word before `sir` is mostly a reply (`Sorry sir`, `Right sir`); a given name that is a word is a name.
    if (isCommonWord(lower) && !FIRST_NAMES.has(lower) && !WORD_NAMES.has(lower)) return undefined;
    const start = match.index;
    const end = start + match[0].length;
    if (overlapsAny(structure.protectedSpans, start, end)) return undefined;
    return { start, end, type: 'PERSON', confidence: 0.85, reason: `a name before the honorific "${match[2]}"` };
  });
}

/** Replies and greetings said before an honorific: `Namaste ji`, `Thanks aunty`, `Okay sir`. */
const COURTESIES_BEFORE_HONORIFIC = new Set('namaste namaskar thanks thank okay ok sorry yes no hello hi bye haan accha acha theek ji shukriya dhanyavad'.split(' '));

/** `his son Ah Boy`, `and Ah Girl`, `Ah Bee's stall`: a Hokkien or Cantonese pet name, `Ah` before a word, in the middle of a sentence. */
const AH_NAME = /Ah[ -](\p{Lu}\p{Ll}+)(?=['’]s(?![\p{L}\p{M}])|(?![\p{L}\p{M}'’-]))/gu;

/** `Ah Ma`, `Ah Kong`: grandmother, grandfather; kinship words, not names. */
export const AH_KIN: ReadonlySet<string> = new Set(['ma', 'mah', 'pa', 'pah', 'ba', 'kong', 'gong', 'po', 'mm', 'ku', 'yi', 'so', 'chek', 'soh']);

export function ahNames({ text, structure }: DetectionContext): Candidate[] {
  return matchAll(text, AH_NAME, (match) => {
    // Mid-sentence, or opening a quote there: `knows "Ah Bee's koay teow"`.
    if (!/\p{Ll},? ["“‘]?$/u.test(text.slice(Math.max(0, match.index - 4), match.index))) return undefined;
    if (NEVER_NAMES.has(match[1].toLocaleLowerCase()) || AH_KIN.has(match[1].toLocaleLowerCase()) || overlapsAny(structure.protectedSpans, match.index, match.index + match[0].length)) return undefined;
    return { start: match.index, end: match.index + match[0].length, type: 'PERSON', confidence: 0.75, reason: '"Ah" before a name, mid-sentence' };
  });
}

/** True when the match at `start` continues a word (`McHappy is`), so it is not a word of its own. */
function startsInsideWord(text: string, start: number): boolean {
  return start > 0 && /[\p{L}\p{M}'’-]/u.test(text[start - 1]);
}

/** `Big Mama`, `Lil Daddy`, `Old Granny`: a family nickname of a size or age word and a kinship word, both capitalised. */
const FAMILY_NICKNAME = /\b(?:Big|Little|Lil|Old|Wee) (?:Mama|Mamma|Momma|Mommy|Daddy|Papa|Pops|Nana|Nanna|Granny|Grandma|Grandpa|Gran|Mum|Mam|Mom|Auntie|Aunty|Sis|Bro)(?![\p{L}\p{M}'’-])/gu;
/** `Man-Man`, `Tee-Tee`, `Bay-Bay`: a capitalised word said twice, a pet name. */
const DOUBLED = /\b([A-Z][a-z]+)-([A-Z][a-z]+)\b/g;
/** Doubled words that are words, not names: `Bye-Bye`, `So-So`, `No-No`, `Night-Night`. */
const DOUBLED_WORDS = new Set('bye so no yes night tut chop hush yum choo pom can tsk hey ha ho ta boo knock bling hula tom'.split(' '));

export function familyNicknames({ text, structure }: DetectionContext): Candidate[] {
  return [
    ...matchAll(text, FAMILY_NICKNAME, (match) =>
      overlapsAny(structure.protectedSpans, match.index, match.index + match[0].length)
        ? undefined
        : { start: match.index, end: match.index + match[0].length, type: 'PERSON', confidence: 0.8, reason: 'a family nickname (Big Mama, Lil Daddy)' }),
    ...matchAll(text, DOUBLED, (match) => {
      const lower = match[1].toLowerCase();
      if (lower !== match[2].toLowerCase() || DOUBLED_WORDS.has(lower) || overlapsAny(structure.protectedSpans, match.index, match.index + match[0].length)) return undefined;
      return { start: match.index, end: match.index + match[0].length, type: 'PERSON', confidence: 0.8, reason: 'a capitalised word said twice, a pet name' };
    }),
  ];
}

