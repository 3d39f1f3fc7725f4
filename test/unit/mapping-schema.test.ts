import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FINDING_TYPES } from '../../src/core/types';

/** The editor's JSON schema for the key must describe the same contract as the engine's validator. */
const root = path.resolve(__dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'mapping.schema.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('mapping JSON schema', () => {
  it('lists exactly the engine types, in token pattern, type enum and counters', () => {
    const entity = schema.properties.entities.items.properties;
    assert.deepEqual(entity.type.enum, [...FINDING_TYPES]);
    const alternation = `(${FINDING_TYPES.join('|')})`;
    assert.ok(entity.token.pattern.includes(alternation), 'token pattern lists every type');
    assert.deepEqual(Object.keys(schema.properties.counters.patternProperties), [`^${alternation}$`]);
  });

  it('uses patterns that behave the same with or without the u flag (editors differ)', () => {
    const entity = schema.properties.entities.items.properties;
    for (const flags of ['', 'u']) {
      const form = new RegExp(entity.forms.items.pattern, flags);
      assert.deepEqual(['Maria', 'Zoë Ahn', ' ', '[PERSON_1]'].map((value) => form.test(value)), [true, true, false, false]);
      const token = new RegExp(entity.token.pattern, flags);
      assert.deepEqual(['[PERSON_3]', '[PERSON_0]', 'PERSON_3'].map((value) => token.test(value)), [true, false, false]);
    }
  });

  it('accepts the same top-level properties as the validator', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'counters', 'entities', 'ignore', 'version']);
    assert.equal(schema.additionalProperties, false);
  });

  it('is contributed to VS Code for the default key location', () => {
    const entries: { fileMatch: string | string[]; url: string }[] = manifest.contributes.jsonValidation ?? [];
    const entry = entries.find((candidate) => candidate.url === './schemas/mapping.schema.json');
    assert.ok(entry, 'package.json contributes.jsonValidation has an entry for the key schema');
    assert.ok([entry.fileMatch].flat().some((match) => match.endsWith('.redaction/mapping.json')));
  });
});
