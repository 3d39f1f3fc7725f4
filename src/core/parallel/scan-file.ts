/** Scanning one corpus file: the unit of work shared by the sequential scan and the worker pool. */
import { analyze } from '../analyze';
import { CONFIRMED_MIN_CONFIDENCE, confirmedForms } from '../corpus-knowledge';
import { DEFAULT_MAX_FILE_BYTES, readCorpusFile } from '../corpus-files';
import { findingsAsJsonLines } from '../finding-lines';
import { formatForPath } from '../transcript-format';
import type { AnalyzeOptions, Finding, KnownForm } from '../types';

export interface ScanFileOptions {
  /** Options for every file; `format`, when absent, comes from each file's extension (plain text is sniffed). */
  analyze?: AnalyzeOptions;
  /** Files larger than this are skipped with a reason (default: DEFAULT_MAX_FILE_BYTES). */
  maxBytes?: number;
}

/** Options for one file on top of the shared ones (e.g. the known forms of the other files in the corpus). */
export type PerFileOptions = (filePath: string, index: number) => AnalyzeOptions | undefined;

/** One file's outcome: its findings and text as analysed (BOM removed), or why it could not be read. */
export type FileScanResult =
  | { path: string; ok: true; text: string; findings: Finding[] }
  | { path: string; ok: false; reason: string };

/**
 * One file's outcome as the JSON lines report (see finding-lines.ts), UTF-8 encoded, and how many findings they hold.
 * Bytes rather than objects or a string: a worker hands the buffer over without a copy, and the thread writing the
 * report keeps nothing on its heap while results wait for their turn (with two workers, the 20 MB scan's peak fell
 * from 299–310 to 284 MB: the main thread's young generation no longer grows; docs/performance.md).
 */
export type FileLinesResult =
  | { path: string; ok: true; lines: Uint8Array; findings: number }
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
  return { path: filePath, ok: true, text: read.text, findings };
}

/** Scans one file and answers with its JSON lines report, naming it `displayPath`. */
export async function scanFileAsJsonLines(
  filePath: string,
  displayPath: string,
  options: ScanFileOptions = {},
  extra?: AnalyzeOptions,
): Promise<FileLinesResult> {
  const scanned = await scanFile(filePath, options, extra);
  if (!scanned.ok) return scanned;
  const lines = new TextEncoder().encode(findingsAsJsonLines(displayPath, scanned.findings));
  return { path: filePath, ok: true, lines, findings: scanned.findings.length };
}

/** What the pool asks of one file: its scan, the forms it confirms, or its report as JSON lines. */
export interface ScanFileRequest {
  path: string;
  /** This file's own options, on top of the shared ones. */
  extra?: AnalyzeOptions;
  /** Answer with the forms the file confirms (a FileFormsResult) instead of its text and findings. */
  formsOnly?: boolean;
  /** Answer with the file's report as JSON lines naming it this display path (a FileLinesResult). */
  jsonLinesAs?: string;
}

/** The answer to one request, in a worker or in the pool's own thread alike; `shared` adds options for every file. */
export function answerScanRequest(
  request: ScanFileRequest,
  options: ScanFileOptions,
  shared: AnalyzeOptions | undefined,
): Promise<FileScanResult | FileFormsResult | FileLinesResult> {
  if (request.formsOnly) return confirmedFormsOfFile(request.path, options);
  const extra = withShared(shared, request.extra);
  return request.jsonLinesAs === undefined ? scanFile(request.path, options, extra) : scanFileAsJsonLines(request.path, request.jsonLinesAs, options, extra);
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
