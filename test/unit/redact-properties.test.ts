import * as assert from 'node:assert/strict';
import { createFormFinder } from '../../src/core/export/leak-check';
import { addEntity, addForm, emptyMapping, type Mapping } from '../../src/core/mapping';
import { planRedactions, redactText } from '../../src/core/redact';
import { seededRandom } from '../support/random';

const random = seededRandom;

let key: Mapping = emptyMapping();
for (const [type, forms] of [
  ['PERSON', ['Maria', 'Maria Gonzalez', 'Mrs. Gonzalez']],
  ['PERSON', ['Zoë', 'Zoë Ahn']],
  ['PERSON', ['Nkechi Ọkafọ', 'Nkechi']],
  ['PERSON', ["Seán O'Brien", 'Seán']],
  ['LOCATION', ['Leeds', 'St Mary’s']],
  ['ORGANIZATION', ['Riverside Clinic']],
] as const) {
  const added = addEntity(key, type, forms[0]);
  key = added.mapping;
  for (const alias of forms.slice(1)) key = addForm(key, added.entity.token, alias).mapping;
}
const FORMS = key.entities.flatMap((entity) => entity.forms);
const FILLER = ['the', 'and', 'said', 'Mariana', 'Leedsy', 'clinic', '[PERSON_1]', '[AGE 40-49]', '(laughs)', '00:01:02', 'P01:', 'INTERVIEWER:', '—', ',', '.', '\n', '\r\n', ' '];

/** A form as people type it: any case, decomposed accents, curly apostrophes, possessive, punctuation around. */
function variant(form: string, next: () => number): string {
  let text = form;
  const roll = next();
  if (roll < 0.25) text = text.toUpperCase();
  else if (roll < 0.4) text = text.toLowerCase();
  if (next() < 0.3) text = text.normalize('NFD');
  if (next() < 0.3) text = text.replace(/'/g, '’');
  if (next() < 0.2) text += next() < 0.5 ? "'s" : '’s';
  const before = ['', ' ', '"', '(', '\n', '**'][Math.floor(next() * 6)];
  const after = ['', ' ', ',', '.', '?', ')', ':', '\n'][Math.floor(next() * 8)];
  return before + text + after;
}

describe('redaction properties', () => {
  it('leaves no form of the key in 300 random transcripts, and keeps all other text in place', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const pieces: string[] = [];
      for (let i = 0; i < 30; i++) {
        pieces.push(next() < 0.3 ? variant(FORMS[Math.floor(next() * FORMS.length)], next) : FILLER[Math.floor(next() * FILLER.length)]);
        pieces.push(' ');
      }
      const text = pieces.join('');
      const redacted = redactText(text, key);
      const leaks = createFormFinder(key).inText(redacted);
      assert.deepEqual(leaks, [], `seed ${seed}: ${JSON.stringify(text)} → ${JSON.stringify(redacted)}`);
      // Outside the edits the text is unchanged: removing the tokens leaves what was between the forms.
      const edits = planRedactions(text, key);
      let kept = '';
      let position = 0;
      for (const edit of edits) {
        kept += text.slice(position, edit.start);
        position = edit.end;
      }
      kept += text.slice(position);
      assert.equal(redacted.length - edits.reduce((sum, edit) => sum + edit.newText.length, 0), kept.length, `seed ${seed}`);
      assert.ok(redacted.includes('[AGE 40-49]') === text.includes('[AGE 40-49]'), `seed ${seed}: existing tokens survive`);
    }
  });
});
