/**
 * README screenshots of the Identifiers view and the walkthrough, on the bundled synthetic samples. Runs only when
 * asked: `TR_SCREENSHOT_DIR=docs/images TR_TEST_GREP=screenshots node scripts/vscode-test/run.mjs`.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension/extension';
import { waitForDiagnostics } from './helpers/diagnostics';
import { screenshot } from './helpers/ui';
import { workspaceFile } from './helpers/workspace';

const EXTENSION_ID = 'transcript-redactor.transcript-redactor';

/** Lets the workbench paint what the extension host just changed; only for pictures, never for assertions. */
function settle(ms = 800): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('screenshots for the README', function () {
  let samples: vscode.Uri | undefined;
  before(function () {
    if (!process.env.TR_SCREENSHOT_DIR) this.skip();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (samples) await fs.rm(samples.fsPath, { recursive: true, force: true });
  });

  it('shows the Identifiers view and the walkthrough on the sample corpus', async () => {
    const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
    assert.ok(extension);
    const { views } = await extension.activate();
    // Best on a workspace of the samples alone (TR_TEST_WORKSPACE=samples); otherwise a copy is added to the fixture.
    let interview = workspaceFile('interview-01.txt');
    if (!(await fs.stat(interview.fsPath).catch(() => undefined))) {
      samples = await vscode.commands.executeCommand<vscode.Uri>('transcriptRedactor.openSampleCorpus', workspaceFile(''), { open: false });
      interview = vscode.Uri.joinPath(samples, 'interview-01.txt');
    }
    await views.refreshIdentifiers();

    const document = await vscode.workspace.openTextDocument(interview);
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document, (diagnostics) => diagnostics.length > 0, 'findings in the sample interview');
    await vscode.commands.executeCommand('transcriptRedactor.identifiers.focus');
    const [people] = views.identifiers.getChildren();
    assert.ok(people);
    const maria = views.identifiers.getChildren(people).find((node) => node.kind === 'entity' && node.entity.label === 'Maria Gonzalez');
    if (maria) await views.identifiersView.reveal(maria, { expand: true, select: true, focus: false });
    await vscode.commands.executeCommand('transcriptRedactor.speakers.focus');
    await vscode.commands.executeCommand('transcriptRedactor.identifiers.focus');
    await settle();
    await screenshot('identifiers-view');

    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#getStarted`, false);
    await settle(1500);
    await screenshot('walkthrough');
  });
});
