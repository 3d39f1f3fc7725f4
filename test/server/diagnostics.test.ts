import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { Diagnostic } from 'vscode-languageserver/node';
import { buildServer, serverPath, TestClient } from './lsp-harness';

const WARNING = 2;
const INFORMATION = 3;

/** The user-visible parts of a diagnostic: where, what, and how loud. */
function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(
    ({ range, code, source, message, severity }) =>
      `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${code} ${severity} ${source}: ${message}`,
  );
}

const INTERVIEW = [
  '[00:00:01] INTERVIEWER: Thanks for joining us today.',
  '[00:00:04] Keisha Grant: Happy to help. [laughs]',
  '[00:00:09] INTERVIEWER: Let us start at 10:30.',
].join('\n');

const KEISHA = 'Likely person name (speaker label that is a name)';

describe('language server diagnostics over stdio', function () {
  let client: TestClient;

  before(async function () {
    await buildServer();
  });

  beforeEach(async function () {
    client = await TestClient.start();
  });

  afterEach(async function () {
    await client.stop();
  });

  it('flags a name in a speaker label, and not roles, timestamps or notes', async function () {
    const uri = 'file:///study/interview-01.transcript';
    await client.open(uri, INTERVIEW);
    const published = await client.nextDiagnostics(uri);
    assert.deepEqual(summary(published.diagnostics), [`1:11-1:23 PERSON ${WARNING} Transcript Redactor: ${KEISHA}`]);
    assert.equal(published.version, 1);
  });

  it('carries the finding in the diagnostic data for code actions', async function () {
    const uri = 'file:///study/interview-02.transcript';
    await client.open(uri, INTERVIEW);
    const [diagnostic] = (await client.nextDiagnostics(uri)).diagnostics;
    assert.deepEqual(diagnostic.data, {
      type: 'PERSON',
      text: 'Keisha Grant',
      confidence: 0.95,
      reason: 'speaker label that is a name',
      detector: 'speaker-labels',
      version: 1,
    });
  });

  it('updates on change and clears on close', async function () {
    const uri = 'file:///study/interview-03.txt';
    await client.open(uri, INTERVIEW, 'plaintext');
    assert.equal((await client.nextDiagnostics(uri)).diagnostics.length, 1);

    // Two quick edits: the diagnostics that end up published describe the latest text.
    await client.change(uri, `INTERVIEWER: Hello.\n${INTERVIEW}`);
    const version = await client.change(uri, `INTERVIEWER: Hello.\n\nOdell Pritchett: Hi.\n${INTERVIEW}`);
    const updated = await client.diagnosticsForVersion(uri, version);
    assert.deepEqual(summary(updated.diagnostics), [
      `2:0-2:15 PERSON ${WARNING} Transcript Redactor: ${KEISHA}`,
      `4:11-4:23 PERSON ${WARNING} Transcript Redactor: ${KEISHA}`,
    ]);

    const rolesOnly = await client.change(uri, 'INTERVIEWER: Hello.\nP07: Hi. [inaudible]\n');
    assert.deepEqual((await client.diagnosticsForVersion(uri, rolesOnly)).diagnostics, []);

    await client.change(uri, INTERVIEW);
    await client.close(uri);
    // Whatever was in flight, the last word for a closed document is an empty list.
    let last = await client.nextDiagnostics(uri);
    while (last.diagnostics.length > 0) last = await client.nextDiagnostics(uri);
    assert.deepEqual(last.diagnostics, []);
  });

  it('maps offsets to positions after a BOM and across CRLF line ends', async function () {
    const uri = 'file:///study/windows.transcript';
    await client.open(uri, '\uFEFFKeisha Grant: Hello.\r\nINTERVIEWER: Hi.\r\nDr. Lee: Morning.\r\n');
    assert.deepEqual(summary((await client.nextDiagnostics(uri)).diagnostics), [
      `0:1-0:13 PERSON ${WARNING} Transcript Redactor: ${KEISHA}`,
      `2:0-2:7 PERSON ${WARNING} Transcript Redactor: ${KEISHA}`,
    ]);
  });

  it('reads WebVTT voice names and skips cue timings, whatever language id the editor gave the file', async function () {
    const uri = 'file:///study/focus-group.vtt';
    const vtt = ['WEBVTT', '', '1', '00:00:01.000 --> 00:00:04.000', '<v Odell Pritchett>We met at ten.', ''].join('\n');
    await client.open(uri, vtt, 'plaintext');
    assert.deepEqual(summary((await client.nextDiagnostics(uri)).diagnostics), [
      `4:3-4:18 PERSON ${WARNING} Transcript Redactor: ${KEISHA}`,
    ]);
  });

  it('survives odd input and keeps serving other documents', async function () {
    const odd = 'file:///study/odd.transcript';
    await client.open(odd, `\u0000\uD800\uDFFF\uDC00: ${'x'.repeat(200_000)}\n::::\n[[[[(((`);
    await client.nextDiagnostics(odd);
    const next = 'file:///study/after-odd.transcript';
    await client.open(next, INTERVIEW);
    assert.equal((await client.nextDiagnostics(next)).diagnostics.length, 1);
  });
});

describe('language server settings', function () {
  let settings: Record<string, unknown>;
  let client: TestClient;

  before(async function () {
    await buildServer();
  });

  beforeEach(async function () {
    settings = {};
    client = await TestClient.start({ settings: () => settings });
  });

  afterEach(async function () {
    await client.stop();
  });

  it('takes severity thresholds from the client and re-analyses when they change', async function () {
    settings = { diagnostics: { severity: { warning: 0.99, information: 0.5 } } };
    const uri = 'file:///study/thresholds.transcript';
    await client.open(uri, INTERVIEW);
    assert.deepEqual(summary((await client.nextDiagnostics(uri)).diagnostics), [
      `1:11-1:23 PERSON ${INFORMATION} Transcript Redactor: ${KEISHA}`,
    ]);

    settings = { enabledTypes: ['LOCATION', 'DATE'] };
    await client.configurationChanged();
    assert.deepEqual((await client.nextDiagnostics(uri)).diagnostics, []);

    settings = { enabledTypes: 'nonsense', sensitivity: 42, diagnostics: { severity: { warning: 'loud' } } };
    await client.configurationChanged();
    assert.deepEqual(summary((await client.nextDiagnostics(uri)).diagnostics), [
      `1:11-1:23 PERSON ${WARNING} Transcript Redactor: ${KEISHA}`,
    ]);
  });
});

describe('language server command line', function () {
  before(async function () {
    await buildServer();
  });

  it('explains how to start it when no transport is given', function () {
    const result = spawnSync(process.execPath, [serverPath], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Usage: node server\.js --stdio/);
  });
});
