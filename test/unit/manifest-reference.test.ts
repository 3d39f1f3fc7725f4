/** The README's commands and settings reference is generated from package.json (scripts/docs-reference.mjs). */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';

interface Manifest {
  contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> } };
}

function generated(): string {
  return execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'docs-reference.mjs')], { encoding: 'utf8' });
}

describe('README reference', () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;

  it('lists every contributed command and setting exactly once, and nothing else', () => {
    const markdown = generated();
    const ids = [...markdown.matchAll(/^\| [^|]+ \| `(transcriptRedactor\.[\w.]+)` \|/gm)].map((match) => match[1]);
    assert.deepEqual([...ids].sort(), manifest.contributes.commands.map((command) => command.command).sort());
    const settings = [...markdown.matchAll(/^\| `(transcriptRedactor\.[\w.]+)` \|/gm)].map((match) => match[1]);
    assert.deepEqual(settings, Object.keys(manifest.contributes.configuration.properties).sort());
  });

  it('keeps every table row on one line with the right number of cells', () => {
    for (const row of generated().split('\n').filter((line) => line.startsWith('|'))) {
      const cells = row.replace(/\\\|/g, '').split('|').length - 2;
      assert.ok(cells === 4 || cells === 3, `${cells} cells: ${row}`);
    }
  });

  it('matches the README section between the reference markers', function () {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    // The README's owner places the markers; until then there is no section to keep in step.
    if (start === -1 && end === -1) this.skip();
    assert.ok(start !== -1 && end > start, `README.md needs both ${START} and ${END}, in that order`);
    assert.equal(
      readme.slice(start + START.length, end).replace(/^\n/, ''),
      generated(),
      'README reference is out of date: run node scripts/docs-reference.mjs --write',
    );
  });
});
