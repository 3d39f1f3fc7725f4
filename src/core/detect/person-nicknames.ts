import type { Candidate, DetectionContext } from './detector';
import { overlapsAny } from '../spans';
import { KIN_WORDS, NEVER_NAMES, OPENERS, TITLES } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { isGivenName } from './lower-case-entities';
import { AH_KIN } from './person-word-names';
import { DEMONYMS } from './lexicon/compromise-lexicon';
import { ETHNIC_GROUPS, FAITHS, NATIONALITIES } from './lexicon/peoples';

/**
 * A short name or nickname the speaker defines, then uses alone: `the family calls Dafydd "Dai"`, `who everybody
 * calls "Junior"`, `known as "Tiny"`, `Manaia, Mana for short`. The definition makes it confident, so the document
 * spreads it to every later `Dai` (propagate.ts). `he calls the grandmother "Mam-gu"` names a relation, not a person,
 * and a single kinship word in quotes (`we call her "Mum"`) is none either.
 */
export function definedNicknames({ text, structure }: DetectionContext): Candidate[] {
  const found: Candidate[] = [];
  const mayName = MAY_QUOTE_A_NICKNAME.test(text);
  if (mayName) {
    QUOTED_AFTER_NAMING.lastIndex = 0;
    for (let match = QUOTED_AFTER_NAMING.exec(text); match; match = QUOTED_AFTER_NAMING.exec(text)) {
      const nickname = match[1];
      const start = match.index + match[0].length - nickname.length - 1;
      push(found, structure, start, nickname, 'a nickname given in quotes after "calls" or "known as"');
    }
  }
  if (mayName) {
    CALLED_BY_THEM.lastIndex = 0;
    for (let match = CALLED_BY_THEM.exec(text); match; match = CALLED_BY_THEM.exec(text)) {
      push(found, structure, match.index + match[0].length - match[1].length, match[1], 'a nickname given after "who we call"');
    }
  }
  if (mayName) {
    UNQUOTED_AFTER_NAMING.lastIndex = 0;
    for (let match = UNQUOTED_AFTER_NAMING.exec(text); match; match = UNQUOTED_AFTER_NAMING.exec(text)) {
      const nickname = match[1];
      // `everyone calls her Ah Ma`, `we call him Big Daddy`: a relation, not a name.
      const last = nickname.slice(nickname.lastIndexOf(' ') + 1).toLocaleLowerCase();
      if (KIN_WORDS.has(last) || AH_KIN.has(last)) continue;
      push(found, structure, match.index + match[0].length - nickname.length, nickname, 'a nickname given after "called him" or "known as"');
    }
  }
  if (mayName) {
    NICKNAME_BEFORE_CALLING.lastIndex = 0;
    for (let match = NICKNAME_BEFORE_CALLING.exec(text); match; match = NICKNAME_BEFORE_CALLING.exec(text)) {
      const nickname = match[1];
      const lower = nickname.toLocaleLowerCase();
      // After `the` or set off by a comma (`Chalky, they called him`): not a sentence's opening word (`Then they call him`).
      if (!match[0].startsWith('the ') && !match[0].includes(',')) continue;
      if (KIN_WORDS.has(lower) || TITLES.has(lower) || OPENERS.has(lower) || NEVER_NAMES.has(lower) || NOT_NICKNAMES.has(lower)) continue;
      push(found, structure, match.index + match[0].indexOf(nickname), nickname, 'a nickname said before "they call him"');
    }
  }
  if (EXPLAINED_CUE.test(text)) {
    EXPLAINED_NICKNAME.lastIndex = 0;
    for (let match = EXPLAINED_NICKNAME.exec(text); match; match = EXPLAINED_NICKNAME.exec(text)) {
      const [whole, nickname, fullName] = match;
      if (NOT_NICKNAMES.has(nickname.toLocaleLowerCase())) continue;
      push(found, structure, match.index, nickname, 'a nickname the speaker explains ("Jock, cos he was from Greenock")');
      if (fullName) push(found, structure, match.index + whole.length - fullName.length, fullName, 'the full name a nickname is explained by');
    }
  }
  if (/[ (]["“‘']\p{Lu}/u.test(text)) {
    NICKNAME_INSIDE_NAME.lastIndex = 0;
    for (let match = NICKNAME_INSIDE_NAME.exec(text); match; match = NICKNAME_INSIDE_NAME.exec(text)) {
      const [whole, given, nickname, surname] = match;
      const first = given.toLocaleLowerCase();
      if (!(isGivenName(first) || !isCommonWord(first)) || NEVER_NAMES.has(first)) continue;
      const reason = 'a nickname in quotes between a given name and a surname';
      push(found, structure, match.index, given, reason);
      push(found, structure, match.index + whole.indexOf(nickname, given.length), nickname, reason);
      push(found, structure, match.index + whole.length - surname.length, surname, reason);
    }
  }
  if (text.includes(' for short')) {
    FOR_SHORT.lastIndex = 0;
    for (let match = FOR_SHORT.exec(text); match; match = FOR_SHORT.exec(text)) {
      push(found, structure, match.index + match[0].indexOf(match[1]), match[1], 'a short name given "for short"');
    }
  }
  if (text.includes(' the ')) {
    EPITHET_NAME.lastIndex = 0;
    for (let match = EPITHET_NAME.exec(text); match; match = EPITHET_NAME.exec(text)) {
      const [, given, epithet] = match;
      // A given name (or a word that is no English word, as many Welsh and Gaelic names are), then an English word.
      const [first, second] = [given.toLocaleLowerCase(), epithet.toLocaleLowerCase()];
      if (!(isGivenName(first) || !isCommonWord(first)) || NEVER_NAMES.has(first) || !isCommonWord(second) || NOT_EPITHETS.has(second)) continue;
      push(found, structure, match.index, match[0], 'a given name with the epithet a village knows the person by');
    }
  }
  return found;
}

function push(found: Candidate[], structure: DetectionContext['structure'], start: number, nickname: string, reason: string): void {
  const words = nickname.split(' ');
  const lower = nickname.toLocaleLowerCase();
  if (words.length === 1 && (KIN_WORDS.has(lower) || TITLES.has(lower) || NEVER_NAMES.has(lower))) return;
  const end = start + nickname.length;
  if (overlapsAny(structure.protectedSpans, start, end)) return;
  found.push({ start, end, type: 'PERSON', confidence: 0.9, reason });
}

/**
 * `Dai the Post`, `Jones the Milk`, `Mary the Shop`: a given name and the trade or place a village knows the person
 * by, as Welsh, Irish and Scottish communities name people. Not after a place's preposition (`in Wrexham the Council`).
 */
const EPITHET_NAME = /(?<![\p{L}\p{M}])(?<!\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Nn]ear|[Oo]f|[Oo]n|[Bb]y|[Ff]or|[Ww]ith) )(\p{Lu}[\p{Ll}\p{M}'’-]+) the (\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}])/gu;
/** Epithets of kings, saints and storybook characters, who are no participants. */
const NOT_EPITHETS = new Set('great terrible conqueror elder younger baptist apostle evangelist confessor divine bold good pious ripper pooh builder tank engine red'.split(' '));

const MAY_QUOTE_A_NICKNAME = /\b(?:call|calls|called|calling|known as|nicknamed|goes by|went by)\s/u;
const NICKNAME = `\\p{Lu}[\\p{L}\\p{M}'’-]*(?: \\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}`;
/**
 * A naming verb, an optional object that is a pronoun or a capitalised name (not `the grandmother`), then a
 * capitalised name in quotes.
 */
const QUOTED_AFTER_NAMING = new RegExp(
  `\\b(?:(?:call|calls|called|calling)(?: (?:him|her|them|me|us|\\p{Lu}[\\p{L}\\p{M}'’-]+(?: \\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}))?|known as|nicknamed|goes by|went by) ["“‘](${NICKNAME})["”’]`,
  'gu',
);
/**
 * `they called him Tin Hat`, `the surgeons call me JJ`, `known as Big Red`: unquoted after a naming verb and its
 * pronoun, a nickname of two or three capitalised words, or of two or three capitals. (One capitalised word is
 * person-word-names.ts's; a longer run is more likely a title: `they call it Meals on Wheels` has no pronoun.)
 */
const UNQUOTED_AFTER_NAMING =
  /\b(?:(?:call|calls|called|calling) (?:him|her|me|them|us)|known as|nicknamed|goes by|went by) (\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,2}|\p{Lu}{2,3})(?![\p{L}\p{M}\d]| \p{Lu})/gu;
/**
 * An oral history's round of nicknames: a capitalised word opening a sentence, then a comma and why someone was called
 * it (`Jock, cos he was from Greenock.`, `Bomber, because he once dropped a spanner`) or who it was (`Chalky, that's
 * Chalky White`, and that full name too).
 */
const EXPLAINED_NICKNAME =
  /(?<=^|[.!?]["”]?[ \t]+|:[ \t]+)(\p{Lu}[\p{Ll}\p{M}'’-]+), (?:(?:cos|coz|cuz|because|['’]cause|['’]cos) (?:he|she) |that['’]s (\p{Lu}[\p{Ll}\p{M}'’-]+ \p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}]| \p{Lu}))/gmu;
const EXPLAINED_CUE = /, (?:cos|coz|cuz|because|['’]cause|['’]cos|that['’]s) /u;
/** Sentence openers before such a comma that are no nickname: `Well, cos he never asked`, `Yes, that's John Smith`. */
const NOT_NICKNAMES = new Set(
  'yes yeah yep aye no nah nope well oh ah right okay ok so and but anyway sorry honestly mainly partly probably maybe mostly basically actually again later then now there here this that why because'.split(' '),
);
/** `Paddy Ward, the Hammer they call him`, `Chalky, they called him`: the nickname first, then who calls him it. */
const NICKNAME_BEFORE_CALLING =
  /(?<![\p{L}\p{M}])(?:the )?(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?),? (?:they|we|people|everyone|everybody|the (?:lads|boys|girls|kids|men|women)) (?:all )?(?:call|called|used to call) (?:him|her)(?![\p{L}\p{M}])/gu;
/** `Morenike, who we call Nike`, `whom the boys call Scatter`: unquoted, after a relative clause of calling. */
const CALLED_BY_THEM = /\b(?:who|whom)\s+(?:\p{Ll}+\s+){1,3}(?:call|calls|called)\s+(?:(?:him|her)\s+)?(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}])/gu;
/** `Kyle ("Squirrel") Baxter`, `William 'Bill' Okafor`, `Mary “Sunny” Rose`: a nickname set inside a full name. */
const NICKNAME_INSIDE_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{Ll}\\p{M}'’-]+) \\(?["“‘'](${NICKNAME})["”’']\\)? (\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?)(?![\\p{L}\\p{M}])`,
  'gu',
);
/** `Manaia, Mana for short`, `Rosalind … Rosie for short` (not `Short for`, which names what it abbreviates). */
const FOR_SHORT = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}'’-]+) for short\b/gu;

/**
 * `Sign name [flat hand tapping the chest twice; glossed INK]`, `my sign name is this [...; glossed MOUSTACHE]`: in an
 * interpreted signed-language interview, the gloss of a person's sign name is that person's name in the Deaf
 * community, though it is written inside a transcriber's note.
 */
const SIGN_NAME_GLOSS = /\bsign[- ]name\b[^[\]\n]{0,24}\[[^\]\n]{0,160}?\bgloss(?:ed)?(?:\s+as)?[:\s]+["“]?(\p{Lu}[\p{Lu}'’-]*(?:[ -]\p{Lu}[\p{Lu}'’-]*){0,2})["”]?\s*\]/giu;

