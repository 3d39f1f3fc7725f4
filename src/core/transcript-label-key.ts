import { initialsOfName } from './detect/initials-of-names';
import { FIRST_NAMES } from './detect/lexicon/compromise-lexicon';
import { isGivenName } from './detect/lower-case-entities';
import { isRoleLabel } from './speaker-roles';
import type { Finding } from './types';

/**
 * A header key that says who each label stands for: `Participants: DOC = Dr Fintan Loughran (GP); PAT = Ruairí
 * Keenan (6)`. The label is then a code for that person (who is named in the key itself), not a name: unless it is
 * one of the person's own names or its short form (`PAT = Pat Keenan`, `JO = Joanne Smith`) or their initials
 * (`AB = Anna Brown`), which identify them.
 */
const LABEL_KEY = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})[ \t]*=[ \t]*((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)/gu;
const TITLE = /^(?:dr|mr|mrs|ms|mx|prof|rev|fr|sr|sister|father|nurse|officer)\.?$/i;
/** `Key: EJ = judge; C = claimant`: a label the key gives as a role, in lower case, is that role's code. */
const ROLE_KEY = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})[ \t]*=[ \t]*(\p{Ll}[\p{Ll}'’ -]{1,30}?)[ \t]*(?=[;,.)]|$)/gmu;

export function declaredLabelCodes(text: string): Set<string> {
  const codes = new Set<string>();
  if (!text.includes('=')) return codes;
  LABEL_KEY.lastIndex = 0;
  for (let match = LABEL_KEY.exec(text); match; match = LABEL_KEY.exec(text)) {
    const code = match[1];
    const words = match[2].split(/[ \t]+/).filter((word) => !TITLE.test(word));
    // `PAT = Pat Keenan`, `JO = Joanne Smith`: a label that is the person's name or its short form is their name.
    if (words.some((word) => word.toUpperCase().startsWith(code))) continue;
    const initials = words.map((word) => word[0]).join('');
    if (initials.endsWith(code) || initials.startsWith(code)) continue;
    codes.add(code);
  }
  ROLE_KEY.lastIndex = 0;
  for (let match = ROLE_KEY.exec(text); match; match = ROLE_KEY.exec(text)) {
    if (isRoleLabel(match[2]) && !isNameForRole(match[1], match[2])) codes.add(match[1]);
  }
  return codes;
}

/**
 * The document's findings without a label code its key declares (`DOC`, `PAT` in capitals, wherever they occur). A
 * code that is the initials of a person named in the document stays (`Interviewer: Hannah Brierley (HB)` … `HB =
 * interviewer`): it is her initials, and identifies her as a name would.
 */
export function withoutDeclaredLabelCodes(text: string, findings: Finding[]): Finding[] {
  const codes = declaredLabelCodes(text);
  if (codes.size === 0) return findings;
  // Each distinct full name once: a name recurs on every turn it speaks.
  const names = new Set<string>();
  for (const finding of findings) if (finding.type === 'PERSON' && /\s/u.test(finding.text)) names.add(finding.text);
  for (const name of names) for (const initials of initialsOfName(name)) codes.delete(initials);
  return findings.filter((finding) => finding.type !== 'PERSON' || !codes.has(finding.text));
}

/**
 * `BILLY = participant`, `CLAIRE = interviewer`: a given name of four letters or more given a role is that person's
 * name, not a code; `PAT = patient`, `DOC = doctor`, `INT = interviewer` shorten the role and are codes.
 */
function isNameForRole(label: string, role: string): boolean {
  const lower = label.toLowerCase();
  if (lower.length < 4 || role.trim().toLowerCase().startsWith(lower)) return false;
  return FIRST_NAMES.has(lower) || isGivenName(lower);
}
