import { eachChunkResult } from './chunk-memo';
import type { ChunkText } from './chunks';
import { parseLocalStructure, withDeclaredLabelCodes, type TranscriptStructure } from './transcript';
import type { Span, TranscriptFormat } from './types';

/** Per-document memo of each chunk's own structure (labels and protected spans), keyed by chunk text. */
export interface StructureCache {
  format?: TranscriptFormat;
  chunks: Map<string, TranscriptStructure>;
}

/**
 * The document's structure for the document-level step, parsed a chunk at a time so that typing re-parses only the
 * chunk that changed. Labels and protected spans are found line by line, so a chunk (a paragraph, a turn, a cue) shows
 * its own; the label codes a key declares are the one part that needs the whole text, read over the union.
 */
export function documentStructure(text: string, chunks: readonly ChunkText[], format: TranscriptFormat, cache: StructureCache): TranscriptStructure {
  if (cache.format !== format) {
    cache.format = format;
    cache.chunks = new Map();
  }
  const protectedSpans: Span[] = [];
  const speakers: TranscriptStructure['speakers'] = [];
  cache.chunks = eachChunkResult(
    chunks,
    cache.chunks,
    (chunkText) => parseLocalStructure(chunkText, format),
    (local, chunkStart) => {
      // Chunks come in order and each one's spans are sorted and merged, so the union stays sorted.
      for (const span of local.protectedSpans) protectedSpans.push({ start: span.start + chunkStart, end: span.end + chunkStart });
      for (const label of local.speakers) speakers.push({ ...label, start: label.start + chunkStart, end: label.end + chunkStart });
    },
  );
  return withDeclaredLabelCodes(text, { format, protectedSpans, speakers });
}
