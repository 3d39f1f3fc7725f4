import { eachChunkResult } from './chunk-memo';
import { FormIndex, type FormMatch } from './form-index';
import type { ChunkText } from './chunks';

/** Per-document memo of each chunk's form matches, valid for one set of forms. */
export interface FormMatchCache {
  /** The forms the entries were found with, sorted and joined by line breaks. */
  forms?: string;
  chunks: Map<string, FormMatch[]>;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;
const WORD_CHAR_FIRST = /^[\p{L}\p{M}\p{N}_]/u;

/**
 * `new FormIndex(forms).matches(text)`, one chunk at a time, reusing the matches of chunks whose text is unchanged
 * while the forms are the same (typing changes one chunk). Identical, because every chunk but the last ends with a
 * line break: no run of word characters crosses a chunk boundary, and a form without a line break cannot match across
 * one nor end where one starts. Forms with a line break or led by punctuation (matched by a regular expression over
 * the whole text) are matched over the whole text as before.
 */
export function formMatchesByChunk(text: string, chunks: readonly ChunkText[], forms: string[], cache: FormMatchCache): FormMatch[] {
  const distinct = [...new Set(forms)].filter((form) => form !== '');
  if (distinct.some((form) => LINE_TERMINATOR.test(form) || !WORD_CHAR_FIRST.test(form))) return new FormIndex(distinct).matches(text);
  const key = distinct.sort().join('\n');
  if (cache.forms !== key) {
    cache.forms = key;
    cache.chunks = new Map();
  }
  let index: FormIndex | undefined;
  const found: FormMatch[] = [];
  cache.chunks = eachChunkResult(
    chunks,
    cache.chunks,
    (chunkText) => (index ??= new FormIndex(distinct)).matches(chunkText),
    (local, chunkStart) => {
      for (const match of local) found.push({ start: match.start + chunkStart, end: match.end + chunkStart, key: match.key });
    },
  );
  return found;
}
