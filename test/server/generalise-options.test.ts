import assert from 'node:assert/strict';
import { generaliseOptions } from '../../src/server/generalise-options';

describe('generalise quick fixes', function () {
  it('turns an exact age into its decade, and very old ages into one band', function () {
    assert.deepEqual(generaliseOptions('AGE', '47'), ['[AGE 40-49]']);
    assert.deepEqual(generaliseOptions('AGE', '47-year-old'), ['[AGE 40-49]']);
    assert.deepEqual(generaliseOptions('AGE', '93'), ['[AGE 90+]']);
    assert.deepEqual(generaliseOptions('AGE', 'forty-seven'), ['[AGE 40-49]']);
    assert.deepEqual(generaliseOptions('AGE', 'in her sixties'), ['[AGE 60-69]']);
  });

  it('offers the year, and month and year when the date names a month', function () {
    assert.deepEqual(generaliseOptions('DATE', '14 March 2019'), ['[DATE 2019]', '[DATE March 2019]']);
    assert.deepEqual(generaliseOptions('DATE', '2019-03-14'), ['[DATE 2019]', '[DATE March 2019]']);
    assert.deepEqual(generaliseOptions('DATE', '03/04/2019'), ['[DATE 2019]'], 'day and month order is uncertain');
    assert.deepEqual(generaliseOptions('DATE', 'the 2nd of May'), ['[DATE May]']);
  });

  it('offers nothing it cannot generalise safely', function () {
    assert.deepEqual(generaliseOptions('DATE', 'last Tuesday'), []);
    assert.deepEqual(generaliseOptions('AGE', 'old'), []);
    assert.deepEqual(generaliseOptions('PERSON', 'Keisha Grant'), []);
  });
});
