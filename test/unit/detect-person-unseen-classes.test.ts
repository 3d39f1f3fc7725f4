import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

/** The texts of the people found, in order. */
function people(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);
}

describe('names in another script inside Latin-script text', () => {
  it('takes the same name written again in its own script beside the Latin form, and its other mentions', () => {
    assert.deepEqual(people('Moderator: Dr. Yoon Ji-hye (윤지혜). Later 윤지혜 asked again.'), ['Dr. Yoon Ji-hye', '윤지혜', '윤지혜']);
    assert.deepEqual(people("HOST: you're on the Morning Line, I'm Mary Kataq, ᒥᐊᓕ ᑲᑕᖅ. Go ahead."), ['Mary Kataq', 'ᒥᐊᓕ ᑲᑕᖅ']);
    assert.deepEqual(people('My name is Almaz Tesfaye (አልማዝ ተስፋዬ) and I sell cloth.'), ['Almaz Tesfaye', 'አልማዝ ተስፋዬ']);
  });

  it('takes a name in another script in a name field or after a naming cue, every form joined by a slash', () => {
    assert.deepEqual(people('1. Name (English): CHAN Mei-ling\n   Name (Chinese): 陳美玲\n2. Known as: 玲 / Ling\n'), ['CHAN Mei-ling', '陳美玲', '玲', 'Ling']);
    assert.deepEqual(people('Her name was written on the sign-in sheet as 김순자 / 金順子.'), ['김순자', '金順子']);
    assert.deepEqual(people('Husband signed the lease as יוסף כהן yesterday.'), ['יוסף כהן']);
  });

  it('leaves places, languages, signs and quoted sentences in other scripts alone', () => {
    assert.deepEqual(people('We visited Busan (부산) in May. The class used Inuktitut (ᐃᓄᒃᑎᑐᑦ) and Korean (한국어).'), []);
    assert.deepEqual(people('A sign said 出口 (exit). The Thai phrase สวัสดีครับ means hello.'), []);
  });

  it('finds a Cantonese surname before 太 or 生 standing alone in English or Tagalog text', () => {
    assert.deepEqual(people('Neighbours call her 陳太 and the landlord is 黃生.'), ['陳太', '黃生']);
  });
});

describe('a title or a person marker before a name that is also a word', () => {
  it('takes Tagalog, Swahili, German and Romanian titles before a word-name or a month', () => {
    assert.deepEqual(people('We stayed with Ate Joy, then Dada Grace and Kaka Will came, and Tante Grace and Nea Gică.'), [
      'Ate Joy', 'Dada Grace', 'Kaka Will', 'Tante Grace', 'Nea Gică',
    ]);
  });

  it('takes a chat sender saved with an emoji, and her given name that is a month alone later, but not the date', () => {
    const chat = '[07:41] Ate Mar 🌺: Good morning all!\n[07:46] Weng: Salamat Mar. Kita tayo sa 12 Mar.';
    assert.deepEqual(people(chat), ['Ate Mar', 'Weng', 'Mar']);
  });

  it('takes the name after the Tagalog markers si, ni, kay, but not a kin word after them', () => {
    assert.deepEqual(people('Si Joy ang nagluto. Sabi ni Grace, tanong mo kay Hope. Tama si Tito.'), ['Joy', 'Grace', 'Hope']);
  });

  it('keeps `ate` the verb in title case out', () => {
    assert.deepEqual(people('Then I Ate Lunch With Them at noon.'), []);
  });
});

describe("researchers' usernames and initials, and names OCR damaged", () => {
  it('takes the username and the memo initials of a person the export names', () => {
    const summary = 'Generated: 14/10/2023 16:22 by mcunha\nNote: memos by Mariana Cunha for the team.\n\nMemo (MC, 14/10/2023): reassured him.';
    assert.deepEqual(people(summary), ['mcunha', 'Mariana Cunha', 'MC']);
  });

  it('leaves the same capitals alone where they sign nothing', () => {
    assert.deepEqual(people('Notes by Mariana Cunha. The MC at the party was loud.'), ['Mariana Cunha']);
  });

  it('takes a name after a title with a digit read for a letter', () => {
    assert.deepEqual(people('Interpreter: Ms F0ng (TIS National). GP: Dr Ng0. Room C1 is free.'), ['Ms F0ng', 'Dr Ng0']);
  });
});

