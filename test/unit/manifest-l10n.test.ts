/** Every user-facing message of the extension's views goes through vscode.l10n and is in the translation template. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

describe('localisation bundle', () => {
  it('is declared in package.json so VS Code loads translations', () => {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
  });

  it('holds every l10n.t message of src/extension and of the language server, each mapped to itself', () => {
    const check = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'l10n-export.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    const bundle = JSON.parse(readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    for (const message of ['People', 'Reviewed by {0}', 'Edited since it was reviewed by {0}', 'Copy Samples Here', 'Redact as {0}', 'Not an identifier']) {
      assert.equal(bundle[message], message);
    }
  });

  it('keeps the views free of hard-coded English in tree items and messages', () => {
    // Labels such as typeLabel('PERSON') must come from l10n.t, not from string literals handed straight to the UI.
    const labels = readFileSync(path.join(repoRoot, 'src', 'extension', 'views', 'labels.ts'), 'utf8');
    const returned = [...labels.matchAll(/return '([^']+)'/g)].map((match) => match[1]);
    assert.deepEqual(returned, [], `labels.ts returns untranslated text: ${returned.join(', ')}`);
  });
});
