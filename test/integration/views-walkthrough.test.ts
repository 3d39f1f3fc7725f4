/** The walkthrough's first step: "Open Sample Transcripts" copies the bundled samples to a folder the user picks. */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'transcript-redactor.transcript-redactor';

describe('walkthrough: open sample transcripts', () => {
  let parent: string;
  beforeEach(async () => {
    parent = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-samples-'));
  });
  afterEach(async () => {
    await fs.rm(parent, { recursive: true, force: true });
  });

  it('copies every bundled sample into a new folder, and a second copy never overwrites the first', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const bundled = (await fs.readdir(path.join(extension.extensionPath, 'samples'))).sort();
    assert.ok(bundled.length >= 3, `expected the sample corpus, found ${bundled.join(', ')}`);

    const first = await vscode.commands.executeCommand<vscode.Uri>(
      'transcriptRedactor.openSampleCorpus', vscode.Uri.file(parent), { open: false });
    assert.ok(first, 'the command returned no folder');
    assert.equal(path.basename(first.fsPath), 'transcript-redactor-samples');
    assert.deepEqual((await fs.readdir(first.fsPath)).sort(), bundled);
    for (const name of bundled) {
      assert.equal(
        await fs.readFile(path.join(first.fsPath, name), 'utf8'),
        await fs.readFile(path.join(extension.extensionPath, 'samples', name), 'utf8'),
        name,
      );
    }

    await fs.writeFile(path.join(first.fsPath, bundled[0]), 'my notes');
    const second = await vscode.commands.executeCommand<vscode.Uri>(
      'transcriptRedactor.openSampleCorpus', vscode.Uri.file(parent), { open: false });
    assert.equal(path.basename(second.fsPath), 'transcript-redactor-samples-2');
    assert.equal(await fs.readFile(path.join(first.fsPath, bundled[0]), 'utf8'), 'my notes', 'first copy untouched');
  });
});