describe('a word of another language that is a relative’s name in an English sentence', () => {
  it('takes it after a kinship cue, before a possessive kin word or "is the oldest", and spreads it', () => {
    assert.deepEqual(people('My granddaughter Kao is the oldest.'), ['Kao']);
    assert.deepEqual(
      people("I have nine grandchildren. Kao is the oldest. Kao's brother, Fue, 16, plays basketball. Fue calls me Grandpa. Maybe someday Kao will ask."),
      ['Kao', 'Kao', 'Fue', 'Fue', 'Kao'],
    );
  });

  it('leaves the words themselves alone in their own language and in thanks', () => {
    assert.deepEqual(people('Gracias, Fue un placer. Mi hermana Fue la mayor.'), []);
    assert.deepEqual(people('Thanks, gracias. Pues, I said no.'), []);
  });
});

describe('an ordinary word that is a relative’s name', () => {
  it('takes it before a possessive kinship word, or in apposition to a relative with an age after it', () => {
    assert.deepEqual(people("No, it's fine. Only Gift's uncle came."), ['Gift']);
    assert.deepEqual(people("My daughter's daughter, Sunshine, eleven. So Sunshine stays with me."), ['Sunshine', 'Sunshine']);
    assert.deepEqual(people('Good morning. My boy is Yaw, 12.'), ['Yaw']);
  });

  it('leaves roles, pronouns, titles and things before a possessive kinship word alone', () => {
    assert.deepEqual(people("The Church's father was there. Complainant's daughter Kyla came."), ['Kyla']);
    assert.deepEqual(people("Nobody's boy comes home in a brace. Her Majesty's cousin launched her."), []);
    assert.deepEqual(people('We drove to Leeds, 12 miles. I got a new car, 12 years ago.'), []);
  });

  it('keeps an acronym or a product after a possessive out of the name: `Sandy’s MSI card`', () => {
    assert.deepEqual(people("Sandy MacIsaac died in May. Paperwork: Sandy's MSI health card stayed active."), ['Sandy MacIsaac', 'Sandy']);
    assert.deepEqual(people("Power was out; Sandy's BiPAP ran on a generator."), []);
  });
});

describe('names in an auto-captioned vlog, all in lower case', () => {
  it('takes a given name that is also a word right after a relative, and spreads it', () => {
    // Before: `princess` was missed everywhere (an English word with no capital and no other cue).
    const captions = 'and i got pregnant with my\ndaughter princess so she was born\n\nand princess is thirteen she\'s in grade eight';
    assert.deepEqual(people(captions), ['princess', 'princess']);
    assert.deepEqual(people('my daughter grace is ten and my son will come later'), ['grace']);
    // Spread only where it is used as her name: not after a determiner or as an endearment.
    assert.deepEqual(people('my daughter princess so she was born\n\nand princess is thirteen she is my little princess'), ['princess', 'princess']);
  });

  it('takes a Tagalog kin title before a name that is also a word, without the possessive after a title', () => {
    // Before: `lolo bill` was missed, and `sir doug's` kept its possessive.
    assert.deepEqual(people("i'm taking care also of lolo bill that's sir doug's father"), ['lolo bill', 'sir doug']);
  });
});

describe('Spanish honorifics and nicknames of another language in lower-case captions', () => {
  it('takes the name after don, doña or doctora, and a foreign word given as a nickname', () => {
    assert.deepEqual(people('he saw me and he said don nacho you are all good'), ['don nacho']);
    assert.deepEqual(people('yes doctora ramírez there she said my kidneys were bad'), ['doctora ramírez']);
    assert.deepEqual(people('they called him lazy and they call me güero'), ['güero']);
  });

  it('leaves the verb "don" and what follows "calls me" in English alone', () => {
    assert.deepEqual(people('and i don my hat and go, she calls me back every day'), []);
  });
});

describe('a lower-case word given an age or a birth in a caption', () => {
  it('takes a word of no language as a child’s name when an age or a birth is said of it, and spreads it', () => {
    assert.deepEqual(
      people('>> the oldest evka is eight she was\nsixteen when evka was born then\nsix then dávidko who is four and the baby\n>> she says dávidko is the one with the diet'),
      ['evka', 'evka', 'dávidko', 'dávidko'],
    );
  });

  it('leaves ordinary words given a number alone', () => {
    assert.deepEqual(people('the rent is twenty, the bus was seven and the thing who is two'), []);
  });
});

