import * as assert from 'node:assert/strict';
import {
  addEntity,
  addForm,
  addIgnore,
  emptyMapping,
  findEntity,
  ignoreListOf,
  knownFormsOf,
  MappingError,
  parseMapping,
  removeForm,
  serializeMapping,
  type Mapping,
} from '../../src/core/mapping';

function assertMappingError(jsonText: string, expected: RegExp): MappingError {
  try {
    parseMapping(jsonText, 'mapping.json');
  } catch (error) {
    assert.ok(error instanceof MappingError, `expected a MappingError, got ${String(error)}`);
    assert.match(error.message, expected);
    return error;
  }
  assert.fail('expected parseMapping to throw');
}

const SAMPLE = `{
  "version": 1,
  "entities": [
    { "token": "[PERSON_1]", "type": "PERSON", "forms": ["Maria", "Maria Gonzalez", "Mrs. Gonzalez"] },
    { "token": "[LOCATION_2]", "type": "LOCATION", "forms": ["Leeds"] }
  ],
  "ignore": ["Advil"],
  "counters": { "PERSON": 3, "LOCATION": 2 }
}`;

describe('mapping: parse and serialise', () => {
  it('parses the documented shape', () => {
    const mapping = parseMapping(SAMPLE);
    assert.equal(mapping.entities.length, 2);
    assert.deepEqual(mapping.entities[0], { token: '[PERSON_1]', type: 'PERSON', forms: ['Maria', 'Maria Gonzalez', 'Mrs. Gonzalez'] });
    assert.deepEqual(mapping.ignore, ['Advil']);
    assert.deepEqual(mapping.counters, { PERSON: 3, LOCATION: 2 });
  });

  it('accepts a leading BOM and a key with only a version', () => {
    assert.deepEqual(parseMapping('\uFEFF{"version":1}'), emptyMapping());
  });

  it('reports JSON syntax errors with line and column', () => {
    const error = assertMappingError('{\n  "version": 1,\n  "entities": [,]\n}', /mapping\.json: line 3, column 16: expected a value/);
    assert.equal(error.line, 3);
    assert.equal(error.column, 16);
    assertMappingError('{\n  "version": 1\n  "ignore": []\n}', /line 3, column 3: expected ',' or '}'/);
    assertMappingError('{"version": 1, "ignore": ["a",]}', /line 1, column 31: trailing comma/);
    assertMappingError('{"version": 1', /line 1, column 14: expected ',' or '}' but found the end of the file/);
    assertMappingError('  ', /empty/);
  });

  it('reports schema errors by JSON path without quoting forms', () => {
    assertMappingError('[]', /the key must be a JSON object/);
    assertMappingError('{"version": 2}', /version must be 1/);
    const typeError = assertMappingError(
      '{"version":1,"entities":[{"token":"[PERSON_1]","type":"PERSON","forms":["A"]},{"token":"[PERSON_2]","type":"PERSON","forms":["B"]},{"token":"[NAME_1]","type":"NAME","forms":["Secret"]}]}',
      /entities\[2\]\.type must be one of PERSON, LOCATION, ORGANIZATION, DATE, AGE, CONTACT, ID, OTHER/,
    );
    assert.equal(typeError.jsonPath, 'entities[2].type');
    assert.doesNotMatch(typeError.message, /Secret/);
    assertMappingError('{"version":1,"entities":[{"token":"PERSON_1","type":"PERSON","forms":["A"]}]}', /entities\[0\]\.token must look like \[PERSON_1\]/);
    assertMappingError('{"version":1,"entities":[{"token":"[LOCATION_1]","type":"PERSON","forms":["A"]}]}', /entities\[0\]\.token must start with PERSON/);
    assertMappingError('{"version":1,"entities":[{"token":"[PERSON_1]","type":"PERSON","forms":[]}]}', /entities\[0\]\.forms must be a non-empty array/);
    assertMappingError('{"version":1,"entities":[{"token":"[PERSON_1]","type":"PERSON","forms":["A"],"form":"B"}]}', /entities\[0\]\.form is not a known property/);
    assertMappingError(
      '{"version":1,"entities":[{"token":"[PERSON_1]","type":"PERSON","forms":["Ana"]},{"token":"[PERSON_1]","type":"PERSON","forms":["Bo"]}]}',
      /entities\[1\]\.token repeats \[PERSON_1\]/,
    );
    assertMappingError(
      '{"version":1,"entities":[{"token":"[PERSON_1]","type":"PERSON","forms":["Ana"]},{"token":"[PERSON_2]","type":"PERSON","forms":["ANA"]}]}',
      /entities\[1\]\.forms\[0\] is also a form of \[PERSON_1\]/,
    );
    assertMappingError('{"version":1,"entities":[{"token":"[PERSON_1]","type":"PERSON","forms":["Ana"]}],"ignore":["ana"]}', /ignore\[0\] is also a form of \[PERSON_1\]/);
    assertMappingError('{"version":1,"counters":{"PERSON":-1}}', /counters\.PERSON must be a whole number/);
  });

  it('raises counters that lag behind the tokens in use, so tokens are never reused', () => {
    const mapping = parseMapping('{"version":1,"entities":[{"token":"[PERSON_7]","type":"PERSON","forms":["Ana"]}],"counters":{"PERSON":2}}');
    assert.equal(addEntity(mapping, 'PERSON', 'Bo').entity.token, '[PERSON_8]');
  });

  it('serialises sorted (type, then number; forms alphabetically), pretty, with a trailing newline', () => {
    const mapping = parseMapping(
      '{"version":1,"ignore":["zinc","Advil"],"entities":[{"token":"[LOCATION_1]","type":"LOCATION","forms":["Leeds"]},{"token":"[PERSON_10]","type":"PERSON","forms":["Zed"]},{"token":"[PERSON_2]","type":"PERSON","forms":["mrs. b","Ana B","ana"]}]}',
    );
    const expected = `{
  "version": 1,
  "entities": [
    {
      "token": "[PERSON_2]",
      "type": "PERSON",
      "forms": [
        "ana",
        "Ana B",
        "mrs. b"
      ]
    },
    {
      "token": "[PERSON_10]",
      "type": "PERSON",
      "forms": [
        "Zed"
      ]
    },
    {
      "token": "[LOCATION_1]",
      "type": "LOCATION",
      "forms": [
        "Leeds"
      ]
    }
  ],
  "ignore": [
    "Advil",
    "zinc"
  ],
  "counters": {
    "PERSON": 10,
    "LOCATION": 1
  }
}
`;
    assert.equal(serializeMapping(mapping), expected);
    assert.equal(serializeMapping(parseMapping(expected)), expected, 'round trip is stable');
  });

  it('keeps a $schema reference through a round trip', () => {
    const text = serializeMapping(parseMapping('{"$schema":"./schema.json","version":1}'));
    assert.match(text, /^\{\n {2}"\$schema": "\.\/schema\.json",\n {2}"version": 1/);
  });
});

describe('mapping: edits', () => {
  it('adds entities with the next token of their type', () => {
    let mapping: Mapping = emptyMapping();
    const first = addEntity(mapping, 'PERSON', 'Maria');
    mapping = first.mapping;
    const place = addEntity(mapping, 'LOCATION', 'Leeds');
    mapping = place.mapping;
    const second = addEntity(mapping, 'PERSON', 'Tomás');
    assert.equal(first.entity.token, '[PERSON_1]');
    assert.equal(place.entity.token, '[LOCATION_1]');
    assert.equal(second.entity.token, '[PERSON_2]');
    assert.deepEqual(second.mapping.counters, { PERSON: 2, LOCATION: 1 });
  });

  it('never reuses the token of a deleted entity', () => {
    let mapping = addEntity(emptyMapping(), 'PERSON', 'Maria').mapping;
    mapping = removeForm(mapping, 'Maria');
    assert.equal(mapping.entities.length, 0);
    assert.equal(addEntity(mapping, 'PERSON', 'Ana').entity.token, '[PERSON_2]');
  });

  it('leaves the original mapping unchanged', () => {
    const before = emptyMapping();
    addEntity(before, 'PERSON', 'Maria');
    assert.deepEqual(before, emptyMapping());
  });

  it('returns the existing entity when the form is already known, in any case or possessive', () => {
    const { mapping, entity } = addEntity(emptyMapping(), 'PERSON', 'Maria');
    const again = addEntity(mapping, 'PERSON', "MARIA's");
    assert.equal(again.created, false);
    assert.equal(again.entity, entity);
    assert.equal(again.mapping, mapping);
  });

  it('stores a form without its possessive', () => {
    assert.deepEqual(addEntity(emptyMapping(), 'PERSON', ' Maria’s ').entity.forms, ['Maria']);
  });

  it('finds an entity case-insensitively, ignoring possessives, accents composed or not', () => {
    let mapping = addEntity(emptyMapping(), 'PERSON', 'Zoë').mapping;
    mapping = addForm(mapping, '[PERSON_1]', 'Zoë Ahn').mapping;
    assert.equal(findEntity(mapping, 'zoe\u0308 AHN')?.token, '[PERSON_1]');
    assert.equal(findEntity(mapping, "Zoë's")?.token, '[PERSON_1]');
    assert.equal(findEntity(mapping, 'Zoe'), undefined);
  });

  it('adds an alias ("Same as…") and refuses one that belongs to another entity', () => {
    let mapping = addEntity(emptyMapping(), 'PERSON', 'Maria').mapping;
    mapping = addEntity(mapping, 'PERSON', 'Ana').mapping;
    const { entity } = addForm(mapping, '[PERSON_1]', 'Mrs. Gonzalez');
    assert.deepEqual(entity.forms, ['Maria', 'Mrs. Gonzalez']);
    assert.throws(() => addForm(mapping, '[PERSON_1]', 'ana'), /already belongs to \[PERSON_2\]/);
    assert.throws(() => addForm(mapping, '[PERSON_9]', 'Bo'), /no entity with token \[PERSON_9\]/);
  });

  it('rejects forms that are empty or contain token brackets', () => {
    assert.throws(() => addEntity(emptyMapping(), 'PERSON', '  '), MappingError);
    assert.throws(() => addEntity(emptyMapping(), 'PERSON', '[PERSON_1]'), MappingError);
  });

  it('keeps a form in one place: ignore and entity are exclusive', () => {
    let mapping = addIgnore(emptyMapping(), 'Advil');
    assert.equal(addIgnore(mapping, 'advil'), mapping, 'already ignored: unchanged');
    mapping = addEntity(mapping, 'ORGANIZATION', 'Advil').mapping;
    assert.deepEqual(ignoreListOf(mapping), [], 'marking it an identifier takes it off the ignore list');
    assert.throws(() => addIgnore(mapping, 'ADVIL'), /belongs to \[ORGANIZATION_1\]/);
  });

  it('lists known forms for analyze', () => {
    let mapping = addEntity(emptyMapping(), 'PERSON', 'Maria').mapping;
    mapping = addForm(mapping, '[PERSON_1]', 'Maria Gonzalez').mapping;
    mapping = addEntity(mapping, 'LOCATION', 'Leeds').mapping;
    assert.deepEqual(knownFormsOf(mapping), [
      { form: 'Maria', type: 'PERSON', token: '[PERSON_1]' },
      { form: 'Maria Gonzalez', type: 'PERSON', token: '[PERSON_1]' },
      { form: 'Leeds', type: 'LOCATION', token: '[LOCATION_1]' },
    ]);
  });
});
