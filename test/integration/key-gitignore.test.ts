/** In a real VS Code: the first key created in a git repository that does not ignore it brings a warning with "Add to .gitignore". */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { codeOf, waitForDiagnostics } from './helpers/diagnostics';
import { clickButton, visibleText } from './helpers/ui';
import { rangeOf, workspaceFile } from './helpers/workspace';

const NAME = 'Wendeline Marchbanks';
const TRANSCRIPT = 'gitignore-check/interview.transcript';

/** Resolves with the file's text once `accept` approves it, checking now and whenever a watcher sees it change. */
function waitForFile(uri: vscode.Uri, accept: (text: string) => boolean, what: string, guardMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), '*'));
    const finish = (error?: Error, text?: string): void => {
      clearTimeout(guard);
      watcher.dispose();
      if (error) reject(error);
      else resolve(text!);
    };
    const check = async (): Promise<void> => {
      const bytes = await vscode.workspace.fs.readFile(uri).then((read) => read, () => undefined);
      const text = bytes && Buffer.from(bytes).toString('utf8');
      if (text !== undefined && accept(text)) finish(undefined, text);
    };
    const guard = setTimeout(() => finish(new Error(`timed out waiting for ${what}`)), guardMs);
    watcher.onDidCreate(() => void check());
    watcher.onDidChange(() => void check());
    void check();
  });
}

describe('the project key and git', function () {
  const keyFile = (): vscode.Uri => workspaceFile('.redaction/mapping.json');
  let keyBefore: Uint8Array | undefined;

  before(async function () {
    if (!process.env.TR_UI_BRIDGE) this.skip(); // answering the notification needs the code-server launcher
    keyBefore = await vscode.workspace.fs.readFile(keyFile()).then((bytes) => bytes, () => undefined);
    await vscode.workspace.fs.delete(keyFile(), { useTrash: false }).then(undefined, () => undefined);
    // VS Code's own git extension would open the repository and fail noisily once the test removes it again.
    await vscode.workspace.getConfiguration('git').update('enabled', false, vscode.ConfigurationTarget.Workspace);
    execFileSync('git', ['init', '-q'], { cwd: workspaceFile('').fsPath });
    await vscode.workspace.fs.writeFile(workspaceFile(TRANSCRIPT), Buffer.from(`INTERVIEWER: Hello.\n\n${NAME}: Hi.\n`, 'utf8'));
  });

  after(async () => {
    await vscode.commands.executeCommand('notifications.hideList');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    for (const relative of ['.git', '.gitignore', 'gitignore-check']) {
      await vscode.workspace.fs.delete(workspaceFile(relative), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    if (keyBefore) await vscode.workspace.fs.writeFile(keyFile(), keyBefore);
    else await vscode.workspace.fs.delete(keyFile(), { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('warns once the first redaction creates the key, and "Add to .gitignore" ignores .redaction/', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(TRANSCRIPT));
    await vscode.window.showTextDocument(document);
    const name = rangeOf(document, NAME);
    await waitForDiagnostics(document, (current) => current.some((d) => codeOf(d) === 'PERSON' && d.range.isEqual(name)), `a PERSON finding on "${NAME}"`);
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, name, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const redact = actions.find((action) => action.title.startsWith('Redact as '));
    assert.ok(redact?.command, actions.map((action) => action.title).join(' | '));
    await vscode.commands.executeCommand(redact.command.command, ...(redact.command.arguments ?? []));

    await vscode.commands.executeCommand('notifications.showList');
    const warning = await visibleText('.notifications-center', 're-identifies participants', 20_000);
    assert.match(warning, /\.redaction\/mapping\.json .*re-identifies participants.*git repository/s, `notification: ${warning}`);
    assert.equal(await clickButton('^Add to \\.gitignore$', 10_000), true, 'the warning offers "Add to .gitignore"');
    const gitignore = await waitForFile(workspaceFile('.gitignore'), (text) => text.includes('.redaction/'), '.redaction/ in .gitignore');
    assert.equal(gitignore, '# The redaction key re-identifies participants: never commit it.\n.redaction/\n');
    assert.equal(execFileSync('git', ['check-ignore', '.redaction/mapping.json'], { cwd: workspaceFile('').fsPath, encoding: 'utf8' }).trim(), '.redaction/mapping.json');
  });
});
