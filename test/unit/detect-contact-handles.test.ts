import { assertionsFor, found } from '../support/findings';
import * as assert from 'node:assert/strict';

const { assertFinds } = assertionsFor('CONTACT');

describe('contact detector: account names', () => {
  it('types a Reddit user as a contact wherever it stands', () => {
    assertFinds('r/LongHaul · Posted by u/rustbelt_mom · 14 hr. ago\nThanks u/wabash_longhauler, that helped.', ['u/rustbelt_mom', 'u/wabash_longhauler']);
  });

  it('types the author of a chat export line as a contact when shaped like an account name, a display name as a person', () => {
    const slack = 'aino.korhonen  10:14 AM\nmorning all! can you take her shopping?\n\nmikko.v  10:20 AM\nsure.';
    assert.deepEqual(found(slack, 'CONTACT'), ['aino.korhonen', 'mikko.v']);
    assert.deepEqual(found(slack, 'PERSON'), []);
    const discord = 'kuya_renz — 03/14/2024 9:15 PM\nsent you a DM.';
    assert.deepEqual(found(discord, 'CONTACT'), ['kuya_renz']);
    const display = 'Aino Korhonen  10:14 AM\nmorning all!';
    assert.deepEqual(found(display, 'CONTACT'), []);
    assert.deepEqual(found(display, 'PERSON'), ['Aino Korhonen']);
  });

  it('finds an account name given after a messaging app, in English or another language, not a plain word', () => {
    assertFinds('Meu LINE é fabio.higa.hmt e meu email fabiohiga95@example.com.', ['fabio.higa.hmt', 'fabiohiga95@example.com']);
    assertFinds('Add me, my WeChat: lin.mei88', ['lin.mei88']);
    assert.deepEqual(found('The LINE is busy, and Signal is down again.', 'CONTACT'), []);
  });

  it('types a mobile number after a short cue as a phone, and keeps a number named as a record an ID', () => {
    assertFinds('COMPLAINANT: resident of Purok 5. CP no. 0917 000 4412.', ['0917 000 4412']);
    assertFinds('o número dela é 0491 570 183 se vocês quiserem', ['0491 570 183']);
    assertFinds('Eilidh NicLeòid, callback 07700 900 672.', ['07700 900 672']);
    assert.deepEqual(found('My account number is 0491 570 183.', 'CONTACT'), []);
  });

  it('finds an account name said aloud with "underscore", not the word alone', () => {
    // Before: nothing was flagged.
    assertFinds("message me on Insta, I'm ffi underscore o underscore llanrug, I check that more", ['ffi underscore o underscore llanrug']);
    assertFinds('my handle is kuya underscore renz dot ph', ['kuya underscore renz dot ph']);
    assert.deepEqual(found('Type an underscore between the words. The file is report dot pdf.', 'CONTACT'), []);
  });
});
