// Builds the installable .vsix: a production (minified) esbuild bundle, then `vsce package --no-dependencies`
// (everything the extension needs at run time is bundled into dist/, so node_modules never ships).
// Usage: node scripts/package.mjs [--out FILE]   (default: transcript-redactor-<version>.vsix in the repo root)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`[package] ${message}`);
  process.exit(1);
}

function parseOut(argv) {
  const index = argv.indexOf('--out');
  if (index === -1) return join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
  const value = argv[index + 1];
  if (!value || value.startsWith('--')) fail('--out needs a file name, e.g. --out build/x.vsix');
  return resolve(value);
}

function run(label, command, args) {
  console.log(`[package] ${label}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) fail(`could not start ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${label} failed (exit ${result.status ?? result.signal})`);
}

function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

const out = parseOut(process.argv.slice(2));
for (const file of ['media/icon.png', 'LICENSE', 'README.md']) {
  if (!existsSync(join(repoRoot, file))) fail(`${file} is missing; vsce needs it`);
}

run('production build', process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--production']);
const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
if (!existsSync(vsce)) fail('@vscode/vsce is not installed: run `npm ci` first');
// README images (docs/images) stay relative: the repository URL is not a public host vsce could point them at.
run('vsce package', process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out]);

console.log(`[package] ${relative(process.cwd(), out) || out}: ${formatSize(statSync(out).size)}`);
