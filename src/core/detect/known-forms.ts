import type { Candidate, Detector } from './detector';
import { FormIndex } from '../form-index';
import type { KnownForm } from '../types';
import { NEVER_NAMES } from './lexicon/cues';
import { isEverydayForeignWord } from './lexicon/foreign-words';
import { PUBLIC_FIGURE_SURNAMES } from './lexicon/public-names';

/** Every occurrence of a form the project already knows (the key, or confirmed elsewhere), in any case. */
export const knownForms: Detector = {
  id: 'known-forms',
  priority: 100,
  detect({ text, options }) {
    const forms = options.knownForms ?? [];
    if (forms.length === 0) return [];
    const { typeByForm, index } = compiledForms(forms);
    const found: Candidate[] = [];
    for (const { start, end, key } of index.matches(text)) {
      const known = typeByForm.get(key);
      if (!known) continue;
      // A person confirmed in another transcript by its context there, a weekday or month (`Sunday Okoro`'s `Sunday`)
      // or a public figure's surname, is that person only where its own context says so: the detectors decide here.
      if (known.type === 'PERSON' && !known.token && !key.includes(' ') && (NEVER_NAMES.has(key) || PUBLIC_FIGURE_SURNAMES.has(key))) continue;
      // `Mamá Lucha` confirms `Lucha`, but `lucha, lucha` in lower case is the Spanish word (`fight`), like any everyday
      // word of another language that is someone's name elsewhere.
      if (known.type === 'PERSON' && !known.token && !key.includes(' ') && isEverydayForeignWord(key) && !/\p{Lu}/u.test(text.slice(start, end))) continue;
      // Inside an address (`bookings@millbrook-centre.example.org`) the contact detector takes the whole of it;
      // winning here on priority would leave the rest of the address unredacted.
      if (insideAddress(text, start, end)) continue;
      found.push({
        start,
        end,
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
  index: FormIndex;
}

/**
 * Compiled once per list of forms, not once per chunk: a corpus can confirm thousands of forms. Keyed by the list
 * itself (analysis options are treated as read-only while they are in use), so looking it up costs nothing per chunk.
 */
const compiled = new WeakMap<readonly KnownForm[], CompiledForms>();

function compiledForms(forms: readonly KnownForm[]): CompiledForms {
  let entry = compiled.get(forms);
  if (!entry) {
    const typeByForm = new Map<string, KnownForm>();
    for (const known of forms) {
      const key = known.form.trim().toLocaleLowerCase();
      if (key) typeByForm.set(key, known);
    }
    entry = { typeByForm, index: new FormIndex(typeByForm.keys()) };
    compiled.set(forms, entry);
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