export function signNameGlosses({ text }: DetectionContext): Candidate[] {
  if (!/sign[- ]name/i.test(text)) return [];
  const found: Candidate[] = [];
  SIGN_NAME_GLOSS.lastIndex = 0;
  for (let match = SIGN_NAME_GLOSS.exec(text); match; match = SIGN_NAME_GLOSS.exec(text)) {
    const start = match.index + match[0].lastIndexOf(match[1]);
    found.push({ start, end: start + match[1].length, type: 'PERSON', confidence: 0.8, reason: 'the gloss of a sign name, a name in the signing community' });
  }
  return found;
}

/** A name spelled letter by letter, then said whole: `[signs name: "G-U-Y"] Guy`, `A-N-N, Ann`. */
const SPELLED_THEN_SAID = /(?<![\p{L}-])((?:\p{Lu}-){1,14}\p{Lu})(?![\p{L}-])["”]?\]?[ \t]*[,:]?[ \t]*(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;

/** A name said, then spelled letter by letter: `Pastor Ip. I-P.`, `Lo, L-O`. */
const SAID_THEN_SPELLED = /(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+)[.,:]?[ \t]+((?:\p{Lu}-){1,14}\p{Lu})(?![\p{L}\p{M}-])/gu;
/** Initials spelled for a name: `T-M for Tai-man`, `J-P for Jean-Pierre`. */
const INITIALS_FOR_NAME = /(?<![\p{L}\p{M}-])((?:\p{Lu}-){1,3}\p{Lu})[ \t]+(?:for|as in)[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:[- ]\p{L}[\p{Ll}\p{M}]+){1,3})(?![\p{L}\p{M}])/gu;

