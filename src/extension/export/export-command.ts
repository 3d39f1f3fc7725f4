/**
 * Transcript Redactor: Export Redacted Corpus. The language server runs the export (it owns the key); this side picks
 * the folders, shows a cancellable progress notification and turns the outcome into messages with next steps.
 * Called with `{ outDir, mode?, force? }` it asks nothing and resolves with the server's reply (tests, automation).
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { SETTINGS_SECTION, KEY_LOCATION_REQUEST, type KeyLocation, type KeyLocationParams } from '../../server/protocol';
import {
  CANCEL_EXPORT_REQUEST,
  EXPORT_PROGRESS_REQUEST,
  EXPORT_REQUEST,
  UNRESOLVED_MODES,
  type ExportIdParams,
  type ExportParams,
  type ExportProgressReply,
  type ExportReply,
  type SourcePosition,
  type UnresolvedMode,
} from '../../server/export-protocol';
import type { ServerConnection } from '../language-client';
import { readClientSettings } from '../settings';
import { defaultOutputFolder, exportGlobsFor, outputFolderProblem } from './export-paths';

export const EXPORT_FOLDER_SETTING = 'export.folder';
const PROGRESS_POLL_MS = 250;
const PHASE_LABELS: Record<ExportProgressReply['phase'], string> = {
  analysing: 'Checking the key covers every finding',
  writing: 'Writing redacted copies',
  checking: 'Checking the copy for leaks',
  done: 'Done',
};

/** The command's argument for runs without questions. */
export interface ExportCommandArgs {
  outDir: string;
  mode?: UnresolvedMode;
  force?: boolean;
  /** Which workspace folder to export (default: the first). */
  folderUri?: string;
}

interface ExportRequest {
  folder: vscode.WorkspaceFolder;
  out: string;
  force: boolean;
  mode: UnresolvedMode;
}

export async function exportCorpusCommand(server: ServerConnection, argument?: unknown): Promise<ExportReply | undefined> {
  if (argument !== undefined) return exportWithoutQuestions(server, parseArgs(argument));
  const folder = await pickWorkspaceFolder();
  if (!folder) return undefined;
  const keyFile = await keyFileOf(server, folder);
  const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder.uri).get<string>(EXPORT_FOLDER_SETTING);
  const suggested = defaultOutputFolder(folder.uri.fsPath, setting);
  const settingProblem = setting?.trim() ? outputFolderProblem(suggested, folder.uri.fsPath, keyFile) : undefined;
  if (settingProblem) {
    void vscode.window.showErrorMessage(`Transcript Redactor: the setting ${SETTINGS_SECTION}.${EXPORT_FOLDER_SETTING} cannot be used: ${settingProblem}.`);
    return undefined;
  }
  const picked = await vscode.window.showSaveDialog({
    title: 'Export a redacted copy of the corpus to this new folder',
    saveLabel: 'Export Here',
    defaultUri: vscode.Uri.file(suggested),
  });
  if (!picked) return undefined;
  const out = picked.fsPath;
  const problem = outputFolderProblem(out, folder.uri.fsPath, keyFile);
  if (problem) {
    void vscode.window.showErrorMessage(`Transcript Redactor: ${problem}.`);
    return undefined;
  }
  let force = false;
  if (await isNonEmptyFolder(picked)) {
    const replace = await vscode.window.showWarningMessage(
      `${out} already exists and is not empty. Replace it? An earlier export is replaced; anything else there is moved aside, not deleted.`,
      { modal: true },
      'Replace',
    );
    if (replace !== 'Replace') return undefined;
    force = true;
  }
  if (!(await offerToSaveEdits(folder))) return undefined;
  return exportInteractively(server, { folder, out, force, mode: 'stop' });
}

