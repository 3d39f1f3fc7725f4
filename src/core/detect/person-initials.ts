import { isRoleLabel } from '../speaker-roles';
import { overlapsAny } from '../spans';
import type { Finding } from '../types';
import { initialsOfName, isEverydayCapitals, NAME_PARTICLES } from './initials-of-names';
import { isCommonWord } from './lexicon/english-words';
import { ID_SCHEME_NAMES } from './lexicon/id-scheme-names';
import { isGivenName } from './lower-case-entities';
import { declaredInitials, isGivenAsAPerson } from './person-initials-declared';

/**
 * Initials that stand for a person in this document, the one step that finds them (after names are spread):
 * - initials the document gives for a named person (`Aroha Te Whata (chair, AT)` … `AT welcomed everyone`,
 *   `(GP = Gwenllian Pryce)` … `GP joins`), wherever they stand, even when they spell a word or an abbreviation;
 * - initials of a full name found here (`Present: Sioned Rhys` … `SR welcomed members`), or given as a person's
 *   field or after a role (`Worker: JKT`, `student MPW`), unless they are a word or an everyday abbreviation (`GP`, `OK`);
 * - a lone capital and full stop whose letter this document has used in a person's initials (`H.K. (mother, 41)` …
 *   `H. made tea`, `the K. family`) or defines (`Y. (= Yupanqui)`). It is otherwise a sentence end, `plan B.` or a
 *   middle initial, so it counts only where what follows cannot end a sentence (`H. winced`, `H.'s personnummer`).
 */
const DETERMINER_BEFORE_INITIALS = /\b(?:the|a|an|my|your|his|her|our|their|its)\s+$/i;

export function initialsStandingForPeople(text: string, findings: readonly Finding[]): Finding[] {
  const taken = [...findings].sort((a, b) => a.start - b.start);
  const found: Finding[] = [];
  const add = (start: number, end: number, reason: string): void => {
    if (overlapsAny(taken, start, end) || found.some((other) => other.start < end && other.end > start)) return;
    found.push({ start, end, type: 'PERSON', confidence: 0.8, reason, text: text.slice(start, end), detector: 'person-initials' });
  };
  const declared = declaredInitials(text, findings);
  for (const initials of declared) {
    for (let at = text.indexOf(initials); at !== -1; at = text.indexOf(initials, at + initials.length)) {
      const after = at + initials.length;
      // Not after a determiner: `see your GP` is the doctor, though `GP` is someone's initials in these minutes.
      if (DETERMINER_BEFORE_INITIALS.test(text.slice(Math.max(0, at - 8), at))) continue;
      if (!WORD_CHAR.test(text[at - 1] ?? ' ') && (!WORD_CHAR.test(text[after] ?? ' ') || POSSESSIVE.test(text.slice(after, after + 3)))) {
        add(at, at + initials.length, 'initials the document gives for a person');
      }
    }
  }
  for (const { start, end } of initialsOfPeopleNamedHere(text, findings)) add(start, end, 'initials of a person named in this document');
  for (const start of loneInitialsOfPeople(text, findings, declared)) add(start, start + 2, 'initial of a person this document names by initials');
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Two or three capitals standing alone: not inside a word, `U.S.A.` or `e.g.AT`; a possessive may follow (`SD's`).
 * Read as runs of capitals checked on both sides, the same matches as
 * `/(?<![\p{L}\p{N}'’.-])[A-Z]{2,3}(?![\p{L}\p{N}-]|['’](?!s(?![\p{L}\p{N}]))|\.[A-Za-z])/gu` without a look-behind
 * tried at every offset of the document on every keystroke.
 */
const CAPITAL_RUN = /[A-Z]{2,}/g;
const NOT_BEFORE_INITIALS = /[\p{L}\p{N}'’.-]$/u;
const NOT_AFTER_INITIALS = /^(?:[\p{L}\p{N}-]|['’](?!s(?![\p{L}\p{N}]))|\.[A-Za-z])/u;

function* initialsIn(text: string): Generator<{ index: number; initials: string }> {
  CAPITAL_RUN.lastIndex = 0;
  for (let run = CAPITAL_RUN.exec(text); run; run = CAPITAL_RUN.exec(text)) {
    const end = run.index + run[0].length;
    if (run[0].length > 3 || NOT_BEFORE_INITIALS.test(text.slice(Math.max(0, run.index - 2), run.index)) || NOT_AFTER_INITIALS.test(text.slice(end, end + 3))) continue;
    yield { index: run.index, initials: run[0] };
  }
}

/** Where the initials of a full name found here, or initials given as a person's field or after a role, stand. */
function initialsOfPeopleNamedHere(text: string, findings: readonly Finding[]): Array<{ start: number; end: number }> {
  const named = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== 'PERSON') continue;
    for (const initials of initialsOfName(withParticleBefore(text, finding))) named.add(initials);
  }
  const given = new Set<string>();
  const matches = [...initialsIn(text)];
  for (const { index, initials } of matches) {
    if (!named.has(initials) && !given.has(initials) && isGivenAsAPerson(text, index, index + initials.length)) given.add(initials);
  }
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of matches) {
    const { initials } = match;
    if (!named.has(initials) && !given.has(initials)) continue;
    const lower = initials.toLowerCase();
    // `PA`, `DO` spell abbreviations and words: a named person's initials only where minutes name an owner by them.
    if ((isEverydayCapitals(lower) && !standsAsOwner(text, match.index, match.index + initials.length)) || isRoleLabel(lower)) continue;
    // `FAN`, `BOG` spell words: they are initials only where the record gives them as a person (`Worker: FAN`).
    if (lower.length === 3 && isCommonWord(lower) && !given.has(initials)) continue;
    // `CNP`, `SIN`: the name of a national ID number, unless the record gives it as someone's initials.
    if (ID_SCHEME_NAMES.has(lower) && !given.has(initials)) continue;
    spans.push({ start: match.index, end: match.index + initials.length });
  }
  return spans;
}

/** A reporting verb after initials that open a line of minutes: `PA welcomed everyone`, `LH explained`. */
const OWNER_VERB =
  /^[ \t]+(?:welcomed|thanked|said|asked|noted|explained|agreed|opened|closed|chaired|reported|presented|summarised|summarized|confirmed|introduced|outlined|apologised|apologized|proposed|responded|replied|undertook|will)\b/u;

/**
 * Initials naming who does what in minutes: alone in a table cell or beside other initials (`| PA / TW |`,
 * `| DO |`), or opening a line before a reporting verb (`PA welcomed everyone`).
 */
function standsAsOwner(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, end + 40);
  if (/(?:\||\/)[ \t]*$/u.test(before) && /^[ \t]*(?:\||\/)/u.test(after)) return true;
  return /^[ \t]*(?:[-*][ \t]+)?$/u.test(before) && OWNER_VERB.test(after);
}

