/** A participants table: the column heading says what each cell is, where no sentence gives a cue. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { FindingType } from '../../src/core/types';

function cells(text: string, type: FindingType): string[] {
  const findings = analyze(text, { format: 'markdown', sensitivity: 'balanced' });
  for (const finding of findings) assert.equal(text.slice(finding.start, finding.end), finding.text);
  return findings.filter((finding) => finding.type === type).map((finding) => finding.text);
}

const TABLE = [
  '## Participants',
  '',
  '| Code | Age | Home town | Years in the job |',
  '|---|:---:|---|---|',
  '| G1 | 52 | Ballyvourney | 30 |',
  '| G2 | thirty-one | Kilnamartyra | 4 |',
  '| G3 | n/a | — | 12 |',
  '',
].join('\n');

describe('table columns', () => {
  it('reads the cells of an "Age" column as ages and of a "Home town" column as places', () => {
    assert.deepEqual(cells(TABLE, 'AGE'), ['52', 'thirty-one']);
    assert.deepEqual(cells(TABLE, 'LOCATION'), ['Ballyvourney', 'Kilnamartyra']);
  });

  it('leaves other columns alone: years in a job are no age', () => {
    assert.ok(!cells(TABLE, 'AGE').includes('30'));
    assert.ok(!cells(TABLE, 'AGE').includes('12'));
  });

  it('needs the heading row and its separator: a row of numbers alone is not read', () => {
    assert.deepEqual(cells('| G1 | 52 | Ballyvourney |\n| G2 | 31 | Kilnamartyra |\n', 'AGE'), []);
  });
  it('reads jobs and peoples in a "Notes" column, not shared roles or descriptions', () => {
    // Before: the notes column was not read.
    const notes = [
      '| Code | Name | Age | Notes |',
      '|---|---|---|---|',
      '| C2 | Tariq | 41 | private hire driver, Mirpuri |',
      '| C4 | Bilal | 52 | hafiz |',
      '| C5 | Wulan | 27 | caregiver, shop work for employer |',
      '',
    ].join('\n');
    assert.deepEqual(cells(notes, 'OTHER'), ['private hire driver', 'Mirpuri', 'hafiz']);
  });
  it('reads a CSV export by its header line, and only where the header opens the text', () => {
    // Before: CSV columns were not read.
    const csv = 'respondent_id,site,age,free_text\nR-0412,Kisumu,34,"I ride, 7 years."\nR-0415,Nairobi,45,"prefer not to say"\n';
    assert.deepEqual(cells(csv, 'AGE'), ['34', '45']);
    assert.deepEqual(cells(csv, 'LOCATION').filter((place) => place === 'Kisumu' || place === 'Nairobi'), ['Kisumu', 'Nairobi']);
    assert.deepEqual(cells('We met, all three of us, at 34 minutes past.\nid,age,notes\n', 'AGE'), []);
  });

  it('reads job titles in sentence case, with an acronym or a committee post, in a "Role" column', () => {
    const table = [
      '| Name | Initials | Role |',
      '|---|---|---|',
      '| Margaret Penrose | MP | Chair; patient member, Trelowen |',
      '| Kerensa Hosking | KH | GP partner |',
      '| Dawn Trewin | DT | Practice manager |',
      '| Ann Lee | AL | Patient member |',
    ].join('\n');
    assert.deepEqual(cells(table, 'OTHER'), ['Chair', 'GP partner', 'Practice manager']);
  });
});

describe('a table column headed "Name"', () => {
  const participants = [
    '| Name | Role | Attending |',
    '|---|---|---|',
    '| Glenys Wood | Aboriginal Health Worker | in person |',
    '| Chair | clinic manager | in person |',
    '',
    '- GW reported that the road was passable.',
  ].join('\n');

  it('takes a full name there for a person, whatever its words also mean, and its initials in the notes', () => {
    // Before: `Glenys Wood` was a place (`Wood`), so `GW` was nobody's initials.
    const people = cells(participants, 'PERSON');
    assert.ok(people.includes('Glenys Wood') && people.includes('GW'));
    assert.ok(!people.includes('Chair'));
  });
});

describe('what a client record gives beside a date of birth', () => {
  it('takes the age in brackets after a date of birth, not a bracketed number elsewhere', () => {
    // Before: `(44)` after the date was left, since no name stood before the bracket.
    assert.deepEqual(cells('**DOB:** 17/06/1979 (44)\n**Medicare:** 2953 81460 7 (2)', 'AGE'), ['44']);
  });
});

describe("a relative's birthday by its ordinal", () => {
  it("takes the ordinal after a relative's possessive, before a birthday or where it is held", () => {
    // Before: only `my`, `his`, `her` or a capitalised name's possessive opened the rule.
    assert.deepEqual(cells("A big do for Martin's mother's eightieth in the community centre.", 'AGE'), ['eightieth']);
    assert.deepEqual(cells('He came second in the race, the second in the queue.', 'AGE'), []);
  });
});

describe('an age judged young or old', () => {
  it('takes an age that opens a sentence and is called too young or not small', () => {
    // Before: with no person before it, `Fifty-four` was no age.
    assert.deepEqual(cells('Fifty-four is too young for this kind of thing. Your father lived a good life. 90 years is not small.', 'AGE'), ['Fifty-four', '90 years']);
    assert.deepEqual(cells('Two is too many for one car. Fifty is a lot of money.', 'AGE'), []);
  });
});