/** The export reads the files on disk: unsaved edits (a redaction just applied) would silently be missing. */
async function offerToSaveEdits(folder: vscode.WorkspaceFolder): Promise<boolean> {
  const dirty = vscode.workspace.textDocuments.filter(
    (document) => document.isDirty && vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() === folder.uri.toString(),
  );
  if (dirty.length === 0) return true;
  const choice = await vscode.window.showWarningMessage(
    `${dirty.length} file(s) in ${folder.name} have unsaved changes, and the export reads the saved files. Save them first?`,
    { modal: true },
    'Save and Export',
    'Export Saved Versions',
  );
  if (choice === 'Save and Export') return (await Promise.all(dirty.map((document) => document.save()))).every(Boolean);
  return choice === 'Export Saved Versions';
}

function parseArgs(argument: unknown): ExportCommandArgs {
  const args = (typeof argument === 'object' && argument !== null ? argument : {}) as Partial<ExportCommandArgs>;
  if (typeof args.outDir !== 'string' || !args.outDir) throw new Error('exportCorpus: give { outDir } (the folder to create)');
  if (args.mode !== undefined && !UNRESOLVED_MODES.includes(args.mode)) {
    throw new Error(`exportCorpus: mode must be one of ${UNRESOLVED_MODES.join(', ')}`);
  }
  return { outDir: args.outDir, mode: args.mode, force: args.force === true, folderUri: args.folderUri };
}

async function exportWithoutQuestions(server: ServerConnection, args: ExportCommandArgs): Promise<ExportReply> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = args.folderUri ? folders.find((candidate) => candidate.uri.toString() === args.folderUri) : folders[0];
  if (!folder) return { status: 'refused', reason: 'open the folder of transcripts to export first' };
  const problem = outputFolderProblem(args.outDir, folder.uri.fsPath, await keyFileOf(server, folder));
  if (problem) return { status: 'refused', reason: problem };
  return runWithProgress(server, { folder, out: args.outDir, force: args.force === true, mode: args.mode ?? 'stop' });
}

/** Runs the export and offers what to do next; "Export Anyway" and "Redact Remaining" run it again. */
async function exportInteractively(server: ServerConnection, request: ExportRequest): Promise<ExportReply> {
  const reply = await runWithProgress(server, request);
  switch (reply.status) {
    case 'exported':
      void showExported(reply);
      break;
    case 'unresolved': {
      const perFile = reply.files.map((file) => `${file.path} (${file.count})`).join(', ');
      const choice = await vscode.window.showWarningMessage(
        `Not exported: ${reply.total} finding(s) in ${reply.files.length} file(s) are not covered by the project key: ${perFile}. ` +
          'Nothing was written. Redact them or mark them "not an identifier", or choose how to export them.',
        'Open First File',
        'Export Anyway',
        'Redact Remaining',
      );
      if (choice === 'Open First File' && reply.files[0]) await openAt(reply.files[0]);
      if (choice === 'Export Anyway') return exportInteractively(server, { ...request, mode: 'allow-unresolved' });
      if (choice === 'Redact Remaining') return exportInteractively(server, { ...request, mode: 'redact-unresolved' });
      break;
    }
    case 'leak': {
      const listed = reply.hits.slice(0, 5).map((hit) => `${hit.source ? `${hit.source.path}:${hit.source.line}:${hit.source.column}` : hit.where}: ${hit.what}`);
      const more = reply.hits.length > listed.length ? ` and ${reply.hits.length - listed.length} more` : '';
      const first = reply.hits.find((hit) => hit.source)?.source;
      const choice = await vscode.window.showErrorMessage(
        `Not exported: the leak check found ${reply.hits.length} possible leak(s) in the redacted copy, so nothing was written. ${listed.join('; ')}${more}.`,
        ...(first ? ['Open First'] : []),
      );
      if (choice === 'Open First' && first) await openAt(first);
      break;
    }
    case 'refused': {
      const choice = await vscode.window.showErrorMessage(`Transcript Redactor could not export: ${reply.reason}.`, ...(reply.keyFile && /key/.test(reply.reason) ? ['Open Key'] : []));
      if (choice === 'Open Key' && reply.keyFile) await vscode.window.showTextDocument(vscode.Uri.file(reply.keyFile));
      break;
    }
    case 'cancelled':
      void vscode.window.showInformationMessage('Export cancelled; nothing was written.');
      break;
  }
  return reply;
}

