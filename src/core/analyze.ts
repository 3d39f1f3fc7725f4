import type { Candidate, DetectionContext, Detector } from './detect/detector';
import { DETECTORS } from './detect/registry';
import { overlapsAny, parseTranscript } from './transcript';
import type { AnalyzeOptions, Finding } from './types';

/** Findings below this confidence are dropped at the `balanced` sensitivity. */
export const BALANCED_MIN_CONFIDENCE = 0.5;

interface Ranked extends Candidate {
  detector: string;
  priority: number;
}

/**
 * Finds likely identifiers in `text`. Offsets are UTF-16 indices into `text` exactly as given
 * (callers strip a leading BOM first). Same text and options, same findings.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, detectors: readonly Detector[] = DETECTORS): Finding[] {
  const structure = parseTranscript(text, options.format);
  const context: DetectionContext = { text, structure, options };
  const ignored = new Set((options.ignore ?? []).map((form) => form.trim().toLocaleLowerCase()));
  const enabled = options.enabledTypes ? new Set(options.enabledTypes) : undefined;
  const minConfidence = options.sensitivity === 'balanced' ? BALANCED_MIN_CONFIDENCE : 0;

  const candidates: Ranked[] = [];
  for (const detector of detectors) {
    for (const candidate of detector.detect(context)) {
      if (candidate.end <= candidate.start || candidate.start < 0 || candidate.end > text.length) continue;
      if (overlapsAny(structure.protectedSpans, candidate.start, candidate.end)) continue;
      if (ignored.has(text.slice(candidate.start, candidate.end).toLocaleLowerCase())) continue;
      candidates.push({ ...candidate, detector: detector.id, priority: detector.priority });
    }
  }

  return resolveOverlaps(candidates)
    .filter((finding) => finding.confidence >= minConfidence && (!enabled || enabled.has(finding.type)))
    .map(({ start, end, type, confidence, reason, detector }) => ({
      start,
      end,
      type,
      confidence: Math.round(confidence * 100) / 100,
      reason,
      text: text.slice(start, end),
      detector,
    }));
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
  const kept: Ranked[] = [];
  for (const candidate of byStrength) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