/**
 * The word after its own spelling is a name, even one that is also a word (`Guy`, `Rose`, `Will`); so is a spelling
 * after the name it spells (`Ip. I-P.`), and letters given as a name's initials (`T-M for Tai-man`).
 */
export function namesAfterTheirSpelling({ text }: DetectionContext): Candidate[] {
  if (!/\p{Lu}-\p{Lu}/u.test(text)) return [];
  const found: Candidate[] = [];
  SAID_THEN_SPELLED.lastIndex = 0;
  for (let match = SAID_THEN_SPELLED.exec(text); match; match = SAID_THEN_SPELLED.exec(text)) {
    if (match[2].replace(/-/g, '') !== match[1].toUpperCase()) continue;
    const start = match.index + match[0].length - match[2].length;
    found.push({ start, end: start + match[2].length, type: 'PERSON', confidence: 0.85, reason: 'a name spelled out after it was said' });
  }
  INITIALS_FOR_NAME.lastIndex = 0;
  for (let match = INITIALS_FOR_NAME.exec(text); match; match = INITIALS_FOR_NAME.exec(text)) {
    const initials = match[2].split(/[- ]/).map((part) => part.charAt(0).toUpperCase()).join('');
    if (match[1].replace(/-/g, '') !== initials) continue;
    found.push({ start: match.index, end: match.index + match[1].length, type: 'PERSON', confidence: 0.8, reason: 'initials given for a name' });
  }
  SPELLED_THEN_SAID.lastIndex = 0;
  for (let match = SPELLED_THEN_SAID.exec(text); match; match = SPELLED_THEN_SAID.exec(text)) {
    if (match[1].replace(/-/g, '') !== match[2].toUpperCase()) continue;
    const start = match.index + match[0].length - match[2].length;
    found.push({ start, end: start + match[2].length, type: 'PERSON', confidence: 0.85, reason: 'a name said after its spelling' });
  }
  return found;
}

