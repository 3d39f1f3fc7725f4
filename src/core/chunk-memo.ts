import type { ChunkText } from './chunks';

/**
 * Runs `compute` on the text of each chunk in turn, reusing the result of an identical chunk earlier in this document
 * or in `memo` (kept from the previous version of it), and passes each result with its chunk's start to `visit`, in
 * order. Returns the memo to keep: only the results this version uses, so it never outgrows the document. While
 * typing, only the edited chunk is computed again.
 */
export function eachChunkResult<Result>(
  chunks: readonly ChunkText[],
  memo: ReadonlyMap<string, Result>,
  compute: (chunkText: string) => Result,
  visit: (result: Result, chunkStart: number) => void,
): Map<string, Result> {
  const used = new Map<string, Result>();
  for (const { start, text } of chunks) {
    let result = used.get(text) ?? memo.get(text);
    if (result === undefined) result = compute(text);
    used.set(text, result);
    visit(result, start);
  }
  return used;
}
