/** Finds files in the fixture workspace the launcher opened (a temporary copy of test/fixtures/workspace). */
import * as vscode from 'vscode';

export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the launcher should open test/fixtures/workspace');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a fixture file in an editor, as a user would, and returns its document. */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The range of the `occurrence`-th (0-based) match of `text` in the document; fails loudly if absent. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = document.getText().indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" occurs fewer than ${occurrence + 1} time(s) in ${document.uri.fsPath}`);
  }
  return new vscode.Range(document.positionAt(index), document.positionAt(index + text.length));
}