/**
 * `I was a Dube before I got married`, `she was born a Mkhize`, `née Jones`: a family name a person was born with.
 * After `a` a capitalised word is otherwise taken for a kind of thing (`a Toyota`), so this reads the frame itself.
 */
const BORN_WITH_NAME =
  /(?<![\p{L}\p{M}])(?:(?:was|were|am|is)\s+(?:born\s+)?an?\s+(\p{Lu}[\p{L}\p{M}'’-]+)(?=\s+(?:before|till|until)\s+(?:I|she|he|we|they|you)\s+(?:got\s+|was\s+|were\s+)?married\b)|born\s+an?\s+(\p{Lu}[\p{L}\p{M}'’-]+)(?=[\s,.;!?]|$)|n[ée]e\s+(\p{Lu}[\p{L}\p{M}'’-]+))/gu;

const NOT_FAMILY_NAMES: ReadonlySet<string> = new Set([...DEMONYMS, ...NATIONALITIES, ...FAITHS, ...ETHNIC_GROUPS].map((word) => word.toLocaleLowerCase()));

export function namesBornWith({ text }: DetectionContext): Candidate[] {
  if (!/\bborn\b|married|n[ée]e\b/.test(text)) return [];
  const found: Candidate[] = [];
  BORN_WITH_NAME.lastIndex = 0;
  for (let match = BORN_WITH_NAME.exec(text); match; match = BORN_WITH_NAME.exec(text)) {
    const name = match[1] ?? match[2] ?? match[3];
    const lower = name.toLocaleLowerCase();
    // `born a Catholic`, `born an American`, `born a Tuesday`: not a family name.
    if (isCommonWord(lower) && !isGivenName(lower)) continue;
    if (NOT_FAMILY_NAMES.has(lower)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    found.push({ start, end: start + name.length, type: 'PERSON', confidence: 0.85, reason: 'the family name someone was born with' });
  }
  return found;
}
