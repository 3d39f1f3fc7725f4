import * as path from 'node:path';
import { listCorpusFiles, readCorpusFile, type CorpusFile } from '../corpus-files';
import { type Mapping, MappingError } from '../mapping';
import { loadMappingFile, saveMappingFileIfUnchanged } from '../mapping-file';
import { redactText, type Redaction } from '../redact';
import { formatForPath } from '../transcript';
import type { Finding, FindingType } from '../types';
import { describeFsError, nodeExportFs, type ExportFs } from './export-fs';
import { outputFolderState, unsafeFolderReason } from './folders';
import { checkFolderForLeaks, createFormFinder } from './leak-check';
import { byType, LOG_CSV, LOG_MARKDOWN, renderLogCsv, renderLogMarkdown, type LogInput } from './log';
import { lineAndColumnOf, originalOffset, planFile, unresolvedFindingsOf } from './plan';
import { publishStaging, removeStaleStaging, stagingFolderFor } from './publish';
import { resolveUnresolved, type Document } from './resolve';
import type { ExportedFile, ExportProgress, ExportRunResult, ExportSettings, LeakReport } from './types';

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
 */
export async function runExport(settings: ExportSettings, hooks: ExportHooks = {}): Promise<ExportRunResult> {
  const fs = hooks.fs ?? nodeExportFs;
  const cwd = settings.cwd ?? process.cwd();
  const source = path.resolve(cwd, settings.source);
  const out = path.resolve(cwd, settings.out);
  const keyPath = path.resolve(cwd, settings.keyPath);
  const progress = hooks.onProgress ?? (() => undefined);
  const stopIfCancelled = (): void => {
    if (hooks.signal?.aborted) throw new ExportCancelledError();
  };
  let mapping = await loadMappingFile(keyPath);
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

  // Pass 1: read everything, and ask the engine what the key leaves uncovered.
  const documents = new Map<CorpusFile, Document & { hadBom: boolean }>();
  let unresolved = new Map<CorpusFile, Finding[]>();
  for (const [index, file] of files.entries()) {
    stopIfCancelled();
    progress({ phase: 'analysing', done: index, total: files.length });
    const read = await readCorpusFile(file.absolutePath, settings.maxBytes);
    if (!read.ok) {
      problems.push({ path: file.displayPath, message: read.reason });
      continue;
    }
    const document = { text: read.text, hadBom: read.hadBom, format: formatForPath(file.absolutePath) };
    documents.set(file, document);
    if (problems.length > 0) continue; // the export will be refused; no need to analyse
    const findings = unresolvedFindingsOf(document.text, document.format, mapping, settings.sensitivity);
    if (findings.length) unresolved.set(file, findings);
  }
  if (problems.length > 0) {
    return { ...refuse(`${problems.length} path(s) could not be read; nothing was exported (an export must be complete)`), problems };
  }
  stopIfCancelled();
  let generalisations = new Map<CorpusFile, Redaction[]>();
  let keyUpdated = false;
  if (unresolved.size > 0 && settings.redactUnresolved) {
    const resolution = resolveUnresolved(documents, unresolved, mapping, settings.sensitivity);
    const loaded = mapping;
    ({ mapping, unresolved, generalisations } = resolution);
    if (resolution.keyChanged) {
      // Saved before anything is exported, so an export never uses a token the key does not have; and only over the
      // key it planned from, so an entity a quick fix added meanwhile is never lost.
      if (!(await saveMappingFileIfUnchanged(keyPath, loaded, mapping))) {
        mapping = loaded;
        return refuse('the project key changed while the export was running (a redaction in the editor?); nothing was exported. Run the export again');
      }
      keyUpdated = true;
    }
  }

  const plans = [...documents].map(([file, document]) =>
    planFile({
      ...document,
      relativePath: file.relativePath,
      mapping,
      generalisations: generalisations.get(file),
      unresolved: unresolved.get(file) ?? [],
    }),
  );
  const summaries = plans.map((plan) => plan.summary);
  if (unresolved.size > 0 && !settings.allowUnresolved) {
    return { outcome: { status: 'unresolved', files: summaries, sourcePaths: [...documents.keys()].map((file) => file.displayPath) }, mapping, problems };
  }
  const collision = findCollision(summaries);
  if (collision) return refuse(`two files would be exported as ${collision}; rename one of the originals`);

  // Pass 2: write to staging, check, log, publish.
  await removeStaleStaging(out, fs);
  const staging = stagingFolderFor(out);
  try {
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.mkdir(staging);
    hooks.onStagingCreated?.(staging);
    for (const [index, plan] of plans.entries()) {
      stopIfCancelled();
      progress({ phase: 'writing', done: index, total: plans.length });
      const target = path.join(staging, ...plan.summary.outputPath.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, plan.output, { encoding: 'utf8', flag: 'wx' });
      await hooks.afterFileWritten?.(index + 1);
    }

    stopIfCancelled();
    progress({ phase: 'checking', done: 0, total: plans.length });
    const accepted = new Map(plans.map((plan) => [plan.summary.outputPath, plan.unresolvedFindings.map((finding) => finding.text)]));
    const leakReport = await checkFolderForLeaks(staging, mapping, fs, {
      transcripts: new Set(summaries.map((summary) => summary.outputPath)),
      accepted: settings.allowUnresolved ? accepted : undefined,
      sensitivity: settings.sensitivity,
    });
    if (leakReport.hits.length > 0) {
      await fs.rm(staging, { recursive: true, force: true });
      const fileByOutput = new Map([...documents.keys()].map((file, index) => [plans[index].summary.outputPath, { file, plan: plans[index] }]));
      const hits = leakReport.hits.map((hit) => {
        const origin = fileByOutput.get(hit.file);
        if (!origin) return hit;
        if (hit.offset === undefined) return { ...hit, sourcePath: origin.file.displayPath };
        const text = documents.get(origin.file)?.text ?? '';
        const { line, column } = lineAndColumnOf(text, originalOffset(hit.offset, origin.plan.edits));
        return { ...hit, sourcePath: `${origin.file.displayPath}:${line}:${column}` };
      });
      return { outcome: { status: 'leak', leakReport: { ...leakReport, hits } }, mapping, problems };
    }

    const logInput = buildLogInput(settings, mapping, summaries, leakReport, unresolved.size > 0 ? 'kept' : settings.redactUnresolved && (keyUpdated || generalisations.size > 0) ? 'tokens' : 'none');
    const logs = [
      { name: LOG_MARKDOWN, text: renderLogMarkdown(logInput) },
      { name: LOG_CSV, text: renderLogCsv(logInput) },
    ];
    // The logs' own wording ("made by Transcript Redactor") is ours, not data: a key form that happens to match it
    // (a tool name flagged in a transcript and given a token) is no leak. Paths and globs are checked as before.
    const wording = logWording(logInput);
    const finder = createFormFinder(mapping);
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
    progress({ phase: 'done', done: plans.length, total: plans.length });
    return {
      outcome: { status: 'exported', files: summaries, leakReport, keyUpdated, generalised: [...generalisations.values()].reduce((sum, list) => sum + list.length, 0), ...(keptPreviousAt ? { replacedFolderKeptAt: keptPreviousAt } : {}) },
      mapping,
      problems,
    };
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof MappingError || error instanceof ExportCancelledError) throw error;
    return refuse(`could not write the export (${describeFsError(error)}); nothing was exported and ${settings.out} is unchanged`);
  }
}

/** The logs' fixed text (everything but file names, globs and settings), lower-cased, to tell wording from data. */
function logWording(input: LogInput): string {
  const skeleton: LogInput = { ...input, files: [], settings: input.settings.map((setting) => ({ ...setting, value: '' })) };
  return `${renderLogMarkdown(skeleton)}\n${renderLogCsv(skeleton)}`.toLowerCase();
}

/** Two originals that redact to the same name (or differ only in case) cannot both be exported. */
function findCollision(files: readonly ExportedFile[]): string | undefined {
  const seen = new Set<string>();
  for (const file of files) {
    const key = file.outputPath.toLowerCase();
    if (seen.has(key)) return file.outputPath;
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
