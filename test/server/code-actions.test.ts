import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Command, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildServer, TestClient } from './lsp-harness';

/** A synthetic study folder: one transcript the test opens, one it leaves closed, and optionally a key. */
function makeStudy(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'tr-study-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

const OPEN_TRANSCRIPT = [
  'INTERVIEWER: Who helped you?',
  'Keisha Grant: My neighbour did. Keisha Grant\'s sister too.',
  'Keisha Grant: Yes.',
  '',
].join('\n');
const CLOSED_TRANSCRIPT = ['INTERVIEWER: Hello.', 'P02: I know KEISHA GRANT. The dog is keisha grant’s.', ''].join('\n');
const KEY_WITH_ODELL = {
  version: 1,
  entities: [{ token: '[PERSON_1]', type: 'PERSON', forms: ['Odell Pritchett'] }],
  ignore: [],
  counters: { PERSON: 1 },
};

function titles(actions: Array<CodeAction | Command> | null): string[] {
  return (actions ?? []).map((action) => action.title);
}

function actionTitled(actions: Array<CodeAction | Command> | null, title: string): CodeAction {
  const action = (actions ?? []).find((candidate) => candidate.title === title) as CodeAction | undefined;
  assert.ok(action, `no action "${title}" in ${JSON.stringify(titles(actions))}`);
  return action;
}

/** The edits as `line:char-line:char → text` per document, so a failure shows exactly what would change. */
function describeEdit(changes: TextDocumentEdit[]): Array<{ uri: string; version: number | null; edits: string[] }> {
  return changes.map((change) => ({
    uri: change.textDocument.uri,
    version: change.textDocument.version,
    edits: (change.edits as TextEdit[]).map(
      (edit) => `${edit.range.start.line}:${edit.range.start.character}-${edit.range.end.line}:${edit.range.end.character} → ${edit.newText}`,
    ),
  }));
}

function readKey(folder: string): unknown {
  return JSON.parse(readFileSync(join(folder, '.redaction', 'mapping.json'), 'utf8'));
}

describe('code actions that redact with the project key', function () {
  let folder: string;
  let client: TestClient;
  let uri: string;

  before(async function () {
    await buildServer();
  });

  async function openStudy(files: Record<string, string>, openName = 'interview-01.transcript', initializationOptions?: unknown): Promise<Diagnostic[]> {
    folder = makeStudy(files);
    client = await TestClient.start({ workspaceFolder: folder, initializationOptions });
    uri = pathToFileURL(join(folder, openName)).toString();
    await client.open(uri, files[openName]);
    return (await client.nextDiagnostics(uri)).diagnostics;
  }

  afterEach(async function () {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('offers this occurrence (preferred), the file, the project, and "not an identifier", with counts', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, 'interview-02.transcript': CLOSED_TRANSCRIPT });
    const actions = await client.codeActions(uri, [diagnostics[0]]);
    assert.deepEqual(titles(actions), [
      'Redact as [PERSON_1]',
      'Redact all 3 in this file',
      'Redact all 5 in the project (2 files)',
      'Not an identifier',
    ]);
    assert.equal(actionTitled(actions, 'Redact as [PERSON_1]').isPreferred, true);
  });

  it('does not count a large corpus for every lightbulb, but still offers to redact it all', async function () {
    const filler = 'P03: We talked about the weather and the bus timetable for a long while.\n'.repeat(70_000);
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, 'big.transcript': `${filler}P03: Keisha Grant said so.\n` });
    const everywhere = actionTitled(await client.codeActions(uri, [diagnostics[0]]), 'Redact everywhere in the project (2 files)');
    await client.executeCommand(everywhere.command!);
    const changes = client.appliedEdits[0].edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(
      changes.map((change) => [change.textDocument.uri.split('/').pop(), change.edits.length]),
      [['interview-01.transcript', 3], ['big.transcript', 1]],
    );
  });

  it('lists each fix once when a selection covers several occurrences of the same name', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT });
    const keisha = diagnostics.filter((diagnostic) => (diagnostic.data as { text: string }).text === 'Keisha Grant');
    assert.ok(keisha.length >= 2, JSON.stringify(diagnostics.map((d) => d.range)));
    assert.deepEqual(titles(await client.codeActions(uri, keisha)), ['Redact as [PERSON_1]', 'Redact all 3 in this file', 'Not an identifier']);
  });

  it('"Redact as" writes the entity to the key, then replaces just this occurrence', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, '.redaction/mapping.json': JSON.stringify(KEY_WITH_ODELL) });
    const redact = actionTitled(await client.codeActions(uri, [diagnostics[0]]), 'Redact as [PERSON_2]');
    await client.executeCommand(redact.command!);

    assert.deepEqual(readKey(folder), {
      version: 1,
      entities: [
        { token: '[PERSON_1]', type: 'PERSON', forms: ['Odell Pritchett'] },
        { token: '[PERSON_2]', type: 'PERSON', forms: ['Keisha Grant'] },
      ],
      ignore: [],
      counters: { PERSON: 2 },
    });
    assert.equal(client.appliedEdits.length, 1);
    assert.deepEqual(describeEdit(client.appliedEdits[0].edit.documentChanges as TextDocumentEdit[]), [
      { uri, version: 1, edits: ['1:0-1:12 → [PERSON_2]'] },
    ]);
  });

  it('"Redact all in the project" edits open and closed files in one edit, keeping possessives', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, 'interview-02.transcript': CLOSED_TRANSCRIPT });
    const project = actionTitled(await client.codeActions(uri, [diagnostics[0]]), 'Redact all 5 in the project (2 files)');
    await client.executeCommand(project.command!);

    assert.deepEqual(describeEdit(client.appliedEdits[0].edit.documentChanges as TextDocumentEdit[]), [
      { uri, version: 1, edits: ['1:0-1:12 → [PERSON_1]', '1:32-1:44 → [PERSON_1]', '2:0-2:12 → [PERSON_1]'] },
      {
        uri: pathToFileURL(join(folder, 'interview-02.transcript')).toString(),
        version: null,
        edits: ['1:12-1:24 → [PERSON_1]', '1:37-1:49 → [PERSON_1]'],
      },
    ]);
    assert.deepEqual(readKey(folder), {
      version: 1,
      entities: [{ token: '[PERSON_1]', type: 'PERSON', forms: ['Keisha Grant'] }],
      ignore: [],
      counters: { PERSON: 1 },
    });
    await client.waitForMessages(1);
    assert.match(client.messages[0].message, /replaced 5 occurrences in 2 files with \[PERSON_1\]\. 1 of them was not open .*Save All/);
  });

  it('never hands out a token the transcripts already use, even when the key was lost', async function () {
    const earlier = 'INTERVIEWER: Hello.\n[PERSON_4]: Hi, [PERSON_2] told me about this.\n';
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, 'interview-00.transcript': earlier });
    const redact = actionTitled(await client.codeActions(uri, [diagnostics[0]]), 'Redact as [PERSON_5]');
    await client.executeCommand(redact.command!);
    assert.deepEqual(readKey(folder), {
      version: 1,
      entities: [{ token: '[PERSON_5]', type: 'PERSON', forms: ['Keisha Grant'] }],
      ignore: [],
      counters: { PERSON: 5 },
    });
  });

  it('"Redact all in this file" replaces every form in the open document only', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, 'interview-02.transcript': CLOSED_TRANSCRIPT });
    await client.executeCommand(actionTitled(await client.codeActions(uri, [diagnostics[0]]), 'Redact all 3 in this file').command!);
    const [change] = client.appliedEdits[0].edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(describeEdit([change]), [
      { uri, version: 1, edits: ['1:0-1:12 → [PERSON_1]', '1:32-1:44 → [PERSON_1]', '2:0-2:12 → [PERSON_1]'] },
    ]);
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'transcript', 1, OPEN_TRANSCRIPT), change.edits as TextEdit[]);
    assert.equal(
      after,
      ['INTERVIEWER: Who helped you?', "[PERSON_1]: My neighbour did. [PERSON_1]'s sister too.", '[PERSON_1]: Yes.', ''].join('\n'),
    );
  });

  it('"Not an identifier" adds the form to the ignore list and the finding disappears', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT });
    await client.executeCommand(actionTitled(await client.codeActions(uri, [diagnostics[0]]), 'Not an identifier').command!);
    assert.deepEqual(readKey(folder), { version: 1, entities: [], ignore: ['Keisha Grant'], counters: {} });
    assert.deepEqual((await client.nextDiagnostics(uri)).diagnostics, []);
    assert.equal(client.appliedEdits.length, 0);
  });

  it('"Same as…" is offered when the key has people, and adds the form to the chosen entity', async function () {
    const text = 'Odell: Hi.\nINTERVIEWER: Hello.\n';
    const diagnostics = await openStudy({ 'interview-01.transcript': text, '.redaction/mapping.json': JSON.stringify(KEY_WITH_ODELL) });
    const actions = await client.codeActions(uri, [diagnostics[0]]);
    assert.deepEqual(titles(actions), ['Same as [PERSON_1] (Odell Pritchett)', 'Redact as [PERSON_2]', 'Same as…', 'Not an identifier']);
    const sameAs = actionTitled(actions, 'Same as…').command!;
    assert.equal(sameAs.command, 'transcriptRedactor.sameAs', 'the client asks which entity');

    // The client's pick list then runs the server command with the chosen token.
    await client.executeCommand({
      title: 'Same as',
      command: 'transcriptRedactor.server.sameAs',
      arguments: [{ ...(sameAs.arguments![0] as object), token: '[PERSON_1]' }],
    });
    assert.deepEqual(readKey(folder), {
      version: 1,
      entities: [{ token: '[PERSON_1]', type: 'PERSON', forms: ['Odell', 'Odell Pritchett'] }],
      ignore: [],
      counters: { PERSON: 1 },
    });
    assert.deepEqual(describeEdit(client.appliedEdits[0].edit.documentChanges as TextDocumentEdit[]), [
      { uri, version: 1, edits: ['0:0-0:5 → [PERSON_1]'] },
    ]);
  });

  it('offers the one person a name is likely another form of, first and preferred, and joins it in one step', async function () {
    const text = 'Mr. Pritchett: Hi.\nINTERVIEWER: Hello, Ada.\n';
    const diagnostics = await openStudy({ 'interview-01.transcript': text, '.redaction/mapping.json': JSON.stringify(KEY_WITH_ODELL) });
    const surname = diagnostics.find((diagnostic) => diagnostic.range.start.line === 0)!;
    const actions = await client.codeActions(uri, [surname]);
    const join = actionTitled(actions, 'Same as [PERSON_1] (Odell Pritchett)');
    assert.equal(titles(actions)[0], join.title);
    assert.equal(join.isPreferred, true);
    assert.equal(actionTitled(actions, 'Redact as [PERSON_2]').isPreferred, false);
    await client.executeCommand(join.command!);
    assert.deepEqual((readKey(folder) as { entities: unknown }).entities, [{ token: '[PERSON_1]', type: 'PERSON', forms: ['Mr. Pritchett', 'Odell Pritchett'] }]);
    // A name that is nobody's other form gets no such offer.
    const ada = diagnostics.find((diagnostic) => diagnostic.range.start.line === 1)!;
    assert.ok(!titles(await client.codeActions(uri, [ada])).some((title) => title.startsWith('Same as [')));
  });

  it('words its fixes in the display language from the bundle the extension passes, English otherwise', async function () {
    const german = { 'Redact as {0}': 'Schwärzen als {0}', 'Not an identifier': 'Kein Identifikator' };
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT }, 'interview-01.transcript', { l10nBundle: german });
    const actions = titles(await client.codeActions(uri, [diagnostics[0]]));
    assert.ok(actions.includes('Schwärzen als [PERSON_1]'), actions.join(' | '));
    assert.ok(actions.includes('Kein Identifikator'));
    assert.ok(actions.includes('Redact all 3 in this file'), 'a message the bundle lacks stays in English');
  });

  it('source.fixAll puts known tokens in place of every form the key knows, and nothing else', async function () {
    const text = 'INTERVIEWER: And Odell Pritchett?\nP01: odell pritchett\'s garden. Keisha Grant: no.\n';
    await openStudy({ 'interview-01.transcript': text, '.redaction/mapping.json': JSON.stringify(KEY_WITH_ODELL) });
    const actions = await client.codeActions(uri, [], ['source.fixAll']);
    assert.deepEqual(titles(actions), ['Redact 2 known forms from the project key']);
    const fixAll = actions![0] as CodeAction;
    assert.equal(fixAll.kind, 'source.fixAll.transcriptRedactor');
    assert.deepEqual(describeEdit(fixAll.edit!.documentChanges as TextDocumentEdit[]), [
      { uri, version: 1, edits: ['0:17-0:32 → [PERSON_1]', '1:5-1:20 → [PERSON_1]'] },
    ]);
  });

  it('offers to generalise an age to its decade and a date to its year or month', async function () {
    const text = 'P01: I am 47 years old. We married on 14 March 2019.\n';
    const diagnostics = await openStudy({ 'interview-01.transcript': text });
    const age = diagnostics.find((diagnostic) => diagnostic.code === 'AGE');
    const date = diagnostics.find((diagnostic) => diagnostic.code === 'DATE');
    assert.ok(age && date, `an AGE and a DATE finding in ${JSON.stringify(diagnostics.map((d) => d.code))}`);

    const ageActions = await client.codeActions(uri, [age]);
    assert.deepEqual(titles(ageActions).slice(0, 2), ['Generalise to [AGE 40-49]', 'Redact as [AGE_1]'], 'generalising first');
    const generaliseAge = actionTitled(ageActions, 'Generalise to [AGE 40-49]');
    assert.equal(generaliseAge.isPreferred, true);
    assert.equal(actionTitled(ageActions, 'Redact as [AGE_1]').isPreferred, false);
    assert.deepEqual(describeEdit(generaliseAge.edit!.documentChanges as TextDocumentEdit[]), [
      { uri, version: 1, edits: ['0:10-0:22 → [AGE 40-49]'] },
    ]);
    const dateTitles = titles(await client.codeActions(uri, [date]));
    assert.ok(dateTitles.includes('Generalise to [DATE 2019]'), JSON.stringify(dateTitles));
    assert.ok(dateTitles.includes('Generalise to [DATE March 2019]'), JSON.stringify(dateTitles));
  });

  it('says in the hover which token a finding would become', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, '.redaction/mapping.json': JSON.stringify(KEY_WITH_ODELL) });
    const { start } = diagnostics[0].range;
    const hover = await client.hover(uri, start.line, start.character);
    assert.match((hover?.contents as { value: string }).value, /\nWould become `\[PERSON_2\]`$/);
  });

  it('refuses a fix offered for an older version of the document', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT });
    const redact = actionTitled(await client.codeActions(uri, [diagnostics[0]]), 'Redact as [PERSON_1]');
    await client.change(uri, `INTERVIEWER: First line.\n${OPEN_TRANSCRIPT}`);
    await client.executeCommand(redact.command!);
    await client.waitForMessages(1);
    assert.match(client.messages[0].message, /changed since this fix was offered/);
    assert.equal(client.appliedEdits.length, 0);
  });

  it('names the token from the key on disk, even before the file watcher reports that it changed', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, '.redaction/mapping.json': JSON.stringify(KEY_WITH_ODELL) });
    const keisha = diagnostics.filter((diagnostic) => diagnostic.code === 'PERSON').slice(0, 1);
    assert.ok(titles(await client.codeActions(uri, keisha)).includes('Redact as [PERSON_2]'));
    // The key is deleted behind the server's back (another window, a script); no watcher event has arrived yet.
    rmSync(join(folder, '.redaction', 'mapping.json'));
    assert.ok(titles(await client.codeActions(uri, keisha)).includes('Redact as [PERSON_1]'));
  });

  it('re-reads the key when it changes on disk', async function () {
    const diagnostics = await openStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, '.redaction/mapping.json': JSON.stringify(KEY_WITH_ODELL) });
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'PERSON'));
    writeFileSync(join(folder, '.redaction', 'mapping.json'), JSON.stringify({ ...KEY_WITH_ODELL, ignore: ['Keisha Grant'] }));
    await client.fileChanged(pathToFileURL(join(folder, '.redaction', 'mapping.json')).toString());
    assert.deepEqual((await client.nextDiagnostics(uri)).diagnostics, []);
  });
});

