import { isCommonWord } from './detect/lexicon/english-words';
import { ID_SCHEME_NAMES } from './detect/lexicon/id-scheme-names';
import { isRoleLabel } from './speaker-roles';
import { isGivenName } from './detect/lower-case-entities';
import { overlapsAny } from './transcript';
import type { Finding } from './types';

/**
 * Initials that stand for somebody named in the same document, as minutes, field notes and action tables write
 * them: `Present: Sioned Rhys (Chair), Pat Delahunty` … `SR welcomed members`, `| Quote for trough | PD |`.
 * Only initials of a full name found in the document count, so an acronym (`GP`, `OK`) stays text unless it is
 * exactly somebody's initials here, and then only when it is no word or common abbreviation.
 */
const INITIALS = /(?<![\p{L}\p{N}'’.-])[A-Z]{2,3}(?![\p{L}\p{N}'’-]|\.[A-Za-z])/gu;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const TITLE_WORDS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'rev', 'fr', 'sr', 'sister', 'father', 'nurse', 'judge']);
/** Capitals that are words or everyday abbreviations, never read as initials. */
const NOT_INITIALS = new Set(
  `ok tv us uk usa eu un id am pm gp nhs aob asap tbc tba fyi ceo cfo hr pa pe re as at be by do go he if in is it me my
  no of on or so to up we an ah oh uh um ha hi yo ex vs etc dj mc pc bc dc la ny nz sa pr ps pto ooo eta nb cv
  mp bbc itv dna hiv gcse ba bsc ma msc phd md rn ic ae`.split(/\s+/),
);

export function initialsOfNamedPeople(text: string, findings: readonly Finding[]): Finding[] {
  const named = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== 'PERSON') continue;
    for (const initials of initialsOfName(withParticleBefore(text, finding))) named.add(initials);
  }
  const declared = declaredInitials(text, findings);
  for (const initials of declared) named.add(initials);
  // Initials a record gives as a person's field (`Worker: JKT`) or after a role (`student MPW`): no name needed.
  const matches: RegExpExecArray[] = [];
  INITIALS.lastIndex = 0;
  for (let match = INITIALS.exec(text); match; match = INITIALS.exec(text)) {
    matches.push(match);
    if (!named.has(match[0]) && isGivenAsAPerson(text, match.index, match.index + match[0].length)) {
      named.add(match[0]);
      declared.add(match[0]);
    }
  }
  if (named.size === 0) return [];
  const taken = [...findings].sort((a, b) => a.start - b.start);
  const found: Finding[] = [];
  for (const match of matches) {
    const initials = match[0];
    if (!named.has(initials)) continue;
    const lower = initials.toLowerCase();
    if (NOT_INITIALS.has(lower) || isRoleLabel(lower)) continue;
    // `FAN`, `BOG` spell words: they are initials only where the document says so (`Faadumo Ali Nuur (FAN)`).
    if (lower.length === 3 && isCommonWord(lower) && !declared.has(initials)) continue;
    // `CNP`, `SIN`: the name of a national ID number, unless the document gives it as someone's initials.
    if (ID_SCHEME_NAMES.has(lower) && !declared.has(initials)) continue;
    const start = match.index;
    const end = start + initials.length;
    if (overlapsAny(taken, start, end)) continue;
    found.push({ start, end, type: 'PERSON', confidence: 0.8, reason: 'initials of a person named in this document', text: initials, detector: 'initials' });
  }
  return found;
}

/** Particles inside a name that its initials leave out: `Maria da Luz Gomes` is `MLG`. */
const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'la', 'le', 'y', 'e', 'bin', 'binti', 'ibn']);
/** `Maria da Luz Gomes` found as `Luz Gomes`: the given name and particle just before the finding belong to it. */
function withParticleBefore(text: string, finding: Finding): string {
  const before = /(\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+(\p{Ll}{1,5})[ \t]+)$/u.exec(text.slice(Math.max(0, finding.start - 24), finding.start));
  return before && NAME_PARTICLES.has(before[2]) ? before[1] + finding.text : finding.text;
}

