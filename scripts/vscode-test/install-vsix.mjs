// Installs a packaged .vsix into the extensions folder the headless VS Code server will use, the way a user's
// VS Code would (`server-main.js --install-extension`), so the integration suite can run against the .vsix itself
// instead of the repository. Used by run.mjs when TR_VSIX is set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeBin, repoRoot, serverMain } from './paths.mjs';

/** A do-nothing extension to pass as extensionDevelopmentPath, so the extension under test is the installed one. */
export const VSIX_PROBE_PATH = join(repoRoot, 'test', 'fixtures', 'vsix-probe');

/**
 * @param {{ vsix: string, dataDir: string }} options dataDir: the server's --server-data-dir (extensions go in ext/)
 * @returns {string} the output of the install, for the log
 */
export function installVsix({ vsix, dataDir }) {
  const file = resolve(vsix);
  if (!existsSync(file)) throw new Error(`TR_VSIX: ${file} does not exist; build it with npm run package`);
  mkdirSync(join(dataDir, 'user'), { recursive: true });
  const result = spawnSync(nodeBin, [
    serverMain, '--install-extension', file, '--force', '--accept-server-license-terms',
    '--server-data-dir', dataDir, '--user-data-dir', join(dataDir, 'user'), '--extensions-dir', join(dataDir, 'ext'),
  ], { encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error || result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${file} failed (exit ${result.status ?? result.error?.message}):\n${output}`);
  }
  return output;
}
