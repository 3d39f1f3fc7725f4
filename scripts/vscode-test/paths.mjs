// Where the headless VS Code toolchain lives. Shared by setup.mjs and run.mjs so they never disagree.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// TR_VSCODE_TEST_DIR lets several clones share one ~1 GB install.
export const cacheDir = resolve(process.env.TR_VSCODE_TEST_DIR || join(repoRoot, '.vscode-test'));
export const nodeDir = join(cacheDir, `node-v${NODE_VERSION}`);
export const nodeBin = join(nodeDir, 'bin', 'node');
export const codeServerPrefix = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerDir = join(codeServerPrefix, 'node_modules', 'code-server');
export const serverMain = join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');

const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive: TR_CHROMIUM if set, otherwise the first system one found, or undefined. */
export function findChromium() {
  if (process.env.TR_CHROMIUM) {
    return existsSync(process.env.TR_CHROMIUM) ? process.env.TR_CHROMIUM : undefined;
  }
  return chromiumCandidates.find((candidate) => existsSync(candidate));
}
