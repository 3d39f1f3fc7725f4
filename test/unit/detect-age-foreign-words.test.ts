import * as assert from 'node:assert/strict';
import { cjkNumberEndingAt, readNumberWords } from '../../src/core/detect/age-number-reader';
import { assertionsFor } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('AGE');

describe('the reader of numbers in words of other languages', () => {
  const value = (text: string): number | undefined => readNumberWords(text, 0)?.value;

  it('reads compounds of many languages, with their joiners and word orders', () => {
    assert.equal(value('ochenta y dos'), 82);
    assert.equal(value('setenta e oito'), 78);
    assert.equal(value('quatre-vingt-onze'), 91);
    assert.equal(value('soixante-dix-huit'), 78);
    assert.equal(value('zweiundsiebzig'), 72);
    assert.equal(value('vierentachtig'), 84);
    assert.equal(value('osiemdziesiąt siedem'), 87);
    assert.equal(value('ενενήντα δύο'), 92);
    assert.equal(value('yetmiş iki'), 72);
    assert.equal(value("trenta'y singko"), 35);
    assert.equal(value('labindalawang'), 12);
    assert.equal(value("arba'a wa arba'in"), 44);
    assert.equal(value('tis3in'), 90);
  });

  it('stops at a comma and never adds two units ("cinco cinco" is a digit string)', () => {
    assert.equal(value('sesenta, sesenta y dos'), 60);
    assert.equal(value('cinco cinco'), 5);
    assert.equal(value('una'), undefined);
    assert.equal(value('hello'), undefined);
  });

  it('reads Chinese, Japanese and Korean numerals before the counter of years', () => {
    const text = '私は四十三歳 / 열두 살 / 칠십팔 세 / 같이 살아요';
    assert.equal(cjkNumberEndingAt(text, text.indexOf('歳'))?.value, 43);
    assert.equal(cjkNumberEndingAt(text, text.indexOf(' 살'))?.value, 12);
    assert.equal(cjkNumberEndingAt(text, text.indexOf(' 세'))?.value, 78);
    assert.equal(cjkNumberEndingAt(text, text.indexOf(' 살아요')), undefined);
  });
});

describe('ages in words of other languages without a word for years', () => {
  it('finds them after "is", "has", "turns" in that language or in English', () => {
    assertFinds('Transcript: my mother is ochenta y dos, she sleeps with the oven open.', ['ochenta y dos']);
    assertFinds('B1: Ich bin zweiundsiebzig. Das ist alles.', ['zweiundsiebzig']);
    assertFinds('La Petrona ya teje. Ella tiene catorce y ya teje mejor que yo.', ['catorce']);
    assertFinds('Nasci em 1995, então faço trinta em março.', ['trinta']);
    assertFinds('Mon frère avait seize, il m\'a emmené.', ['seize']);
    assertFinds('Eu tenho 29, sou yonsei.', ['29']);
  });

  it('leaves counts, clock times and digit strings alone', () => {
    assertNothing('Ella tiene dos hijos y una casa.');
    assertNothing('Mi número es cinco cinco cinco, dos tres.');
    assertNothing('Ich habe dreißig Jahre geputzt.');
    assertNothing('Tem 3 filhos.');
    assertNothing('She is once again late.');
  });

  it('finds the same age said again in another language next to it', () => {
    assertFinds('I\'m 45, 마흔다섯. We came in 2004.', ['45', '마흔다섯']);
    assertFinds('She will be tis3in, ninety, on Sunday.', ['tis3in', 'ninety']);
    assertNothing('Room 45, then 마흔다섯 minutes of waiting.');
  });

  it('finds an answer to an age question asked in another language, in a CSV or TSV export', () => {
    assertFinds('MW: Ilang taon ka na?\nRC: Trenta\'y singko po.', ["Trenta'y singko"]);
    assertFinds('5,Interviewer,00:00:40,"How old is the younger one?"\n6,Han,00:00:43,"Eight. Minjun."', ['Eight']);
    assertFinds('00:02:06\tT\tHow old are you now?\n00:02:10\tC2\tWhy?\n00:02:12\tT\tJust thinking.\n00:02:16\tC2\tNineteen. Twenty in December.', ['Nineteen', 'Twenty']);
    assertNothing('5,Interviewer,00:00:40,"How many rooms?"\n6,Han,00:00:43,"Eight. Minjun."');
  });
});

