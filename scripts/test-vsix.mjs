// Packages the extension (npm run package) and runs the real-VS Code integration suite against the installed .vsix
// rather than the repository, so a file missing from the package or a bundling mistake fails a test.
// Expects compiled tests (npx tsc -p tsconfig.test.json). Last line: "integration: N passed, M failed".
//
// Runs a selection (TR_TEST_GREP overrides it): with the .vsix installed, the test files belong to no extension, so
// they get their own copy of the vscode API, and tests that replace vscode.window functions to answer dialogs
// (export-interactive) cannot reach the installed extension's copy. The selection exercises the bundles, the
// language server, the views and the bundled samples.
const VSIX_SUITES = ['installed \\.vsix', 'diagnostics in a transcript', 'Identifiers view', 'walkthrough'];
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, repoRoot } from './vscode-test/paths.mjs';
import { runIntegrationTests } from './vscode-test/run.mjs';

const vsix = join(cacheDir, 'package', 'transcript-redactor.vsix');
mkdirSync(join(cacheDir, 'package'), { recursive: true });
const packaged = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'package.mjs'), '--out', vsix], { cwd: repoRoot, stdio: 'inherit' });
if (packaged.status !== 0) {
  console.error('[test-vsix] packaging failed');
  console.log('integration: 0 passed, 1 failed');
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
process.env.TR_TEST_GREP ||= VSIX_SUITES.join('|');
try {
  const { exitCode, passed, failed } = await runIntegrationTests({ vsix });
  console.log(`integration: ${passed} passed, ${failed} failed`);
  process.exitCode = exitCode;
} catch (error) {
  console.error(`[test-vsix] ${error.stack ?? error}`);
  console.log('integration: 0 passed, 1 failed');
  process.exitCode = 1;
}
