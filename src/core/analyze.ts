import { splitIntoChunks } from './chunks';
import type { Candidate, DetectionContext, Detector } from './detect/detector';
import { DETECTORS } from './detect/registry';
import { ignoredForms } from './options';
import { propagateWithinDocument } from './propagate';
import { overlapsAny, parseTranscript, sniffFormat } from './transcript';
import type { AnalyzeOptions, Finding } from './types';

/** Findings below this confidence are dropped at the `balanced` sensitivity. */
export const BALANCED_MIN_CONFIDENCE = 0.5;

/**
 * Per-document memo of chunk results, keyed by chunk text. Pass the same cache on every keystroke and only the
 * chunks that changed are analysed again; the result is identical to a fresh analysis.
 */
export interface AnalysisCache {
  optionsKey?: string;
  chunks: Map<string, Finding[]>;
}

export function createAnalysisCache(): AnalysisCache {
  return { chunks: new Map() };
}

interface Ranked extends Candidate {
  detector: string;
  priority: number;
}

/**
 * Finds likely identifiers in `text`. Offsets are UTF-16 indices into `text` exactly as given
 * (callers strip a leading BOM first). Same text and options, same findings.
 */
export function analyze(
  text: string,
  options: AnalyzeOptions = {},
  cache: AnalysisCache = createAnalysisCache(),
  detectors: readonly Detector[] = DETECTORS,
): Finding[] {
  const format = options.format ?? sniffFormat(text);
  const chunkOptions: AnalyzeOptions = { ...options, format };
  const optionsKey = JSON.stringify(chunkOptions);
  if (cache.optionsKey !== optionsKey) {
    cache.chunks.clear();
    cache.optionsKey = optionsKey;
  }

  const used = new Map<string, Finding[]>();
  const findings: Finding[] = [];
  for (const chunk of splitIntoChunks(text)) {
    const chunkText = text.slice(chunk.start, chunk.end);
    let local = used.get(chunkText) ?? cache.chunks.get(chunkText);
    if (!local) local = analyzeChunk(chunkText, chunkOptions, detectors);
    used.set(chunkText, local);
    for (const finding of local) findings.push({ ...finding, start: finding.start + chunk.start, end: finding.end + chunk.start });
  }
  // Keep only what this version of the document uses, so the cache never outgrows the document.
  cache.chunks = used;

  return finalize(propagateWithinDocument(text, findings, chunkOptions, format), options);
}

/** Runs every detector over one chunk and resolves overlaps. Offsets are relative to the chunk. */
function analyzeChunk(text: string, options: AnalyzeOptions, detectors: readonly Detector[]): Finding[] {
  const structure = parseTranscript(text, options.format);
  const context: DetectionContext = { text, structure, options };
  const ignored = ignoredForms(options);

  const candidates: Ranked[] = [];
  for (const detector of detectors) {
    for (const candidate of detector.detect(context)) {
      if (candidate.end <= candidate.start || candidate.start < 0 || candidate.end > text.length) continue;
      if (overlapsAny(structure.protectedSpans, candidate.start, candidate.end)) continue;
      if (ignored.has(text.slice(candidate.start, candidate.end).toLocaleLowerCase())) continue;
      candidates.push({ ...candidate, detector: detector.id, priority: detector.priority });
    }
  }
  return resolveOverlaps(candidates).map(({ start, end, type, confidence, reason, detector }) => ({
    start,
    end,
    type,
    confidence: Math.round(confidence * 100) / 100,
    reason,
    text: text.slice(start, end),
    detector,
  }));
}

/** Applies the caller's sensitivity and type filters; these never change what is cached. */
function finalize(findings: Finding[], options: AnalyzeOptions): Finding[] {
  const enabled = options.enabledTypes ? new Set(options.enabledTypes) : undefined;
  const minConfidence = options.sensitivity === 'balanced' ? BALANCED_MIN_CONFIDENCE : 0;
  return findings.filter((finding) => finding.confidence >= minConfidence && (!enabled || enabled.has(finding.type)));
}

/** Keeps the best candidate of each overlapping group: higher priority, then longer, then more confident. */
function resolveOverlaps(candidates: Ranked[]): Ranked[] {
  const byStrength = [...candidates].sort(
    (a, b) =>
      b.priority - a.priority ||
      b.end - b.start - (a.end - a.start) ||
      b.confidence - a.confidence ||
      a.start - b.start ||
      a.detector.localeCompare(b.detector),
  );
  // `kept` stays sorted by start and non-overlapping, so each check is a binary search.
  const kept: Ranked[] = [];
  for (const candidate of byStrength) {
    if (overlapsAny(kept, candidate.start, candidate.end)) continue;
    kept.splice(insertionIndex(kept, candidate.start), 0, candidate);
  }
  return kept;
}

function insertionIndex(sorted: readonly Ranked[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}
