import * as path from 'node:path';
import { listCorpusFiles, type CorpusFile } from '../corpus-files';
import { type Mapping, MappingError } from '../mapping';
import { loadMappingFile, saveMappingFileIfUnchanged } from '../mapping-file';
import { createExportPool, type ExportPool } from '../parallel/export-pool';
import { defaultJobsFor } from '../parallel/jobs';
import { redactText, type Redaction } from '../redact';
import type { FindingType } from '../types';
import type { AnalyseResult, ExportPassContext, ExportTask, PlanResult, TaskProblem, WriteResult } from './export-file';
import { describeFsError, nodeExportFs, type ExportFs } from './export-fs';
import { outputFolderState, unsafeFolderReason } from './folders';
import { createFormFinder, formLeaksInFile, listAllFiles, type FormFinder } from './leak-check';
import { byType, LOG_CSV, LOG_MARKDOWN, renderLogCsv, renderLogMarkdown, type LogInput } from './log';
import { NO_FINDINGS, packFindings, unpackFindings, unpackSummary, type PackedFindings, type PackedSummary } from './packed-findings';
import { redactRelativePath } from './paths';
import { publishStaging, removeStaleStaging, stagingFolderFor } from './publish';
import { resolveUnresolved } from './resolve';
import type { ExportedFile, ExportProgress, ExportRunResult, ExportSettings, LeakHit, LeakReport, UncoveredFinding } from './types';

export interface ExportHooks {
  fs?: ExportFs;
  onProgress?: (progress: ExportProgress) => void;
  /** Called once the staging folder exists, so a front end can remove it if the user interrupts the run. */
  onStagingCreated?: (folder: string) => void;
  /** Called after each transcript is written to the staging folder (tests use it to interrupt a run). */
  afterFileWritten?: (written: number) => Promise<void>;
  /**
   * Stops the run between files when aborted (the editor's Cancel button): the staging folder is removed, the output
   * folder is left as it was, and runExport rejects with ExportCancelledError. A key already saved by
   * redactUnresolved stays saved (its new entities are valid whether or not this export finishes).
   */
  signal?: AbortSignal;
}

/** The run was stopped through `ExportHooks.signal`; nothing was exported. */
export class ExportCancelledError extends Error {
  constructor() {
    super('export cancelled; nothing was exported');
    this.name = 'ExportCancelledError';
  }
}

/**
 * Exports a redacted copy of a corpus: reads the originals (never writes them), stops when the key leaves findings
 * unresolved (unless told otherwise), writes every file to a staging folder, checks it for leaks, writes the log,
 * and only then renames it into place. Throws MappingError for a bad key; fs errors become a `refused` outcome.
 * Streams file by file (see exportFiles), on `settings.jobs` worker threads; the output is the same for any number.
 */
export async function runExport(settings: ExportSettings, hooks: ExportHooks = {}): Promise<ExportRunResult> {
  const fs = hooks.fs ?? nodeExportFs;
  const cwd = settings.cwd ?? process.cwd();
  const source = path.resolve(cwd, settings.source);
  const out = path.resolve(cwd, settings.out);
  const keyPath = path.resolve(cwd, settings.keyPath);
  const stopIfCancelled = (): void => {
    if (hooks.signal?.aborted) throw new ExportCancelledError();
  };
  const mapping = await loadMappingFile(keyPath);
  const refuse = (reason: string): ExportRunResult => ({ outcome: { status: 'refused', reason }, mapping, problems: [] });

  const unsafe = await unsafeFolderReason(source, out, keyPath, fs);
  if (unsafe) return refuse(unsafe);
  let state: Awaited<ReturnType<typeof outputFolderState>>;
  try {
    state = await outputFolderState(out, fs);
  } catch (error) {
    return refuse(`cannot use ${settings.out} as the output folder (${describeFsError(error)})`);
  }
  if (state === 'not-a-folder') return refuse(`${settings.out} exists and is not a folder`);
  if (state === 'non-empty' && !settings.force) {
    return refuse(`${settings.out} already exists and is not empty; choose a new folder, or pass --force to replace it`);
  }

  const listing = await listCorpusFiles([settings.source], { include: settings.include, exclude: settings.exclude, cwd });
  const problems = listing.problems.map((problem) => ({ path: problem.displayPath, message: problem.message }));
  const keyReal = await fs.realpath(keyPath).catch(() => keyPath);
  const files: CorpusFile[] = [];
  for (const file of listing.files) {
    if ((await fs.realpath(file.absolutePath).catch(() => file.absolutePath)) !== keyReal) files.push(file);
  }

  const jobs = hooks.fs ? 1 : (settings.jobs ?? (await defaultJobsFor(files)));
  const pool = createExportPool({ jobs, fs, describe: (index) => files[index].displayPath });
  const run: ExportRun = { settings, hooks, fs, out, keyPath, files, problems, mapping, pool, stopIfCancelled, refuse };
  try {
    return await exportFiles(run);
  } catch (error) {
    if (error instanceof SourceChangedError) return { ...refuse(error.message), mapping: run.mapping };
    throw error;
  } finally {
    await pool.close();
  }
}

