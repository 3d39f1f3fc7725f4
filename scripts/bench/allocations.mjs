// Where the engine allocates: bundles scripts/bench/allocations-engine.ts, runs it (a sampling heap profile of the
// engine over the 2 MB bench corpus, freed objects included), and prints MB allocated per MB of text, the functions
// that allocate most (self, then inclusive for the engine's own files), and which functions call the built-ins that
// allocate (regular-expression exec, slice, split, ...). Usage: node scripts/bench/allocations.mjs [MB, default 2]
// (ALLOCATIONS_TOP=n rows). Sampled: two runs differ by a few per cent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const bundle = 'dist/bench/allocations-engine.js';
await esbuild.build({ entryPoints: ['scripts/bench/allocations-engine.ts'], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' });
const scratch = mkdtempSync(path.join(os.tmpdir(), 'redactor-allocations-'));
const out = path.join(scratch, 'profile.json');
const run = spawnSync(process.execPath, [bundle, process.argv[2] ?? '2', out], { stdio: 'inherit' });
if (run.status !== 0) throw new Error(`allocations-engine.js exited with ${run.status ?? run.signal}`);
const { characters, profile } = JSON.parse(readFileSync(out, 'utf8'));
rmSync(scratch, { recursive: true, force: true });

const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
const top = Number(process.env.ALLOCATIONS_TOP ?? 25);
const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1).padStart(8);
/** `name file:line`, from the source map; built-ins are `name (native)`. */
const frameName = ({ functionName, url, lineNumber, columnNumber }) => {
  if (!url || lineNumber < 0) return `${functionName || '(anonymous)'} (native)`;
  const entry = map.findEntry(lineNumber, columnNumber);
  const source = entry?.originalSource ? `${entry.originalSource.replace(/.*?\/((?:src|scripts)\/)/, '$1').replace(/.*node_modules\//, '')}:${entry.originalLine + 1}` : `${url}:${lineNumber}`;
  return `${functionName || '(anonymous)'} ${source}`;
};

const self = new Map();
const inclusive = new Map();
const nativeByCaller = new Map();
let total = 0;
/** Returns the node's subtree size; counts it once per distinct frame on the path (recursion). */
const walk = (node, stack, caller) => {
  const name = frameName(node.callFrame);
  total += node.selfSize;
  self.set(name, (self.get(name) ?? 0) + node.selfSize);
  if (name.endsWith('(native)') && node.selfSize > 0) nativeByCaller.set(`${name} <- ${caller}`, (nativeByCaller.get(`${name} <- ${caller}`) ?? 0) + node.selfSize);
  const onStack = stack.has(name);
  if (!onStack) stack.add(name);
  let size = node.selfSize;
  for (const child of node.children) size += walk(child, stack, name);
  if (!onStack) {
    stack.delete(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + size);
  }
  return size;
};
walk(profile.head, new Set(), '');

/** The corpus is mostly ASCII: characters stand for bytes. */
const textMb = characters / (1024 * 1024);
const print = (title, entries) => {
  console.log(`\n${title}`);
  for (const [name, bytes] of entries.slice(0, top)) console.log(`${mb(bytes)} MB ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${name}`);
};
const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
console.log(`${(total / (1024 * 1024)).toFixed(0)} MB allocated (sampled) for ${textMb.toFixed(2)} MB of text: ${(total / (1024 * 1024) / textMb).toFixed(0)} MB per MB`);
print('Self (where the allocation happens):', sorted(self));
print('Inclusive, the engine\'s own files:', sorted(inclusive).filter(([name]) => / src\//.test(name)));
print('Built-ins that allocate, by caller:', sorted(nativeByCaller));
