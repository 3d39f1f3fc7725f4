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