describe('ages as bare numbers where only an age fits', () => {
  it('finds the age written after a date of birth in a list of children', () => {
    assertFinds('Children:\n- Denisa, born 3. 5. 2012, 12 years, year 6.\n- Kevin, born 19. 1. 2015, 9, year 3.', ['12 years', '9']);
    assertNothing('She was born in 1961, the year the church burned.');
  });

  it('finds a bracketed number after initials, not a numbered party', () => {
    assertFinds('JB (31) and RB (35) live with their four children.', ['31', '35']);
    assertNothing('Respondents: (1) Brookfield Fulfilment Ltd (2) PrimeShift Recruitment Ltd');
  });

  it('finds "CA: 6;6", "sixty something", "going to be", "looks 45"', () => {
    assertFinds('+ Date of birth: 4/18/2017\n+ CA: 6;6\n+ Examiner: V. L.', ['6;6']);
    assertFinds('She is old. She\'s sixty something.', ['sixty something']);
    assertFinds('I\'m going to be seven. I want a cake.', ['seven']);
    assertFinds('Nana is 60?? she looks 45 haha', ['60', '45']);
    assertNothing('The room looks 20 metres long.');
    assertNothing('She\'s sixty something like that pages in.');
  });

  it('finds the age after a name set off by brackets or quotes, and ages listed with "years"', () => {
    assertFinds('RB\'s mother, Mrs Margita Bihárová ("Baba Margita"), sixty-two, lives nearby.', ['sixty-two']);
    assertFinds('the injury to his son Zé (José Gomes), then 18.', ['18']);
    assertFinds('The children, aged 12 years, 9 and six, share a room.', ['12', '9', 'six']);
  });
});

describe('ages in Indonesian, Swahili and Taglish, and in case notes and captions', () => {
  it('reads Indonesian tens made with "puluh" and Swahili tens joined with "na", after the word for age', () => {
    assertFinds('Saya Wayan, dari Gianyar. Umur saya dua puluh tujuh. Di sini saya tukang masak.', ['dua puluh tujuh']);
    assertFinds('Mzee alisema umri wa miaka thelathini na tano, si zaidi.', ['thelathini na tano']);
    assertNothing('Saya punya dua puluh tujuh ekor ayam di rumah.');
  });

  it('finds "Forty-one na ako" and "18 na!!" after a birthday, not "5 na" alone', () => {
    assertFinds('A: Sige. Ako si Tess. Forty-one na ako. Taga-Batangas ako.', ['Forty-one']);
    assertFinds('happy birthday to ate rowena\'s daughter bea 🎂 18 na!!', ['18']);
    assertNothing('ok the bus is at 5 na.');
  });

  it('finds the age after a name and a bracket, or a lower-case name opening a caption turn', () => {
    assertFinds('**Participant:** Kim Min-jae (김민재), 58, retired welder', ['58']);
    assertFinds('**Client:** Dylan Roberts (DR), 15  \n**Supervisor:** Sunita Gill', ['15']);
    assertFinds('<v Ron Nielsen>ron nielsen, seventy four, been at goomeri all my life.', ['seventy four']);
    assertNothing('<v Ron Nielsen>yeah no, twenty, thirty times we rang them.');
    assertNothing('Gate B (North), 14, then left at the lights.');
  });

  it('finds a number in brackets after a name with an apostrophe, and an echo after "Yes bro,"', () => {
    assertFinds('**Interviewed by:** Grace Fa\'amausili (16)\n\nGrace: Where did you first live?', ['16']);
    assertNothing('Wir wohnen Skalitzer Str. 118, Hinterhaus, 3. OG');
  });
});

describe('ages in Nigerian English and Pidgin, Portuguese turns and care notes', () => {
  it('finds "clocked 70", "the boy na 13", "she pass 35", "She say thirty-one"', () => {
    assertFinds('Mama don clock eighty this year, e no easy.', ['eighty']);
    assertFinds('Last time they said he clocked 70 in January.', ['70']);
    assertFinds('Her grandson dey stay with am, the boy na 13, he dey go school.', ['13']);
    assertFinds('C: How old is Madam Blessing herself?\nF: She say thirty-one. But I think she pass 35 sef', ['thirty-one', '35']);
    assertNothing('The bus na 13 minutes late, we pass 35 houses.');
  });

  it('finds "vou fazer setenta e dois em julho" and "Fiz vinte e três mês passado", not "faz vinte anos"', () => {
    assertFinds('Eu sou a Iracema, vou fazer setenta e dois em julho, graças a Deus.', ['setenta e dois']);
    assertFinds('JÉSSICA: Jéssica. Fiz vinte e três mês passado.', ['vinte e três']);
    assertFinds('RENATO: Renato, trinta e oito, Grajaú. Trabalho de motoboy.', ['trinta e oito']);
    assertNothing('Moro no Capão Redondo faz vinte anos.');
  });

  it('finds an age closed by a quote, and leaves "Worked 40 yrs at the mill" alone', () => {
    assertFinds('Resident states "I\'m no ninety-one, I\'m ninety" and laughs.', ['ninety']);
    assertNothing('Worked 40 yrs at the paper mill, left in 1990.');
  });
});
