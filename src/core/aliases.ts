import { isTitleWord } from './detect/lexicon/cues';
import type { Mapping } from './mapping';
import { formKey } from './mapping-forms';
import type { FindingType } from './types';

/**
 * Another name for a person already in the key: `Maria` or `Mrs. Gonzalez` when the key has `Maria Gonzalez`,
 * `Maria Gonzalez` when it has `Maria`, `Dr. Maria Gonzalez` when it has `Maria Gonzalez`. Only a match with exactly
 * one person counts: with `Maria Gonzalez` and `Maria Lopez` in the key, `Maria` could be either; and a full name is
 * matched to a one-word name by its given name only, since `Pedro Gonzalez` may be a relative of `Mrs. Gonzalez`.
 * Anything else is left to the user ("Same as…").
 */
export function likelyAliasOf(mapping: Mapping, type: FindingType, text: string): string | undefined {
  return new AliasIndex(mapping).find(type, text);
}

/** The key's person names by first and last word, kept up to date as forms are added, for many lookups in a row. */
export class AliasIndex {
  /** Token → that person's names, as word lists. */
  private readonly names = new Map<string, string[][]>();
  /** A name word → the tokens with a name of two or more words that starts or ends with it. */
  private readonly byEndWord = new Map<string, Set<string>>();
  /** A one-word name, or a whole name joined by spaces → tokens. */
  private readonly byWholeName = new Map<string, Set<string>>();

  constructor(mapping: Mapping) {
    for (const entity of mapping.entities) {
      if (entity.type === 'PERSON') for (const form of entity.forms) this.add(entity.token, form);
    }
  }

  add(token: string, form: string): void {
    const words = nameWords(form);
    if (words.length === 0) return;
    const names = this.names.get(token) ?? [];
    names.push(words);
    this.names.set(token, names);
    addTo(this.byWholeName, words.join(' '), token);
    if (words.length > 1) {
      addTo(this.byEndWord, words[0], token);
      addTo(this.byEndWord, words[words.length - 1], token);
    }
  }

  /** The one person `text` is likely another name for, by token; undefined when none or several. */
  find(type: FindingType, text: string): string | undefined {
    if (type !== 'PERSON') return undefined;
    const words = nameWords(text);
    if (words.length === 0) return undefined;
    const candidates = new Set(this.byWholeName.get(words.join(' ')) ?? []);
    if (words.length === 1) {
      for (const token of this.byEndWord.get(words[0]) ?? []) candidates.add(token);
    } else {
      // By the given name only: `Pedro Gonzalez` may be a relative of the `Mrs. Gonzalez` in the key.
      for (const token of this.byWholeName.get(words[0]) ?? []) {
        // `Maria Lopez` is not the `Maria` who is already `Maria Gonzalez`.
        if (!this.hasOtherFullName(token, words)) candidates.add(token);
      }
    }
    return candidates.size === 1 ? [...candidates][0] : undefined;
  }

  private hasOtherFullName(token: string, words: readonly string[]): boolean {
    const last = words[words.length - 1];
    return (this.names.get(token) ?? []).some((name) => name.length > 1 && name[name.length - 1] !== last);
  }
}

/** The name's words without leading titles, compared by `formKey` (any case, curly apostrophes, possessive). */
function nameWords(form: string): string[] {
  const words = form.split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && isTitleWord(words[first])) first++;
  return words.slice(first).map(formKey).filter(Boolean);
}

function addTo(index: Map<string, Set<string>>, key: string, token: string): void {
  const tokens = index.get(key) ?? new Set<string>();
  tokens.add(token);
  index.set(key, tokens);
}
