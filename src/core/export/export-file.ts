/**
 * The export's work on one transcript, run on a worker thread or in this one with the same result: each task
 * reads its original again, so no pass holds the corpus in memory. Results carry findings, counts and leak hits;
 * only `analyse` returns text (the unresolved findings', which --redact-unresolved puts in the key).
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { readCorpusFile } from '../corpus-files';
import type { Mapping } from '../mapping';
import type { Redaction } from '../redact';
import { formatForPath } from '../transcript-format';
import type { Sensitivity } from '../types';
import { errorCode, type ExportFs } from './export-fs';
import { createFormFinder, type FormFinder } from './leak-check';
import { leaksInFile } from './leak-check-engine';
import { NO_FINDINGS, packFindings, packSummary, unpackFindings, type PackedFindings, type PackedSummary } from './packed-findings';
import { lineAndColumnOf, originalOffset, planFile, unresolvedFindingsOf } from './plan';
import type { ExportedFile, LeakHit } from './types';

/** What every task of one pass shares; sent once to each worker. */
export interface ExportPassContext {
  mapping: Mapping;
  sensitivity: Sensitivity;
  maxBytes?: number;
  /** Write pass: the staging folder. */
  staging?: string;
  /** Write pass: the findings the user keeps are no leak. */
  allowUnresolved?: boolean;
}

interface FileTask {
  /** Absolute path of the original. */
  path: string;
  /** The digest the first pass read: a file edited since then would not match its findings' offsets. */
  digest?: string;
  /** Age and date generalisations decided for this file (--redact-unresolved). */
  generalisations?: readonly Redaction[];
}

export type ExportTask =
  /** Reads the file and, with `analyse`, lists what the key (and generalisations) leave uncovered. */
  | (FileTask & { kind: 'analyse'; analyse: boolean })
  /** The log's summary of the file, without writing it (for the "unresolved" report). */
  | (FileTask & { kind: 'plan'; relativePath: string; unresolved: PackedFindings })
  /** Writes the redacted copy to staging, reads it back and checks it for leaks. */
  | (FileTask & { kind: 'write'; relativePath: string; displayPath: string; unresolved: PackedFindings });

/** Why a task could not do its work; the export is refused, nothing is written. */
export type TaskProblem =
  | { ok: false; problem: 'unreadable'; reason: string }
  | { ok: false; problem: 'changed' }
  | { ok: false; problem: 'write'; code?: string; message: string };

/** `findings`: what the key leaves uncovered, packed (see packed-findings.ts). */
export type AnalyseResult = { ok: true; digest: string; findings: PackedFindings } | TaskProblem;
export type PlanResult = { ok: true; summary: ExportedFile } | TaskProblem;
export type WriteResult = { ok: true; summary: PackedSummary; hits: LeakHit[] } | TaskProblem;
export type ExportTaskResult = AnalyseResult | PlanResult | WriteResult;

const finders = new WeakMap<ExportPassContext, FormFinder>();

/** Runs one task; `fs` is used for the staging folder only (originals are read as the corpus reader reads them). */
export async function runExportTask(task: ExportTask, context: ExportPassContext, fs: ExportFs): Promise<ExportTaskResult> {
  const read = await readCorpusFile(task.path, context.maxBytes);
  if (!read.ok) return { ok: false, problem: 'unreadable', reason: read.reason };
  const digest = digestOf(read.text, read.hadBom);
  if (task.digest !== undefined && task.digest !== digest) return { ok: false, problem: 'changed' };
  const format = formatForPath(task.path);
  if (task.kind === 'analyse') {
    // Only what resolving and planning use, packed: on a corpus with no key yet, these are every finding in it.
    const findings = task.analyse ? packFindings(unresolvedFindingsOf(read.text, format, context.mapping, context.sensitivity, task.generalisations)) : NO_FINDINGS;
    return { ok: true, digest, findings };
  }
  const plan = planFile({
    text: read.text,
    hadBom: read.hadBom,
    relativePath: task.relativePath,
    format,
    mapping: context.mapping,
    generalisations: task.generalisations,
    unresolved: unpackFindings(task.unresolved),
  });
  if (task.kind === 'plan') return { ok: true, summary: plan.summary };

  const outputPath = plan.summary.outputPath;
  let written: string;
  try {
    const target = path.join(context.staging ?? '', ...outputPath.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, plan.output, { encoding: 'utf8', flag: 'wx' });
    // The check reads what is on disk, not what was meant to be written.
    written = (await fs.readFile(target, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return { ok: false, problem: 'write', code: errorCode(error), message: error instanceof Error ? error.message : String(error) };
  }
  let finder = finders.get(context);
  if (!finder) finders.set(context, (finder = createFormFinder(context.mapping)));
  const accepted = context.allowUnresolved ? plan.unresolvedFindings.map((finding) => finding.text) : undefined;
  const hits = leaksInFile(outputPath, written, finder, context.mapping, { transcript: true, accepted, sensitivity: context.sensitivity }).map((hit) => {
    // Where it comes from in the original, for the user's terminal (never written).
    if (hit.offset === undefined) return { ...hit, sourcePath: task.displayPath };
    const { line, column } = lineAndColumnOf(read.text, originalOffset(hit.offset, plan.edits));
    return { ...hit, sourcePath: `${task.displayPath}:${line}:${column}` };
  });
  return { ok: true, summary: packSummary(plan.summary), hits };
}

function digestOf(text: string, hadBom: boolean): string {
  return createHash('sha256').update(hadBom ? '\uFEFF' : '').update(text).digest('hex');
}
