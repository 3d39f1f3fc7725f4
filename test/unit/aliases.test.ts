/** Another name for a person already in the key shares their token; an ambiguous one is left to the user. */
import * as assert from 'node:assert/strict';
import { AliasIndex, likelyAliasOf } from '../../src/core/aliases';
import { addEntity, emptyMapping, type Mapping } from '../../src/core/mapping';
import type { FindingType } from '../../src/core/types';

function keyWith(...people: (string | [FindingType, string])[]): Mapping {
  let mapping = emptyMapping();
  for (const person of people) {
    const [type, form] = typeof person === 'string' ? (['PERSON', person] as const) : person;
    mapping = addEntity(mapping, type, form).mapping;
  }
  return mapping;
}

describe('likely aliases', () => {
  const key = keyWith('Maria Gonzalez', 'Tomás Ó Briain');

  it('a given name, a surname and a titled surname join the one full name that has them', () => {
    assert.equal(likelyAliasOf(key, 'PERSON', 'Maria'), '[PERSON_1]');
    assert.equal(likelyAliasOf(key, 'PERSON', 'Mrs. Gonzalez'), '[PERSON_1]');
    assert.equal(likelyAliasOf(key, 'PERSON', 'gonzalez'), '[PERSON_1]', 'any case, as captions write it');
    assert.equal(likelyAliasOf(key, 'PERSON', 'Dr Maria Gonzalez'), '[PERSON_1]');
    assert.equal(likelyAliasOf(key, 'PERSON', 'Tomás'), '[PERSON_2]');
    assert.equal(likelyAliasOf(key, 'PERSON', 'Tomas'), undefined, 'accents are part of the name');
  });

  it('a full name joins the one-word name it starts with', () => {
    assert.equal(likelyAliasOf(keyWith('Maria'), 'PERSON', 'Maria Gonzalez'), '[PERSON_1]');
  });

  it('leaves ambiguous and unrelated names alone', () => {
    assert.equal(likelyAliasOf(keyWith('Maria Gonzalez', 'Maria Lopez'), 'PERSON', 'Maria'), undefined, 'two Marias');
    assert.equal(likelyAliasOf(keyWith('Mrs. Gonzalez'), 'PERSON', 'Pedro Gonzalez'), undefined, 'a surname may be a relative');
    assert.equal(likelyAliasOf(key, 'PERSON', 'Mariana'), undefined);
    assert.equal(likelyAliasOf(key, 'PERSON', 'Maria Lopez'), undefined, 'a different surname');
    assert.equal(likelyAliasOf(keyWith([ 'LOCATION', 'Santa Maria' ]), 'PERSON', 'Maria'), undefined, 'places are not people');
    assert.equal(likelyAliasOf(key, 'LOCATION', 'Maria'), undefined);
  });

  it('a one-word name already joined to one full name is not joined to another', () => {
    const index = new AliasIndex(keyWith('Maria'));
    index.add('[PERSON_1]', 'Maria Gonzalez');
    assert.equal(index.find('PERSON', 'Maria Lopez'), undefined);
    assert.equal(index.find('PERSON', 'Mrs Gonzalez'), '[PERSON_1]');
  });
});
