/** The Identifiers view's data: entities and unreviewed findings across files, and quasi-identifiers per speaker. */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../src/core';
import { addEntity, emptyMapping, type Mapping } from '../../src/core/mapping';
import { contentHash } from '../../src/core/review-state';
import { ProjectIndexer } from '../../src/server/project-index';
import { buildProjectIndex, type AnalysedText } from '../../src/server/project-index-model';
import type { IndexedEntity, ProjectIndex } from '../../src/server/project-index-protocol';
import { DEFAULT_SETTINGS } from '../../src/server/settings';

const INTERVIEW = [
  'INTERVIEWER: Where do you live?',
  "Maria Gonzalez: I'm 47 and I've lived in Little Ashby most of my life. I work at Harlow Freight.",
  'INTERVIEWER: Anyone else?',
  'Maria Gonzalez: Dev Okafor drives me to Port Kerrow.',
  '',
].join('\n');
const REDACTED = ['INTERVIEWER: Who drives you?', '[PERSON_1]: Dev Okafor does, since [PERSON_1] gave up her car. I am [AGE 40-49].', ''].join(
  '\n',
);

function text(relativePath: string, body: string): AnalysedText {
  return { uri: `file:///corpus/${relativePath}`, relativePath, text: body, format: 'plain', findings: analyze(body, { format: 'plain' }) };
}

function keyWithMaria(): Mapping {
  return addEntity(emptyMapping(), 'PERSON', 'Maria Gonzalez').mapping;
}

function entity(index: ProjectIndex, label: string): IndexedEntity {
  const found = index.entities.find((candidate) => candidate.label === label);
  assert.ok(found, `no entity "${label}" in ${index.entities.map((candidate) => candidate.label).join(', ')}`);
  return found;
}

describe('project index', () => {
  it('groups a key entity\'s occurrences across files, counting those still in the text', () => {
    const index = buildProjectIndex('file:///corpus', [text('a.txt', INTERVIEW), text('b.txt', REDACTED)], keyWithMaria());
    const maria = entity(index, 'Maria Gonzalez');
    assert.equal(maria.token, '[PERSON_1]');
    assert.equal(maria.remaining, 2, 'two speaker labels in a.txt still name her');
    assert.deepEqual(
      maria.occurrences.map((occurrence) => [occurrence.relativePath, occurrence.line, occurrence.state, occurrence.text]),
      [
        ['a.txt', 1, 'finding', 'Maria Gonzalez'],
        ['a.txt', 3, 'finding', 'Maria Gonzalez'],
        ['b.txt', 1, 'redacted', '[PERSON_1]'],
        ['b.txt', 1, 'redacted', '[PERSON_1]'],
      ],
    );
  });

  it('lists a name the key does not know as an unreviewed entity without a token', () => {
    const before = buildProjectIndex('file:///corpus', [text('a.txt', INTERVIEW), text('b.txt', REDACTED)], keyWithMaria());
    const dev = entity(before, 'Dev Okafor');
    assert.equal(dev.token, undefined);
    assert.deepEqual(dev.occurrences.map((occurrence) => occurrence.relativePath), ['a.txt', 'b.txt']);

    const key = addEntity(keyWithMaria(), 'PERSON', 'Dev Okafor').mapping;
    const after = buildProjectIndex('file:///corpus', [text('a.txt', INTERVIEW), text('b.txt', REDACTED)], key);
    assert.equal(entity(after, 'Dev Okafor').token, '[PERSON_2]');
  });

  it('counts every form of a key entity still in the text, even where no detector flags it, as redaction would', () => {
    // A name no list knows, in lower case and without a cue (the detectors do find `maria gonzalez` now).
    const lower = 'P3: we asked quorra vantablack about it.\n';
    assert.equal(analyze(lower, { format: 'plain' }).some((finding) => /quorra/i.test(finding.text)), false, 'the detectors alone miss it');
    const index = buildProjectIndex('file:///corpus', [text('c.txt', lower)], addEntity(emptyMapping(), 'PERSON', 'Quorra Vantablack').mapping);
    const quorra = entity(index, 'Quorra Vantablack');
    assert.deepEqual(quorra.occurrences.map((occurrence) => occurrence.text), ['quorra vantablack']);
    assert.equal(quorra.remaining, 1);
    assert.equal(index.files[0]?.findings, 1);
  });

  it('leaves out forms on the project\'s "not an identifier" list', () => {
    const key = { ...keyWithMaria(), ignore: ['Port Kerrow'] };
    const index = buildProjectIndex('file:///corpus', [text('a.txt', INTERVIEW)], key);
    assert.ok(!index.entities.some((candidate) => candidate.label === 'Port Kerrow'));
    assert.ok(index.entities.some((candidate) => candidate.label === 'Little Ashby'));
  });

  it('shows every entity of the key, even one no longer in any file', () => {
    const key = addEntity(keyWithMaria(), 'LOCATION', 'Fenwick').mapping;
    const index = buildProjectIndex('file:///corpus', [text('a.txt', INTERVIEW)], key);
    const fenwick = entity(index, 'Fenwick');
    assert.equal(fenwick.occurrences.length, 0);
    assert.equal(fenwick.token, '[LOCATION_1]');
  });

  it('orders by type, with entities still in the text before finished ones', () => {
    const index = buildProjectIndex('file:///corpus', [text('a.txt', INTERVIEW)], addEntity(keyWithMaria(), 'PERSON', 'Aaron Able').mapping);
    const people = index.entities.filter((candidate) => candidate.type === 'PERSON').map((candidate) => candidate.label);
    assert.ok(people.indexOf('Aaron Able') > people.indexOf('Maria Gonzalez'), people.join(', '));
    const types = index.entities.map((candidate) => candidate.type);
    assert.ok(types.indexOf('PERSON') < types.indexOf('LOCATION'), types.join(', '));
  });

  it('gives each occurrence a position and a short excerpt of its line', () => {
    const long = `Maria Gonzalez: ${'and then we went on and on '.repeat(8)}to Port Kerrow in the end, ${'really '.repeat(10)}.\n`;
    const index = buildProjectIndex('file:///corpus', [text('long.txt', long)], emptyMapping());
    const [occurrence] = entity(index, 'Port Kerrow').occurrences;
    assert.ok(occurrence);
    assert.equal(occurrence.line, 0);
    assert.equal(long.slice(occurrence.start, occurrence.end), 'Port Kerrow');
    assert.equal(occurrence.character, occurrence.start);
    assert.ok(occurrence.excerpt.includes('Port Kerrow'), occurrence.excerpt);
    assert.ok(occurrence.excerpt.length <= 82 && occurrence.excerpt.startsWith('…') && occurrence.excerpt.endsWith('…'), occurrence.excerpt);
  });

  it('summarises the places, employers and ages each participant mentions, not the interviewer\'s', () => {
    const withQuestion = `INTERVIEWER: Do you still go to Millford Market?\n${INTERVIEW}`;
    const index = buildProjectIndex('file:///corpus', [text('a.txt', withQuestion), text('b.txt', REDACTED)], keyWithMaria());
    assert.deepEqual(index.speakers.map((profile) => profile.speaker), ['Maria Gonzalez'], 'her redacted turns are hers too');
    const [maria] = index.speakers;
    assert.equal(maria?.token, '[PERSON_1]');
    assert.deepEqual(maria?.files, ['a.txt', 'b.txt']);
    const said = maria?.mentions.map((mention) => `${mention.type} ${mention.text}`) ?? [];
    for (const expected of ['AGE 47', 'LOCATION Little Ashby', 'ORGANIZATION Harlow Freight', 'LOCATION Port Kerrow', 'AGE [AGE 40-49]']) {
      assert.ok(said.includes(expected), `${expected} missing from ${said.join(', ')}`);
    }
    assert.ok(!said.some((mention) => mention.includes('Millford')), 'the interviewer\'s question is not her profile');
    assert.ok(!said.some((mention) => mention.startsWith('PERSON')), 'names are direct identifiers, not part of the profile');
  });

  it('lists every file with its content hash and its count of findings', () => {
    const index = buildProjectIndex('file:///corpus', [text('b.txt', REDACTED), text('a.txt', INTERVIEW)], keyWithMaria());
    assert.deepEqual(index.files.map((file) => file.relativePath), ['a.txt', 'b.txt']);
    assert.equal(index.files[0]?.hash, contentHash(INTERVIEW));
    assert.ok((index.files[0]?.findings ?? 0) >= 6);
  });
});

