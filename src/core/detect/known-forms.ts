import type { Candidate, Detector } from './detector';
import { escapeRegExp, wordBoundedPattern } from '../text';
import type { KnownForm } from '../types';

/** Every occurrence of a form the project already knows (the key, or confirmed elsewhere), in any case. */
export const knownForms: Detector = {
  id: 'known-forms',
  priority: 100,
  detect({ text, options }) {
    const forms = options.knownForms ?? [];
    if (forms.length === 0) return [];
    const { typeByForm, pattern } = compiledForms(forms);
    pattern.lastIndex = 0;
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

interface CompiledForms {
  typeByForm: Map<string, KnownForm>;
  pattern: RegExp;
}

/**
 * Compiled once per list of forms, not once per chunk: a corpus can confirm thousands of forms. Keyed by the forms'
 * content (not the array, which a caller may change in place); only the latest list is kept (a big one takes MBs).
 */
const compiled = new Map<string, CompiledForms>();
const COMPILED_LISTS_KEPT = 1;

function compiledForms(forms: readonly KnownForm[]): CompiledForms {
  const cacheKey = forms.map((known) => `${known.form}\u0000${known.type}\u0000${known.token ?? ''}`).join('\u0001');
  let entry = compiled.get(cacheKey);
  if (!entry) {
    const typeByForm = new Map<string, KnownForm>();
    for (const known of forms) {
      const key = known.form.trim().toLocaleLowerCase();
      if (key) typeByForm.set(key, known);
    }
    // Longest first, so "Maria Gonzalez" wins over "Maria" in one alternation.
    const alternatives = [...typeByForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    entry = { typeByForm, pattern: wordBoundedPattern(alternatives.join('|'), 'giu') };
    if (compiled.size >= COMPILED_LISTS_KEPT) compiled.delete(compiled.keys().next().value as string);
    compiled.set(cacheKey, entry);
  }
  return entry;
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.\p{L}{2,}$|:\/\/|^www\./u;

/** True when [start, end) lies inside an e-mail address or URL (the run of non-space characters around it). */
function insideAddress(text: string, start: number, end: number): boolean {
  const before = /[^\s<>()[\]"'`,;]*$/.exec(text.slice(Math.max(0, start - 200), start))?.[0] ?? '';
  const after = /^[^\s<>()[\]"'`,;]*/.exec(text.slice(end, end + 200))?.[0] ?? '';
  if (before === '' && after === '') return false;
  return ADDRESS.test(`${before}${text.slice(start, end)}${after}`.replace(/[.,;:!?]+$/, ''));
}
