/**
 * "Redact all in the project", undo, a broken key, "Not an identifier" and "Same as…" in a real VS Code: the fixes are
 * fetched the way the lightbulb fetches them (`vscode.executeCodeActionProvider`) and run as VS Code runs them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, waitForDiagnostics } from './helpers/diagnostics';
import { screenshot, visibleText } from './helpers/ui';
import { rangeOf, workspaceFile } from './helpers/workspace';

const NAME = 'Ottoline Fairweather';
const OTHER = 'Thaddeus Quillfeather';
const OPENED = 'project-fix/session-a.transcript';
const CLOSED = 'project-fix/session-b.transcript';
const OPENED_TEXT = [
  'INTERVIEWER: Who looks after the orchard?',
  '',
  `${NAME}: I do, with ${OTHER}. ${NAME}'s sister helps at harvest.`,
  '',
].join('\n');
const CLOSED_TEXT = ['INTERVIEWER: And the shop?', '', `P02: I buy apples from ${NAME} and ${OTHER}.`, ''].join('\n');

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? []
  );
}

function actionMatching(actions: readonly vscode.CodeAction[], title: RegExp): vscode.CodeAction & { command: vscode.Command } {
  const action = actions.find((candidate) => title.test(candidate.title));
  assert.ok(action?.command, `no action matching ${title} in: ${actions.map((candidate) => candidate.title).join(' | ')}`);
  return action as vscode.CodeAction & { command: vscode.Command };
}

/** The fixes at the first occurrence of `text` once one matches `title` (a key change may still be on its way). */
async function fixesWith(document: vscode.TextDocument, text: string, title: RegExp): Promise<vscode.CodeAction[]> {
  return fixesOnceDiagnosticsAgree(document, rangeOf(document, text), (actions) => actions.some((action) => title.test(action.title)));
}

/** Runs a code action's command the way VS Code does when the user picks it. */
async function run(action: { command: vscode.Command }): Promise<void> {
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

const keyFile = (): vscode.Uri => workspaceFile('.redaction/mapping.json');
const readBytes = (uri: vscode.Uri): Thenable<Uint8Array | undefined> => vscode.workspace.fs.readFile(uri).then((bytes) => bytes, () => undefined);
const readText = async (uri: vscode.Uri): Promise<string | undefined> => {
  const bytes = await readBytes(uri);
  return bytes && Buffer.from(bytes).toString('utf8');
};

/**
 * The quick fixes at `range` once `accept` approves them: asked again after each diagnostics update of the document
 * (the server republishes them after it has re-read a changed key), never on a timer.
 */
async function fixesOnceDiagnosticsAgree(
  document: vscode.TextDocument,
  range: vscode.Range,
  accept: (actions: vscode.CodeAction[]) => boolean,
  guardMs = 50_000,
): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + guardMs;
  for (;;) {
    // Listen before asking, so an update that lands while the fixes are computed is not missed.
    let subscription: vscode.Disposable | undefined;
    const changed = new Promise<void>((resolve) => {
      subscription = vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === document.uri.toString())) resolve();
      });
    });
    const actions = await quickFixes(document, range);
    if (accept(actions)) {
      subscription?.dispose();
      return actions;
    }
    const left = deadline - Date.now();
    const timedOut = await Promise.race([changed.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), Math.max(left, 0)))]);
    subscription?.dispose();
    if (timedOut) throw new Error(`timed out waiting for the quick fixes to change; now: ${actions.map((action) => action.title).join(' | ')}`);
  }
}

/** Waits for a diagnostic of `code` exactly on the first occurrence of `text`. */
function waitForFinding(document: vscode.TextDocument, code: string, text: string): Promise<vscode.Diagnostic[]> {
  const range = rangeOf(document, text);
  return waitForDiagnostics(document, (current) => current.some((d) => codeOf(d) === code && d.range.isEqual(range)), `a ${code} finding on "${text}"`);
}

