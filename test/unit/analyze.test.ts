import * as assert from 'node:assert/strict';
import { analyze, createAnalysisCache } from '../../src/core/analyze';
import { splitIntoChunks } from '../../src/core/chunks';
import type { Detector } from '../../src/core/detect/detector';
import { knownForms as knownFormsDetector } from '../../src/core/detect/known-forms';
import type { Finding } from '../../src/core/types';

/** A detector that flags every capitalised word after "Dear", with a fixed confidence. Keeps these tests independent of real detectors. */
const dearDetector: Detector = {
  id: 'dear',
  priority: 10,
  detect({ text }) {
    return [...text.matchAll(/(?<=Dear )\p{Lu}\p{Ll}+/gu)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      type: 'PERSON' as const,
      confidence: 0.9,
      reason: 'follows "Dear"',
    }));
  },
};

const texts = (findings: Finding[]): string[] => findings.map((finding) => finding.text);

describe('analyze', () => {
  it('reports offsets into the whole text, across chunks', () => {
    const text = 'INTERVIEWER: Hello.\n\nP1: Dear Ana, hi.\n\nP2: Dear Bo.\n';
    const findings = analyze(text, {}, createAnalysisCache(), [dearDetector]);
    assert.deepEqual(texts(findings), ['Ana', 'Bo']);
    for (const finding of findings) assert.equal(text.slice(finding.start, finding.end), finding.text);
  });

  it('flags a confident form again wherever it is in the document; one that is also a word only where capitalised', () => {
    const text = 'P1: Dear Ana, hi. Dear Hope, hi.\n\nP2: Ana said no. ANA knows. So does ana. Hope came. I hope not.\n';
    const findings = analyze(text, {}, createAnalysisCache(), [dearDetector]);
    assert.deepEqual(texts(findings), ['Ana', 'Hope', 'Ana', 'ANA', 'ana', 'Hope']);
    assert.equal(findings[2].detector, 'propagate');
    assert.match(findings[2].reason, /elsewhere in this transcript/);
  });

  it('flags the distinctive parts of a full name wherever they recur, but not titles or ordinary words', () => {
    const fullName: Detector = {
      id: 'full-name',
      priority: 10,
      detect: ({ text }) =>
        [...text.matchAll(/(?<=Dear )(?:Dr\. )?\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu)].map((match) => ({
          start: match.index,
          end: match.index + match[0].length,
          type: 'PERSON' as const,
          confidence: 0.9,
          reason: 'follows "Dear"',
        })),
    };
    const text = 'Dear Tomasz Kowalczyk, and Dear Dr. Rose Hill.\n\nKowalczyk rang Tomasz. The doctor saw Rose on the hill.\n';
    const findings = analyze(text, {}, createAnalysisCache(), [fullName]);
    assert.deepEqual(texts(findings), ['Tomasz Kowalczyk', 'Dr. Rose Hill', 'Kowalczyk', 'Tomasz']);
    assert.match(findings[2].reason, /part of a likely person name/);
  });

  it('keeps a longer confident name over a known form inside it, so no part is left behind', () => {
    const fullName: Detector = {
      id: 'full-name',
      priority: 10,
      detect: ({ text }) => [...text.matchAll(/Maria Gonzalez/g)].map((match) => ({
        start: match.index, end: match.index + match[0].length, type: 'PERSON' as const, confidence: 0.9, reason: 'full name',
      })),
    };
    const known = [{ form: 'Maria', type: 'PERSON' as const, token: '[PERSON_1]' }];
    const findings = analyze('I met Maria Gonzalez and Maria.\n', { knownForms: known }, createAnalysisCache(), [fullName, knownFormsDetector]);
    assert.deepEqual(texts(findings), ['Maria Gonzalez', 'Maria']);
  });

  it('never flags an ignored form, nor a propagated one', () => {
    const text = 'P1: Dear Ana.\n\nP2: Ana again.\n';
    assert.deepEqual(analyze(text, { ignore: ['ana'] }, createAnalysisCache(), [dearDetector]), []);
  });

  it('does not flag a word inside an ignored form, but still flags it elsewhere', () => {
    const fullName: Detector = {
      id: 'full-name',
      priority: 10,
      // Full names, and the surname alone wherever it stands (also inside a full name).
      detect: ({ text }) =>
        [...text.matchAll(/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu), ...text.matchAll(/\bGrant\b/gu)].map((match) => ({
          start: match.index,
          end: match.index + match[0].length,
          type: 'PERSON' as const,
          confidence: 0.8,
          reason: 'test',
        })),
    };
    const text = 'We met Keisha Grant there, and then Grant left.\n';
    assert.deepEqual(texts(analyze(text, {}, createAnalysisCache(), [fullName])), ['Keisha Grant', 'Grant']);
    assert.deepEqual(texts(analyze(text, { ignore: ['Keisha Grant'] }, createAnalysisCache(), [fullName])), ['Grant']);
  });

  it('flags every known form from the project in any case, and never inside protected spans', () => {
    const text = '[00:00:01] INTERVIEWER: Did Marta come?\nP2: MARTA did. [PERSON_1] too.\n';
    const findings = analyze(text, { knownForms: [{ form: 'Marta', type: 'PERSON', token: '[PERSON_2]' }] });
    assert.deepEqual(texts(findings), ['Marta', 'MARTA']);
    assert.match(findings[0].reason, /\[PERSON_2\]/);
  });

  it('filters by sensitivity and enabled types without changing the rest', () => {
    const weak: Detector = { ...dearDetector, id: 'weak', detect: (context) => dearDetector.detect(context).map((c) => ({ ...c, confidence: 0.3 })) };
    const text = 'Dear Ana.\n';
    assert.deepEqual(texts(analyze(text, {}, createAnalysisCache(), [weak])), ['Ana']);
    assert.deepEqual(analyze(text, { sensitivity: 'balanced' }, createAnalysisCache(), [weak]), []);
    assert.deepEqual(analyze(text, { enabledTypes: ['DATE'] }, createAnalysisCache(), [dearDetector]), []);
  });

  it('flags a name from a voice tag where the caption writes it in lower case, unless it is also a word', () => {
    // Before: `chantal` under the voice tag <v Chantal Bergeron> was missed (single-word forms matched only capitalised).
    const caption = 'WEBVTT\n\n1\n00:00:02.000 --> 00:00:05.000\n<v Chantal Bergeron>hi i\'m chantal and i hope hope lindqvist can take minutes\n\n' +
      '2\n00:00:06.000 --> 00:00:08.000\n<v Hope Lindqvist>yes chantal i can\n';
    const names = analyze(caption).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);
    assert.deepEqual(names, ['Chantal Bergeron', 'chantal', 'hope lindqvist', 'Hope Lindqvist', 'chantal']);
  });

  it('finds an age given as the answer to "How old...?" in the next turn, across a blank line', () => {
    // Before: each turn is its own chunk, so "Forty-one." on its own was not read as an age.
    const text = '**Interviewer:** And how old are you now?\n\n**Participant:** Forty-one. Forty-two in May.\n';
    const ages = analyze(text, { format: 'markdown' }).filter((finding) => finding.type === 'AGE').map((finding) => finding.text);
    assert.ok(ages.includes('Forty-one'), `ages found: ${JSON.stringify(ages)}`);
  });

  it('gives the same findings with a warm cache after an edit as a fresh analysis', () => {
    const cache = createAnalysisCache();
    const before = Array.from({ length: 50 }, (_, i) => `P${i}: Dear Ana${'x'.repeat(i % 3)} and Dear Bo.\n\n`).join('');
    analyze(before, {}, cache, [dearDetector]);
    const after = before.replace('P7: Dear Anax', 'P7: Dear Cyd, Dear Anax');
    assert.deepEqual(analyze(after, {}, cache, [dearDetector]), analyze(after, {}, createAnalysisCache(), [dearDetector]));
  });
});

describe('splitIntoChunks', () => {
  it('covers the text exactly, in order, splitting at blank lines and long turns', () => {
    const longTurn = Array.from({ length: 400 }, (_, i) => `line ${i} of a long turn`).join('\n');
    for (const text of ['', 'one', 'a\n\nb', 'a\r\n\r\nb\n\n\n\nc\n', longTurn, `x\n\n${longTurn}\n\ny`]) {
      const chunks = splitIntoChunks(text);
      assert.equal(chunks.map((chunk) => text.slice(chunk.start, chunk.end)).join(''), text);
      chunks.forEach((chunk, i) => assert.equal(chunk.start, i === 0 ? 0 : chunks[i - 1].end));
    }
    assert.ok(splitIntoChunks(longTurn).length > 1, 'a long turn is split');
    assert.equal(splitIntoChunks('a\n\nb').length, 2);
  });
});
