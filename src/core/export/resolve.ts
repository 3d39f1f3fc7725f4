import { generaliseAgeText, generaliseDateText } from '../generalise';
import { AliasIndex } from '../aliases';
import { addEntity, addForm, cleanForm, formKey, MappingError, type Mapping } from '../mapping';
import type { Redaction } from '../redact';
import type { UncoveredFinding } from './types';

/** What the key and the generalisations leave uncovered in each file (re-reading the corpus: it is never held). */
export type Reanalyse<K> = (mapping: Mapping, generalisations: ReadonlyMap<K, Redaction[]>) => Promise<Map<K, UncoveredFinding[]>>;

export interface Resolution<K> {
  mapping: Mapping;
  /** True when entities were added to the key (it must then be saved before anything is exported). */
  keyChanged: boolean;
  generalisations: Map<K, Redaction[]>;
  /** What is still not covered afterwards (usually nothing). */
  unresolved: Map<K, UncoveredFinding[]>;
}

/** How many times new tokens are added and the corpus re-analysed before giving up on findings that cannot be covered. */
const MAX_ROUNDS = 3;

/**
 * `--redact-unresolved`: ages and dates are generalised where they stand (`[AGE 30-39]`, `[DATE 2019]`), since
 * putting "36" in the key would replace every 36 in the corpus; every other finding becomes a new entity in the key,
 * so it is replaced consistently everywhere, or joins the one person it is likely another name of (`Maria`,
 * `Mrs. Gonzalez` and `Maria Gonzalez` share a token; see aliases.ts). Repeats while re-analysis finds more (a new form can reveal others).
 */
export async function resolveUnresolved<K>(initial: Map<K, UncoveredFinding[]>, start: Mapping, reanalyse: Reanalyse<K>): Promise<Resolution<K>> {
  let mapping = start;
  let keyChanged = false;
  const generalisations = new Map<K, Redaction[]>();
  let unresolved = initial;
  // Forms the key already holds (by the key's own comparison), and texts it refused: addEntity would change nothing
  // for these, and asking it means a scan of the whole key, per finding, on a corpus with thousands of them.
  const inKey = new Set(start.entities.flatMap((entity) => entity.forms.map(formKey)));
  const refused = new Set<string>();
  const aliases = new AliasIndex(start);
  for (let round = 0; round < MAX_ROUNDS && unresolved.size > 0; round++) {
    let changed = false;
    const toKey: UncoveredFinding[] = [];
    for (const [key, findings] of unresolved) {
      for (const finding of findings) {
        const token = finding.type === 'AGE' ? generaliseAgeText(finding.text) : finding.type === 'DATE' ? generaliseDateText(finding.text) : undefined;
        const list = generalisations.get(key) ?? [];
        if (token && !list.some((other) => finding.start < other.end && other.start < finding.end)) {
          list.push({ start: finding.start, end: finding.end, newText: token, token, type: finding.type });
          generalisations.set(key, list);
          changed = true;
        } else {
          toKey.push(finding);
        }
      }
    }
    // Longest names first, so `Maria Gonzalez` is in the key before `Maria` and `Mrs. Gonzalez` join it.
    for (const finding of toKey.sort((a, b) => wordCount(b.text) - wordCount(a.text))) {
      if (refused.has(finding.text) || inKey.has(formKey(cleanForm(finding.text)))) continue;
      try {
        const alias = aliases.find(finding.type, finding.text);
        const added = alias ? { ...addForm(mapping, alias, finding.text), created: true } : addEntity(mapping, finding.type, finding.text);
        mapping = added.mapping;
        for (const form of added.entity.forms) inKey.add(formKey(form));
        if (added.entity.type === 'PERSON') aliases.add(added.entity.token, finding.text);
        if (added.created) changed = keyChanged = true;
      } catch (error) {
        if (!(error instanceof MappingError)) throw error; // e.g. a finding with no letter or digit: left unresolved
        refused.add(finding.text);
      }
    }
    if (!changed) break;
    unresolved = await reanalyse(mapping, generalisations);
  }
  return { mapping, keyChanged, generalisations, unresolved };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
