/**
 * The quick-fix menu as a user drives it: cursor on a name, Ctrl+., arrow keys to "Redact all in the project", Enter.
 * Key presses and screenshots go through the launcher's UI bridge (code-server route only). For the README:
 * `TR_SCREENSHOT_DIR=docs/images TR_TEST_GREP="quick-fix menu" node scripts/vscode-test/run.mjs`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitForDiagnostics } from './helpers/diagnostics';
import { pressKey, screenshot, visibleText } from './helpers/ui';
import { rangeOf, workspaceFile } from './helpers/workspace';

const NAME = 'Maria Gonzalez';

/** Lets the workbench paint what just changed; only for pictures, never for assertions. */
function settle(ms = 600): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once `document` reads as `accept` wants (checked now and on every change of it). */
function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean, what: string, guardMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (): boolean => {
      if (!accept(document.getText())) return false;
      subscription.dispose();
      clearTimeout(guard);
      resolve();
      return true;
    };
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) done();
    });
    const guard = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, guardMs);
    done();
  });
}

/**
 * Presses Ctrl+. and returns the menu's text. On a loaded machine the first press can arrive before the editor has
 * focus or the menu can take long to fill, so, like a user, it presses again (at most three times) if no menu shows.
 */
async function openQuickFixMenu(): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await pressKey('Control+.');
    const menu = await visibleText('.action-widget', 'Redact', 15_000);
    if (menu) return menu;
    await pressKey('Escape');
  }
  return '';
}

describe('the quick-fix menu in the workbench', function () {
  this.timeout(120_000); // room for the menu's retries on a loaded machine
  let samples: vscode.Uri | undefined;
  let keyBefore: Uint8Array | undefined;
  const keyFile = (): vscode.Uri => workspaceFile('.redaction/mapping.json');

  before(async function () {
    if (!process.env.TR_UI_BRIDGE) this.skip(); // key presses need the code-server launcher
    keyBefore = await vscode.workspace.fs.readFile(keyFile()).then((bytes) => bytes, () => undefined);
    samples = await vscode.commands.executeCommand<vscode.Uri>('transcriptRedactor.openSampleCorpus', workspaceFile(''), { open: false });
    assert.ok(samples, 'the sample transcripts were copied into the workspace');
  });

  after(async () => {
    for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (samples) await vscode.workspace.fs.delete(samples, { recursive: true, useTrash: false });
    if (keyBefore) await vscode.workspace.fs.writeFile(keyFile(), keyBefore);
    else await vscode.workspace.fs.delete(keyFile(), { useTrash: false }).then(undefined, () => undefined);
  });

  it('Ctrl+. on a name, arrow keys to "Redact all in the project", Enter: every form is replaced', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(samples!, 'interview-01.txt'));
    const editor = await vscode.window.showTextDocument(document);
    const name = rangeOf(document, NAME);
    await waitForDiagnostics(document, (current) => current.some((d) => codeOf(d) === 'PERSON' && d.range.isEqual(name)), `a PERSON finding on "${NAME}"`);

    // Where the project-wide fix sits in the menu (the menu lists the provider's fixes in order).
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, name, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const index = actions.findIndex((action) => /^Redact all \d+ in the project \(\d+ files\)$/.test(action.title));
    assert.ok(index > 0, actions.map((action) => action.title).join(' | '));
    const title = actions[index].title;

    const cursor = name.start.translate(0, 3);
    editor.selection = new vscode.Selection(cursor, cursor);
    editor.revealRange(name, vscode.TextEditorRevealType.InCenterIfOutsideViewport);

    const menu = await openQuickFixMenu();
    assert.match(menu, new RegExp(title.replace(/[()[\]]/g, '\\$&')), `the menu shows the project-wide fix: ${menu}`);
    for (let step = 0; step < index; step++) await pressKey('ArrowDown');
    const focused = await visibleText('.action-widget .monaco-list-row.focused', '', 5_000);
    assert.equal(focused.trim(), title, 'the arrow keys reached the project-wide fix');
    await settle();
    await screenshot('quick-fix-menu');

    await pressKey('Enter');
    await waitForText(document, (text) => !text.includes(NAME), `no "${NAME}" left in ${document.uri.fsPath}`);
    assert.match(document.lineAt(name.start.line).text, /^\[00:00:11\] \[PERSON_\d+\]: Sure\./);
    await waitForDiagnostics(document, (current) => !current.some((d) => document.getText(d.range).includes('[PERSON_')), 'diagnostics without the redacted name');
    await settle();
    await screenshot('after-project-redaction');
  });
});
