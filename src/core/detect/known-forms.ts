import type { Candidate, Detector } from './detector';
import { FormIndex } from '../form-index';
import type { KnownForm } from '../types';
import { NEVER_NAMES } from './lexicon/cues';
import { isEverydayForeignWord } from './lexicon/foreign-words';
import { FOREIGN_FUNCTION_WORDS } from './lexicon/function-words';
import { PUBLIC_FIGURE_SURNAMES } from './lexicon/public-names';

/** Every occurrence of a form the project already knows (the key, or confirmed elsewhere), in any case. */
export const knownForms: Detector = {
  id: 'known-forms',
  priority: 100,
  detect({ text, options }) {
    const keyForms = options.knownForms ?? NO_FORMS;
    const corpusForms = options.corpusForms ?? NO_FORMS;
    if (keyForms.length === 0 && corpusForms.length === 0) return [];
    const { typeByForm, keyTypeByForm, index } = compiledForms(keyForms, corpusForms);
    // The text's own corpus forms are left out (its findings keep their own reasons); the key's still count.
    const own = corpusForms.length > 0 ? ownForms(options.corpusFormsExcept) : undefined;
    const lookUp = own ? (key: string) => (own.has(key) ? keyTypeByForm.get(key) : typeByForm.get(key)) : (key: string) => typeByForm.get(key);
    const matches = own ? index.matches(text, (key) => lookUp(key) !== undefined) : index.matches(text);
    const found: Candidate[] = [];
    for (const { start, end, key } of matches) {
      const known = lookUp(key);
      if (!known) continue;
      // A person confirmed in another transcript by its context there, a weekday or month (`Sunday Okoro`'s `Sunday`)
      // or a public figure's surname, is that person only where its own context says so: the detectors decide here.
      if (known.type === 'PERSON' && !known.token && !key.includes(' ') && (NEVER_NAMES.has(key) || PUBLIC_FIGURE_SURNAMES.has(key))) continue;
      // So is an everyday or function word of another language that another transcript confirmed as someone's name
      // (`Lola`, a grandmother in Tagalog; `Ang`, its article): the project's key still counts wherever it stands.
      if (known.type === 'PERSON' && !known.token && !key.includes(' ') && (isEverydayForeignWord(key) || FOREIGN_FUNCTION_WORDS.has(key)) && !keyTypeByForm.has(key)) continue;
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
        // The key's forms are certain; a form confirmed in another transcript is as sure as the finding there was.
        confidence: known.token || known.confidence === undefined ? 0.99 : known.confidence,
        reason: known.token ? `known form of ${known.token} in the project key` : 'known form confirmed elsewhere in the project',
      });
    }
    return found;
  },
};

interface CompiledForms {
  /** The last entry of each form (trimmed, lower case) in the key's forms and then the corpus's. */
  typeByForm: Map<string, KnownForm>;
  /** The same from the key's forms alone: what a form the text confirmed itself falls back to. */
  keyTypeByForm: Map<string, KnownForm>;
  index: FormIndex;
}

const NO_FORMS: readonly KnownForm[] = [];

/**
 * Compiled once per pair of lists, not once per chunk or per file: a corpus can confirm thousands of forms, and every
 * file of a scan gets the same list. Keyed by the lists themselves (analysis options are treated as read-only while
 * they are in use), so looking it up costs nothing per chunk.
 */
const compiled = new WeakMap<readonly KnownForm[], WeakMap<readonly KnownForm[], CompiledForms>>();

function compiledForms(keyForms: readonly KnownForm[], corpusForms: readonly KnownForm[]): CompiledForms {
  let byCorpus = compiled.get(keyForms);
  if (!byCorpus) compiled.set(keyForms, (byCorpus = new WeakMap()));
  let entry = byCorpus.get(corpusForms);
  if (!entry) {
    const keyTypeByForm = byForm(keyForms);
    const typeByForm = corpusForms.length > 0 ? byForm(corpusForms, new Map(keyTypeByForm)) : keyTypeByForm;
    entry = { typeByForm, keyTypeByForm, index: new FormIndex(typeByForm.keys()) };
    byCorpus.set(corpusForms, entry);
  }
  return entry;
}

function byForm(forms: readonly KnownForm[], into = new Map<string, KnownForm>()): Map<string, KnownForm> {
  for (const known of forms) {
    const key = known.form.trim().toLocaleLowerCase();
    if (key) into.set(key, known);
  }
  return into;
}

/** `corpusFormsExcept` as a set, made once per list (each chunk of a text gets the same one). */
const ownFormSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function ownForms(except: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (!except || except.length === 0) return undefined;
  let own = ownFormSets.get(except);
  if (!own) ownFormSets.set(except, (own = new Set(except.map((form) => form.trim().toLocaleLowerCase()))));
  return own;
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.\p{L}{2,}$|:\/\/|^www\./u;

/** True when [start, end) lies inside an e-mail address or URL (the run of non-space characters around it). */
function insideAddress(text: string, start: number, end: number): boolean {
  const before = /[^\s<>()[\]"'`,;]*$/.exec(text.slice(Math.max(0, start - 200), start))?.[0] ?? '';
  const after = /^[^\s<>()[\]"'`,;]*/.exec(text.slice(end, end + 200))?.[0] ?? '';
  if (before === '' && after === '') return false;
  return ADDRESS.test(`${before}${text.slice(start, end)}${after}`.replace(/[.,;:!?]+$/, ''));
}
