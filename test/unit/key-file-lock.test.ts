/** Two processes writing the same key (a VS Code window and a CLI export) never lose each other's entities. */
import * as assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { lockFileFor, withKeyFileLock } from '../../src/core/key-file-lock';
import { MappingError } from '../../src/core/mapping-error';
import { loadMappingFile } from '../../src/core/mapping-file';

const run = promisify(execFile);
const compiledCore = path.join(__dirname, '..', '..', 'src', 'core');

/** A separate Node process that adds `count` people to the key, each by its own read-change-save under the lock. */
function addPeopleInAnotherProcess(keyPath: string, prefix: string, count: number): Promise<unknown> {
  const script = `
    const { loadMappingFile, saveMappingFileAtomic, withKeyWriteLock } = require(${JSON.stringify(path.join(compiledCore, 'mapping-file.js'))});
    const { addEntity } = require(${JSON.stringify(path.join(compiledCore, 'mapping.js'))});
    (async () => {
      for (let i = 0; i < ${count}; i++) {
        await withKeyWriteLock(${JSON.stringify(keyPath)}, async () => {
          const mapping = await loadMappingFile(${JSON.stringify(keyPath)});
          await new Promise((resolve) => setTimeout(resolve, 2)); // widen the window a lost update would need
          await saveMappingFileAtomic(${JSON.stringify(keyPath)}, addEntity(mapping, 'PERSON', ${JSON.stringify(prefix)} + 'x' + 'abcdefghijklmnopqrstuvwxyz'[i]).mapping);
        });
      }
    })().catch((error) => { console.error(error); process.exit(1); });`;
  return run(process.execPath, ['-e', script]);
}

describe('key lock file (between processes)', () => {
  let folder: string;
  let keyPath: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-key-file-lock-'));
    keyPath = path.join(folder, '.redaction', 'mapping.json');
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('keeps every entity when two processes add people to the same key at once', async () => {
    await Promise.all([addPeopleInAnotherProcess(keyPath, 'Wilhelmina', 15), addPeopleInAnotherProcess(keyPath, 'Bartholomew', 15)]);
    const key = await loadMappingFile(keyPath);
    assert.equal(key.entities.length, 30);
    await assert.rejects(fs.stat(lockFileFor(keyPath)), /ENOENT/, 'the lock file is removed afterwards');
  });

  it('takes over a lock left behind by a process that died', async () => {
    const finished = spawnSync(process.execPath, ['-e', '0']);
    await fs.mkdir(path.dirname(keyPath), { recursive: true });
    await fs.writeFile(lockFileFor(keyPath), JSON.stringify({ pid: finished.pid, host: os.hostname(), since: new Date().toISOString(), token: 'dead' }));
    assert.equal(await withKeyFileLock(keyPath, async () => 'saved', { waitMs: 2_000 }), 'saved');
    await assert.rejects(fs.stat(lockFileFor(keyPath)), /ENOENT/);
  });

  it('takes over an unreadable lock once it is old', async () => {
    await fs.mkdir(path.dirname(keyPath), { recursive: true });
    await fs.writeFile(lockFileFor(keyPath), 'not json');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(lockFileFor(keyPath), anHourAgo, anHourAgo);
    assert.equal(await withKeyFileLock(keyPath, async () => 'saved', { waitMs: 2_000 }), 'saved');
  });

  it('waits for a live process, then gives a clear error and leaves its lock and the key alone', async () => {
    await fs.mkdir(path.dirname(keyPath), { recursive: true });
    await fs.writeFile(keyPath, '{"version":1}');
    // The test runner's parent process is alive for the whole test.
    const held = JSON.stringify({ pid: process.ppid, host: os.hostname(), since: '2026-01-01T00:00:00.000Z', token: 'live' });
    await fs.writeFile(lockFileFor(keyPath), held);
    let ran = false;
    await assert.rejects(
      withKeyFileLock(keyPath, async () => { ran = true; }, { waitMs: 200 }),
      (error: unknown) => error instanceof MappingError && /being changed by process \d+ .*delete this lock file/.test(error.message),
    );
    assert.equal(ran, false);
    assert.equal(await fs.readFile(lockFileFor(keyPath), 'utf8'), held);
    assert.equal(await fs.readFile(keyPath, 'utf8'), '{"version":1}');
  });

  it('removes its lock when the change fails, so the next writer is not blocked', async () => {
    await assert.rejects(withKeyFileLock(keyPath, async () => { throw new Error('refused'); }), /refused/);
    await assert.rejects(fs.stat(lockFileFor(keyPath)), /ENOENT/);
    assert.equal(await withKeyFileLock(keyPath, async () => 'next', { waitMs: 200 }), 'next');
  });
});
