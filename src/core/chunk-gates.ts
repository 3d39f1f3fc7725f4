import { eachChunkResult } from './chunk-memo';
import type { ChunkText } from './chunks';

/** Per-document memo of each gate's answer for each chunk, keyed by the gate and the chunk's text. */
export type ChunkGateCache = Map<(chunkText: string) => boolean, Map<string, boolean>>;

/**
 * Whether any chunk passes `gate` (a cheap test of whether a document-level rule has anything to read, such as a
 * "How old ...?"), asking it again only of the chunks that changed since the last version of the document: the gate
 * need not run over the whole text on every keystroke. `gate` must be the same function from call to call.
 */
export function anyChunkPasses(chunks: readonly ChunkText[], gate: (chunkText: string) => boolean, cache: ChunkGateCache): boolean {
  let passed = false;
  cache.set(gate, eachChunkResult(chunks, cache.get(gate) ?? new Map(), gate, (result) => (passed ||= result)));
  return passed;
}
