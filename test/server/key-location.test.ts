import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceFolders } from '../../src/server/key-location';

const root = resolve('/research');
const uri = (...parts: string[]): string => pathToFileURL(join(root, ...parts)).toString();

describe('which project key a document uses', function () {
  const folders = new WorkspaceFolders();
  folders.set([uri('study'), uri('study', 'site-b')]);

  it('uses the key of the innermost workspace folder holding the document', function () {
    assert.equal(folders.keyFileFor(uri('study', 'site-a', 'p01.txt'), '.redaction/mapping.json'), join(root, 'study', '.redaction', 'mapping.json'));
    assert.equal(folders.keyFileFor(uri('study', 'site-b', 'p02.txt'), '.redaction/mapping.json'), join(root, 'study', 'site-b', '.redaction', 'mapping.json'));
    assert.equal(folders.keyFileFor(uri('study'), 'key.json'), join(root, 'study', 'key.json'), "a folder's own URI");
  });

  it('gives a file outside every folder a key in its own folder, and never treats that folder as a corpus', function () {
    const loose = uri('downloads', 'notes.txt');
    assert.equal(folders.keyFileFor(loose, '.redaction/mapping.json'), join(root, 'downloads', '.redaction', 'mapping.json'));
    assert.equal(folders.workspaceFolderFor(loose), undefined);
    assert.equal(folders.workspaceFolderFor(uri('study', 'site-a', 'p01.txt')), join(root, 'study'));
  });

  it('has no key for a buffer that is not on disk', function () {
    assert.equal(folders.keyFileFor('untitled:Untitled-1', '.redaction/mapping.json'), undefined);
  });
});
