import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const ages = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'AGE').map((finding) => finding.text);

describe('an age said alone in a round of introductions', () => {
  it('reads a number that is a sentence of its own, just after a speaker introduces themselves, as their age', () => {
    // Before: none of these was flagged.
    assert.deepEqual(ages("P4: Kia ora, I'm Tama. From Waikare Bay originally. Twenty-nine.\n\nP1: Next."), ['Twenty-nine']);
    assert.deepEqual(ages('P2: Everybody does call me Sonny.\nSeventy-five. I born right here.'), ['Seventy-five']);
    assert.deepEqual(ages("P1: I'll start. Rusty. Sixty-one. Head stockman out at the station."), ['Sixty-one']);
    // A diary's new patient, named in full just before.
    assert.deepEqual(ages("New patient. Alisha. Alisha D'Costa. Only 34. She has motor neurone disease."), ['34']);
  });

  it('leaves a number alone without an introduction, a number echoed, and a number too small to be an adult\'s age', () => {
    assert.deepEqual(ages('P2: How many sheep? Forty. Maybe fifty.'), []);
    assert.deepEqual(ages("P5: She says I'm number thirty-one. Thirty-one! There ain't that many flats."), []);
    assert.deepEqual(ages("P3: I'm Joy. Two. Two kids, I mean."), []);
  });

  it('leaves the numbers of a list read out in a meeting', () => {
    // Before: `Three` and `Four` were read as the ages of the people named after them.
    const actions = "[Dr Obi] Two: cardiology clinic, Aoife. Three: Órla to write to the sisters with Packie's permission. Four: Declan to look at the allowance.";
    assert.deepEqual(ages(actions), []);
  });

  it('takes a number said alone after a full name and the name the speaker goes by, or after a relation said alone', () => {
    // Before: neither was found.
    assert.deepEqual(ages('WATTIE: Walter Renwick. Wattie. Seventy-six. I was a herd.'), ['Seventy-six']);
    assert.deepEqual(ages('Her mother? Grandmother? Grandmother. Eighty-seven. She weaves still.'), ['Eighty-seven']);
    assert.deepEqual(ages('We need more chairs. Table. Forty.'), []);
  });

  it('takes a number said alone after a turn opened with the speaker\'s own name, a teenager\'s too', () => {
    const round = '**BROOK:** Brook, no E. Sixteen.\n\n**DENIS:** Denis. Fifteen. Can I go now?\n\n**MOD:** Okay. Twelve. Chairs please.';
    // Before: neither age was found (a number under 16 counted only as no age; the turn named nobody in full).
    assert.deepEqual(ages(round), ['Sixteen', 'Fifteen']);
  });
});