describe('project index request', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-index-'));
    await fs.mkdir(path.join(folder, 'site-a'));
    await fs.writeFile(path.join(folder, 'site-a', 'p01.txt'), INTERVIEW);
    await fs.writeFile(path.join(folder, 'p02.vtt'), 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Dev Okafor>I drive Maria Gonzalez to Port Kerrow.\n');
    await fs.writeFile(path.join(folder, 'notes.bin'), Buffer.from([0, 1, 2]));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  function indexer(mapping: Mapping | Error, open: TextDocument[] = []): ProjectIndexer {
    return new ProjectIndexer({
      documents: { all: () => open },
      settings: async () => DEFAULT_SETTINGS,
      key: async () => (mapping instanceof Error ? { ok: false, error: mapping } : { ok: true, mapping }),
    });
  }

  it('indexes every transcript of the folder, including sub-folders and captions, with the key\'s tokens', async () => {
    const index = await indexer(keyWithMaria()).index({ folderUri: pathToFileURL(folder).href });
    assert.ok(index);
    assert.deepEqual(index.files.map((file) => file.relativePath), ['p02.vtt', 'site-a/p01.txt']);
    const maria = entity(index, 'Maria Gonzalez');
    assert.equal(maria.token, '[PERSON_1]');
    assert.deepEqual([...new Set(maria.occurrences.map((occurrence) => occurrence.relativePath))], ['p02.vtt', 'site-a/p01.txt']);
    assert.ok(entity(index, 'Dev Okafor').occurrences.some((occurrence) => occurrence.relativePath === 'p02.vtt'));
    assert.deepEqual(index.problems, []);
  });

  it('uses the text of an open document, unsaved edits included', async () => {
    const file = path.join(folder, 'site-a', 'p01.txt');
    const edited = TextDocument.create(pathToFileURL(file).href, 'plaintext', 2, INTERVIEW.replace('Dev Okafor', 'Zofia Nowak'));
    const index = await indexer(keyWithMaria(), [edited]).index({ folderUri: pathToFileURL(folder).href });
    assert.ok(index);
    assert.ok(entity(index, 'Zofia Nowak').occurrences.every((occurrence) => occurrence.uri === edited.uri));
    assert.equal(index.files.find((indexed) => indexed.relativePath === 'site-a/p01.txt')?.hash, contentHash(edited.getText()));
  });

  it('still lists findings when the key is broken, and says why tokens are missing', async () => {
    const index = await indexer(new Error('mapping.json: line 3, column 1: unexpected end')).index({ folderUri: pathToFileURL(folder).href });
    assert.ok(index);
    assert.equal(entity(index, 'Maria Gonzalez').token, undefined);
    assert.deepEqual(index.problems, ['The project key cannot be read, so tokens are not shown: mapping.json: line 3, column 1: unexpected end']);
  });
});