interface ExportRun {
  settings: ExportSettings;
  hooks: ExportHooks;
  fs: ExportFs;
  out: string;
  keyPath: string;
  files: readonly CorpusFile[];
  problems: { path: string; message: string }[];
  /** The key as loaded, then as saved by --redact-unresolved. */
  mapping: Mapping;
  pool: ExportPool;
  stopIfCancelled: () => void;
  refuse: (reason: string) => ExportRunResult;
}

/** An original was edited, moved or deleted during the run: what was analysed is no longer what would be written. */
class SourceChangedError extends Error {}

/**
 * The passes over the corpus, one file at a time on the pool, in file order: analyse, (resolve), write to staging
 * and check each file, then log and publish. Only per-file findings and summaries are kept between passes.
 */
async function exportFiles(run: ExportRun): Promise<ExportRunResult> {
  const { settings, hooks, fs, out, keyPath, files, problems, pool, stopIfCancelled } = run;
  let { mapping } = run;
  const refuse = (reason: string): ExportRunResult => ({ ...run.refuse(reason), mapping });
  const progress = hooks.onProgress ?? (() => undefined);
  const base = { sensitivity: settings.sensitivity, maxBytes: settings.maxBytes };
  const changed = (index: number, result: TaskProblem): SourceChangedError =>
    new SourceChangedError(
      `${files[index].displayPath} ${result.problem === 'unreadable' ? `can no longer be read (${result.reason})` : 'changed'} while the export was running; nothing was exported. Run the export again`,
    );

  // Pass 1: ask the engine what the key leaves uncovered (only reading, when some paths could not even be listed).
  const digests: string[] = [];
  // Packed (packed-findings.ts): with an empty key and --allow-unresolved, this is every finding of the corpus.
  let unresolved = new Map<number, PackedFindings>();
  const analyse = problems.length === 0;
  await eachInOrder(
    pool.run(files.length, (index) => ({ kind: 'analyse', path: files[index].absolutePath, analyse }), { ...base, mapping }) as AsyncGenerator<AnalyseResult>,
    files.length,
    (index) => {
      stopIfCancelled();
      progress({ phase: 'analysing', done: index, total: files.length });
    },
    (result, index) => {
      if (!result.ok) {
        problems.push({ path: files[index].displayPath, message: result.problem === 'unreadable' ? result.reason : 'could not be read' });
        return;
      }
      digests[index] = result.digest;
      if (result.findings !== NO_FINDINGS) unresolved.set(index, result.findings);
    },
  );
  if (problems.length > 0) {
    return { ...refuse(`${problems.length} path(s) could not be read; nothing was exported (an export must be complete)`), problems };
  }
  stopIfCancelled();
  let generalisations = new Map<number, Redaction[]>();
  let keyUpdated = false;
  if (unresolved.size > 0 && settings.redactUnresolved) {
    const reanalyse = async (next: Mapping, planned: ReadonlyMap<number, Redaction[]>): Promise<Map<number, UncoveredFinding[]>> => {
      const remaining = new Map<number, UncoveredFinding[]>();
      const tasks = pool.run(
        files.length,
        (index): ExportTask => ({ kind: 'analyse', path: files[index].absolutePath, analyse: true, digest: digests[index], generalisations: planned.get(index) }),
        { ...base, mapping: next },
      ) as AsyncGenerator<AnalyseResult>;
      await eachInOrder(tasks, files.length, stopIfCancelled, (result, index) => {
        if (!result.ok) throw changed(index, result);
        if (result.findings !== NO_FINDINGS) remaining.set(index, unpackFindings(result.findings));
      });
      return remaining;
    };
    const unpacked = new Map([...unresolved].map(([index, packed]) => [index, unpackFindings(packed)]));
    const resolution = await resolveUnresolved(unpacked, mapping, reanalyse);
    const loaded = mapping;
    ({ mapping, generalisations } = resolution);
    unresolved = new Map([...resolution.unresolved].map(([index, findings]) => [index, packFindings(findings)]));
    run.mapping = mapping;
    if (resolution.keyChanged) {
      // Saved before anything is exported, so an export never uses a token the key does not have; and only over the
      // key it planned from, so an entity a quick fix added meanwhile is never lost.
      if (!(await saveMappingFileIfUnchanged(keyPath, loaded, mapping))) {
        mapping = run.mapping = loaded;
        return refuse('the project key changed while the export was running (a redaction in the editor?); nothing was exported. Run the export again');
      }
      keyUpdated = true;
    }
  }
  const fileTask = (index: number): { path: string; relativePath: string; digest: string; generalisations?: Redaction[]; unresolved: PackedFindings } => ({
    path: files[index].absolutePath,
    relativePath: files[index].relativePath,
    digest: digests[index],
    generalisations: generalisations.get(index),
    unresolved: unresolved.get(index) ?? NO_FINDINGS,
  });
  const keptAny = unresolved.size > 0;

  if (keptAny && !settings.allowUnresolved) {
    const summaries: ExportedFile[] = [];
    const plans = pool.run(files.length, (index): ExportTask => ({ kind: 'plan', ...fileTask(index) }), { ...base, mapping }) as AsyncGenerator<PlanResult>;
    await eachInOrder(plans, files.length, stopIfCancelled, (result, index) => {
      if (!result.ok) throw changed(index, result);
      summaries.push(result.summary);
    });
    return { outcome: { status: 'unresolved', files: summaries, sourcePaths: files.map((file) => file.displayPath) }, mapping, problems };
  }
  const collision = findCollision(files.map((file) => redactRelativePath(file.relativePath, mapping)));
  if (collision) return refuse(`two files would be exported as ${collision}; rename one of the originals`);

  // Pass 2: write each file to staging and check it; then check the folder as a whole, log, publish.
  await removeStaleStaging(out, fs);
  const staging = stagingFolderFor(out);
  try {
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.mkdir(staging);
    hooks.onStagingCreated?.(staging);
    const packedSummaries: PackedSummary[] = [];
    const hitsByFile = new Map<string, LeakHit[]>();
    const context: ExportPassContext = { ...base, mapping, staging, allowUnresolved: settings.allowUnresolved };
    const writes = pool.run(
      files.length,
      (index): ExportTask => {
        const task: ExportTask = { kind: 'write', ...fileTask(index), displayPath: files[index].displayPath };
        unresolved.delete(index); // the last pass that needs them: the file's summary says where they are
        return task;
      },
      context,
    ) as AsyncGenerator<WriteResult>;
    await eachInOrder(
      writes,
      files.length,
      (index) => {
        stopIfCancelled();
        progress({ phase: 'writing', done: index, total: files.length });
      },
      async (result, index) => {
        if (!result.ok) {
          if (result.problem === 'write') throw Object.assign(new Error(result.message), { code: result.code });
          throw changed(index, result);
        }
        packedSummaries.push(result.summary);
        hitsByFile.set(result.summary.outputPath, result.hits);
        await hooks.afterFileWritten?.(index + 1);
      },
    );

    // No worker is needed after this pass: stopping them now keeps their memory (an engine each) out of the peak
    // that writing the log can reach.
    await pool.close();
    stopIfCancelled();
    progress({ phase: 'checking', done: 0, total: files.length });
    const finder = createFormFinder(mapping);
    const leakReport = await checkStaging(staging, hitsByFile, finder, fs);
    if (leakReport.hits.length > 0) {
      await fs.rm(staging, { recursive: true, force: true });
      return { outcome: { status: 'leak', leakReport }, mapping, problems };
    }

    const summaries = packedSummaries.map(unpackSummary);
    const logInput = buildLogInput(settings, mapping, summaries, leakReport, keptAny ? 'kept' : settings.redactUnresolved && (keyUpdated || generalisations.size > 0) ? 'tokens' : 'none');
    const logs = [
      { name: LOG_MARKDOWN, text: renderLogMarkdown(logInput) },
      { name: LOG_CSV, text: renderLogCsv(logInput) },
    ];
    // The logs' own wording ("made by Transcript Redactor") is ours, not data: a key form that happens to match it
    // (a tool name flagged in a transcript and given a token) is no leak. Paths and globs are checked as before.
    const wording = logWording(logInput);
    const logHits = logs.flatMap((log) =>
      finder
        .inText(log.text)
        .filter((hit) => !wording.includes(log.text.slice(hit.start, hit.end).toLowerCase()))
        .map(({ line, column, what }) => ({ file: log.name, line, column, what })),
    );
    if (logHits.length > 0) {
      await fs.rm(staging, { recursive: true, force: true });
      return { outcome: { status: 'leak', leakReport: { ...leakReport, hits: logHits } }, mapping, problems };
    }
    for (const log of logs) await fs.writeFile(path.join(staging, log.name), log.text, { encoding: 'utf8', flag: 'wx' });
    stopIfCancelled(); // the last moment a cancel is honoured: after this, the export is in place

    const { keptPreviousAt } = await publishStaging(staging, out, fs);
    progress({ phase: 'done', done: files.length, total: files.length });
    return {
      outcome: { status: 'exported', files: summaries, leakReport, keyUpdated, generalised: [...generalisations.values()].reduce((sum, list) => sum + list.length, 0), ...(keptPreviousAt ? { replacedFolderKeptAt: keptPreviousAt } : {}) },
      mapping,
      problems,
    };
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof MappingError || error instanceof ExportCancelledError || error instanceof SourceChangedError) throw error;
    return refuse(`could not write the export (${describeFsError(error)}); nothing was exported and ${settings.out} is unchanged`);
  }
}

