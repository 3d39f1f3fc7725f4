/**
 * "Open Sample Transcripts": copies the synthetic transcripts bundled with the extension (samples/) into a new folder
 * the user chooses, then opens it, so the walkthrough can be followed without real data.
 */
import * as vscode from 'vscode';

/** The folder created inside the one the user picks; a number is appended if it already exists. */
const SAMPLE_FOLDER_NAME = 'transcript-redactor-samples';

export interface OpenSampleOptions {
  /** Open the copied folder in this window (default true). Tests pass false. */
  open?: boolean;
}

/**
 * Copies the samples into `parent` (asked for when omitted) and opens the copy. Returns the new folder, or undefined
 * when the user cancelled.
 */
export async function openSampleCorpus(
  extensionUri: vscode.Uri,
  parent?: vscode.Uri,
  options: OpenSampleOptions = {},
): Promise<vscode.Uri | undefined> {
  const target = parent ?? (await pickParentFolder());
  if (!target) return undefined;
  const source = vscode.Uri.joinPath(extensionUri, 'samples');
  const destination = await freeFolder(target);
  try {
    await vscode.workspace.fs.createDirectory(destination);
    await copyFolder(source, destination);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Could not copy the sample transcripts to {0}: {1}', destination.fsPath, reason),
    );
    return undefined;
  }
  if (options.open !== false) {
    await vscode.commands.executeCommand('vscode.openFolder', destination, { forceNewWindow: false });
  }
  return destination;
}

async function pickParentFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: vscode.l10n.t('Copy Samples Here'),
    title: vscode.l10n.t('Choose where to put a copy of the sample transcripts'),
  });
  return picked?.[0];
}

/** `parent/transcript-redactor-samples`, or `…-2`, `…-3` if taken, so an earlier copy is never overwritten. */
async function freeFolder(parent: vscode.Uri): Promise<vscode.Uri> {
  for (let attempt = 1; ; attempt++) {
    const candidate = vscode.Uri.joinPath(parent, attempt === 1 ? SAMPLE_FOLDER_NAME : `${SAMPLE_FOLDER_NAME}-${attempt}`);
    if (!(await exists(candidate))) return candidate;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function copyFolder(source: vscode.Uri, destination: vscode.Uri): Promise<void> {
  for (const [name, type] of await vscode.workspace.fs.readDirectory(source)) {
    const from = vscode.Uri.joinPath(source, name);
    const to = vscode.Uri.joinPath(destination, name);
    if (type & vscode.FileType.Directory) {
      await vscode.workspace.fs.createDirectory(to);
      await copyFolder(from, to);
    } else if (type & vscode.FileType.File) {
      await vscode.workspace.fs.copy(from, to, { overwrite: false });
    }
  }
}

/** This extension's id (`publisher.name` in package.json). */
const EXTENSION_ID = 'transcript-redactor.transcript-redactor';

/** Command entry point: optional arguments `(parentFolder: Uri, options: OpenSampleOptions)`, as tests pass them. */
export function openSampleCorpusCommand(...args: unknown[]): Promise<vscode.Uri | undefined> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  const [parent, options] = args;
  return openSampleCorpus(
    extension.extensionUri,
    parent instanceof vscode.Uri ? parent : undefined,
    typeof options === 'object' && options !== null ? (options as OpenSampleOptions) : {},
  );
}
