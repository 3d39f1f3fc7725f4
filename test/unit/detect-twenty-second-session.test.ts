import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { assertionsFor, found } from '../support/findings';

const person = assertionsFor('PERSON');
const contact = assertionsFor('CONTACT');

// Names and contacts said in ways the earlier rules missed. Every line is synthetic and written for these tests.
describe('people and contacts: names and addresses said in less common ways', () => {
  it('reads an e-mail address said in French, Spanish or German', () => {
    // Before: none of these was flagged (only the English "at" and "dot" were read).
    contact.assertFinds("C'est j tiret lalonde point inf, arobase example point com. Voilà.", ['j tiret lalonde point inf, arobase example point com']);
    contact.assertFinds('Es maria punto lopez arroba correo punto es, gracias.', ['maria punto lopez arroba correo punto es']);
    contact.assertFinds('Schreib an k unterstrich weber klammeraffe example punkt de bitte.', ['k unterstrich weber klammeraffe example punkt de']);
    contact.assertNothing('On se voit au point de rendez-vous, arobase ou pas.');
  });

  it('takes a name that opens with the glottal stop (ʻokina) for a capitalised one', () => {
    person.assertFinds('Four boys. My wife, ʻAna, she says she lives in a rugby team.', ['ʻAna']);
    person.assertFinds('We went with ʻOfa Taufa to the market on Saturday.', ['ʻOfa Taufa']);
    // A word of the language at a sentence's start is not one: `ʻIo` (yes).
    person.assertNothing('ʻIo, that is true, we always went.');
  });

  it('takes a nickname said before "they call him", and not a sentence opener', () => {
    person.assertFinds('The coach, Paddy Ward, the Hammer they call him, he was a champion.', ['Paddy Ward', 'Hammer']);
    person.assertFinds('Chalky, they called him, on account of the hair.', ['Chalky']);
    person.assertNothing('Well, they call her the boss now. Then they call him in.');
  });

  it('takes a spelling given after the name, and letters given as a name\'s initials', () => {
    person.assertFinds('Pastor Ip. I-P. Your machine again.', ['Pastor Ip', 'I-P']);
    assert.ok(found('My e-mail is on the form. T-M for Tai-man.', 'PERSON').includes('T-M'));
    // Letters that spell no name said before them, and an index for a city: not names.
    person.assertNothing('It was the A-Z for London, the old one.');
  });

  it('takes the name a film shows on screen', () => {
    const captions = ['130', '00:12:12,379 --> 00:12:14,981', '[ON SCREEN: LAGI TOLEAFOA, NEIGHBOUR]', '', '131', '00:12:17,052 --> 00:12:23,682', 'We have been friends a long time.', ''].join('\n');
    const names = analyze(captions, { format: 'srt' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);
    assert.deepEqual(names, ['LAGI TOLEAFOA']);
    person.assertFinds('(CAPTION: Dr Mere Walker, GP) We start at the clinic.', ['Dr Mere Walker']);
  });

  it('takes a name that a sentence in French, Spanish or Portuguese says who someone is', () => {
    assert.deepEqual(found("R: Bien sûr! Guerline, c'est la marraine de ma fille.", 'PERSON', 'high-recall'), ['Guerline']);
    assert.deepEqual(found('R: Claro. Lupita, es mi prima.', 'PERSON', 'high-recall'), ['Lupita']);
    person.assertNothing("R: Bon, c'est la vie. Alors, c'est le problème.");
  });
});

describe('people: a word opening a sentence, told of what only a person is or does', () => {
  it('takes the word when a person\'s predicate follows', () => {
    // Before: none of these was flagged (a name that is also a word, at a sentence's start).
    person.assertFinds('R: Pita was a quiet man. Very strong.', ['Pita']);
    person.assertFinds('R: Sterling passed away last year, in the spring.', ['Sterling']);
    assert.deepEqual(found('R: Pita died at the hospital.', 'PERSON'), ['Pita']);
  });

  it('leaves words that open a sentence about a thing, time or nobody', () => {
    person.assertNothing('R: Business died down after that.');
    person.assertNothing('R: Nobody died, thank God. Time passed, slowly.');
    person.assertNothing('R: Mum died in the spring. Everyone was a mess.');
  });
});

describe('people: a known given name typed in lower case inside text with capitals', () => {
  it('takes a given name that is no word', () => {
    // Before: none of these was flagged.
    assert.deepEqual(found("Faith: Yeah, rosa's right though, it's always the kids doing the talking.", 'PERSON', 'high-recall'), ['Faith', 'rosa']);
    assert.deepEqual(found('R: Check the group for the partners, carly will find her people there.', 'PERSON', 'high-recall'), ['carly']);
  });

  it('leaves words, other languages\' words and addresses', () => {
    person.assertNothing('R: I hope the rose bushes will grow back, they were a gift.');
    person.assertNothing("R: Elle m'a dit que le monde est petit, c'est la vie.");
    person.assertNothing('R: Write to carly.jones@example.com or @carly on the app.');
  });
});