/**
 * The staging folder's leak report, in the order of its sorted listing: each transcript was checked as it was
 * written (`checked`, by output path); anything else found there gets the form search here.
 */
async function checkStaging(
  staging: string,
  checked: ReadonlyMap<string, readonly LeakHit[]>,
  finder: FormFinder,
  fs: ExportFs,
): Promise<LeakReport> {
  const listed = await listAllFiles(staging, fs);
  const hits: LeakHit[] = [];
  for (const relativePath of listed) {
    const known = checked.get(relativePath);
    if (known) {
      hits.push(...known);
      continue;
    }
    const text = (await fs.readFile(path.join(staging, ...relativePath.split('/')), 'utf8')).replace(/^\uFEFF/, '');
    hits.push(...formLeaksInFile(relativePath, text, finder).hits);
  }
  return { filesChecked: listed.length, formsChecked: finder.formCount, hits };
}

/**
 * Consumes a pool batch in order: `before(index)` runs before waiting for result `index` (progress, cancellation),
 * `handle` after. Stopping early (a throw) stops the batch and its workers.
 */
async function eachInOrder<Result>(
  results: AsyncGenerator<Result>,
  count: number,
  before: (index: number) => void,
  handle: (result: Result, index: number) => void | Promise<void>,
): Promise<void> {
  try {
    for (let index = 0; index < count; index++) {
      before(index);
      const next = await results.next();
      if (next.done) throw new Error(`the export pool gave ${index} result(s) for ${count} file(s)`);
      await handle(next.value, index);
    }
  } finally {
    await results.return(undefined);
  }
}

