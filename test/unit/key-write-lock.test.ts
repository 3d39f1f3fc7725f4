/** Every write of the project key goes through one lock, so a quick fix and an export never lose each other's entities. */
import * as assert from 'node:assert/strict';
import { promises as fs, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runExport } from '../../src/core/export';
import { addEntity, emptyMapping, findEntity, parseMapping, serializeMapping, type Mapping } from '../../src/core/mapping';
import { loadMappingFile, saveMappingFileAtomic, saveMappingFileIfUnchanged, withKeyWriteLock } from '../../src/core/mapping-file';

describe('key write lock', () => {
  let folder: string;
  let keyPath: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-key-lock-'));
    keyPath = path.join(folder, '.redaction', 'mapping.json');
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  /** Read the key, wait for `gate`, add `name`, save: the read-change-save a writer does. */
  async function addPerson(name: string, gate: Promise<void> = Promise.resolve()): Promise<void> {
    const mapping = await loadMappingFile(keyPath);
    await gate;
    await saveMappingFileAtomic(keyPath, addEntity(mapping, 'PERSON', name).mapping);
  }

  it('runs a second writer only after the first saved, so both entities are kept', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = withKeyWriteLock(keyPath, () => addPerson('Wilhelmina', gate));
    // Same file by another spelling of its path: still the same lock.
    const second = withKeyWriteLock(path.join(folder, '.redaction', '..', '.redaction', 'mapping.json'), () => addPerson('Bartholomew'));
    open();
    await Promise.all([first, second]);
    const key = await loadMappingFile(keyPath);
    assert.deepEqual(key.entities.map((entity) => entity.forms[0]).sort(), ['Bartholomew', 'Wilhelmina']);
  });

  it('lets the next writer run after one failed', async () => {
    const failed = withKeyWriteLock(keyPath, async () => {
      throw new Error('refused');
    });
    const next = withKeyWriteLock(keyPath, () => addPerson('Ottoline'));
    await assert.rejects(failed, /refused/);
    await next;
    assert.ok(findEntity(await loadMappingFile(keyPath), 'Ottoline'));
  });

  it('saves a planned key only over the key it was planned from', async () => {
    const planned: Mapping = addEntity(emptyMapping(), 'PERSON', 'Ottoline').mapping;
    assert.equal(await saveMappingFileIfUnchanged(keyPath, emptyMapping(), planned), true);
    assert.equal(await fs.readFile(keyPath, 'utf8'), serializeMapping(planned));

    const meanwhile = addEntity(planned, 'PERSON', 'Bartholomew').mapping;
    await saveMappingFileAtomic(keyPath, meanwhile);
    const stale = addEntity(planned, 'LOCATION', 'Lower Slaughter').mapping;
    assert.equal(await saveMappingFileIfUnchanged(keyPath, planned, stale), false);
    assert.equal(await fs.readFile(keyPath, 'utf8'), serializeMapping(meanwhile), 'the newer key is kept');
  });

  it('an export that would add entities refuses, and keeps the key, when a quick fix changed the key meanwhile', async () => {
    const corpus = path.join(folder, 'corpus');
    await fs.mkdir(corpus);
    await fs.writeFile(path.join(corpus, 'a.txt'), 'Keisha Grant: I grew up there.\n');
    await fs.writeFile(path.join(corpus, 'b.txt'), 'INTERVIEWER: And then?\n');
    await saveMappingFileAtomic(keyPath, emptyMapping());
    const byQuickFix = addEntity(emptyMapping(), 'PERSON', 'Wilhelmina Achterberg').mapping;
    const result = await runExport(
      {
        source: corpus,
        out: path.join(folder, 'out'),
        keyPath,
        force: false,
        allowUnresolved: false,
        redactUnresolved: true,
        include: [],
        exclude: [],
        sensitivity: 'high-recall',
        toolVersion: '0.0.0',
        cwd: folder,
      },
      // While the export is analysing, the editor adds an entity to the key.
      { onProgress: ({ phase, done }) => void (phase === 'analysing' && done === 1 && writeFileSync(keyPath, serializeMapping(byQuickFix))) },
    );
    assert.equal(result.outcome.status, 'refused');
    assert.match(result.outcome.status === 'refused' ? result.outcome.reason : '', /key changed while the export was running/);
    const key = parseMapping(await fs.readFile(keyPath, 'utf8'));
    assert.ok(findEntity(key, 'Wilhelmina Achterberg'), 'the quick fix entity is kept');
    assert.equal(findEntity(key, 'Keisha Grant'), undefined);
    await assert.rejects(fs.stat(path.join(folder, 'out')), 'nothing exported');
  });
});
