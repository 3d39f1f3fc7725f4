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
export function documentStructure(text: string, chunks: readonly Span[], format: TranscriptFormat, cache: StructureCache): TranscriptStructure {
  if (cache.format !== format) {
    cache.format = format;
    cache.chunks = new Map();
  }
  const used = new Map<string, TranscriptStructure>();
  const protectedSpans: Span[] = [];
  const speakers: TranscriptStructure['speakers'] = [];
  for (const chunk of chunks) {
    const chunkText = text.slice(chunk.start, chunk.end);
    let local = used.get(chunkText) ?? cache.chunks.get(chunkText);
    if (!local) local = parseLocalStructure(chunkText, format);
    used.set(chunkText, local);
    // Chunks come in order and each one's spans are sorted and merged, so the union stays sorted.
    for (const span of local.protectedSpans) protectedSpans.push({ start: span.start + chunk.start, end: span.end + chunk.start });
    for (const label of local.speakers) speakers.push({ ...label, start: label.start + chunk.start, end: label.end + chunk.start });
  }
  // Only what this version of the document uses, so the memo never outgrows the document.
  cache.chunks = used;
  return withDeclaredLabelCodes(text, { format, protectedSpans, speakers });
}
