// Runs the integration suite (out/test/integration/index.js) inside a real VS Code extension host.
//
// Default route (CI, and any linux-x64 machine): code-server's bundled VS Code server, opened in headless
// Chromium driven by playwright-core, with the smoke-test driver reporting the extension host's exit code.
// On a laptop with internet, TR_VSCODE_RUNNER=electron uses @vscode/test-electron instead (never in CI).
//
// Environment:
//   TR_SCREENSHOT_DIR        where UI screenshots requested by tests are saved (default: a temporary folder)
//   TR_INTEGRATION_TIMEOUT_MS overall limit (default 600000 = 10 min)
//   TR_TEST_GREP             only run tests whose title matches (mocha --grep)
//   TR_VSCODE_VERBOSE=1      also print the server's and the browser's own output
//   TR_VSIX=FILE             install this packaged .vsix and test it instead of the repository's extension
//   TR_TEST_WORKSPACE=DIR    open a copy of DIR instead of test/fixtures/workspace (e.g. samples, for screenshots)
// Prints "integration: N passed, M failed" and exits with the extension host's exit code.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { cacheDir, repoRoot } from './paths.mjs';
import { installVsix, VSIX_PROBE_PATH } from './install-vsix.mjs';
import { ensureSetup } from './setup.mjs';
import { startUiBridge } from './ui-bridge.mjs';
import { startVsCodeServer } from './vscode-server.mjs';

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const RESULT_LINE = /\[integration\] (\d+) passing, (\d+) failing/;
const HOST_LOG_TAG = '[ext-host] ';

class HarnessError extends Error {}

function paths(options) {
  const extensionPath = resolve(options.extensionPath ?? repoRoot);
  const testsPath = resolve(options.testsPath ?? join(repoRoot, 'out', 'test', 'integration', 'index.js'));
  const fixtureWorkspace = resolve(options.workspace ?? process.env.TR_TEST_WORKSPACE ?? join(repoRoot, 'test', 'fixtures', 'workspace'));
  const missing = [
    [join(extensionPath, 'dist', 'extension.js'), 'build the extension first: node scripts/build.mjs'],
    [testsPath, 'compile the tests first: npx tsc -p tsconfig.test.json'],
    [fixtureWorkspace, 'the fixture workspace is missing'],
  ].filter(([path]) => !existsSync(path));
  if (missing.length > 0) {
    throw new HarnessError(missing.map(([path, hint]) => `${path} not found: ${hint}`).join('\n'));
  }
  return { extensionPath, testsPath, fixtureWorkspace };
}

/** Reads the counts the in-host mocha runner wrote (see test/integration/index.ts). */
function readResults(resultsFile, logText) {
  if (existsSync(resultsFile)) {
    const { passed, failed } = JSON.parse(readFileSync(resultsFile, 'utf8'));
    return { passed, failed };
  }
  const line = RESULT_LINE.exec(logText);
  return line ? { passed: Number(line[1]), failed: Number(line[2]) } : undefined;
}

function withTimeout(promise, ms, describe) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HarnessError(describe())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runInBrowser({ extensionPath, testsPath, workspace, env, scratch, verbose, timeoutMs, screenshotDir, vsix }) {
  const chromiumPath = ensureSetup();
  const { chromium } = await import('playwright-core');
  let transcript = '';

  let server;
  let browser;
  let bridge;
  let page;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    bridge = await startUiBridge({ page, screenshotDir });
    if (vsix) console.log(`[vscode-test] ${installVsix({ vsix, dataDir: join(scratch, 'server-data') }).trim()}`);
    // The extension host inherits the server's environment: that is how tests find the bridge and results file.
    const hostEnv = { ...env, TR_UI_BRIDGE: bridge.url, TR_HOST_LOG_TAG: HOST_LOG_TAG };
    server = await startVsCodeServer({ dataDir: join(scratch, 'server-data'), env: hostEnv, verbose });
    if (verbose) page.on('console', (message) => process.stderr.write(`[browser] ${message.text()}\n`));
    page.on('pageerror', (error) => process.stderr.write(`[browser error] ${error.message}\n`));

    let reportExit;
    const finished = new Promise((resolveExit) => { reportExit = resolveExit; });
    await page.exposeFunction('codeAutomationExit', (code, logs) => reportExit({ code, logs }));
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      transcript += `[${level}] ${text}\n`;
      // Only the extension host's output (tagged by test/integration/index.ts) is the test's; the rest is
      // workbench chatter (marketplace and sign-in failures without network) kept for verbose runs and failures.
      if (text.startsWith(HOST_LOG_TAG)) console.log(text.slice(HOST_LOG_TAG.length));
      else if (verbose) process.stderr.write(`[workbench ${level}] ${text}\n`);
    });

    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);

    const { code, logs } = await withTimeout(finished, timeoutMs, () =>
      `integration tests did not finish within ${Math.round(timeoutMs / 1000)} s ` +
      '(set TR_INTEGRATION_TIMEOUT_MS to change the limit).\n' +
      `--- last server output ---\n${server.log().slice(-4000)}`);
    if (code !== 0) await saveDiagnostics({ page, logs, transcript });
    return { code, transcript };
  } catch (error) {
    if (page) await saveDiagnostics({ page, logs: [], transcript }).catch(() => {});
    throw error;
  } finally {
    await bridge?.close();
    await browser?.close().catch(() => {});
    await server?.stop();
  }
}

