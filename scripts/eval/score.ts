import type { FindingType, Span } from '../../src/core/types';
import { FINDING_TYPES } from '../../src/core/types';
import type { GoldSpan } from './corpus';

/** A span some system flagged in one document. */
export interface Prediction extends Span {
  doc: string;
  type: FindingType;
  text: string;
  reason?: string;
}

/**
 * Scores for one type (or overall). Matching rules:
 * - a gold `direct`/`quasi` span is *found* when any prediction in the same doc overlaps it (whatever its type:
 *   a masked span is masked); `typed` also needs the same type; `exact` needs the same start and end;
 * - a prediction is a *true positive* when it overlaps a gold `direct`/`quasi` span, otherwise a *false positive*;
 *   `noneHits` counts the false positives that overlap a gold `none` span (annotated, must not be masked).
 */
export interface Scores {
  label: string;
  gold: number;
  found: number;
  typed: number;
  exact: number;
  predicted: number;
  truePositives: number;
  falsePositives: number;
  noneHits: number;
  recall: number;
  precision: number;
  /** Precision if hits on `none` spans were forgiven. */
  precisionExcludingNone: number;
  f1: number;
}

export interface Report {
  byType: Scores[];
  overall: Scores;
  direct: Scores;
  misses: GoldSpan[];
  falsePositives: Prediction[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function scoreCorpus(gold: readonly GoldSpan[], predictions: readonly Prediction[]): Report {
  const positives = gold.filter((span) => span.identifier !== 'none');
  const predsByDoc = groupByDoc(predictions);
  const goldByDoc = groupByDoc(gold);

  const goldResults = positives.map((span) => {
    const hits = (predsByDoc.get(span.doc) ?? []).filter((pred) => overlaps(pred, span));
    return {
      span,
      found: hits.length > 0,
      typed: hits.some((pred) => pred.type === span.type),
      exact: hits.some((pred) => pred.start === span.start && pred.end === span.end),
    };
  });
  const predResults = predictions.map((pred) => {
    const hits = (goldByDoc.get(pred.doc) ?? []).filter((span) => overlaps(pred, span));
    const positive = hits.some((span) => span.identifier !== 'none');
    return { pred, positive, none: !positive && hits.some((span) => span.identifier === 'none') };
  });

  const build = (label: string, goldFilter: (span: GoldSpan) => boolean, predFilter: (pred: Prediction) => boolean): Scores => {
    const g = goldResults.filter((result) => goldFilter(result.span));
    const p = predResults.filter((result) => predFilter(result.pred));
    const found = g.filter((result) => result.found).length;
    const truePositives = p.filter((result) => result.positive).length;
    const noneHits = p.filter((result) => result.none).length;
    const recall = ratio(found, g.length);
    const precision = ratio(truePositives, p.length);
    return {
      label,
      gold: g.length,
      found,
      typed: g.filter((result) => result.typed).length,
      exact: g.filter((result) => result.exact).length,
      predicted: p.length,
      truePositives,
      falsePositives: p.length - truePositives,
      noneHits,
      recall,
      precision,
      precisionExcludingNone: ratio(truePositives, p.length - noneHits),
      f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision),
    };
  };

  const byType = FINDING_TYPES.filter(
    (type) => positives.some((span) => span.type === type) || predictions.some((pred) => pred.type === type),
  ).map((type) => build(type, (span) => span.type === type, (pred) => pred.type === type));
  return {
    byType,
    overall: build('overall', () => true, () => true),
    direct: build('direct only', (span) => span.identifier === 'direct', () => false),
    misses: goldResults.filter((result) => !result.found).map((result) => result.span),
    falsePositives: predResults.filter((result) => !result.positive).map((result) => result.pred),
  };
}

/** Recall and precision of an empty set are 1 (nothing to find, nothing wrongly flagged). */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function groupByDoc<T extends { doc: string }>(items: readonly T[]): Map<string, T[]> {
  const byDoc = new Map<string, T[]>();
  for (const item of items) {
    const list = byDoc.get(item.doc) ?? [];
    list.push(item);
    byDoc.set(item.doc, list);
  }
  return byDoc;
}

const pct = (value: number): string => (value * 100).toFixed(1).padStart(6);

/** A fixed-width table: one row per type, then overall and direct-only. */
export function formatTable(title: string, report: Report): string {
  const header = `${'type'.padEnd(13)}${'gold'.padStart(6)}${'found'.padStart(7)}${'typed'.padStart(7)}${'exact'.padStart(7)}${'recall'.padStart(8)}  ${'flags'.padStart(6)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FP@none'.padStart(9)}${'prec'.padStart(8)}${'p!none'.padStart(8)}${'F1'.padStart(8)}`;
  const line = (s: Scores, withPrecision = true): string =>
    `${s.label.padEnd(13)}${String(s.gold).padStart(6)}${String(s.found).padStart(7)}${String(s.typed).padStart(7)}${String(s.exact).padStart(7)}${pct(s.recall).padStart(8)}  ` +
    (withPrecision
      ? `${String(s.predicted).padStart(6)}${String(s.truePositives).padStart(6)}${String(s.falsePositives).padStart(6)}${String(s.noneHits).padStart(9)}${pct(s.precision).padStart(8)}${pct(s.precisionExcludingNone).padStart(8)}${pct(s.f1).padStart(8)}`
      : '');
  return [
    title,
    header,
    ...report.byType.map((s) => line(s)),
    '-'.repeat(header.length),
    line(report.overall),
    line(report.direct, false),
  ].join('\n');
}

export const MATCHING_NOTE = [
  'Matching: a gold direct/quasi span is "found" if any flag overlaps it (any type); "typed" also needs the same type;',
  '"exact" needs the same start and end. A flag is a TP if it overlaps a gold direct/quasi span, else an FP;',
  '"FP@none" are FPs that overlap a gold `none` span (annotated, must not be masked): they count as FPs in "prec";',
  '"p!none" is the lenient precision that forgives them. Recall and F1 use "found".',
].join('\n');

export function formatDetails(report: Report): string {
  const misses = report.misses.map((span) => `  MISS ${span.type}/${span.identifier} ${span.doc}@${span.start} ${JSON.stringify(span.text)}`);
  const falsePositives = report.falsePositives.map(
    (pred) => `  FP   ${pred.type} ${pred.doc}@${pred.start} ${JSON.stringify(pred.text)}${pred.reason ? ` (${pred.reason})` : ''}`,
  );
  return [`Misses (${misses.length}):`, ...misses, `False positives (${falsePositives.length}):`, ...falsePositives].join('\n');
}
