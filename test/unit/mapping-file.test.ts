import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addEntity, emptyMapping, MappingError, serializeMapping } from '../../src/core/mapping';
import { loadMappingFile, saveMappingFileAtomic } from '../../src/core/mapping-file';

describe('mapping file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-mapping-'));
  });
  afterEach(async () => {
    await fs.chmod(folder, 0o700).catch(() => undefined);
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('treats a missing key as empty', async () => {
    assert.deepEqual(await loadMappingFile(path.join(folder, 'nope', 'mapping.json')), emptyMapping());
  });

  it('saves into a new folder and loads back the same key', async () => {
    const file = path.join(folder, '.redaction', 'mapping.json');
    const { mapping } = addEntity(emptyMapping(), 'PERSON', 'Maria');
    await saveMappingFileAtomic(file, mapping);
    assert.deepEqual(await loadMappingFile(file), mapping);
    assert.equal(await fs.readFile(file, 'utf8'), serializeMapping(mapping));
    assert.deepEqual(await fs.readdir(path.dirname(file)), ['mapping.json'], 'no temporary file left behind');
  });

  it('reports an invalid key with its path and leaves the file untouched', async () => {
    const file = path.join(folder, 'mapping.json');
    const broken = '{ "version": 1,, }';
    await fs.writeFile(file, broken);
    await assert.rejects(loadMappingFile(file), (error: unknown) => {
      assert.ok(error instanceof MappingError);
      assert.match(error.message, new RegExp(`${path.basename(file)}: line 1, column 16`));
      return true;
    });
    assert.equal(await fs.readFile(file, 'utf8'), broken);
  });

  it('reports an unreadable key as a MappingError', async () => {
    await assert.rejects(loadMappingFile(folder), MappingError);
  });

  it('reports a key that cannot be saved, e.g. its folder is a file', async () => {
    const blocker = path.join(folder, 'not-a-folder');
    await fs.writeFile(blocker, 'x');
    await assert.rejects(saveMappingFileAtomic(path.join(blocker, 'mapping.json'), emptyMapping()), /cannot save the key file \(/);
  });

  it('keeps the old key when saving fails', async function () {
    if (process.getuid?.() === 0) this.skip(); // root ignores folder permissions
    const file = path.join(folder, 'mapping.json');
    await fs.writeFile(file, serializeMapping(emptyMapping()));
    await fs.chmod(folder, 0o500);
    await assert.rejects(saveMappingFileAtomic(file, addEntity(emptyMapping(), 'PERSON', 'Ana').mapping), /cannot save the key file/);
    assert.equal(await fs.readFile(file, 'utf8'), serializeMapping(emptyMapping()));
  });
});
