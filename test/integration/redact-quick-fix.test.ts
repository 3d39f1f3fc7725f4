/** Quick fixes, navigation and highlights from the language server, in a real VS Code. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, waitForDiagnostics } from './helpers/diagnostics';
import { openFixture, rangeOf, workspaceFile } from './helpers/workspace';

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? []
  );
}

describe('redacting with quick fixes', () => {
  // A transcript of this suite's own, so the fixture files other suites read are never edited.
  const transcript = 'quick-fix/interview.transcript';
  const text = [
    'INTERVIEWER: Could you say your name for the recording?',
    '',
    "Wilhelmina Achterberg: Sure, it's Wilhelmina Achterberg. I run the allotment.",
    '',
    'Wilhelmina Achterberg: Mostly the people.',
    '',
  ].join('\n');
  const keyFile = (): vscode.Uri => workspaceFile('.redaction/mapping.json');
  let keyBefore: Uint8Array | undefined;

  before(async () => {
    keyBefore = await vscode.workspace.fs.readFile(keyFile()).then(
      (bytes) => bytes,
      () => undefined,
    );
    await vscode.workspace.fs.writeFile(workspaceFile(transcript), Buffer.from(text, 'utf8'));
  });

  after(async () => {
    // Undo everything: the edited buffer, the transcript itself, and the key as it was before this suite.
    const document = await vscode.workspace.openTextDocument(workspaceFile(transcript));
    const restore = new vscode.WorkspaceEdit();
    restore.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    assert.ok(await vscode.workspace.applyEdit(restore));
    assert.ok(await document.save());
    const tabs = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === document.uri.toString());
    await vscode.window.tabGroups.close(tabs);
    await vscode.workspace.fs.delete(workspaceFile('quick-fix'), { recursive: true, useTrash: false });
    if (keyBefore) await vscode.workspace.fs.writeFile(keyFile(), keyBefore);
    else await vscode.workspace.fs.delete(keyFile(), { useTrash: false }).then(undefined, () => undefined);
  });

  it('"Redact all in this file" writes the key and replaces every form of the name', async () => {
    const document = await openFixture(transcript);
    const label = rangeOf(document, 'Wilhelmina Achterberg');
    const diagnostics = await waitForDiagnostics(
      document,
      (current) => current.some((d) => codeOf(d) === 'PERSON' && d.range.isEqual(label)),
      'a PERSON diagnostic on the speaker label "Wilhelmina Achterberg"',
    );

    const actions = await quickFixes(document, label);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.some((title) => /^Redact as \[PERSON_\d+\]$/.test(title)), `${titles.join(' | ')}; ${describeDiagnostics(document, diagnostics)}`);
    const all = actions.find((action) => action.title === 'Redact all 3 in this file');
    assert.ok(all?.command, titles.join(' | '));

    await vscode.commands.executeCommand(all.command.command, ...(all.command.arguments ?? []));

    const key = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(keyFile())).toString('utf8'));
    const entity = key.entities.find((candidate: { forms: string[] }) => candidate.forms.includes('Wilhelmina Achterberg'));
    assert.ok(entity, JSON.stringify(key));
    assert.equal(entity.type, 'PERSON');
    assert.equal(
      document.getText().split('\n')[2],
      `${entity.token}: Sure, it's ${entity.token}. I run the allotment.`,
    );
    assert.equal(document.getText().includes('Wilhelmina'), false);
    await waitForDiagnostics(document, (current) => !current.some((d) => codeOf(d) === 'PERSON'), 'no PERSON findings left');
  });

  it('Go to Next Finding selects the next finding after the cursor', async () => {
    const document = await openFixture('focus-group.vtt');
    const name = rangeOf(document, 'Tomasz Wisniewski');
    await waitForDiagnostics(document, (current) => current.some((d) => d.range.isEqual(name)), 'the voice name as a finding');
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('transcriptRedactor.nextFinding');
    assert.equal(document.getText(editor.selection), 'Tomasz Wisniewski');
  });

  it('restarts the server when the files it analyses change, and stops flagging files no longer included', async () => {
    const document = await openFixture('focus-group.vtt');
    const name = rangeOf(document, 'Tomasz Wisniewski');
    await waitForDiagnostics(document, (current) => current.some((d) => d.range.isEqual(name)), 'the voice name as a finding');
    const config = vscode.workspace.getConfiguration('transcriptRedactor');
    try {
      await config.update('files.include', ['transcript'], vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(document, (current) => current.length === 0, 'no findings once *.vtt is not included');
    } finally {
      await config.update('files.include', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(document, (current) => current.some((d) => d.range.isEqual(name)), 'the finding back after the setting is reset');
  });

  it('Toggle Finding Highlights flips the setting', async () => {
    const setting = (): boolean | undefined => vscode.workspace.getConfiguration('transcriptRedactor').get<boolean>('decorations.enabled');
    const before = setting();
    await vscode.commands.executeCommand('transcriptRedactor.toggleDecorations');
    assert.equal(setting(), !before);
    await vscode.commands.executeCommand('transcriptRedactor.toggleDecorations');
    assert.equal(setting(), before);
  });
});