/** `Maria da Luz Gomes` found as `Luz Gomes`: the given name and particle just before the finding belong to it. */
function withParticleBefore(text: string, finding: Finding): string {
  const before = /(\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+(\p{Ll}{1,5})[ \t]+)$/u.exec(text.slice(Math.max(0, finding.start - 24), finding.start));
  return before && NAME_PARTICLES.has(before[2]) ? before[1] + finding.text : finding.text;
}

/** Where a lone initial stands for a person (see `initialsStandingForPeople`): the start of each capital. */
function loneInitialsOfPeople(text: string, findings: readonly Finding[], declared: ReadonlySet<string>): number[] {
  if (!text.includes('.')) return [];
  const letters = new Set<string>();
  for (const initials of declared) for (const letter of initials) letters.add(letter);
  for (const finding of findings) {
    if (finding.type !== 'PERSON' || finding.text.length > 8) continue;
    // `KIM:` or `LAU:` as a label is a surname in capitals, not initials.
    const undotted = UNDOTTED_INITIALS.test(finding.text) && !isGivenName(finding.text.toLowerCase()) && !isCommonWord(finding.text.toLowerCase());
    if (undotted || DOTTED_INITIALS.test(finding.text)) for (const letter of finding.text.replace(/[.\s]/gu, '')) letters.add(letter);
  }
  // `Y. (= Yupanqui)`, `Ş. = Şêrko`: a lone initial the notes define by a name.
  const mayDefine = text.includes('=');
  const starts: number[] = [];
  const consider = (start: number, letter: string): void => {
    const end = start + 2;
    const defined = mayDefine && DEFINED_AFTER.exec(text.slice(end, end + 8))?.[1] === letter;
    if ((!letters.has(letter) && !defined) || !FOLLOWS_A_NAME.test(text.slice(end, end + 3))) return;
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
    if (before && NOT_A_PERSON_BEFORE.has(before[1].toLocaleLowerCase())) return;
    // `Q. how old` / `A. about fifty`: an oral history's question and answer marks.
    if ((letter === 'Q' || letter === 'A') && /(?:^|\n)[ \t>*-]*$/u.test(text.slice(Math.max(0, start - 8), start))) return;
    starts.push(start);
  };
  if (letters.size === 0) {
    if (!mayDefine) return [];
    // Only a definition can make a lone initial a name here: look just before each `=` (`Y. (= Yupanqui)`).
    for (let at = text.indexOf('='); at !== -1; at = text.indexOf('=', at + 1)) {
      const windowStart = Math.max(0, at - 8);
      const lone = LONE_BEFORE_EQUALS.exec(text.slice(windowStart, at));
      if (lone) consider(windowStart + lone.index, lone[1]);
    }
    return starts;
  }
  LONE_INITIAL.lastIndex = 0;
  for (let match = LONE_INITIAL.exec(text); match; match = LONE_INITIAL.exec(text)) consider(match.index, match[1]);
  return starts;
}

const DOTTED_INITIALS = /^\p{Lu}\.(?:\s?\p{Lu}\.){1,2}$/u;
const UNDOTTED_INITIALS = /^\p{Lu}{2,3}$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;
/** A possessive after initials (`MSB's wife`): the initials still end there. */
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;
/** A capital and a full stop standing alone: not inside `H.K.`, `U.S.` or a word, and not the first of `H. K.`. */
const LONE_INITIAL = /(?<![\p{L}\p{M}\p{N}.'’-])(\p{Lu})\.(?![\p{L}\p{M}\p{N}]|\s?\p{Lu}\.)/gu;
/** What follows a name but never a sentence's end: a possessive, a comma, a bracket, `=`, or a lower-case word. */
const FOLLOWS_A_NAME = /^(?:['’]s|\s*[,;:)=]|\s+\p{Ll}|\s+\((?:\p{Lu}|\s*=))/u;
/** A lone initial right before `=` or `(=`: `Y. (=`, `Ş. =`. */
const LONE_BEFORE_EQUALS = /(?<![\p{L}\p{M}\p{N}.'’-])(\p{Lu})\.\s*\(?\s*$/u;
/** `= Yupanqui` or `(= Yupanqui)` after a lone initial: the name it stands for (its first letter). */
const DEFINED_AFTER = /^\s*\(?\s*=\s*(\p{Lu})/u;
/** Words before a letter that make it a label or a grade, not a person: `plan B. then`, `vitamin D. she`. */
const NOT_A_PERSON_BEFORE = new Set(
  'plan vitamin type grade block unit hepatitis section part appendix option class level room gate wing ward bay flat exhibit category group team step phase row stage form building floor tier zone area'.split(' '),
);
