/**
 * The first time the server creates a project key in a git repository where the key is not ignored, tells the user
 * (once per workspace folder, remembered in workspaceState) that the key re-identifies participants, and offers to add
 * it to .gitignore.
 */
import * as vscode from 'vscode';
import { appendToGitignore, keyExposure } from './key-gitignore';

const WARNED_STATE_KEY = 'transcriptRedactor.keyGitignoreWarned';
export const ADD_TO_GITIGNORE = 'Add to .gitignore';

export async function warnIfKeyMayBeCommitted(context: vscode.ExtensionContext, keyFile: string, output: vscode.LogOutputChannel): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(keyFile));
  const folderId = folder?.uri.toString() ?? vscode.Uri.file(keyFile).toString();
  const warned = context.workspaceState.get<string[]>(WARNED_STATE_KEY, []);
  const exposure = await keyExposure(keyFile, warned.includes(folderId));
  if (!exposure) return;
  // Remembered before asking: the question is asked once, whatever the answer.
  await context.workspaceState.update(WARNED_STATE_KEY, [...warned, folderId]);
  const message =
    `Transcript Redactor: the project key ${vscode.workspace.asRelativePath(keyFile)} links every token to the real name, so it ` +
    're-identifies participants. It is in a git repository and not ignored: do not commit or share it.';
  const choice = exposure.line
    ? await vscode.window.showWarningMessage(message, ADD_TO_GITIGNORE)
    : await vscode.window.showWarningMessage(message);
  if (choice !== ADD_TO_GITIGNORE || !exposure.line) return;
  try {
    await appendToGitignore(exposure.repositoryRoot, exposure.line);
    output.info(`Added ${exposure.line} to ${exposure.repositoryRoot}/.gitignore`);
  } catch (error) {
    void vscode.window.showErrorMessage(`Transcript Redactor: could not update .gitignore (${error instanceof Error ? error.message : String(error)}).`);
  }
}
