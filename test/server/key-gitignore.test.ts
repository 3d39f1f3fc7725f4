/** Warning once that a new project key could be committed to git, and the .gitignore edit that prevents it. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addEntity } from '../../src/core/mapping';
import { appendToGitignore, gitignoreLineFor, ignoredByGitignoreFiles, keyExposure } from '../../src/extension/key-gitignore';
import { ProjectKeys } from '../../src/server/project-key';

describe('project key and .gitignore', () => {
  let folder: string;
  let keyFile: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(join(tmpdir(), 'tr-gitignore-'));
    keyFile = join(folder, '.redaction', 'mapping.json');
    await fs.mkdir(join(folder, '.redaction'));
    await fs.writeFile(keyFile, '{}');
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  const gitInit = (): void => void execFileSync('git', ['init', '-q'], { cwd: folder });

  it('says nothing outside a git repository', async () => {
    assert.equal(await keyExposure(keyFile, false), undefined);
  });

  it('warns in a git repository where the key is not ignored, offering to ignore .redaction/', async () => {
    gitInit();
    assert.deepEqual(await keyExposure(keyFile, false), { repositoryRoot: folder, line: '.redaction/' });
  });

  it('warns only once per folder', async () => {
    gitInit();
    assert.equal(await keyExposure(keyFile, true), undefined);
  });

  it('says nothing once "Add to .gitignore" added the line, which is added once, on its own line', async () => {
    gitInit();
    await fs.writeFile(join(folder, '.gitignore'), 'node_modules/');
    assert.equal(await appendToGitignore(folder, '.redaction/'), true);
    assert.equal(await appendToGitignore(folder, '.redaction/'), false);
    assert.equal(
      await fs.readFile(join(folder, '.gitignore'), 'utf8'),
      'node_modules/\n# The redaction key re-identifies participants: never commit it.\n.redaction/\n',
    );
    assert.equal(await keyExposure(keyFile, false), undefined, 'git now ignores the key');
  });

  it('creates a .gitignore when there is none, and keeps CRLF line ends', async () => {
    await appendToGitignore(folder, '/keys/study.json');
    assert.equal(await fs.readFile(join(folder, '.gitignore'), 'utf8'), '# The redaction key re-identifies participants: never commit it.\n/keys/study.json\n');
    await fs.writeFile(join(folder, '.gitignore'), 'dist/\r\n');
    await appendToGitignore(folder, '.redaction/');
    assert.equal(await fs.readFile(join(folder, '.gitignore'), 'utf8'), 'dist/\r\n# The redaction key re-identifies participants: never commit it.\r\n.redaction/\r\n');
  });

  it('falls back to the .gitignore files when git cannot read the repository', async () => {
    await fs.mkdir(join(folder, '.git')); // not a repository git understands: check-ignore fails
    assert.deepEqual(await keyExposure(keyFile, false), { repositoryRoot: folder, line: '.redaction/' });
    await fs.writeFile(join(folder, '.gitignore'), '.redaction/\n');
    assert.equal(await keyExposure(keyFile, false), undefined);
  });

  it('offers the key path itself when the key is elsewhere in the repository, nothing when outside it', () => {
    assert.equal(gitignoreLineFor(folder, join(folder, '.redaction', 'mapping.json')), '.redaction/');
    assert.equal(gitignoreLineFor(folder, join(folder, 'keys', 'study.json')), '/keys/study.json');
    assert.equal(gitignoreLineFor(folder, join(tmpdir(), 'elsewhere.json')), undefined);
  });

  it('reads .gitignore files itself when git cannot answer: folders, globs, negation, nested files', async () => {
    const check = async (rules: Record<string, string>): Promise<boolean> => {
      for (const [where, text] of Object.entries(rules)) await fs.writeFile(join(folder, where, '.gitignore'), text);
      const ignored = await ignoredByGitignoreFiles(folder, keyFile);
      for (const where of Object.keys(rules)) await fs.rm(join(folder, where, '.gitignore'));
      return ignored;
    };
    assert.equal(await check({ '.': '.redaction/\n' }), true);
    assert.equal(await check({ '.': '# .redaction/\nnode_modules\n' }), false);
    assert.equal(await check({ '.': '*.json\n' }), true);
    assert.equal(await check({ '.': '*.json\n!mapping.json\n' }), false);
    assert.equal(await check({ '.': '/.redaction/mapping.json\n' }), true);
    assert.equal(await check({ '.': 'mapping.json/\n' }), false, 'a folder rule does not match the file');
    assert.equal(await check({ '.redaction': 'mapping.json\n' }), true);
  });

  it('the server reports the key as created once, on the first change that writes it', async () => {
    await fs.rm(keyFile);
    const created: string[] = [];
    const keys = new ProjectKeys(() => undefined, (file) => created.push(file));
    await keys.update(keyFile, (mapping) => ({ mapping: addEntity(mapping, 'PERSON', 'Ottoline').mapping, result: undefined }));
    await keys.update(keyFile, (mapping) => ({ mapping: addEntity(mapping, 'PERSON', 'Bartholomew').mapping, result: undefined }));
    assert.deepEqual(created, [keyFile]);
  });
});
