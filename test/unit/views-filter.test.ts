import * as assert from 'node:assert/strict';
import { describeFilter, filterEntities, groupByType, parseFilter } from '../../src/extension/views/identifiers-filter';
import type { IndexedEntity, Occurrence, ProjectIndex } from '../../src/server/project-index-protocol';

function occurrence(relativePath: string, state: Occurrence['state']): Occurrence {
  return { uri: `file:///c/${relativePath}`, relativePath, line: 0, character: 0, start: 0, end: 1, text: 'x', excerpt: 'x', state };
}

const MARIA: IndexedEntity = {
  type: 'PERSON', token: '[PERSON_1]', label: 'Maria Gonzalez', forms: ['Maria Gonzalez', 'Maria'],
  occurrences: [occurrence('a.txt', 'finding'), occurrence('b.txt', 'redacted')], remaining: 1,
};
const DEV: IndexedEntity = { type: 'PERSON', label: 'Dev Okafor', forms: ['Dev Okafor'], occurrences: [occurrence('b.txt', 'finding')], remaining: 1 };
const ASHBY: IndexedEntity = {
  type: 'LOCATION', token: '[LOCATION_1]', label: 'Little Ashby', forms: ['Little Ashby'], occurrences: [occurrence('site-2/c.txt', 'redacted')], remaining: 0,
};
const INDEX: ProjectIndex = { folderUri: 'file:///c', files: [], entities: [MARIA, DEV, ASHBY], speakers: [], problems: [] };
const labels = (entities: IndexedEntity[]): string[] => entities.map((entity) => entity.label);

describe('Identifiers view filter', () => {
  it('shows everything without a filter', () => {
    assert.deepEqual(labels(filterEntities(INDEX.entities, {})), ['Maria Gonzalez', 'Dev Okafor', 'Little Ashby']);
  });

  it('keeps only the chosen types', () => {
    assert.deepEqual(labels(filterEntities(INDEX.entities, { types: ['LOCATION'] })), ['Little Ashby']);
  });

  it('keeps entities in any of the chosen states', () => {
    assert.deepEqual(labels(filterEntities(INDEX.entities, { statuses: ['toReview'] })), ['Dev Okafor']);
    assert.deepEqual(labels(filterEntities(INDEX.entities, { statuses: ['toRedact'] })), ['Maria Gonzalez', 'Dev Okafor']);
    assert.deepEqual(labels(filterEntities(INDEX.entities, { statuses: ['done'] })), ['Little Ashby']);
    assert.deepEqual(labels(filterEntities(INDEX.entities, { statuses: ['toReview', 'done'] })), ['Dev Okafor', 'Little Ashby']);
  });

  it('matches text in the name, any form, the token or a file path, ignoring case', () => {
    assert.deepEqual(labels(filterEntities(INDEX.entities, { text: 'maria' })), ['Maria Gonzalez']);
    assert.deepEqual(labels(filterEntities(INDEX.entities, { text: 'location_1' })), ['Little Ashby']);
    assert.deepEqual(labels(filterEntities(INDEX.entities, { text: 'SITE-2/' })), ['Little Ashby']);
    assert.deepEqual(labels(filterEntities(INDEX.entities, { text: '  ' })), ['Maria Gonzalez', 'Dev Okafor', 'Little Ashby']);
  });

  it('counts what is left per type, and leaves out empty types', () => {
    const groups = groupByType(INDEX, { statuses: ['toRedact'] });
    assert.deepEqual(groups.map((group) => [group.type, group.entities.length, group.remaining, group.toReview]), [['PERSON', 2, 2, 1]]);
  });

  it('reads a filter passed to the command, dropping unknown values', () => {
    assert.deepEqual(parseFilter({ types: ['PERSON', 'NAME'], statuses: ['done', 'later'], text: 'x' }), { types: ['PERSON'], statuses: ['done'], text: 'x' });
    assert.equal(parseFilter('PERSON'), undefined);
    assert.equal(
      describeFilter({ types: ['PERSON'], statuses: ['toReview'], text: ' ashby ' }, (type) => type.toLowerCase(), (status) => status),
      'person · toReview · "ashby"',
    );
  });
});