/** A title written with a full stop (`MUDr.`, `Ing.`, `Mgr.`, `Dr.`): no initial. */
const DOTTED_TITLE = /^\p{Lu}\p{L}{0,4}\.$/u;

/**
 * The initials a full name may be written as: `Renata Sousa-Lima` is `RSL` (and `RS`), `Maria da Luz Gomes` is
 * `MLG`, `MUDr. Alena Dvořáková` is `AD`. Only names of two to four capitalised words count.
 */
function initialsOfName(name: string): string[] {
  const words = name.split(/[ \t]+/).filter((word) => !TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, '')) && !DOTTED_TITLE.test(word) && !NAME_PARTICLES.has(word));
  if (words.length < 2 || words.length > 4 || !words.every((word) => word.split(/[-‐]/u).every((part) => NAME_WORD.test(part)))) return [];
  const whole = words.map((word) => word[0]).join('');
  const parts = words.flatMap((word) => word.split(/[-‐]/u).filter((part) => /^\p{Lu}/u.test(part)).map((part) => part[0])).join('');
  return parts === whole ? [whole] : [whole, parts];
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

/** True when the capitals at `start` follow a person field (`Worker: JKT`) or a role word (`student MPW`). */
function isGivenAsAPerson(text: string, start: number, end: number): boolean {
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

/**
 * Initials the document itself gives in brackets after a person's name, as minutes' attendance lists do:
 * `Faadumo Ali Nuur (FAN)`, `Officer Kyle Lindqvist (KL)` (the title is no initial), `Interviewer: Hannah Pike (HP)`.
 * The name must be a person found here or start with a given name, so `World Health Organization (WHO)` is no person.
 */
const INITIALS_IN_BRACKETS = /\((\p{Lu}{2,3})\)/gu;
/** The capitalised words right before the brackets (found from the brackets, so no scan tries every capital). */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){0,4}\p{Lu}[\p{L}\p{M}'’-]+)[ \t]*$/u;
/** After a single name, capitals in brackets that are a title or a condition, not her initials: `Maria (MS)`. */
const NOT_SINGLE_NAME_INITIALS = new Set(['MS', 'MR', 'DR', 'RN', 'OT', 'PT', 'ED', 'RA', 'IBS', 'MND', 'CF', 'CP', 'PA', 'PM']);

function declaredInitials(text: string, findings: readonly Finding[]): Set<string> {
  const declared = new Set<string>();
  if (!text.includes('(')) return declared;
  const persons = findings.filter((finding) => finding.type === 'PERSON');
  INITIALS_IN_BRACKETS.lastIndex = 0;
  for (let match = INITIALS_IN_BRACKETS.exec(text); match; match = INITIALS_IN_BRACKETS.exec(text)) {
    const initials = match[1];
    const windowStart = Math.max(0, match.index - 120);
    const name = NAME_BEFORE.exec(text.slice(windowStart, match.index));
    if (!name) continue;
    const words = name[1].split(/[ \t]+/);
    // `Renata Sousa-Lima (RSL)`: each part of a hyphenated surname gives an initial.
    const parts = words.flatMap((word) => word.split(/[-‐]/u).filter((part) => /^\p{Lu}/u.test(part)));
    const named = parts.slice(-initials.length);
    const last = words[words.length - 1];
    const lastStart = windowStart + name.index + name[1].lastIndexOf(last);
    const isPersonAt = (start: number, end: number, word: string): boolean =>
      persons.some((finding) => finding.start < end && finding.end > start) || isGivenName(word.toLowerCase());
    if (named.length === initials.length && named.map((word) => word[0]).join('') === initials) {
      const nameStart = windowStart + name.index + name[1].lastIndexOf(named[0]);
      const nameEnd = windowStart + name.index + name[1].length;
      if (isPersonAt(nameStart, nameEnd, named[0])) declared.add(initials);
    } else if (words.length === 1 && initials[0] === last[0] && !NOT_INITIALS.has(initials.toLowerCase()) && !NOT_SINGLE_NAME_INITIALS.has(initials)) {
      // `his sister Kayla (KR)`: a given name alone, with the initials the notes will use for her.
      if (isPersonAt(lastStart, lastStart + last.length, last)) declared.add(initials);
    }
  }
  return declared;
}
