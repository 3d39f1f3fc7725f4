import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeFileError, isMissingFileError } from './atomic-file';
import { MappingError } from './mapping-error';

/**
 * A lock file beside the key, so two processes (a VS Code window's language server and a `transcript-redactor export`
 * in a terminal, or two windows on one project) never interleave their read-change-save of the key and lose an entity.
 * The file holds who took it; one left behind by a process that died is taken over.
 */
export interface KeyFileLockOptions {
  /** How long to wait for another process to finish before giving up with a clear error. */
  waitMs?: number;
  /** A lock older than this is taken to be left behind by a process that died (on another host, or without a pid). */
  staleMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  token: string;
}

const RETRY_MS = 25;

export function lockFileFor(keyFile: string): string {
  return `${keyFile}.lock`;
}

/** Runs `task` while holding the key's lock file; removes the lock afterwards, also when `task` throws. */
export async function withKeyFileLock<T>(keyFile: string, task: () => Promise<T>, options: KeyFileLockOptions = {}): Promise<T> {
  const lockFile = lockFileFor(keyFile);
  const owner = await acquire(lockFile, options.waitMs ?? 10_000, options.staleMs ?? 120_000);
  try {
    return await task();
  } finally {
    await release(lockFile, owner.token);
  }
}

async function acquire(lockFile: string, waitMs: number, staleMs: number): Promise<LockOwner> {
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + waitMs;
  await fs.mkdir(path.dirname(lockFile), { recursive: true }).catch(() => undefined);
  for (;;) {
    try {
      // 'wx' fails when the file exists: creating it is the atomic test-and-set.
      await fs.writeFile(lockFile, `${JSON.stringify(owner)}\n`, { flag: 'wx', mode: 0o600 });
      return owner;
    } catch (error) {
      if (!isExistsError(error)) throw new MappingError(`${lockFile}: cannot create the key's lock file (${describeFileError(error)})`, lockFile);
    }
    const holder = await readHolder(lockFile);
    if (holder === 'gone') continue;
    if (await isLeftBehind(lockFile, holder, staleMs)) {
      await fs.rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'another process';
      throw new MappingError(
        `${lockFile}: the key is being changed by ${who}. Try again in a moment; if no other Transcript Redactor is running, delete this lock file.`,
        lockFile,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** The lock's owner, undefined when unreadable (being written, or not ours to parse), 'gone' when it was just removed. */
async function readHolder(lockFile: string): Promise<LockOwner | undefined | 'gone'> {
  let text: string;
  try {
    text = await fs.readFile(lockFile, 'utf8');
  } catch (error) {
    return isMissingFileError(error) ? 'gone' : undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? ''), token: parsed.token };
    }
  } catch {
    // Half-written by its owner, or garbage: judged by its age below.
  }
  return undefined;
}

async function isLeftBehind(lockFile: string, holder: LockOwner | undefined, staleMs: number): Promise<boolean> {
  if (holder && holder.host === os.hostname() && holder.pid !== process.pid && !isProcessAlive(holder.pid)) return true;
  const modified = await fs.stat(lockFile).then((stats) => stats.mtimeMs, () => undefined);
  return modified !== undefined && Date.now() - modified > staleMs;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/** Removes the lock only if it is still ours (a stale-lock takeover by another process must not be undone). */
async function release(lockFile: string, token: string): Promise<void> {
  const holder = await readHolder(lockFile);
  if (holder && holder !== 'gone' && holder.token === token) await fs.rm(lockFile, { force: true }).catch(() => undefined);
}

function isExistsError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EEXIST';
}
