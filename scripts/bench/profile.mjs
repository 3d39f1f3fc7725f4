// Profiles the engine: bundles scripts/bench/profile-engine.ts, runs it under --cpu-prof, and prints the functions
// with the most self time (by file and function). Usage: node scripts/bench/profile.mjs [MB, default 1]
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['scripts/bench/profile-engine.ts'],
  outfile: 'dist/bench/profile-engine.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
});
const profileDir = mkdtempSync(path.join(os.tmpdir(), 'redactor-profile-'));
spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, 'dist/bench/profile-engine.js', ...process.argv.slice(2)], { stdio: 'inherit' });
const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8'));
rmSync(profileDir, { recursive: true, force: true });

// Self time per node = samples on it × the mean sampling interval.
const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
// esbuild marks each bundled module with a `// path/to/file.ts` comment line: map bundle lines to source files.
const moduleStarts = [];
readFileSync('dist/bench/profile-engine.js', 'utf8').split('\n').forEach((line, index) => {
  const marker = /^\/\/ ((?:src|scripts|node_modules)\/\S+)$/.exec(line);
  if (marker) moduleStarts.push([index, marker[1].replace(/^node_modules\/(compromise)\/.*/, '$1')]);
});
const sourceOf = (lineNumber) => {
  let found = '(runtime)';
  for (const [start, source] of moduleStarts) if (start <= lineNumber) found = source;
  return found;
};
const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const self = new Map();
const inclusiveBySource = new Map();
let total = 0;
for (const [id, count] of counts) {
  const { functionName, url, lineNumber } = byNode.get(id).callFrame;
  const where = url.endsWith('profile-engine.js') ? sourceOf(lineNumber) : url.split('/').slice(-2).join('/');
  const key = `${functionName || '(anonymous)'} ${where}`;
  self.set(key, (self.get(key) ?? 0) + count);
  total += count;
  // Attribute each sample once to every bundled source region on its stack (compromise vs engine files).
  const seen = new Set();
  for (let at = id; at !== undefined; at = parents.get(at)) {
    const frame = byNode.get(at).callFrame;
    const file = frame.url.endsWith('profile-engine.js') ? sourceOf(frame.lineNumber) : '';
    const source = file === 'compromise' ? 'compromise (all of it)' : `${frame.functionName || '(anonymous)'} ${file}`;
    if (seen.has(source)) continue;
    seen.add(source);
    inclusiveBySource.set(source, (inclusiveBySource.get(source) ?? 0) + count);
  }
}
const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
console.log(`\nTotal ${(total * interval).toFixed(0)} ms sampled.\nSelf time:`);
for (const [key, count] of top(self, 25)) console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
console.log('\nInclusive time (functions and compromise as a whole):');
for (const [key, count] of top(inclusiveBySource, 30)) console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
