import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const people = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);

describe('a given name that is also a word, opening a sentence as only a name does', () => {
  it('is a name when addressed: handed a turn, asked, or given a task', () => {
    // Before: each `Rose` and `Hope` here was missed.
    assert.deepEqual(people('Chair: Next case, then. Rose, you\'re up.'), ['Rose']);
    assert.deepEqual(people('Chair: Five: Rose, flag the BP and repeat it.'), ['Rose']);
    assert.deepEqual(people('Host: Hope, can you share your screen?'), ['Hope']);
  });

  it('is a name before a role in apposition and a pronoun, and spreads from there', () => {
    const found = people('P2: Joy, the health worker at the clinic, she broke her ankle.\n\nP1: Joy has a big heart.');
    assert.deepEqual(found, ['Joy', 'Joy']);
  });

  it('is a name of any word set off between a relation or role and a pronoun', () => {
    // Before: `Sweetie` and `Tame` are English words and no known given name, so neither was flagged.
    assert.deepEqual(people('And mi sister, Sweetie, she in England thirty years.'), ['Sweetie']);
    assert.deepEqual(people('My second one, Tame, he was born right in the middle of it.'), ['Tame']);
    assert.deepEqual(people('She brought my great-grandson, Hunter. He is seven.'), ['Hunter']);
    // An initial's full stop ends the sentence before `I` (before: `Sister B. I` was read as one name and dropped).
    assert.deepEqual(people('At church they call me Sister B. I am forty-four.'), ['Sister B.']);
    assert.deepEqual(people('The worst day of all, Sunday, he came home. The thing is, Honestly, she knew.'), []);
  });

  it('is a name addressed at the end of a sentence, after a comma', () => {
    // Before: `Sunny` was missed (a word and a given name, with no cue before it).
    assert.deepEqual(people("GUEST: Oh, that's so common, Sunny. A lot of our elders say so."), ['Sunny']);
    assert.deepEqual(people('We went in the spring, May. It was warm, honestly. She was born in Kisumu, Kenya.'), []);
  });

  it('stays a word in a filler, a figure of speech, or before anything else', () => {
    assert.deepEqual(people('P1: Hope, you know, is a funny thing.'), []);
    assert.deepEqual(people('P1: Faith, the way I see it, he said, keeps you going.'), []);
    assert.deepEqual(people('P1: Grace, in the end, is what we needed.'), []);
  });
});

describe('people named by a relation, a family plural or a religious title', () => {
  it('flags a word-name set off after a relation, and a family by its plural surname, possessive too', () => {
    // Before: `Penny` and both `Fairbairns` were missed.
    const found = people("P3: After Rusty, the Fairbairns put roll bars on every bike.\n\nP3: The Fairbairns' daughter, Penny, she put me in the shower.");
    assert.equal(found.filter((text) => text === 'Fairbairns').length, 2);
    assert.ok(found.includes('Penny'));
    assert.deepEqual(people("We drove past the Rockies' peaks and sang the Beatles' songs."), []);
  });

  it('flags a name after a religious or community title', () => {
    // Before: `Prophetess` was no title, and `Comfort` an ordinary word.
    assert.deepEqual(people('I have already sent word to Prophetess Comfort.'), ['Prophetess Comfort']);
    assert.deepEqual(people('And Alhaja Kudirat also, she leads the women.'), ['Alhaja Kudirat']);
  });
});

describe('a capitalised word joined by "and" to a name', () => {
  it('is a name too, even an ordinary word or a sentence opener', () => {
    // Before: `Paddy`, `Memory` (English words) and `Hein` (opening a sentence) were missed beside a found name.
    assert.deepEqual(people('The twins are seven, Paddy and Michael.'), ['Paddy', 'Michael']);
    assert.deepEqual(people('For me it was Memory and Blessing and this crazy one.'), ['Memory', 'Blessing']);
    assert.deepEqual(people('They lived with us one winter. Hein and Liese and the little ones.'), ['Hein', 'Liese']);
  });

  it('takes every word listed with commas before it, back to the start of the list, not an opener', () => {
    // Before: `Penny` opening the list was missed.
    assert.deepEqual(people('Penny, Cash and Sunny are my grandkids.'), ['Penny', 'Cash', 'Sunny']);
    assert.deepEqual(people('Anyway, Mark, Dawn and Sunny came.'), ['Mark', 'Dawn', 'Sunny']);
  });

  it('leaves languages, peoples, places, months and firm words to their own rules', () => {
    assert.deepEqual(people('They sing hymns together, Mum in Polish and Faith in hers.'), ['Faith']);
    assert.deepEqual(people('We moved from Leeds and Michael stayed behind.').includes('Leeds'), false);
    assert.deepEqual(people('It was the builder, Hughes and Sons, who did the roof for Michael.').includes('Sons'), false);
    assert.deepEqual(people('Between June and Michael turning five, we moved twice.').includes('June'), false);
  });
});

describe('a chat sender\'s name that is a word, typed in lower case in the messages', () => {
  const chat = [
    '[03/11/2025, 14:21:29] Ray K: ok everybody this is the new group',
    '[03/11/2025, 14:22:29] Doc Hensley: ok',
    '[03/11/2025, 16:21:01] T-Bone: ray u still at the same address on Culver st?',
    '[04/11/2025, 12:47:37] Lou: hey this is lou, ray gave me this number',
    '[04/11/2025, 13:03:22] Lou: 😂 10-4 doc',
    '[07/11/2025, 20:09:16] T-Bone: talked to ray. better. going to bed.',
    '[09/11/2025, 16:58:08] Shay: i need to see a doc',
  ].join('\n');

  it('flags it where it is addressed or acts, though the message has capitals, and not where it is the word', () => {
    // Before: every lower-case `ray` and `doc` here was left, because a capital on the line made it no caption.
    const lower = people(chat).filter((name) => /^\p{Ll}+$/u.test(name));
    assert.deepEqual(lower, ['ray', 'lou', 'ray', 'doc', 'ray']);
  });
});

describe('a name said on its own after a relative', () => {
  it('flags a one-word sentence naming the relative just mentioned, not an ordinary word there', () => {
    // Before: `Grace` and `Destiny` alone, after `My little sister.`, were left.
    assert.deepEqual(people("My little sister. Grace. She's five. My daughter. Destiny."), ['Grace', 'Destiny']);
    assert.deepEqual(people('My brother. Anyway. Our mum. Sorry.'), []);
  });
});

describe('a household named by its surname in the plural, after whom someone worked for or lived with', () => {
  it('flags the family someone left or stayed with, double-barrelled or not, and not a team or a word', () => {
    // Before: `Harcourt-Doyles` and `Okafors` were left; only known surnames or a family's doings made a family.
    assert.deepEqual(people('I left the Harcourt-Doyles in 2003. We stayed with the Okafors.'), ['Harcourt-Doyles', 'Okafors']);
    assert.deepEqual(people('We stayed with the Greens. I watched the Simpsons.'), []);
  });
});

describe('a given name that is also a word, before what a person feels', () => {
  it('flags Destiny and Faith before hates and cried, and not the word after a determiner', () => {
    // Before: `Destiny hates when she says that` and `Faith cried all night` left the names.
    assert.deepEqual(people('Destiny hates when she says that. Faith cried all night.'), ['Destiny', 'Faith']);
    assert.deepEqual(people('It is our destiny. The grace loves nobody.'), []);
  });
});
