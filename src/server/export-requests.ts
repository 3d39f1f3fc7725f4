/**
 * Export and preview for the VS Code client (see export-protocol.ts). They run here, in the process that owns the
 * project key: "redact remaining" adds entities to the key, and the preview must use the key the diagnostics use.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { readCorpusFile } from '../core/corpus-files';
import { ExportCancelledError, LOG_MARKDOWN, runExport, type ExportOutcome, type LeakHit } from '../core/export';
import { emptyMapping, MappingError } from '../core/mapping';
import { applyEdits, planRedactions } from '../core/redact';
import { formatForPath } from '../core/transcript-format';
import { formatForDocument } from './document-format';
import {
  CANCEL_EXPORT_REQUEST,
  EXPORT_PROGRESS_REQUEST,
  EXPORT_REQUEST,
  PREVIEW_REDACTED_REQUEST,
  type ExportIdParams,
  type ExportParams,
  type ExportProgressReply,
  type ExportReply,
  type PreviewParams,
  type PreviewReply,
  type SourcePosition,
} from './export-protocol';
import { uriToPath } from './key-location';
import type { Projects } from './project';
import type { SettingsStore } from './settings-store';

export interface ExportRequestDeps {
  documents: TextDocuments<TextDocument>;
  projects: Projects;
  settings: SettingsStore;
  /** The export saved the key (redact remaining): forget the cached key and analyse again. */
  onKeyChanged: (keyFile: string) => void;
}

interface RunningExport {
  controller: AbortController;
  progress: ExportProgressReply;
}

export function registerExportRequests(connection: Connection, deps: ExportRequestDeps): void {
  const running = new Map<string, RunningExport>();

  connection.onRequest(EXPORT_REQUEST, async (params: ExportParams, token): Promise<ExportReply> => {
    const run: RunningExport = { controller: new AbortController(), progress: { phase: 'analysing', done: 0, total: 0 } };
    running.set(params.id, run);
    token.onCancellationRequested(() => run.controller.abort());
    try {
      return await exportFolder(params, run, deps);
    } finally {
      running.delete(params.id);
    }
  });

  connection.onRequest(EXPORT_PROGRESS_REQUEST, ({ id }: ExportIdParams): ExportProgressReply | null => running.get(id)?.progress ?? null);

  connection.onRequest(CANCEL_EXPORT_REQUEST, ({ id }: ExportIdParams): boolean => {
    const run = running.get(id);
    run?.controller.abort();
    return !!run;
  });

  connection.onRequest(PREVIEW_REDACTED_REQUEST, ({ uri }: PreviewParams) => previewRedacted(uri, deps));
}

async function exportFolder(params: ExportParams, run: RunningExport, deps: ExportRequestDeps): Promise<ExportReply> {
  const folder = uriToPath(params.folderUri);
  const keyFile = await deps.projects.keyFileFor(params.folderUri);
  if (!folder || !keyFile) return { status: 'refused', reason: 'only a folder on disk can be exported' };
  const { sensitivity } = await deps.settings.get(params.folderUri);
  const out = path.resolve(params.out);
  let outcome: ExportOutcome;
  try {
    ({ outcome } = await runExport(
      {
        source: folder,
        out,
        keyPath: keyFile,
        force: params.force,
        allowUnresolved: params.mode === 'allow-unresolved',
        redactUnresolved: params.mode === 'redact-unresolved',
        include: params.include,
        exclude: params.exclude,
        sensitivity,
        toolVersion: version,
        cwd: folder,
      },
      { signal: run.controller.signal, onProgress: (progress) => (run.progress = progress) },
    ));
  } catch (error) {
    if (error instanceof ExportCancelledError) return { status: 'cancelled' };
    if (error instanceof MappingError) return { status: 'refused', reason: `the project key cannot be read: ${error.message}`, keyFile };
    return { status: 'refused', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    // "Redact remaining" saves the key before writing anything, whatever happens next.
    if (params.mode === 'redact-unresolved') deps.onKeyChanged(keyFile);
  }
  return replyFor(outcome, folder, out, keyFile);
}

function replyFor(outcome: ExportOutcome, folder: string, out: string, keyFile: string): ExportReply {
  switch (outcome.status) {
    case 'exported':
      return {
        status: 'exported',
        out,
        logFile: path.join(out, LOG_MARKDOWN),
        files: outcome.files.length,
        replacements: outcome.files.reduce((sum, file) => sum + file.replacements, 0),
        kept: outcome.files.reduce((sum, file) => sum + file.unresolved.length, 0),
        generalised: outcome.generalised,
        ...(outcome.keyUpdated ? { keyUpdated: keyFile } : {}),
        ...(outcome.replacedFolderKeptAt ? { replacedFolderKeptAt: outcome.replacedFolderKeptAt } : {}),
      };
    case 'unresolved': {
      const files = outcome.files.flatMap((file, index) => {
        const first = file.unresolved[0];
        return first ? [{ ...sourcePosition(folder, outcome.sourcePaths[index], first.line, first.column), count: file.unresolved.length }] : [];
      });
      return { status: 'unresolved', total: files.reduce((sum, file) => sum + file.count, 0), files };
    }
    case 'leak':
      return { status: 'leak', hits: outcome.leakReport.hits.map((hit) => leakHit(hit, folder)) };
    case 'refused':
      return { status: 'refused', reason: outcome.reason, keyFile };
  }
}

/** `path:line:col` (or a bare path, for a hit in a file name) in the original, as the engine reports it. */
function leakHit(hit: LeakHit, folder: string): { where: string; what: string; source?: SourcePosition } {
  const where = hit.line ? `${hit.file}:${hit.line}:${hit.column}` : hit.file;
  if (!hit.sourcePath) return { where, what: hit.what };
  const match = /^(.*):(\d+):(\d+)$/.exec(hit.sourcePath);
  const source = match
    ? sourcePosition(folder, match[1], Number(match[2]), Number(match[3]))
    : sourcePosition(folder, hit.sourcePath, 1, 1);
  return { where, what: hit.what, source };
}

function sourcePosition(folder: string, file: string, line: number, column: number): SourcePosition {
  const absolute = path.resolve(folder, file);
  return { path: path.relative(folder, absolute).split(path.sep).join('/'), uri: pathToFileURL(absolute).toString(), line, column };
}

/** The document (as the editor holds it, else as saved) with every form in the key replaced, as an export writes it. */
async function previewRedacted(uri: string, deps: ExportRequestDeps): Promise<PreviewReply> {
  const open = deps.documents.get(uri);
  const file = uriToPath(uri);
  let text: string;
  if (open) {
    text = open.getText();
  } else if (file) {
    const read = await readCorpusFile(file);
    if (!read.ok) return { ok: false, reason: `${path.basename(file)} cannot be read: ${read.reason}` };
    text = read.text;
  } else {
    return { ok: false, reason: 'the document is not open' };
  }
  const key = await deps.projects.keyStateFor(uri);
  if (key && !key.state.ok) return { ok: false, reason: `the project key cannot be read: ${key.state.error.message}` };
  const mapping = key?.state.ok ? key.state.mapping : emptyMapping();
  const format = file ? formatForPath(file) : formatForDocument(uri, open?.languageId ?? '');
  const edits = planRedactions(text, mapping, { format });
  return { ok: true, text: applyEdits(text, edits), replacements: edits.length, ...(key ? { keyFile: key.file } : {}) };
}
