/** Runs the bundled CLI (`node dist/cli.js`) the way a user would, building it once per test run. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/cli');
const CLI = path.join(REPO_ROOT, 'dist/cli.js');

let built = false;

/**
 * Registers hooks that build the CLI once and give each test room for a few process spawns: bundling everything
 * and starting Node several times can take a while on a busy two-core machine.
 */
export function useBuiltCli(): void {
  before(function () {
    this.timeout(180_000);
    buildCli();
  });
  beforeEach(function () {
    this.currentTest?.timeout(60_000);
  });
}

/** Bundles dist/cli.js with the project's build script (once), so the tests exercise what users run. */
export function buildCli(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}${result.stderr}`);
  built = true;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args` in `cwd` (default: the fixtures folder), with colours and NO_COLOR cleared. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? FIXTURES, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonFinding {
  file: string;
  start: number;
  end: number;
  type: string;
  text: string;
  confidence: number;
  reason?: string;
}

/** Parses JSONL output, failing loudly on any line that is not one JSON object. */
export function parseJsonl(stdout: string): JsonFinding[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonFinding);
}
