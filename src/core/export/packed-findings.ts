/**
 * One file's uncovered findings as a single string, the way they travel between threads and wait between passes.
 * With an empty key and --allow-unresolved these are every finding of the corpus (some 240,000 on 20 MB): as objects
 * in the main thread they came to about 100 bytes each; packed, to their JSON (about 30). JSON also copies each text,
 * so a kept finding never keeps the whole file text it was sliced from alive.
 */
import { FINDING_TYPES, type FindingType } from '../types';
import type { ExportedFile, UncoveredFinding } from './types';

/** `[[typeIndex, start, end, text], …]` as JSON; '' when there are none. */
export type PackedFindings = string;

export const NO_FINDINGS: PackedFindings = '';

export function packFindings(findings: readonly UncoveredFinding[]): PackedFindings {
  if (findings.length === 0) return NO_FINDINGS;
  return JSON.stringify(findings.map(({ type, start, end, text }) => [FINDING_TYPES.indexOf(type), start, end, text]));
}

export function unpackFindings(packed: PackedFindings): UncoveredFinding[] {
  if (packed === NO_FINDINGS) return [];
  return (JSON.parse(packed) as [number, number, number, string][]).map(([type, start, end, text]) => ({
    type: FINDING_TYPES[type] as FindingType,
    start,
    end,
    text,
  }));
}

/**
 * A file's summary as the write pass sends it back: the kept findings' positions packed (`[[typeIndex, line, column,
 * length], …]` as JSON), about 20 characters each instead of an object of four properties. Unpacked only once the
 * workers are gone, for the log and the caller.
 */
export type PackedSummary = Omit<ExportedFile, 'unresolved'> & { unresolved: string };

export function packSummary(summary: ExportedFile): PackedSummary {
  const positions = summary.unresolved.map(({ type, line, column, length }) => [FINDING_TYPES.indexOf(type), line, column, length]);
  return { ...summary, unresolved: positions.length ? JSON.stringify(positions) : '' };
}

export function unpackSummary(packed: PackedSummary): ExportedFile {
  const positions = packed.unresolved ? (JSON.parse(packed.unresolved) as [number, number, number, number][]) : [];
  return {
    ...packed,
    unresolved: positions.map(([type, line, column, length]) => ({ type: FINDING_TYPES[type] as FindingType, line, column, length })),
  };
}
