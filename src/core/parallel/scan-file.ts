/** Scanning one corpus file: the unit of work shared by the sequential scan and the worker pool. */
import { analyze } from '../analyze';
import { CONFIRMED_MIN_CONFIDENCE, confirmedForms } from '../corpus-knowledge';
import { DEFAULT_MAX_FILE_BYTES, readCorpusFile } from '../corpus-files';
import { formatForPath } from '../transcript-format';
import type { AnalyzeOptions, Finding, KnownForm } from '../types';

export interface ScanFileOptions {
  /** Options for every file; `format`, when absent, comes from each file's extension (plain text is sniffed). */
  analyze?: AnalyzeOptions;
  /** Files larger than this are skipped with a reason (default: DEFAULT_MAX_FILE_BYTES). */
  maxBytes?: number;
  /**
   * Whether each result carries the file's text (default true). A report that never shows it (JSON lines) leaves it
   * out, so a worker does not send every file's text to the thread that writes the report.
   */
  withText?: boolean;
}

/** Options for one file on top of the shared ones (e.g. the known forms of the other files in the corpus). */
export type PerFileOptions = (filePath: string, index: number) => AnalyzeOptions | undefined;

/** One file's outcome: its findings and text as analysed (BOM removed; empty when not asked for), or why it could not be read. */
export type FileScanResult =
  | { path: string; ok: true; text: string; findings: Finding[] }
  | { path: string; ok: false; reason: string };

/**
 * What pass one of a corpus scan needs from one file: the forms it confirms (see corpus-knowledge.ts), or why it
 * could not be read. Much smaller than the file's text and findings, so it crosses from a worker cheaply.
 */
export type FileFormsResult = { path: string; ok: true; forms: KnownForm[] } | { path: string; ok: false; reason: string };

/** The analysis options for one file: the extension decides the format when it is specific (.vtt, .srt, .md). */
export function analyzeOptionsForPath(filePath: string, base: AnalyzeOptions = {}): AnalyzeOptions {
  if (base.format) return base;
  const format = formatForPath(filePath);
  return format === 'plain' ? base : { ...base, format };
}

export async function scanFile(filePath: string, options: ScanFileOptions = {}, extra?: AnalyzeOptions): Promise<FileScanResult> {
  const read = await readCorpusFile(filePath, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!read.ok) return { path: filePath, ok: false, reason: read.reason };
  const base = extra ? { ...options.analyze, ...extra } : options.analyze;
  const findings = analyze(read.text, analyzeOptionsForPath(filePath, base));
  return { path: filePath, ok: true, text: options.withText === false ? '' : read.text, findings };
}

/** Scans one file and keeps only the forms it confirms: the same forms as `confirmedForms` over its scan. */
export async function confirmedFormsOfFile(filePath: string, options: ScanFileOptions = {}): Promise<FileFormsResult> {
  const scanned = await scanFile(filePath, options);
  if (!scanned.ok) return scanned;
  const confident = scanned.findings.filter((finding) => finding.confidence >= CONFIRMED_MIN_CONFIDENCE);
  return { path: filePath, ok: true, forms: confirmedForms([confident]) };
}

/** One file's options on top of a scan's shared ones (which must stay the same objects from file to file). */
export function withShared(shared: AnalyzeOptions | undefined, extra: AnalyzeOptions | undefined): AnalyzeOptions | undefined {
  return shared && extra ? { ...shared, ...extra } : (shared ?? extra);
}

/** The reference scan: one file at a time, in order, in this thread. `shared` adds options for every file. */
export async function* scanFilesSequentially(
  paths: readonly string[],
  options: ScanFileOptions = {},
  perFile?: PerFileOptions,
  shared?: AnalyzeOptions,
): AsyncGenerator<FileScanResult> {
  for (const [index, filePath] of paths.entries()) yield await scanFile(filePath, options, withShared(shared, perFile?.(filePath, index)));
}
