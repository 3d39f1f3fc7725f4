/** Export Redacted Corpus and Preview Redacted File, run in a real VS Code on the fixture workspace (a copy). */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportReply } from '../../src/server/export-protocol';
import { openFixture, workspaceFile } from './helpers/workspace';

const LOG = 'REDACTION-LOG.md';

async function exportCorpus(args: { outDir: string; mode?: string; force?: boolean }): Promise<ExportReply> {
  const reply = await vscode.commands.executeCommand<ExportReply>('transcriptRedactor.exportCorpus', args);
  assert.ok(reply, 'the command resolves with the export reply');
  return reply;
}

/** Every file under `folder`, `/`-separated and sorted, with its text. */
async function readTree(folder: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const entry of (await fs.readdir(folder, { recursive: true, withFileTypes: true })).filter((item) => item.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    tree[path.relative(folder, full).split(path.sep).join('/')] = await fs.readFile(full, 'utf8');
  }
  return Object.fromEntries(Object.entries(tree).sort(([a], [b]) => a.localeCompare(b)));
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(() => true, () => false);
}

describe('exporting a redacted corpus from VS Code', () => {
  const workspace = (): string => workspaceFile('').fsPath;
  const keyFile = (): string => workspaceFile('.redaction/mapping.json').fsPath;
  let scratch: string;
  let originals: Record<string, string>;
  let keyBefore: string | undefined;

  before(async () => {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-export-it-'));
    keyBefore = await fs.readFile(keyFile(), 'utf8').catch(() => undefined);
    // This suite gives findings new tokens, so it starts from an empty key and puts the old one back afterwards.
    await fs.rm(keyFile(), { force: true });
    originals = await readTree(workspace());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (keyBefore === undefined) await fs.rm(keyFile(), { force: true });
    else await fs.writeFile(keyFile(), keyBefore);
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('stops when the key leaves findings unresolved, says how many per file, and writes nothing', async () => {
    const outDir = path.join(scratch, 'stopped');
    const reply = await exportCorpus({ outDir });
    assert.equal(reply.status, 'unresolved', JSON.stringify(reply));
    if (reply.status !== 'unresolved') return;
    const interview = reply.files.find((file) => file.path === 'interview.transcript');
    assert.ok(interview && interview.count > 0, JSON.stringify(reply.files));
    assert.equal(interview.line, 3, 'points at the first finding: "Maria Gonzalez:" on line 3');
    assert.equal(reply.total, reply.files.reduce((sum, file) => sum + file.count, 0));
    assert.equal(await exists(outDir), false);
    assert.deepEqual(await fs.readdir(scratch), [], 'no staging folder is left beside the output either');
  });

  it('"Export Anyway" keeps unresolved findings and records that choice in the log', async () => {
    const outDir = path.join(scratch, 'anyway');
    const reply = await exportCorpus({ outDir, mode: 'allow-unresolved' });
    assert.equal(reply.status, 'exported', JSON.stringify(reply));
    const log = await fs.readFile(path.join(outDir, LOG), 'utf8');
    assert.match(log, /kept \(--allow-unresolved\)/);
    assert.doesNotMatch(log, /Maria|Gonzalez|Tomasz|Wisniewski/, 'the log never names anyone');
  });

  it('"Redact Remaining" gives the names tokens: output tree, log, no key in the output, originals unchanged', async () => {
    const outDir = path.join(scratch, 'redacted');
    const reply = await exportCorpus({ outDir, mode: 'redact-unresolved' });
    assert.equal(reply.status, 'exported', JSON.stringify(reply));
    if (reply.status !== 'exported') return;
    assert.equal(reply.logFile, path.join(outDir, LOG));
    assert.equal(reply.keyUpdated, keyFile());

    const tree = await readTree(outDir);
    assert.deepEqual(Object.keys(tree).sort(), ['focus-group.vtt', 'interview.transcript', LOG, 'redaction-log.csv'].sort());
    assert.doesNotMatch(tree['interview.transcript'], /Maria|Gonzalez/);
    assert.match(tree['interview.transcript'], /^\[PERSON_\d+\]: Sure, it's \[PERSON_\d+\]\./m);
    assert.match(tree['focus-group.vtt'], /<v \[PERSON_\d+\]>Hello, I'm \[PERSON_\d+\] and I run/);
    assert.match(tree['focus-group.vtt'], /^WEBVTT\n\n00:00:01\.000 --> 00:00:04\.500\n/, 'cue timings are kept');
    assert.match(tree[LOG], /interview\.transcript/);

    const key = await fs.readFile(keyFile(), 'utf8');
    assert.match(key, /Maria Gonzalez/, 'the key (outside the export) now holds the name');
    for (const [file, text] of Object.entries(tree)) {
      assert.notEqual(text, key, `${file} is not the key`);
      assert.doesNotMatch(file, /mapping|\.redaction/);
    }
    assert.deepEqual(await readTree(workspace()).then((now) => Object.fromEntries(Object.entries(now).filter(([file]) => !file.startsWith('.redaction/')))), originals);
  });

  it('refuses an output folder inside the workspace, which would hold the originals (and the key)', async () => {
    const reply = await exportCorpus({ outDir: path.join(workspace(), 'export') });
    assert.equal(reply.status, 'refused');
    assert.match(reply.status === 'refused' ? reply.reason : '', /inside the workspace folder/);
    assert.equal(await exists(path.join(workspace(), 'export')), false);
  });

  it('previews a transcript redacted with the current key in a diff editor', async () => {
    const document = await openFixture('interview.transcript');
    const preview = await vscode.commands.executeCommand<vscode.Uri>('transcriptRedactor.previewRedacted');
    assert.ok(preview);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, `the active tab is a diff (${tab?.label})`);
    assert.equal(tab.input.original.toString(), document.uri.toString());
    assert.equal(tab.input.modified.toString(), preview.toString());

    const redacted = await vscode.workspace.openTextDocument(tab.input.modified);
    assert.match(redacted.getText(), /^(\[PERSON_\d+\]): Sure, it's \1\. I have worked/m);
    assert.doesNotMatch(redacted.getText(), /Maria Gonzalez/);
    assert.equal(document.getText(), originals['interview.transcript'], 'the original is untouched');
  });
});
