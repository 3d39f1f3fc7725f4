// Profiles the engine: bundles scripts/bench/profile-engine.ts, runs it under --cpu-prof, and prints the functions
// with the most self time (by file and function), and the regular expressions' time by the engine function that ran
// them (file:line, from the source map). Usage: node scripts/bench/profile.mjs [MB, default 1] (PROFILE_TOP=n rows)
import { readdirSync, readFileSync, rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { SourceMap } from 'node:module';
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
if (process.env.PROFILE_KEEP) writeFileSync(process.env.PROFILE_KEEP, JSON.stringify(profile));
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
  const key = `${(functionName || '(anonymous)').slice(0, 140)} ${where}`;
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
// Time in regular expressions (their compiled code, or matchAll's loop) charged to the nearest engine function on the
// stack that is not matchAll itself: which rule's pattern costs what.
const sourceMap = new SourceMap(JSON.parse(readFileSync('dist/bench/profile-engine.js.map', 'utf8')));
const engineFrameName = (frame) => {
  const entry = sourceMap.findEntry(frame.lineNumber, frame.columnNumber);
  const file = entry?.originalSource?.replace(/^.*?(src\/core\/)/, '$1') ?? '?';
  return `${frame.functionName || '(anonymous)'} ${file}:${(entry?.originalLine ?? -1) + 1}`;
};
const regexByCaller = new Map();
for (const [id, count] of counts) {
  const leaf = byNode.get(id).callFrame;
  const inRegex = leaf.functionName.startsWith('RegExp:') || leaf.functionName === 'matchAll' || (leaf.url === '' && /exec|match|replace|test|split|search/i.test(leaf.functionName));
  if (!inRegex) continue;
  for (let at = parents.get(id); at !== undefined; at = parents.get(at)) {
    const frame = byNode.get(at).callFrame;
    if (!frame.url.endsWith('profile-engine.js') || frame.functionName === 'matchAll') continue;
    if (!sourceOf(frame.lineNumber).startsWith('src/')) continue;
    const key = engineFrameName(frame);
    regexByCaller.set(key, (regexByCaller.get(key) ?? 0) + count);
    break;
  }
}
const rows = Number(process.env.PROFILE_TOP ?? 25);
const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
console.log(`\nTotal ${(total * interval).toFixed(0)} ms sampled.\nSelf time:`);
for (const [key, count] of top(self, rows)) console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
console.log('\nInclusive time (functions and compromise as a whole):');
for (const [key, count] of top(inclusiveBySource, rows + 5)) console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
console.log('\nRegular expressions, by the engine function that ran them:');
for (const [key, count] of top(regexByCaller, rows)) console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
