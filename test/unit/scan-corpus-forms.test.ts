import * as assert from 'node:assert/strict';
import { createRandom, generateTranscript, GENERATED_FORMATS } from '../../scripts/bench/corpus-generator';
import { mergeConfirmedForms } from '../../src/cli/scan-corpus-forms';
import { analyze } from '../../src/core/analyze';
import { CONFIRMED_MIN_CONFIDENCE, confirmedForms } from '../../src/core/corpus-knowledge';
import { formatForPath } from '../../src/core/transcript-format';
import type { Finding, KnownForm } from '../../src/core/types';

const confident = (findings: readonly Finding[]): Finding[] => findings.filter((finding) => finding.confidence >= CONFIRMED_MIN_CONFIDENCE);
const asFinding = (known: KnownForm): Finding => ({
  start: 0,
  end: known.form.length,
  type: known.type,
  confidence: known.confidence ?? 1,
  reason: '',
  text: known.form,
  detector: 'corpus',
});

describe('corpus forms of a scan (pass one)', () => {
  it('keeps the spelling of the first file that confirmed a form, in any case, and sorts like confirmedForms', () => {
    const merged = mergeConfirmedForms([
      [{ form: 'Marrowby', type: 'LOCATION' }],
      [{ form: 'Keisha Grant', type: 'PERSON' }, { form: 'MARROWBY', type: 'LOCATION' }],
    ]);
    assert.deepEqual(merged, [
      { form: 'Keisha Grant', type: 'PERSON' },
      { form: 'Marrowby', type: 'LOCATION' },
    ]);
  });

  it('equals confirmedForms over the confident findings of every file, on generated transcripts', () => {
    const random = createRandom(11);
    for (let round = 0; round < 3; round++) {
      const perFileFindings = GENERATED_FORMATS.flatMap((format, index) => {
        const text = generateTranscript(random, format, 2_000 + 1_500 * index);
        return [confident(analyze(text, { format: formatForPath(`t.${format}`) }))];
      });
      // Files that repeat another file's forms, so the first-file-wins rule is exercised.
      perFileFindings.push(perFileFindings[0].map((finding) => ({ ...finding, text: finding.text.toUpperCase() })));
      const perFileForms = perFileFindings.map((findings) => confirmedForms([findings]));
      const merged = mergeConfirmedForms(perFileForms);
      assert.ok(merged.length > 5, 'the transcripts should confirm several forms');
      // The scan's previous merge (confirmedForms again, over each file's forms as findings), and one pass over all.
      assert.deepEqual(merged, confirmedForms(perFileForms.map((forms) => forms.map(asFinding))));
      assert.deepEqual(merged, confirmedForms(perFileFindings));
    }
  });
});
