import * as assert from 'node:assert/strict';
import { createRandom, generateTranscript, GENERATED_FORMATS } from '../../scripts/bench/corpus-generator';
import { analyze } from '../../src/core/analyze';
import { CONFIRMED_MIN_CONFIDENCE, confirmedForms } from '../../src/core/corpus-knowledge';
import { formatForPath } from '../../src/core/transcript-format';
import type { AnalyzeOptions, KnownForm } from '../../src/core/types';

const spans = (text: string, options: AnalyzeOptions): string[] =>
  analyze(text, options).map((finding) => `${finding.type} ${finding.text} (${finding.reason})`);

/**
 * The scan gives every file one list of the corpus's forms and names the file's own (`corpusFormsExcept`), instead of
 * a list per file without them: the findings must be exactly those of the list per file.
 */
describe('corpus forms as one list with a per-file exception', () => {
  const corpus: KnownForm[] = [
    { form: 'Port Kerrow', type: 'LOCATION' },
    { form: 'Nkechi Adebayo', type: 'PERSON' },
    { form: 'Marrowby', type: 'LOCATION' },
  ];

  it('flags a form confirmed in another file, but not the file\'s own as "confirmed elsewhere"', () => {
    const text = 'We drove to Port Kerrow with Nkechi Adebayo.\n';
    assert.ok(spans(text, { corpusForms: corpus }).includes('LOCATION Port Kerrow (known form confirmed elsewhere in the project)'));
    const own = spans(text, { corpusForms: corpus, corpusFormsExcept: ['port kerrow'] });
    assert.ok(!own.some((span) => span.startsWith('LOCATION Port Kerrow (known form')), own.join(' | '));
    assert.ok(own.includes('PERSON Nkechi Adebayo (known form confirmed elsewhere in the project)'), own.join(' | '));
  });

  it('keeps the project key\'s form when the file confirms the same form itself', () => {
    const key: KnownForm[] = [{ form: 'Marrowby', type: 'LOCATION', token: '[LOCATION_1]' }];
    const text = 'She grew up in Marrowby.\n';
    assert.ok(spans(text, { knownForms: key, corpusForms: corpus }).includes('LOCATION Marrowby (known form confirmed elsewhere in the project)'));
    const own = spans(text, { knownForms: key, corpusForms: corpus, corpusFormsExcept: ['marrowby'] });
    assert.ok(own.includes('LOCATION Marrowby (known form of [LOCATION_1] in the project key)'), own.join(' | '));
  });

  it('equals the per-file list (key forms, then the corpus forms but the file\'s own) on generated transcripts', () => {
    const random = createRandom(23);
    const texts = GENERATED_FORMATS.map((format, index) => ({ format: formatForPath(`t.${format}`), text: generateTranscript(random, format, 3_000 + 1_000 * index) }));
    const ownForms = texts.map(({ text, format }) =>
      confirmedForms([analyze(text, { format }).filter((finding) => finding.confidence >= CONFIRMED_MIN_CONFIDENCE)]),
    );
    const all = ownForms.flat();
    // The key repeats some corpus forms (in another case), so the order between key and corpus entries matters.
    const key: KnownForm[] = all.filter((_, index) => index % 4 === 0).map(({ form, type }, index) => ({ form: form.toUpperCase(), type, token: `[${type}_${index + 1}]` }));
    assert.ok(all.length > 10, 'the transcripts should confirm several forms');
    for (const [index, { text, format }] of texts.entries()) {
      const own = new Set(ownForms[index].map((known) => known.form.toLocaleLowerCase()));
      const perFile = analyze(text, { format, knownForms: [...key, ...all.filter((known) => !own.has(known.form.toLocaleLowerCase()))] });
      const shared = analyze(text, { format, knownForms: key, corpusForms: all, corpusFormsExcept: [...own] });
      assert.ok(perFile.some((finding) => finding.reason.startsWith('known form')), 'known forms should be found');
      assert.deepEqual(shared, perFile);
    }
  });
});
