import type { Span } from './types';

/**
 * Runs `compute` on the text of each chunk in turn, reusing the result of an identical chunk earlier in this document
 * or in `memo` (kept from the previous version of it), and passes each result with its chunk's start to `visit`, in
 * order. Returns the memo to keep: only the results this version uses, so it never outgrows the document. While
 * typing, only the edited chunk is computed again.
 */
export function eachChunkResult<Result>(
  text: string,
  chunks: readonly Span[],
  memo: ReadonlyMap<string, Result>,
  compute: (chunkText: string) => Result,
  visit: (result: Result, chunkStart: number) => void,
): Map<string, Result> {
  const used = new Map<string, Result>();
  for (const chunk of chunks) {
    const chunkText = text.slice(chunk.start, chunk.end);
    let result = used.get(chunkText) ?? memo.get(chunkText);
    if (result === undefined) result = compute(chunkText);
    used.set(chunkText, result);
    visit(result, chunk.start);
  }
  return used;
}
