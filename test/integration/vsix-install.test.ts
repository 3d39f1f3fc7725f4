/**
 * The packaged extension works once installed: run with `npm run test:vsix` (packages, installs the .vsix into the
 * headless VS Code with `--install-extension`, and runs the suite against it). Skipped in a normal run.
 */
import * as assert from 'node:assert/strict';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findingsAt, waitForDiagnostics } from './helpers/diagnostics';
import { rangeOf, workspaceFile } from './helpers/workspace';

const EXTENSION_ID = 'transcript-redactor.transcript-redactor';

describe('installed .vsix', function () {
  before(function () {
    if (!process.env.TR_VSIX) this.skip();
  });

  it('is the installed copy, holding the bundles and samples but no sources or node_modules', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const root = extension.extensionPath;
    assert.match(root, new RegExp(`${path.sep}ext${path.sep}transcript-redactor\\.transcript-redactor-`), `loaded from ${root}`);
    // vsce stores the licence as LICENSE.txt.
    for (const file of ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/scan-worker.js', 'dist/export-worker.js', 'THIRD-PARTY-NOTICES.md', 'samples/interview-01.txt', 'media/views-icon.svg', 'LICENSE.txt']) {
      assert.ok(existsSync(path.join(root, file)), `${file} missing from the .vsix`);
    }
    for (const absent of ['src', 'node_modules', 'test', 'out', 'tsconfig.json']) {
      assert.ok(!existsSync(path.join(root, absent)), `${absent} should not ship in the .vsix`);
    }
  });

  it('activates and flags a name in a transcript', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    assert.ok(extension.isActive);
    // Its own file: earlier tests may already have redacted the shared fixtures.
    const file = workspaceFile('vsix-check/interview.transcript');
    await fs.mkdir(path.dirname(file.fsPath), { recursive: true });
    await fs.writeFile(file.fsPath, 'INTERVIEWER: And who drove you?\n\nP04: My neighbour, Maria Gonzalez, most weeks.\n');
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    const nameInText = rangeOf(document, 'Maria Gonzalez');
    const diagnostics = await waitForDiagnostics(
      document,
      (current) => findingsAt(current, 'PERSON', nameInText).length > 0,
      'a PERSON diagnostic on "Maria Gonzalez" from the installed extension',
    );
    assert.equal(document.getText(findingsAt(diagnostics, 'PERSON', nameInText)[0]?.range), 'Maria Gonzalez');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await fs.rm(path.dirname(file.fsPath), { recursive: true, force: true });
  });
});
