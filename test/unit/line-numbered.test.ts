import * as assert from 'node:assert/strict';
import { createRandom } from '../../scripts/bench/corpus-generator';
import { analyze, analyzeInSlices, createAnalysisCache } from '../../src/core/analyze';
import { readableLineNumberedText } from '../../src/core/line-numbered';

/** A synthetic conversation-analysis transcript: every line numbered, turns broken over lines, pauses marked. */
const CA_TRANSCRIPT = [
  'PROJECT:        WP2 focus group, excerpt',
  '',
  '   1  IR:      so (.) could you say a bit about (.) your family',
  '   2  ANYA:    yes (.) machines and electricity (0.5) my',
  '   3           father was tram driver in Kharkiv so I like always',
  '   4           machines',
  '   5  IR:      and your mother',
  '   6  ANYA:    in Kharkiv she was (.) accountant (.) in a',
  '   7           factory (1.0) now she cleans hotel rooms',
  '   8  IR:      °mm° and who is in your class',
  '   9  ANYA:    four of us (.) me (.) Dima (.) Vlad (.) and Nastia',
  '  10  IR:      [right]',
  '  11  ANYA:    [and] my grandmother (.) she is seventy-one (.) she',
  '  12           lives with us',
  '',
].join('\n');

describe('line-numbered transcripts (conversation analysis, depositions)', () => {
  it('reads a turn broken over numbered lines as one sentence, and reports it where it is written', () => {
    const findings = analyze(CA_TRANSCRIPT);
    const job = findings.find((finding) => finding.text === 'tram driver');
    assert.ok(job, `the father's job across the line break should be found: ${JSON.stringify(findings.map((f) => f.text))}`);
    assert.equal(CA_TRANSCRIPT.slice(job.start, job.end), 'tram driver');
    assert.ok(findings.some((finding) => finding.text === 'accountant' && finding.type === 'OTHER'), 'a job after a hesitation pause');
    for (const finding of findings) assert.equal(CA_TRANSCRIPT.slice(finding.start, finding.end), finding.text);
  });

  it('never flags the line numbers, and keeps names listed between pauses apart', () => {
    const findings = analyze(CA_TRANSCRIPT);
    assert.ok(!findings.some((finding) => /^\s*\d+\s*$/.test(finding.text)), 'no line number is an identifier');
    const people = findings.filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);
    for (const name of ['Dima', 'Vlad', 'Nastia']) assert.ok(people.includes(name), `${name} alone: ${JSON.stringify(people)}`);
    assert.ok(findings.some((finding) => finding.type === 'AGE' && finding.text === 'seventy-one'), 'a pause ends the age like a comma');
  });

  it('leaves other texts as they are, numbered lists included', () => {
    const years = ['Prices we paid:', ...[1998, 2004, 2011, 2015, 2019, 2020, 2021, 2022, 2023].map((year) => `${year}  about forty pounds`)].join('\n');
    assert.deepEqual(readableLineNumberedText(years), { text: years });
    const plain = 'P01: I live in Port Kerrow.\n\nP02: Me too.\n';
    assert.deepEqual(readableLineNumberedText(plain), { text: plain });
  });

  it('gives the same findings warm and cold, and in slices, while the transcript is edited', async () => {
    const random = createRandom(5);
    let text = CA_TRANSCRIPT.repeat(3);
    const cache = createAnalysisCache();
    for (let edit = 0; edit < 25; edit++) {
      const warm = analyze(text, {}, cache);
      assert.deepEqual(warm, analyze(text), `after edit ${edit}`);
      assert.deepEqual(await analyzeInSlices(text, {}, createAnalysisCache(), { sliceMs: 0 }), warm);
      for (const finding of warm) assert.equal(text.slice(finding.start, finding.end), finding.text);
      const at = random.int(text.length + 1);
      text = text.slice(0, at) + random.pick(['a', ' ', '\n', '(.)', '  7           ', 'Maria', '']) + text.slice(at + random.int(3));
    }
  });
});
