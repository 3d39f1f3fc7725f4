import { isRoleLabel } from '../speaker-roles';
import type { Finding } from '../types';
import { isEverydayCapitals, mayBeDeclaredInitialsOf } from './initials-of-names';
import { isGivenName } from './lower-case-entities';

/**
 * The initials a document itself gives for a named person, as minutes' attendance lists and field notes do:
 * `Faadumo Ali Nuur (FAN)`, `Aroha Te Whata (chair, AT)`, `Sergeant Tomas Kervin (TK)` (a title is no initial),
 * `his sister Kayla (KR)`, `(GP = Gwenllian Pryce)`, `Gwenllian Pryce = GP`. The name must be a person found here
 * or start with a given name, so `World Health Organization (WHO)` is no person.
 */
export function declaredInitials(text: string, findings: readonly Finding[]): Set<string> {
  const persons = findings.filter((finding) => finding.type === 'PERSON');
  const declared = new Set<string>();
  const bracketed = text.includes('(');
  if (bracketed) for (const initials of initialsInBrackets(text, persons)) declared.add(initials);
  if (text.includes(':')) for (const initials of initialsInAttendance(text)) declared.add(initials);
  if (bracketed) {
    for (const initials of initialsMatched(text, SIGNED_AND_DATED)) declared.add(initials);
    for (const initials of initialsMatched(text, INITIALS_BEFORE_NUMBER)) declared.add(initials);
  }
  if (text.includes('=')) {
    for (const person of persons) {
      const initials = initialsBesideEquals(text, person);
      if (initials) declared.add(initials);
    }
  }
  return declared;
}

/** A line of minutes listing who came or sent apologies: `Present: HKS (facilitator), BG, JK, MSB, RC`. */
const ATTENDANCE_LINE = /^[ \t>*_-]*(?:Present|Attendees|Attending|In attendance|Apologies|Absent|Also present)[*_]*[ \t]*:[*_]*[ \t]*(.+)$/gmu;
const LISTED_INITIALS = /^(\p{Lu}{2,4})(?:[ \t]*\([^()]{1,40}\))?$/u;

/** Initials listed as attendees: each item of an attendance line that is two to four capitals (a role in brackets may follow). */
function initialsInAttendance(text: string): string[] {
  const listed: string[] = [];
  ATTENDANCE_LINE.lastIndex = 0;
  for (let line = ATTENDANCE_LINE.exec(text); line; line = ATTENDANCE_LINE.exec(text)) {
    // Commas inside a role's brackets do not end the item: `PN (pharmacist, from 10:12)`.
    for (const item of line[1].split(/[,;](?![^()]*\))|\band\b/u)) {
      const listedItem = LISTED_INITIALS.exec(item.trim());
      const initials = listedItem?.[1];
      // With a role in brackets (`GP (MH nurse)`), even capitals that are an everyday abbreviation are someone's initials.
      const withRole = listedItem !== null && item.includes('(');
      if (initials && !isRoleLabel(initials.toLowerCase()) && (withRole || !isEverydayCapitals(initials))) listed.push(initials);
    }
  }
  return listed;
}

/** A note signed and dated in brackets: `Interviewer note (JF, 05/03/24):`, `(KM, 3.6.2023)`. */
const SIGNED_AND_DATED = /\((\p{Lu}{2,3}),\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\)/gu;
/** Minutes that name someone by initials and a number of theirs: `ZK (Z4471QD): possible seizure`, `TA (A1234BC)`. */
const INITIALS_BEFORE_NUMBER = /(?<![\p{L}\p{N}])(\p{Lu}{2,3}) \((?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,10}\)/gu;

/** The initials (group 1) of each match of `pattern` that are neither a role's code nor an everyday abbreviation. */
function initialsMatched(text: string, pattern: RegExp): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (!isRoleLabel(match[1].toLowerCase()) && !isEverydayCapitals(match[1])) found.push(match[1]);
  }
  return found;
}

/**
 * Initials in brackets, alone or beside a role: `(FAN)`, `(chair, AT)`, `(ML, treasurer)`, with full stops (`(G.P.)`)
 * or a surname's `Mc` or `Mac` kept (`J. McKechnie (JMcK)`).
 */
