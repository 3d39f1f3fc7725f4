import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../scripts/eval/corpus';
import { scoreCorpus, type Prediction } from '../../scripts/eval/score';

const FIXTURE = join(__dirname, '../../../test/fixtures/eval/tiny');

function prediction(text: string, doc: string, docText: string, type: Prediction['type'], from = 0): Prediction {
  const start = docText.indexOf(text, from);
  assert.ok(start >= 0, `${text} is in the fixture`);
  return { doc, start, end: start + text.length, type, text };
}

describe('eval scoring', () => {
  const corpus = loadCorpus(FIXTURE);
  const doc = corpus.docs[0];

  it('reads docs and gold spans, checking each gold text against its document', () => {
    assert.deepEqual(corpus.docs.map((d) => d.name), ['a.txt']);
    assert.deepEqual(corpus.gold.map((g) => g.text), ['INTERVIEWER', 'Maria', 'Dunmore', 'Walmart']);
  });

  it('counts a gold span as found when a flag overlaps it, and exact only when the bounds agree', () => {
    const report = scoreCorpus(corpus.gold, [
      prediction('sister Maria', doc.name, doc.text, 'PERSON'),
      prediction('Dunmore', doc.name, doc.text, 'PERSON'),
    ]);
    const person = report.byType.find((row) => row.label === 'PERSON')!;
    const location = report.byType.find((row) => row.label === 'LOCATION')!;
    assert.equal(person.found, 1);
    assert.equal(person.exact, 0);
    assert.equal(location.found, 1, 'a wrongly typed flag still masks the place');
    assert.equal(location.typed, 0);
    assert.equal(report.overall.recall, 1);
    assert.equal(report.direct.recall, 1);
    assert.deepEqual(report.misses, []);
  });

  it('treats flags on `none` spans and on unannotated text as false positives, and reports misses', () => {
    const report = scoreCorpus(corpus.gold, [
      prediction('Maria', doc.name, doc.text, 'PERSON'),
      prediction('Walmart', doc.name, doc.text, 'ORGANIZATION'),
      prediction('Hello', doc.name, doc.text, 'PERSON'),
    ]);
    assert.equal(report.overall.truePositives, 1);
    assert.equal(report.overall.falsePositives, 2);
    assert.equal(report.overall.noneHits, 1);
    assert.equal(report.overall.precision, 1 / 3);
    assert.equal(report.overall.precisionExcludingNone, 1 / 2);
    assert.equal(report.overall.recall, 1 / 2);
    assert.deepEqual(report.misses.map((span) => span.text), ['Dunmore']);
    assert.deepEqual(report.falsePositives.map((p) => p.text), ['Walmart', 'Hello']);
  });

  it('rejects a gold line whose text does not match its document, naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'b.txt'), 'Call Maria.');
    writeFileSync(join(dir, 'gold.jsonl'), '{"doc":"b.txt","start":0,"end":4,"type":"PERSON","identifier":"direct","text":"Maria"}\n');
    assert.throws(() => loadCorpus(dir), /gold\.jsonl:1: text "Maria" does not match the document \("Call"\)/);
  });

  it('strips a leading BOM so gold offsets refer to the text the engine sees', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'c.txt'), '\uFEFFCall Maria.');
    writeFileSync(join(dir, 'gold.jsonl'), '{"doc":"c.txt","start":5,"end":10,"type":"PERSON","identifier":"direct","text":"Maria"}\n');
    assert.equal(loadCorpus(dir).gold[0].text, 'Maria');
  });
});
