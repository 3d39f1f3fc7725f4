import type { Span } from './types';

/** A chunk's text and where it starts in the document: sliced once per analysis, shared by every step. */
export interface ChunkText {
  start: number;
  text: string;
}

/** Each chunk's text, in order. */
export function chunkTexts(text: string, chunks: readonly Span[]): ChunkText[] {
  return chunks.map((chunk) => ({ start: chunk.start, text: text.slice(chunk.start, chunk.end) }));
}

/** Blocks larger than this are split into lines, so a long block does not defeat the per-chunk cache. */
export const MAX_CHUNK_LENGTH = 4000;

/**
 * Splits text into analysis chunks: paragraphs, speaker turns, caption cues (runs of lines between blank lines),
 * with long blocks split into lines. Chunks cover the text exactly, in order. Detectors only ever see one chunk,
 * so a finding depends on its chunk alone: that is what makes incremental re-analysis equal to a full one.
 */
export function splitIntoChunks(text: string): Span[] {
  const chunks: Span[] = [];
  const blankLine = /\r?\n[ \t]*\r?\n/g;
  let start = 0;
  for (let match = blankLine.exec(text); match; match = blankLine.exec(text)) {
    // A chunk ends after the blank line that closes it; further blank lines start the next chunk.
    const end = match.index + match[0].length;
    pushSplit(text, start, end, chunks);
    start = end;
  }
  if (start < text.length || chunks.length === 0) pushSplit(text, start, text.length, chunks);
  return chunks;
}

function pushSplit(text: string, start: number, end: number, chunks: Span[]): void {
  if (end - start <= MAX_CHUNK_LENGTH) {
    chunks.push({ start, end });
    return;
  }
  // A long block (a transcript with one turn per line and no blank lines) is split at every line end: boundaries
  // that depend on content, not on offsets, so typing in one line leaves every other chunk's cache entry valid.
  for (let lineEnd = text.indexOf('\n', start); lineEnd !== -1 && lineEnd + 1 < end; lineEnd = text.indexOf('\n', start)) {
    chunks.push({ start, end: lineEnd + 1 });
    start = lineEnd + 1;
  }
  chunks.push({ start, end });
}
