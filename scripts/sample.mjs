// `npm run sample`: the quick start. Scans the bundled synthetic transcripts (samples/), then exports a redacted,
// leak-checked copy of them to samples-redacted/, giving every finding a token in a sample key kept apart in
// .sample-key/ (never part of the export), and says where the copy and its log are.
//
//   node scripts/sample.mjs [--root DIR]   DIR holds samples/ (default: the repository); results are written there
//
// Exits 0 when the export succeeded (the scan's "found something" status 1 is the point of the demo, not a failure).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repoRoot, 'dist', 'cli.js');
const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = resolve(values.root ?? repoRoot);
const SAMPLES = 'samples';
const OUT = 'samples-redacted';
const KEY = join('.sample-key', 'mapping.json');

function fail(message, code = 2) {
  console.error(`sample: ${message}`);
  process.exit(code);
}

if (!existsSync(cli)) fail('dist/cli.js is missing: run `npm run build` first (or use `npm run sample`)');
if (!existsSync(join(root, SAMPLES))) fail(`no ${SAMPLES}/ folder in ${root}`);

const run = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });

console.log(`1. What the engine finds in ${SAMPLES}/ (everything here is made up):\n`);
const scan = run(['scan', SAMPLES]);
// 0: nothing found, 1: identifiers found (expected here); anything else is a real problem.
if (scan.status !== 0 && scan.status !== 1) fail(`scan failed (exit ${scan.status ?? scan.signal})`, scan.status ?? 2);

console.log(`\n2. Exporting a redacted copy (every finding gets a token in the sample key):\n`);
const exported = run(['export', SAMPLES, '--out', OUT, '--key', KEY, '--redact-unresolved', '--force']);
if (exported.status !== 0) fail(`export failed (exit ${exported.status ?? exported.signal}); see the messages above`, exported.status ?? 2);

console.log(`
Redacted copy: ${join(root, OUT)}
Redaction log: ${join(root, OUT, 'REDACTION-LOG.md')}
Sample key:    ${join(root, KEY)} (links tokens back to the made-up names; never shared with the copy)`);
