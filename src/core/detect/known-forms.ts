import type { Candidate, Detector } from './detector';
import { escapeRegExp, wordBoundedPattern } from '../text';

/** Every occurrence of a form the project already knows (the key, or confirmed elsewhere), in any case. */
export const knownForms: Detector = {
  id: 'known-forms',
  priority: 100,
  detect({ text, options }) {
    const forms = options.knownForms ?? [];
    if (forms.length === 0) return [];
    const typeByForm = new Map<string, (typeof forms)[number]>();
    for (const known of forms) {
      const key = known.form.trim().toLocaleLowerCase();
      if (key) typeByForm.set(key, known);
    }
    // Longest first, so "Maria Gonzalez" wins over "Maria" in one alternation.
    const alternatives = [...typeByForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const pattern = wordBoundedPattern(alternatives.join('|'), 'giu');
    const found: Candidate[] = [];
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const known = typeByForm.get(match[0].toLocaleLowerCase());
      if (!known) continue;
      // Inside an address (`bookings@millbrook-centre.example.org`) the contact detector takes the whole of it;
      // winning here on priority would leave the rest of the address unredacted.
      if (insideAddress(text, match.index, match.index + match[0].length)) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        type: known.type,
        confidence: 0.99,
        reason: known.token ? `known form of ${known.token} in the project key` : 'known form confirmed elsewhere in the project',
      });
    }
    return found;
  },
};

const ADDRESS = /^[^\s@]+@[^\s@]+\.\p{L}{2,}$|:\/\/|^www\./u;

/** True when [start, end) lies inside an e-mail address or URL (the run of non-space characters around it). */
function insideAddress(text: string, start: number, end: number): boolean {
  const before = /[^\s<>()[\]"'`,;]*$/.exec(text.slice(Math.max(0, start - 200), start))?.[0] ?? '';
  const after = /^[^\s<>()[\]"'`,;]*/.exec(text.slice(end, end + 200))?.[0] ?? '';
  if (before === '' && after === '') return false;
  return ADDRESS.test(`${before}${text.slice(start, end)}${after}`.replace(/[.,;:!?]+$/, ''));
}
