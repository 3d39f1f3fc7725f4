// Starts code-server's bundled VS Code server on a free loopback port in its own process group, and stops
// the whole group again (the server forks the extension host and file watchers).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { nodeBin, serverMain } from './paths.mjs';

const MAX_LOG_CHARS = 20_000;

const MACHINE_SETTINGS = {
  // No Chat panel in screenshots, and no sign-in prompts.
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  // There is no marketplace to talk to.
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitUntilServing(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the VS Code server exited early (${child.exitCode ?? child.signalCode})`);
    }
    try {
      const response = await globalThis.fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 200));
  }
  throw new Error(`the VS Code server did not answer on ${url} within the start-up time`);
}

/**
 * @param {{ dataDir: string, env: Record<string, string>, verbose: boolean, startupMs?: number }} options
 * @returns {Promise<{ port: number, origin: string, log: () => string, stop: () => Promise<void> }>}
 */
export async function startVsCodeServer({ dataDir, env, verbose, startupMs = 60_000 }) {
  const port = await freePort();
  mkdirSync(join(dataDir, 'user'), { recursive: true });
  // The server's machine settings apply in the workbench like user settings: keep it quiet and offline.
  mkdirSync(join(dataDir, 'user', 'Machine'), { recursive: true });
  writeFileSync(join(dataDir, 'user', 'Machine', 'settings.json'), JSON.stringify(MACHINE_SETTINGS, null, 2));
  const args = [
    serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry',
    '--disable-workspace-trust', '--server-data-dir', dataDir, '--user-data-dir', join(dataDir, 'user'),
    '--extensions-dir', join(dataDir, 'ext'),
  ];
  // detached = setsid(): the server leads a new process group that stop() kills as a whole.
  const child = spawn(nodeBin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  const collect = (chunk) => {
    const text = chunk.toString();
    if (verbose) process.stderr.write(`[vscode-server] ${text}`);
    output = (output + text).slice(-MAX_LOG_CHARS);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  // If the launcher itself is interrupted, the server must not outlive it.
  const killOnExit = () => killGroup(child.pid, 'SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    // Anything the server forked that ignored SIGTERM goes too.
    killGroup(child.pid, 'SIGKILL');
  };

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${origin}/version`, child, Date.now() + startupMs);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- server output ---\n${output}`);
  }
  return { port, origin, log: () => output, stop };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