/** The logs' fixed text (everything but file names, globs and settings), lower-cased, to tell wording from data. */
function logWording(input: LogInput): string {
  const skeleton: LogInput = { ...input, files: [], settings: input.settings.map((setting) => ({ ...setting, value: '' })) };
  return `${renderLogMarkdown(skeleton)}\n${renderLogCsv(skeleton)}`.toLowerCase();
}

/** Two originals that redact to the same name (or differ only in case) cannot both be exported. */
function findCollision(outputPaths: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const outputPath of outputPaths) {
    const key = outputPath.toLowerCase();
    if (seen.has(key)) return outputPath;
    seen.add(key);
  }
  return undefined;
}

function buildLogInput(
  settings: ExportSettings,
  mapping: Mapping,
  files: ExportedFile[],
  leakReport: LeakReport,
  policy: 'kept' | 'tokens' | 'none',
): LogInput {
  // Globs may name people too; they go through the key like everything else in the export.
  const globs = (list: readonly string[]): string => (list.length ? list.map((glob) => redactText(glob, mapping, { format: 'plain' })).join(', ') : 'none');
  const entityTypes: Partial<Record<FindingType, number>> = {};
  for (const entity of mapping.entities) entityTypes[entity.type] = (entityTypes[entity.type] ?? 0) + 1;
  const formCount = mapping.entities.reduce((total, entity) => total + entity.forms.length, 0);
  return {
    date: settings.now ?? new Date(),
    toolVersion: settings.toolVersion,
    settings: [
      { label: 'Sensitivity', value: settings.sensitivity },
      { label: 'Include', value: globs(settings.include) },
      { label: 'Exclude', value: globs(settings.exclude) },
      { label: 'Replaced an existing output folder (--force)', value: settings.force ? 'allowed' : 'no' },
    ],
    keySummary:
      `${mapping.entities.length} entities${mapping.entities.length ? ` (${byType(entityTypes)})` : ''}, ${formCount} forms, ` +
      `${mapping.ignore.length} words marked "not an identifier"; the key itself is not part of this export`,
    files,
    leakReport,
    unresolvedPolicy: policy === 'kept' ? 'kept (--allow-unresolved)' : policy === 'tokens' ? 'given new tokens or generalised (--redact-unresolved)' : 'none found',
  };
}
