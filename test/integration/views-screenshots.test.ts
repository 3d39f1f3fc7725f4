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

    // Review progress: one file signed off, one edited since, as two colleagues would leave it.
    const files = (await vscode.workspace.findFiles('**/*.{txt,md,vtt}')).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    const [first, second] = files;
    assert.ok(first && second);
    await vscode.commands.executeCommand('transcriptRedactor.markFileReviewed', first, { by: 'Researcher A' });
    await vscode.commands.executeCommand('transcriptRedactor.markFileReviewed', second, { by: 'Researcher B' });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(second, new vscode.Position(0, 0), '\n');
    await vscode.workspace.applyEdit(edit);
    await vscode.workspace.saveAll(false);
    await views.refreshIdentifiers();
    await vscode.commands.executeCommand('workbench.view.explorer');
    await settle();
    await screenshot('review-badges');
    await vscode.commands.executeCommand('transcriptRedactor.review.focus');
    await settle();
    await screenshot('review-view');
    await fs.rm(workspaceFile('.redaction/review.json').fsPath, { force: true });

    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#getStarted`, false);
    await settle(1500);
    await screenshot('walkthrough');
  });
});
