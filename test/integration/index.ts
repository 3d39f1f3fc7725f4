/**
 * Entry point VS Code calls inside the extension host (`extensionTestsPath`): runs every compiled
 * `*.test.js` next to this file with mocha and reports the counts, so the launcher can tell a failing
 * suite from a broken harness. Launch it with `node scripts/vscode-test/run.mjs`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * The code-server launcher receives the extension host's console mixed with the workbench's own log; a tag
 * (TR_HOST_LOG_TAG, set by the launcher) marks what comes from here so it can show the test output alone.
 */
function tagConsoleOutput(): void {
  const tag = process.env.TR_HOST_LOG_TAG;
  if (!tag) return;
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    // VS Code installs its forwarding console methods as accessors whose setter ignores writes.
    const forward = console[method];
    const tagged = (...args: unknown[]): void => forward(tag + format(...args));
    Object.defineProperty(console, method, { get: () => tagged, set: () => {}, configurable: true });
  }
  // Mocha's reporters captured console.log when mocha loaded; send them through the tagged one.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(...args);
}

/** The output ends up in CI logs and in a results parser, not in a terminal (mocha guesses colours from CI=true). */
function plainOutput(): void {
  Mocha.reporters.Base.useColors = false;
}

/** The launcher (scripts/vscode-test/run.mjs) parses this line when it cannot read the results file. */
function resultLine(passed: number, failed: number): string {
  return `[integration] ${passed} passing, ${failed} failing`;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => join(dir, file));
}

export function run(): Promise<void> {
  tagConsoleOutput();
  plainOutput();
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // Starting the language server on a cold extension host can take a few seconds on a slow CI machine.
    timeout: 60_000,
    ...(process.env.TR_TEST_GREP ? { grep: process.env.TR_TEST_GREP } : {}),
  });
  const files = testFiles(__dirname);
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    const finish = (passed: number, failed: number): void => {
      console.log(resultLine(passed, failed));
      if (process.env.TR_TEST_RESULTS_FILE) {
        writeFileSync(process.env.TR_TEST_RESULTS_FILE, JSON.stringify({ passed, failed }));
      }
      if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
      else resolve();
    };
    if (files.length === 0) {
      console.error(`no *.test.js files found under ${__dirname}`);
      finish(0, 1);
      return;
    }
    try {
      const runner = mocha.run(() => {
        const { passes = 0, failures = 0, tests = 0 } = runner.stats ?? {};
        // A grep that selects nothing must not look like success.
        finish(passes, tests === 0 && failures === 0 ? 1 : failures);
      });
    } catch (error) {
      // A test file that throws while loading (a bad import, a syntax error).
      console.error(error);
      finish(0, 1);
    }
  });
}
