import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const others = (text: string): string[] => analyze(text, { format: 'markdown' }).filter((finding) => finding.type === 'OTHER').map((finding) => finding.text);

describe('a job in brackets after a name', () => {
  it('flags the job an attendance line or a label gives in brackets', () => {
    // Before: none of these jobs was flagged.
    assert.deepEqual(others('**Dr. Adaeze Nwachukwu (consultant obstetrician, IGH):** Good morning.'), ['consultant obstetrician']);
    assert.deepEqual(others('**Mama Sikira (traditional birth attendant, Odò-Ọba):** Good morning.'), ['traditional birth attendant']);
  });

  it('leaves brackets that say how someone speaks or who they are to another speaker', () => {
    assert.deepEqual(others('**Espérance (via interpreter):** Yes.'), []);
    assert.deepEqual(others('ŁUKASZ and AGNIESZKA = participants (brother and sister).'), []);
    assert.deepEqual(others('Maria (laughs) okay, fine.'), []);
  });
});

describe('a job said by its letters', () => {
  const jobs = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'OTHER').map((finding) => finding.text);

  it('flags the letters of a job said of a person', () => {
    // Before: neither was flagged.
    assert.deepEqual(jobs('I was a CNA for nine years at the home.'), ['CNA']);
    assert.deepEqual(jobs('Her mother is an OFW in Riyadh.'), ['OFW']);
  });

  it('leaves letters that qualify a noun, said of a thing, or everyday capitals', () => {
    assert.deepEqual(jobs('It was an MRI scan, and I am a UK citizen.'), []);
    assert.ok(!jobs("I'm an OK cook.").includes('OK'));
  });
});