/** Keeps what a developer needs to understand a failed run: VS Code's logs and a screenshot. */
async function saveDiagnostics({ page, logs, transcript }) {
  const dir = join(cacheDir, 'last-failure');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'output.txt'), transcript);
  for (const { relativePath, contents } of logs ?? []) {
    const target = join(dir, 'logs', relativePath.replace(/\.\.+/g, '_'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  await page.screenshot({ path: join(dir, 'screenshot.png') }).catch(() => {});
  console.error(`[vscode-test] logs and a screenshot of the failed run are in ${dir}`);
}

async function runInElectron({ extensionPath, testsPath, workspace, env }) {
  if (process.env.CI) throw new HarnessError('TR_VSCODE_RUNNER=electron is for laptops with internet; CI uses code-server.');
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({
      version: process.env.TR_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsPath,
      extensionTestsEnv: env,
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
    });
    return { code: 0, transcript: '' };
  } catch (error) {
    console.error(String(error?.message ?? error));
    return { code: 1, transcript: '' };
  }
}

/**
 * Runs the suite once. Resolves with the exit code and the counts; never leaves processes behind.
 * @returns {Promise<{ exitCode: number, passed: number, failed: number }>}
 */
export async function runIntegrationTests(options = {}) {
  const { extensionPath, testsPath, fixtureWorkspace } = paths(options);
  const scratch = mkdtempSync(join(tmpdir(), 'tr-vscode-test-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  process.once('exit', removeScratch);
  try {
    // Tests may edit files (quick fixes, the mapping key): they work on a copy, never on the fixture.
    const workspace = join(scratch, 'workspace');
    cpSync(fixtureWorkspace, workspace, { recursive: true });
    const resultsFile = join(scratch, 'results.json');
    const env = { TR_TEST_RESULTS_FILE: resultsFile };
    if (process.env.TR_TEST_GREP) env.TR_TEST_GREP = process.env.TR_TEST_GREP;
    // With a .vsix, a do-nothing probe is the development extension, so the extension under test is the installed one.
    const vsix = options.vsix ?? process.env.TR_VSIX;
    if (vsix) env.TR_VSIX = resolve(vsix);
    const run = {
      extensionPath: vsix ? VSIX_PROBE_PATH : extensionPath, testsPath, workspace, env, scratch, vsix,
      verbose: Boolean(process.env.TR_VSCODE_VERBOSE),
      timeoutMs: Number(process.env.TR_INTEGRATION_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS,
      screenshotDir: resolve(process.env.TR_SCREENSHOT_DIR || join(scratch, 'screenshots')),
    };
    const { code, transcript } = process.env.TR_VSCODE_RUNNER === 'electron' ? await runInElectron(run) : await runInBrowser(run);
    const counts = readResults(resultsFile, transcript);
    if (!counts) {
      // The suite never reported: the extension host or the runner itself broke. Count it as a failure.
      return { exitCode: code || 1, passed: 0, failed: 1 };
    }
    return { exitCode: code !== 0 || counts.failed > 0 ? code || 1 : 0, ...counts };
  } finally {
    process.removeListener('exit', removeScratch);
    removeScratch();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // On Ctrl-C or a CI kill, 'exit' handlers stop the server group and remove the scratch folder.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`[vscode-test] interrupted by ${signal}: stopping VS Code`);
      process.exit(130);
    });
  }
  try {
    const { exitCode, passed, failed } = await runIntegrationTests();
    console.log(`integration: ${passed} passed, ${failed} failed`);
    process.exitCode = exitCode;
  } catch (error) {
    console.error(`[vscode-test] ${error instanceof HarnessError ? error.message : error.stack}`);
    console.log('integration: 0 passed, 1 failed');
    process.exitCode = 1;
  }
}
