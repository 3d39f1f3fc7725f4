/** "Redact all in the project" edits the files `transcriptRedactor.files.include` selects, and no others. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver/node';
import { includedFiles } from '../../src/server/included-files';
import { buildServer, TestClient } from './lsp-harness';

describe('included files for project-wide redaction', () => {
  it('reads language ids as their file names and other entries as globs, like the document selector', () => {
    const included = includedFiles(['transcript', '*.vtt', '**/interviews/*.txt', 'klingon', ' ']);
    assert.equal(included.test('a.transcript'), true);
    assert.equal(included.test('site/b.transcript'), true);
    assert.equal(included.test('captions/c.vtt'), true);
    assert.equal(included.test('interviews/d.txt'), true);
    assert.equal(included.test('deep/interviews/d.txt'), true);
    assert.equal(included.test('notes/d.txt'), false);
    assert.equal(included.test('README.md'), false);
    assert.deepEqual(included.unknownLanguages, ['klingon']);
    assert.equal(includedFiles(['markdown']).test('README.md'), true);
    assert.equal(includedFiles(['plaintext']).test('notes.txt'), true);
  });

  describe('in the language server', function () {
    let folder: string;
    let client: TestClient;
    const transcript = 'INTERVIEWER: Who helped?\nKeisha Grant: My neighbour did.\nKeisha Grant: Yes.\n';
    const files: Record<string, string> = {
      'interview-01.transcript': transcript,
      'interview-02.transcript': 'P02: I know Keisha Grant.\n',
      'captions/session.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v P02>Keisha Grant said hello.\n',
      'README.md': '# Study notes\n\nKeisha Grant wrote this readme.\n',
      'notes.txt': 'Keisha Grant, call back.\n',
    };

    before(async () => buildServer());
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'tr-include-'));
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
      }
    });
    afterEach(async () => {
      await client.stop();
      rmSync(folder, { recursive: true, force: true });
    });

    async function editedFilesWith(settings: unknown): Promise<string[]> {
      client = await TestClient.start({ workspaceFolder: folder, settings: () => settings });
      const uri = pathToFileURL(join(folder, 'interview-01.transcript')).toString();
      await client.open(uri, transcript);
      const { diagnostics } = await client.nextDiagnostics(uri);
      const actions = (await client.codeActions(uri, [diagnostics[0]])) as CodeAction[];
      const project = actions.find((action) => /in the project/.test(action.title));
      assert.ok(project?.command, JSON.stringify(actions.map((action) => action.title)));
      await client.executeCommand(project.command);
      const changes = client.appliedEdits[0].edit.documentChanges as TextDocumentEdit[];
      return changes.map((change) => change.textDocument.uri.slice(pathToFileURL(folder).toString().length + 1)).sort();
    }

    it('leaves a README.md and notes alone when only transcripts and captions are included', async () => {
      assert.deepEqual(await editedFilesWith({ files: { include: ['transcript', '*.vtt'] } }), [
        'captions/session.vtt',
        'interview-01.transcript',
        'interview-02.transcript',
      ]);
    });

    it('edits markdown and plain text too with the default include list', async () => {
      assert.deepEqual(await editedFilesWith({}), [
        'README.md',
        'captions/session.vtt',
        'interview-01.transcript',
        'interview-02.transcript',
        'notes.txt',
      ]);
    });
  });
});
