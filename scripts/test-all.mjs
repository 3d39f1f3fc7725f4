// `npm test`: every check the project has, in order, each stage timed, ending with one line a machine can read:
//   N passed, M failed
// Build, type check, lint and test compilation count as one check each; the mocha suites and the real-VS Code
// integration suite count their tests. A stage that cannot run counts as a failure, never as skipped.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './vscode-test/paths.mjs';

const bin = {
  tsc: join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
  eslint: join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js'),
  mocha: join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js'),
};

/**
 * Runs `node <args>` in the repo; resolves with the exit code and the output. Output is echoed live, or, with
 * `quiet`, kept for the caller to print when its stage comes up.
 */
function runNode(args, { quiet = false } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!quiet) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      if (!quiet) process.stderr.write(chunk);
    });
    child.on('error', (error) => resolveRun({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => resolveRun({ code: code ?? (signal ? 1 : 0), output }));
  });
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

const check = ({ code }) => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

/** Mocha's spec reporter ends with "N passing", "N failing"; a run that crashed before it counts as one failure. */
function mochaCounts({ code, output: raw }) {
  const output = stripAnsi(raw);
  const passing = /^\s*(\d+) passing/m.exec(output);
  const failing = /^\s*(\d+) failing/m.exec(output);
  if (!passing && !failing) return { passed: 0, failed: 1 };
  const counts = { passed: Number(passing?.[1] ?? 0), failed: Number(failing?.[1] ?? 0) };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

function integrationCounts({ code, output: raw }) {
  const output = stripAnsi(raw);
  const line = /^integration: (\d+) passed, (\d+) failed$/m.exec(output);
  if (!line) return { passed: 0, failed: 1 };
  const counts = { passed: Number(line[1]), failed: Number(line[2]) };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** Compiled tests whose source was deleted or renamed would otherwise keep running from out/. */
function removeStaleCompiledTests() {
  const outTest = join(repoRoot, 'out', 'test');
  if (!existsSync(outTest)) return;
  for (const file of readdirSync(outTest, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const source = join(repoRoot, 'test', file.replace(/\.js$/, '.ts'));
    if (!existsSync(source)) {
      rmSync(join(outTest, file), { force: true });
      rmSync(join(outTest, `${file}.map`), { force: true });
    }
  }
}

const stages = [
  { name: 'build', run: () => runNode(['scripts/build.mjs']), count: check },
  { name: 'type check', run: () => runNode([bin.tsc, '--noEmit', '-p', '.']), count: check },
  { name: 'lint', run: () => runNode([bin.eslint, 'src', 'test', 'scripts']), count: check },
  {
    name: 'compile tests',
    run: () => {
      removeStaleCompiledTests();
      return runNode([bin.tsc, '-p', 'tsconfig.test.json']);
    },
    count: check,
  },
  { name: 'unit, server and CLI tests', run: () => runNode([bin.mocha, '--config', '.mocharc.json', '--reporter', 'spec', '--no-color']), count: mochaCounts },
  {
    name: 'VS Code setup',
    run: async () => {
      const result = await setupInBackground;
      process.stdout.write(result.output);
      return result;
    },
    // Not a test; it only counts when it fails, because then the integration suite cannot run.
    count: ({ code }) => ({ passed: 0, failed: code === 0 ? 0 : 1 }),
  },
  {
    name: 'integration tests (real VS Code)',
    needs: ['build', 'VS Code setup'],
    run: () => runNode(['scripts/vscode-test/run.mjs']),
    count: integrationCounts,
  },
  {
    // The same suite against the packaged extension, installed from its .vsix as a user would (scripts/test-vsix.mjs).
    name: 'integration tests (installed .vsix)',
    needs: ['build', 'VS Code setup'],
    run: () => runNode(['scripts/test-vsix.mjs']),
    count: integrationCounts,
  },
];

// The first run downloads and builds about 1 GB; that overlaps with the stages before it instead of waiting.
const setupInBackground = runNode(['scripts/vscode-test/setup.mjs'], { quiet: true });

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const totals = { passed: 0, failed: 0 };
const summary = [];
const failedStages = new Set();
const started = Date.now();

for (const stage of stages) {
  const blockedBy = (stage.needs ?? []).filter((name) => failedStages.has(name));
  console.log(`\n=== ${stage.name} ===`);
  let counts;
  const stageStarted = Date.now();
  if (blockedBy.length > 0) {
    console.log(`cannot run: ${blockedBy.join(', ')} failed`);
    counts = { passed: 0, failed: 1 };
  } else {
    const result = await stage.run();
    counts = stage.count(result);
    if (result.code !== 0) failedStages.add(stage.name);
  }
  const took = Date.now() - stageStarted; // for the background setup: the time the suite had to wait for it
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  const status = counts.failed > 0 ? 'FAILED' : 'ok';
  const line = `${stage.name}: ${status}, ${counts.passed} passed, ${counts.failed} failed, ${seconds(took)}`;
  console.log(`--- ${line}`);
  summary.push(line);
}

console.log(`\n=== summary (${seconds(Date.now() - started)}, run from ${relative(process.cwd(), repoRoot) || '.'}) ===`);
for (const line of summary) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
