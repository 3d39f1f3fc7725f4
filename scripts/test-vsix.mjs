// Packages the extension (npm run package) and runs the real-VS Code integration suite against the installed .vsix
// rather than the repository, so a file missing from the package or a bundling mistake fails a test.
// Expects compiled tests (npx tsc -p tsconfig.test.json). Last line: "integration: N passed, M failed".
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
try {
  const { exitCode, passed, failed } = await runIntegrationTests({ vsix });
  console.log(`integration: ${passed} passed, ${failed} failed`);
  process.exitCode = exitCode;
} catch (error) {
  console.error(`[test-vsix] ${error.stack ?? error}`);
  console.log('integration: 0 passed, 1 failed');
  process.exitCode = 1;
}