async function showExported(reply: Extract<ExportReply, { status: 'exported' }>): Promise<void> {
  const notes = [
    reply.kept ? `${reply.kept} unresolved finding(s) were kept as they are (recorded in the log).` : '',
    reply.generalised ? `${reply.generalised} age/date finding(s) were generalised.` : '',
    reply.keyUpdated ? 'New entities were added to the project key.' : '',
    reply.replacedFolderKeptAt ? `The folder's previous contents were moved to ${reply.replacedFolderKeptAt}.` : '',
  ].filter(Boolean);
  const choice = await vscode.window.showInformationMessage(
    `Exported ${reply.files} file(s) to ${reply.out}: ${reply.replacements} replacement(s), leak check passed. ${notes.join(' ')}`.trim(),
    'Open Log',
    'Reveal Folder',
  );
  if (choice === 'Open Log') await vscode.window.showTextDocument(vscode.Uri.file(reply.logFile));
  if (choice === 'Reveal Folder') await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(reply.out));
}

/** Sends the export to the server under a cancellable notification that shows the server's progress. */
function runWithProgress(server: ServerConnection, request: ExportRequest): Thenable<ExportReply> {
  const { globs, unknown } = exportGlobsFor(readClientSettings().include);
  if (unknown.length) {
    void vscode.window.showWarningMessage(
      `Transcript Redactor: the export cannot tell which files on disk are of language ${unknown.join(', ')} ` +
        `(${SETTINGS_SECTION}.files.include); add a file pattern such as *.ext there to export them.`,
    );
  }
  const params: ExportParams = {
    id: randomUUID(),
    folderUri: request.folder.uri.toString(),
    out: request.out,
    force: request.force,
    mode: request.mode,
    include: globs,
    exclude: [],
  };
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Exporting redacted corpus', cancellable: true },
    async (progress, token) => {
      const idParams: ExportIdParams = { id: params.id };
      const cancel = token.onCancellationRequested(() => void server.sendRequest<boolean>(CANCEL_EXPORT_REQUEST, idParams));
      let reported = 0;
      const poll = setInterval(() => {
        void server.sendRequest<ExportProgressReply | null>(EXPORT_PROGRESS_REQUEST, idParams).then((current) => {
          if (!current) return;
          // Each phase is a third of the bar; VS Code's increments are relative, so send the difference.
          const phaseIndex = ['analysing', 'writing', 'checking', 'done'].indexOf(current.phase);
          const percent = Math.min(100, (phaseIndex * 100 + (current.total ? (current.done / current.total) * 100 : 0)) / 3);
          const counter = current.total && current.phase !== 'checking' ? ` (${current.done + 1} of ${current.total})` : '';
          progress.report({ message: `${PHASE_LABELS[current.phase]}${counter}`, increment: Math.max(0, percent - reported) });
          reported = Math.max(reported, percent);
        }, () => undefined);
      }, PROGRESS_POLL_MS);
      try {
        return await server.sendRequest<ExportReply>(EXPORT_REQUEST, params);
      } finally {
        clearInterval(poll);
        cancel.dispose();
      }
    },
  );
}

async function pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Transcript Redactor: open the folder of transcripts you want to export first.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder of transcripts should be exported?' });
}

async function keyFileOf(server: ServerConnection, folder: vscode.WorkspaceFolder): Promise<string | undefined> {
  const location = await server.sendRequest<KeyLocation>(KEY_LOCATION_REQUEST, { uri: folder.uri.toString() } satisfies KeyLocationParams);
  return location.file;
}

async function isNonEmptyFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.readDirectory(uri)).length > 0;
  } catch {
    return false;
  }
}

async function openAt(position: SourcePosition): Promise<void> {
  const place = new vscode.Position(Math.max(0, position.line - 1), Math.max(0, position.column - 1));
  await vscode.window.showTextDocument(vscode.Uri.parse(position.uri), { selection: new vscode.Range(place, place) });
}