describe('Slavic and Turkish honorifics in captions, and a second nickname', () => {
  it('takes the name after pán, paní or doktorka in lower case, and the nickname offered after "or"', () => {
    assert.deepEqual(people('it is doktorka kovacova she comes on tuesdays'), ['doktorka kovacova']);
    assert.deepEqual(people('Everybody calls him Junior, or Sonny. He works here.'), ['Junior', 'Sonny']);
  });
});

describe('a given name left in lower case in capitalised text', () => {
  it('takes it before what a person does, and after "thank you so much"', () => {
    assert.deepEqual(people('And you got the consent form that kayla mailed out?'), ['kayla']);
    assert.deepEqual(people("Yes, that's the one. Thank you so much jinsi. Go and sleep!"), ['jinsi']);
  });

  it('leaves words that are given names too, and courtesies of other languages, alone', () => {
    assert.deepEqual(people('The will said nothing. Then grace came. Perfect, thank you so much obrigada.'), []);
  });
});

describe('the family name someone was born with', () => {
  it('is a name after "I was a ... before I got married", "born a" and "née"', () => {
    // Before: `Dube` after `a` was taken for a kind of thing, like `a Toyota`, and missed.
    assert.deepEqual(people('Everybody calls me MaDube because I was a Dube before I got married.'), ['MaDube', 'Dube']);
    assert.deepEqual(people('My father was born a Mkhize, in Durban.'), ['Mkhize']);
  });

  it('leaves a faith, a people or an ordinary word after "born a" alone', () => {
    assert.deepEqual(people('She was born a Catholic and I was born an American. He was born a Fighter.'), []);
  });
});

describe('names in an interpreted signed-language interview', () => {
  it('takes the gloss of a sign name, and a name said after its own spelling, even a word', () => {
    const text = 'INTERPRETER: [signs name: "G-U-Y"] Guy. Sign name [flat hand tapping the chest twice; glossed INK], because I was a printer.';
    assert.deepEqual(people(text), ['G-U-Y', 'Guy', 'INK']);
  });

  it('leaves glosses that are no sign name alone', () => {
    assert.deepEqual(people('She signed [both hands open; glossed FINISH] and left.'), []);
  });
});

describe('families named by a surname in the plural, and children given an age in captions', () => {
  it('takes a surname that is a word when it is said to be a family, and before its possessive and what it owns', () => {
    assert.deepEqual(people('There was a family in Ballinasloe, the Wards, a baby born in the spring of 2009.'), ['Wards']);
    assert.deepEqual(people("The Gillies' old house at Achadh Mòr went as a holiday let."), ['Gillies']);
  });

  it('takes a lower-case name given an age with "she\'s" or "is my ... year old"', () => {
    assert.deepEqual(people("about your children i've got three\njas jasleen she's sixteen she"), ['jasleen']);
    assert.deepEqual(people('nobody calls him that sunny is my 9 year old'), ['sunny']);
    assert.deepEqual(people('the rent is twenty and the wind is my 9 year old'), []);
  });
});

describe('a name cut before a word that is never a name', () => {
  it('leaves the connector out of the name: `Calum Beaton of No. 4`', () => {
    assert.deepEqual(people("Only that I'm down as Calum Beaton of No. 4."), ['Calum Beaton']);
  });
});

describe('newborns called "Baby", and people thanked in other languages', () => {
  it('takes a given name after "Baby" as the baby, and the name alone later', () => {
    // Before: `Baby Joy` was two ordinary words after `This is`, and neither mention was flagged.
    assert.deepEqual(people('This is Baby Joy, she is eight months. It is fear, every day. Joy cries, I think it is a crisis.'), ['Baby Joy', 'Joy']);
    assert.deepEqual(people('The Baby Shower was on Sunday.'), []);
  });

  it('takes a name thanked or greeted in another language, but not a title used as address', () => {
    // Before: only English thanks and greetings cued a name that is also a word (`Thank you, Tin`).
    assert.deepEqual(people('RESPONDENT: Salamat din, Tin! God bless.'), ['Tin']);
    assert.deepEqual(people('Migs: Salamat, Lola. Love you.'), ['Migs']);
  });
});
