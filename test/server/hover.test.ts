import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver/node';
import { buildServer, TestClient } from './lsp-harness';

function hoverText(hover: Hover | null): string | undefined {
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('language server hovers', function () {
  let client: TestClient;
  const uri = 'file:///study/hover.transcript';
  const text = [
    'INTERVIEWER: Tell me about [PERSON_3].',
    'Keisha Grant: She is in her [AGE 40-49] and lives near [LOCATION_2].',
  ].join('\n');

  before(async function () {
    await buildServer();
    client = await TestClient.start();
    await client.open(uri, text);
    await client.nextDiagnostics(uri);
  });

  after(async function () {
    await client.stop();
  });

  it('explains a finding: type, reason, confidence, and the token it would become, over the finding range', async function () {
    const hover = await client.hover(uri, 1, 3);
    // The text already uses [PERSON_3], so a new person gets the next number even though the key is empty.
    assert.equal(
      hoverText(hover),
      '**Likely person name** · `PERSON`\n\nWhy: speaker label that is a name  \nConfidence: 95%  \nWould become `[PERSON_4]`',
    );
    assert.deepEqual(hover?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } });
  });

  it('names the type of an existing pseudonym token', async function () {
    const hover = await client.hover(uri, 0, 30);
    assert.equal(hoverText(hover), '**Redaction token** · `PERSON`\n\nPseudonym (person name) from the project key.');
    assert.deepEqual(hover?.range, { start: { line: 0, character: 27 }, end: { line: 0, character: 37 } });
    assert.match(hoverText(await client.hover(uri, 1, 60)) ?? '', /^\*\*Redaction token\*\* · `LOCATION`/);
  });

  it('describes a generalised value', async function () {
    assert.equal(
      hoverText(await client.hover(uri, 1, 31)),
      '**Generalised age** · `AGE`\n\nReplaced by a less specific value: 40-49.',
    );
  });

  it('shows nothing over ordinary words and roles', async function () {
    assert.equal(await client.hover(uri, 0, 3), null);
    assert.equal(await client.hover(uri, 1, 18), null);
  });
});
