import { isCommonWord } from './detect/lexicon/english-words';
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
  no of on or so to up we an ah oh uh um ha hi yo ex vs etc dj mc pc ad bc dc la ny nz sa pr ps pto ooo eta nb cv
  mp bbc itv dna hiv gcse ba bsc ma msc phd md rn ic ae`.split(/\s+/),
);

export function initialsOfNamedPeople(text: string, findings: readonly Finding[]): Finding[] {
  const named = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== 'PERSON') continue;
    const words = finding.text.split(/[ \t]+/).filter((word) => !TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, '')));
    if (words.length < 2 || words.length > 3 || !words.every((word) => NAME_WORD.test(word))) continue;
    const initials = words.map((word) => word[0]).join('');
    named.add(initials);
  }
  const declared = declaredInitials(text, findings);
  for (const initials of declared) named.add(initials);
  if (named.size === 0) return [];
  const taken = [...findings].sort((a, b) => a.start - b.start);
  const found: Finding[] = [];
  INITIALS.lastIndex = 0;
  for (let match = INITIALS.exec(text); match; match = INITIALS.exec(text)) {
    const initials = match[0];
    if (!named.has(initials)) continue;
    const lower = initials.toLowerCase();
    if (NOT_INITIALS.has(lower) || isRoleLabel(lower)) continue;
    // `FAN`, `BOG` spell words: they are initials only where the document says so (`Faadumo Ali Nuur (FAN)`).
    if (lower.length === 3 && isCommonWord(lower) && !declared.has(initials)) continue;
    const start = match.index;
    const end = start + initials.length;
    if (overlapsAny(taken, start, end)) continue;
    found.push({ start, end, type: 'PERSON', confidence: 0.8, reason: 'initials of a person named in this document', text: initials, detector: 'initials' });
  }
  return found;
}

/**
 * Initials the document itself gives in brackets after a person's name, as minutes' attendance lists do:
 * `Faadumo Ali Nuur (FAN)`, `Officer Kyle Lindqvist (KL)` (the title is no initial), `Interviewer: Hannah Pike (HP)`.
 * The name must be a person found here or start with a given name, so `World Health Organization (WHO)` is no person.
 */
const INITIALS_IN_BRACKETS = /\((\p{Lu}{2,3})\)/gu;
/** The capitalised words right before the brackets (found from the brackets, so no scan tries every capital). */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){1,4}\p{Lu}[\p{L}\p{M}'’-]+)[ \t]*$/u;

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
    const named = words.slice(-initials.length);
    if (named.length !== initials.length || named.map((word) => word[0]).join('') !== initials) continue;
    const nameStart = windowStart + name.index + name[1].lastIndexOf(named[0]);
    const nameEnd = windowStart + name.index + name[1].length;
    const isPerson = persons.some((finding) => finding.start < nameEnd && finding.end > nameStart) || isGivenName(named[0].toLowerCase());
    if (isPerson) declared.add(initials);
  }
  return declared;
}
