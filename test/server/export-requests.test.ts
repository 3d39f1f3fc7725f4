/** The server's export and preview requests (what the VS Code commands send), over stdio like a real client. */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CANCEL_EXPORT_REQUEST,
  EXPORT_PROGRESS_REQUEST,
  EXPORT_REQUEST,
  PREVIEW_REDACTED_REQUEST,
  type ExportParams,
  type ExportProgressReply,
  type ExportReply,
  type PreviewReply,
} from '../../src/server/export-protocol';
import { buildServer, TestClient } from './lsp-harness';

const KEY = {
  version: 1,
  entities: [{ token: '[PERSON_1]', type: 'PERSON', forms: ['Maria Gonzalez', 'Maria'] }],
  ignore: [],
  counters: { PERSON: 1 },
};
const INTERVIEW = "INTERVIEWER: How did it start?\n\nMaria Gonzalez: Maria's sister Odell Pritchett drove me in.\n";

describe('server: export and preview requests', () => {
  let root: string;
  let study: string;
  let client: TestClient;
  const keyFile = (): string => join(study, '.redaction', 'mapping.json');
  const params = (overrides: Partial<ExportParams>): ExportParams => ({
    id: 'test-export',
    folderUri: pathToFileURL(study).toString(),
    out: join(root, 'study-redacted'),
    force: false,
    mode: 'stop',
    include: [],
    exclude: [],
    ...overrides,
  });

  before(async function () {
    await buildServer();
  });

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'tr-export-server-'));
    study = join(root, 'study');
    mkdirSync(join(study, '.redaction'), { recursive: true });
    writeFileSync(keyFile(), JSON.stringify(KEY));
    writeFileSync(join(study, 'interview-01.txt'), INTERVIEW);
    client = await TestClient.start({ workspaceFolder: study });
  });

  afterEach(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('previews a file with the key applied, without changing it', async () => {
    const uri = pathToFileURL(join(study, 'interview-01.txt')).toString();
    const reply = await client.connection.sendRequest<PreviewReply>(PREVIEW_REDACTED_REQUEST, { uri });
    assert.deepEqual(reply, {
      ok: true,
      text: "INTERVIEWER: How did it start?\n\n[PERSON_1]: [PERSON_1]'s sister Odell Pritchett drove me in.\n",
      replacements: 2,
      keyFile: keyFile(),
    });
    assert.equal(readFileSync(join(study, 'interview-01.txt'), 'utf8'), INTERVIEW);
  });

  it('stops on findings the key misses; "redact remaining" adds them to the key, and the preview then uses it', async () => {
    const stopped = await client.connection.sendRequest<ExportReply>(EXPORT_REQUEST, params({}));
    assert.equal(stopped.status, 'unresolved', JSON.stringify(stopped));
    assert.deepEqual(stopped.status === 'unresolved' && stopped.files.map(({ path, line, column }) => ({ path, line, column })), [
      { path: 'interview-01.txt', line: 3, column: 32 },
    ]);
    assert.equal(existsSync(join(root, 'study-redacted')), false);

    const exported = await client.connection.sendRequest<ExportReply>(EXPORT_REQUEST, params({ mode: 'redact-unresolved' }));
    assert.equal(exported.status, 'exported', JSON.stringify(exported));
    assert.equal(exported.status === 'exported' && exported.keyUpdated, keyFile());
    assert.deepEqual(readdirSync(join(root, 'study-redacted')).sort(), ['REDACTION-LOG.md', 'interview-01.txt', 'redaction-log.csv']);
    assert.match(readFileSync(keyFile(), 'utf8'), /Odell Pritchett/);

    const uri = pathToFileURL(join(study, 'interview-01.txt')).toString();
    const preview = await client.connection.sendRequest<PreviewReply>(PREVIEW_REDACTED_REQUEST, { uri });
    assert.ok(preview.ok);
    assert.match(preview.text, /^\[PERSON_1\]: \[PERSON_1\]'s sister \[PERSON_2\] drove me in\.$/m, 'the saved key is used at once');
  });

  it('reports progress while exporting, and a cancel leaves no output and no staging folder', async function () {
    this.timeout(120_000);
    // Enough text that the analysis takes far longer than a few request round trips.
    const paragraph = 'Maria Gonzalez: We met at the depot most mornings, and the drivers knew every one of us by name.\n\n'.repeat(40);
    for (let index = 0; index < 120; index++) writeFileSync(join(study, `session-${String(index).padStart(3, '0')}.txt`), paragraph);
    const running = client.connection.sendRequest<ExportReply>(EXPORT_REQUEST, params({ mode: 'allow-unresolved' }));
    let progress: ExportProgressReply | null = null;
    while (!progress || progress.done < 2) {
      progress = await client.connection.sendRequest<ExportProgressReply | null>(EXPORT_PROGRESS_REQUEST, { id: 'test-export' });
      assert.ok(progress, 'progress is known while the export runs');
    }
    assert.equal(progress.total, 121);
    assert.equal(await client.connection.sendRequest<boolean>(CANCEL_EXPORT_REQUEST, { id: 'test-export' }), true);
    assert.deepEqual(await running, { status: 'cancelled' });
    assert.deepEqual(readdirSync(root), ['study'], 'no output folder and no staging folder beside it');
    assert.equal(await client.connection.sendRequest(EXPORT_PROGRESS_REQUEST, { id: 'test-export' }), null, 'the run is forgotten');
  });
});
