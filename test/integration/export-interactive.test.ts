/** Export Redacted Corpus as a user runs it: the folder dialog, the "unresolved findings" buttons, the final message. */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportReply } from '../../src/server/export-protocol';
import { workspaceFile } from './helpers/workspace';

type Window = Record<string, unknown>;

describe('exporting interactively (dialogs answered by the test)', () => {
  const keyFile = (): string => workspaceFile('.redaction/mapping.json').fsPath;
  const window = vscode.window as unknown as Window;
  const replaced = new Map<string, unknown>();
  const messages: { kind: string; text: string; buttons: string[] }[] = [];
  let scratch: string;
  let keyBefore: string | undefined;

  /** Replaces a `vscode.window` function for this suite (put back in `after`). */
  function replace(name: string, replacement: unknown): void {
    if (!replaced.has(name)) replaced.set(name, window[name]);
    window[name] = replacement;
  }

  /** Answers a message with `reply`'s button, recording what was shown. */
  function answer(name: string, reply: (text: string, buttons: string[]) => unknown): void {
    replace(name, (text: unknown, ...rest: unknown[]) => {
      const buttons = rest.filter((item): item is string => typeof item === 'string');
      messages.push({ kind: name, text: String(text), buttons });
      return Promise.resolve(reply(String(text), buttons));
    });
  }

  before(async () => {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-export-ui-'));
    keyBefore = await fs.readFile(keyFile(), 'utf8').catch(() => undefined);
    await fs.rm(keyFile(), { force: true });
  });

  after(async () => {
    for (const [name, original] of replaced) window[name] = original;
    if (keyBefore === undefined) await fs.rm(keyFile(), { force: true });
    else await fs.writeFile(keyFile(), keyBefore);
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('offers the buttons for unresolved findings; "Redact Remaining" exports, then says where with Open Log and Reveal Folder', async () => {
    const out = path.join(scratch, 'chosen-folder');
    let suggested: string | undefined;
    replace('showSaveDialog', (options: vscode.SaveDialogOptions) => {
      suggested = options.defaultUri?.fsPath;
      return Promise.resolve(vscode.Uri.file(out));
    });
    answer('showWarningMessage', (text) => (text.startsWith('Not exported') ? 'Redact Remaining' : undefined));
    answer('showInformationMessage', () => undefined);
    answer('showErrorMessage', () => undefined);

    const reply = await vscode.commands.executeCommand<ExportReply>('transcriptRedactor.exportCorpus');

    const folder = workspaceFile('').fsPath;
    assert.equal(suggested, path.join(path.dirname(folder), `${path.basename(folder)}-redacted`), 'suggests a sibling <folder>-redacted');
    const [unresolved, done] = messages;
    assert.equal(unresolved?.kind, 'showWarningMessage', JSON.stringify(messages));
    assert.match(unresolved.text, /^Not exported: \d+ finding\(s\) in 2 file\(s\) .*focus-group\.vtt \(\d+\), interview\.transcript \(\d+\)/);
    assert.deepEqual(unresolved.buttons, ['Open First File', 'Export Anyway', 'Redact Remaining']);
    assert.equal(done?.kind, 'showInformationMessage', JSON.stringify(messages));
    assert.match(done.text, new RegExp(`^Exported 2 file\\(s\\) to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ replacement\\(s\\), leak check passed\\.`));
    assert.deepEqual(done.buttons, ['Open Log', 'Reveal Folder']);
    assert.equal(reply?.status, 'exported');
    assert.deepEqual((await fs.readdir(out)).sort(), ['REDACTION-LOG.md', 'focus-group.vtt', 'interview.transcript', 'redaction-log.csv']);
  });

  it('Cancel in the progress notification stops the export and leaves no folder behind', async function () {
    this.timeout(120_000);
    // A corpus big enough that the analysis is still running when the progress notification first shows a count.
    const bulk = workspaceFile('export-cancel');
    const paragraph = 'Maria Gonzalez: We met at the depot most mornings, and the drivers knew every one of us by name.\n\n'.repeat(40);
    await fs.mkdir(bulk.fsPath, { recursive: true });
    for (let index = 0; index < 300; index++) await fs.writeFile(path.join(bulk.fsPath, `session-${index}.txt`), paragraph);
    const reports: string[] = [];
    replace('withProgress', (_options: vscode.ProgressOptions, task: (progress: vscode.Progress<{ message?: string }>, token: vscode.CancellationToken) => Thenable<unknown>) => {
      const cancel = new vscode.CancellationTokenSource();
      const progress = {
        report: ({ message = '' }: { message?: string }) => {
          reports.push(message);
          // What a user sees before pressing Cancel: "Checking the key covers every finding (3 of 302)".
          if (Number(/\((\d+) of \d+\)/.exec(message)?.[1]) >= 2) cancel.cancel();
        },
      };
      return task(progress, cancel.token);
    });
    try {
      const out = path.join(scratch, 'cancelled');
      const reply = await vscode.commands.executeCommand<ExportReply>('transcriptRedactor.exportCorpus', { outDir: out, mode: 'allow-unresolved' });
      assert.deepEqual(reply, { status: 'cancelled' }, reports.join(' | '));
      assert.ok(reports.some((message) => /^(Checking the key covers every finding|Writing redacted copies) \(\d+ of 302\)$/.test(message)), reports.join(' | '));
      assert.equal((await fs.readdir(scratch)).some((name) => name.startsWith('cancelled') || name.startsWith('.cancelled')), false);
    } finally {
      await fs.rm(bulk.fsPath, { recursive: true, force: true });
    }
  });
});