describe('a broken project key', function () {
  let folder: string;
  let client: TestClient;

  before(async function () {
    await buildServer();
  });

  after(async function () {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is reported clearly, offered for fixing, and never overwritten', async function () {
    const broken = '{\n  "version": 1,\n  "entities": [\n';
    folder = makeStudy({ 'interview-01.transcript': OPEN_TRANSCRIPT, '.redaction/mapping.json': broken });
    client = await TestClient.start({ workspaceFolder: folder });
    const uri = pathToFileURL(join(folder, 'interview-01.transcript')).toString();
    await client.open(uri, OPEN_TRANSCRIPT);
    const diagnostics = (await client.nextDiagnostics(uri)).diagnostics;
    assert.ok(diagnostics.length > 0, 'findings are still shown');

    await client.waitForMessages(1);
    assert.match(client.messages[0].message, /project key cannot be read.*mapping\.json: line \d+, column \d+/s);

    const actions = await client.codeActions(uri, [diagnostics[0]]);
    assert.deepEqual(titles(actions), ['Open the project key to fix it (it cannot be read)']);
    assert.equal((actions![0] as CodeAction).command?.command, 'transcriptRedactor.openProjectKey');

    // Even a direct call cannot write through a broken key.
    const data = diagnostics[0].data as { type: string; text: string };
    await client.executeCommand({
      title: 'Redact',
      command: 'transcriptRedactor.server.redact',
      arguments: [{ uri, version: 1, start: 29, end: 41, type: data.type, text: data.text, scope: 'occurrence' }],
    });
    await client.waitForMessages(2);
    assert.match(client.messages[1].message, /line \d+, column \d+/);
    assert.equal(readFileSync(join(folder, '.redaction', 'mapping.json'), 'utf8'), broken);
    assert.equal(client.appliedEdits.length, 0);
  });
});