describe('redacting across the project', () => {
  let keyBefore: Uint8Array | undefined;

  before(async () => {
    keyBefore = await readBytes(keyFile());
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await vscode.workspace.fs.delete(keyFile(), { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.writeFile(workspaceFile(OPENED), Buffer.from(OPENED_TEXT, 'utf8'));
    await vscode.workspace.fs.writeFile(workspaceFile(CLOSED), Buffer.from(CLOSED_TEXT, 'utf8'));
  });

  afterEach(async () => {
    // Throw away unsaved edits of both transcripts, so the next test starts from the files on disk.
    for (const relative of [OPENED, CLOSED]) {
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === workspaceFile(relative).toString());
      if (document?.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.workspace.fs.delete(workspaceFile('project-fix'), { recursive: true, useTrash: false });
    if (keyBefore) await vscode.workspace.fs.writeFile(keyFile(), keyBefore);
    else await vscode.workspace.fs.delete(keyFile(), { useTrash: false }).then(undefined, () => undefined);
  });

  async function openTranscript(): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
    const document = await vscode.workspace.openTextDocument(workspaceFile(OPENED));
    const editor = await vscode.window.showTextDocument(document);
    return { document, editor };
  }

  /**
   * Redacts the participant's full name in this file (the key then knows her), then adds a line where she is called by
   * her given name alone, and waits until that name is flagged. Returns her token and the added line's number.
   */
  async function redactNameThenCallHerByGivenName(): Promise<{ document: vscode.TextDocument; token: string; line: number }> {
    const { document } = await openTranscript();
    await waitForFinding(document, 'PERSON', NAME);
    await run(actionMatching(await fixesWith(document, NAME, /^Redact all 2 in this file$/), /^Redact all 2 in this file$/));
    const token = JSON.parse((await readText(keyFile())) ?? '{}').entities[0].token as string;

    const line = document.lineCount - 1;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(line, 0), 'INTERVIEWER: Thanks, Ottoline.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForFinding(document, 'PERSON', 'Ottoline');
    return { document, token, line };
  }

  it('"Redact all in the project" edits the open and the closed transcript, writes the key, and undo restores the text', async () => {
    const { document } = await openTranscript();
    const diagnostics = await waitForFinding(document, 'PERSON', NAME);
    const actions = await fixesWith(document, NAME, /^Redact all 3 in the project \(2 files\)$/);
    const token = /^Redact as (\[PERSON_\d+\])$/.exec(actions[0]?.title ?? '')?.[1];
    assert.ok(token, `${actions.map((action) => action.title).join(' | ')}; ${describeDiagnostics(document, diagnostics)}`);
    const project = actionMatching(actions, /^Redact all 3 in the project \(2 files\)$/);

    await run(project);

    assert.equal(document.getText(), OPENED_TEXT.replaceAll(NAME, token));
    assert.match(document.getText(), new RegExp(`I do, with ${OTHER}\\. \\[PERSON_\\d+\\]'s sister`), 'the possessive is kept');
    const closed = await vscode.workspace.openTextDocument(workspaceFile(CLOSED));
    assert.equal(closed.getText(), CLOSED_TEXT.replace(NAME, token));
    assert.equal(closed.isDirty, true, 'the closed transcript has unsaved changes');
    assert.equal(await readText(workspaceFile(CLOSED)), CLOSED_TEXT, 'nothing is saved behind the user’s back');
    const number = Number(/\d+/.exec(token)![0]);
    assert.equal(
      await readText(keyFile()),
      `${JSON.stringify({ version: 1, entities: [{ token, type: 'PERSON', forms: [NAME] }], ignore: [], counters: { PERSON: number } }, null, 2)}\n`,
    );
    await waitForDiagnostics(document, (current) => !current.some((d) => document.getText(d.range).includes('Ottoline')), 'no finding on the redacted name');

    await vscode.window.showTextDocument(document);
    // One undo in the edited editor takes back the whole fix, in the closed transcript too (VS Code did not ask).
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), OPENED_TEXT);
    assert.equal(closed.getText(), CLOSED_TEXT);
    await waitForFinding(document, 'PERSON', NAME);
  });

  it('a broken key gives a clear error, offers to open it, and stays byte-for-byte unchanged when a fix is tried', async () => {
    const { document } = await openTranscript();
    await waitForFinding(document, 'PERSON', NAME);
    // A fix offered while the key was fine...
    const offered = actionMatching(await fixesWith(document, NAME, /^Redact as /), /^Redact as \[PERSON_\d+\]$/);
    // ...then the key is broken by hand (invalid JSON).
    const broken = Buffer.from('{ "version": 1,, "entities": [] }\n', 'utf8');
    await vscode.workspace.fs.writeFile(keyFile(), broken);
    const actions = await fixesOnceDiagnosticsAgree(document, rangeOf(document, NAME), (current) =>
      current.some((action) => action.title.startsWith('Open the project key')),
    );
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Open the project key to fix it (it cannot be read)'],
      'no redaction is offered with a broken key',
    );

    await run(offered);

    assert.equal(Buffer.from((await readBytes(keyFile())) ?? []).toString('hex'), broken.toString('hex'), 'the broken key is left exactly as it was');
    assert.equal(document.getText(), OPENED_TEXT, 'no token without its entity in the key');
    // The notification centre lists every notification, whether or not its toast is still showing.
    await vscode.commands.executeCommand('notifications.showList');
    const error = await visibleText('.notifications-center', 'cannot be read', 10_000);
    await vscode.commands.executeCommand('notifications.hideList');
    if (!error) await screenshot('broken-key-no-notification');
    assert.match(error, /project key cannot be read.*line 1, column 16/s, `notification: ${error}`);
  });

  it('"Not an identifier" removes the finding in this transcript and in the others', async () => {
    const { document } = await openTranscript();
    await waitForFinding(document, 'PERSON', OTHER);
    await run(actionMatching(await fixesWith(document, OTHER, /^Not an identifier$/), /^Not an identifier$/));

    const key = JSON.parse((await readText(keyFile())) ?? '{}');
    assert.deepEqual(key.ignore, [OTHER]);
    assert.equal(document.getText(), OPENED_TEXT, 'the text is not changed');
    const withoutOther = (current: vscode.Diagnostic[], doc: vscode.TextDocument): boolean =>
      current.some((d) => doc.getText(d.range) === NAME) && !current.some((d) => doc.getText(d.range).includes('Thaddeus'));
    await waitForDiagnostics(document, (current) => withoutOther(current, document), `"${NAME}" still flagged, "${OTHER}" no longer`);
    const closed = await vscode.workspace.openTextDocument(workspaceFile(CLOSED));
    await vscode.window.showTextDocument(closed);
    await waitForDiagnostics(closed, (current) => withoutOther(current, closed), `"${OTHER}" not flagged in the other transcript`);
  });

  it('offers a known person\'s given name as that person first, and joining them puts their token in its place', async () => {
    const { document, token, line } = await redactNameThenCallHerByGivenName();
    const title = `Same as ${token} (${NAME})`;
    const fixes = await fixesWith(document, 'Ottoline', new RegExp(`^${title.replace(/[[\]()]/g, '\\$&')}$`));
    const join = fixes.find((action) => action.title === title);
    assert.equal(fixes[0]?.title, title, fixes.map((action) => action.title).join(' | '));
    assert.equal(join?.isPreferred, true);
    await run(join as vscode.CodeAction & { command: vscode.Command });

    assert.equal(document.lineAt(line).text, `INTERVIEWER: Thanks, ${token}.`);
    const key = JSON.parse((await readText(keyFile())) ?? '{}');
    assert.deepEqual(key.entities, [{ token, type: 'PERSON', forms: ['Ottoline', NAME].sort() }]);
  });

  it('"Same as…" records another form of a known person and puts the same token in its place', async () => {
    const { document, token, line } = await redactNameThenCallHerByGivenName();
    const sameAs = actionMatching(await fixesWith(document, 'Ottoline', /^Same as…$/), /^Same as…$/);
    const target = sameAs.command.arguments?.[0] as Record<string, unknown>;
    assert.equal(target.text, 'Ottoline');
    // What the client's pick list does once the user picks the entity: no quick pick needed here.
    await vscode.commands.executeCommand('transcriptRedactor.server.sameAs', { ...target, token });

    assert.equal(document.lineAt(line).text, `INTERVIEWER: Thanks, ${token}.`);
    const key = JSON.parse((await readText(keyFile())) ?? '{}');
    assert.deepEqual(key.entities, [{ token, type: 'PERSON', forms: ['Ottoline', NAME].sort() }]);
  });
});