const INITIALS_IN_BRACKETS = /\((?:[^()\n,]{1,30},\s*)?(\p{Lu}{2,4}|\p{Lu}\.(?:[ ]?\p{Lu}\.){1,3}|\p{Lu}{1,2}Ma?c\p{Lu})(?:,[^()\n]{0,30})?\)/gu;
/** The capitalised words (or initials) right before the brackets (found from the brackets, so no scan tries every capital). */
const NAME_BEFORE = /((?:(?:\p{Lu}[\p{L}\p{M}'’-]+|\p{Lu}\.)[ \t]+){0,4}\p{Lu}[\p{L}\p{M}'’-]+)\s*$/u;
/** Initials as letters: `G.P.` is `GP`, and `JMcK` (J. McKechnie) is `JM`, one letter a word. */
const initialLetters = (initials: string): string => initials.replace(/[. ]/gu, '').replace(/Ma?c\p{Lu}/u, 'M');
/** After a single name, capitals in brackets that are a title or a condition, not her initials: `Maria (MS)`. */
// Other everyday capitals are her initials there (`Priya (PS)`): nobody writes a postscript in brackets after a name.
const NOT_SINGLE_NAME_INITIALS = new Set(['MS', 'MR', 'DR', 'RN', 'OT', 'PT', 'ED', 'RA', 'IBS', 'MND', 'CF', 'CP', 'PA', 'PM', 'AM', 'TV', 'OK', 'UK', 'US', 'PC', 'ID', 'IT', 'HR', 'PR', 'GP', 'AA', 'NA']);

function initialsInBrackets(text: string, persons: readonly Finding[]): Set<string> {
  const declared = new Set<string>();
  INITIALS_IN_BRACKETS.lastIndex = 0;
  for (let match = INITIALS_IN_BRACKETS.exec(text); match; match = INITIALS_IN_BRACKETS.exec(text)) {
    const written = match[1];
    const initials = initialLetters(written);
    const windowStart = Math.max(0, match.index - 120);
    const name = NAME_BEFORE.exec(text.slice(windowStart, match.index));
    if (!name) continue;
    const nameStart = windowStart + name.index;
    const nameEnd = nameStart + name[1].length;
    const isPerson = (start: number, firstWord: string): boolean =>
      persons.some((finding) => finding.start < nameEnd && finding.end > start) || isGivenName(firstWord.toLowerCase());
    // The name's last words (`Sergeant Tomas Kervin (TK)`), a hyphenated surname giving one initial a part
    // (`Renata Sousa-Lima (RSL)`).
    const words = wordsWithOffsets(name[1], nameStart);
    const names = (word: { text: string; start: number }, index: number): boolean =>
      mayBeDeclaredInitialsOf(initials, words.slice(index).map((each) => each.text)) && isPerson(word.start, word.text);
    if (words.some(names)) {
      declared.add(written);
      continue;
    }
    // `his sister Kayla (KR)`: a given name alone, with the initials the notes will use for her.
    const [only] = words;
    if (words.length === 1 && initials[0] === only.text[0] && !NOT_SINGLE_NAME_INITIALS.has(initials)) {
      if (isPerson(only.start, only.text)) declared.add(written);
    }
  }
  return declared;
}

function wordsWithOffsets(text: string, start: number): Array<{ text: string; start: number }> {
  const words: Array<{ text: string; start: number }> = [];
  let at = 0;
  for (const word of text.split(/[ \t]+/u)) {
    at = text.indexOf(word, at);
    words.push({ text: word, start: start + at });
    at += word.length;
  }
  return words;
}

/** `(GP = Gwenllian Pryce)`, `Gwenllian Pryce = GP`: capitals that are exactly the person's initials. */
function initialsBesideEquals(text: string, person: Finding): string | undefined {
  const after = text.slice(person.end, person.end + 48);
  const before = text.slice(Math.max(0, person.start - 12), person.start);
  if (!after.includes('=') && !before.includes('=')) return undefined; // the usual case, cheaply
  const words = person.text.split(/\s+/u);
  const equalsAfter = /^\s*=\s*(\p{Lu}{2,4})(?![\p{L}\p{M}])/u.exec(after);
  if (equalsAfter && mayBeDeclaredInitialsOf(equalsAfter[1], words)) return equalsAfter[1];
  const equalsBefore = /(?<![\p{L}\p{M}])(\p{Lu}{2,4})\s*=\s*$/u.exec(before);
  if (equalsBefore && mayBeDeclaredInitialsOf(equalsBefore[1], words)) return equalsBefore[1];
  return undefined;
}

/** Role words before initials that name a person by them: `student MPW`, `worker JKT`, `(interviewer RSL)`. */
const ROLE_BEFORE_INITIALS = new Set(
  `student worker caseworker volunteer nurse interviewer supervisor colleague manager officer coordinator teacher tutor
  mentor intern trainee researcher interpreter clinician therapist counsellor counselor advocate practitioner
  facilitator transcriber observer assessor keyworker paralegal chaplain`.split(/\s+/),
);
/** Field names after which a record gives a person by initials: `Recorded by: RSL`, `Summarised by: DA`. */
const PERSON_FIELDS = /(?:^|\n)[ \t>*#-]*(?:\*\*)?([\p{L}][\p{L} -]{1,24}?)(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*$/u;
const BY_FIELDS = /\b(?:recorded|summari[sz]ed|transcribed|interviewed|logged|reviewed|coded|minuted|notes|minutes|written|prepared|checked)\s+by$/iu;

/**
 * True when the capitals at `start` are given as a person with no name beside them: after a person field
 * (`Worker: JKT`) or a role word (`student MPW`).
 */
export function isGivenAsAPerson(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const role = /([\p{Ll}]+)[ \t]+$/u.exec(before);
  if (role && ROLE_BEFORE_INITIALS.has(role[1])) return true;
  if (!before.includes(':')) return false;
  const field = PERSON_FIELDS.exec(before);
  if (!field) return false;
  // The initials must end the field's value: `Worker: JKT` on its own, or before a comma, a bracket or the line end.
  if (!/^[ \t]*(?:$|\n|[,;(]|\*\*)/u.test(text.slice(end, end + 4))) return false;
  const label = field[1].trim().toLowerCase();
  return BY_FIELDS.test(label) || (isRoleLabel(label) && !/\d/.test(label));
}
