import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { FindingType } from '../../src/core/types';

/** The texts of the findings of one type, in order. */
function flagged(text: string, type: FindingType = 'PERSON'): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === type).map((finding) => finding.text);
}

describe('people the document defines: initials, nicknames', () => {
  it('finds a lone initial once the notes have used it in a person\'s initials', () => {
    const notes = [
      '- Visit to the N. family. Present: T.N. (father, 52), two boys.',
      '- T. made coffee. We talked about the allotment; T.\'s brother helps.',
      '- Asked again (= T., the father) about the job.',
    ].join('\n');
    assert.deepEqual(flagged(notes), ['N.', 'T.N.', 'T.', 'T.', 'T.']);
  });

  it('leaves a capital and a full stop alone where no initials were given, or where it ends a sentence or is a label', () => {
    assert.deepEqual(flagged('We went with plan B. then we ate. Vitamin D. helps.'), []);
    assert.deepEqual(flagged('Present: R.O. (chair). The vote went to option R. Then R. spoke.'), ['R.O.', 'R.']);
    assert.deepEqual(flagged('Present: A.Q. (resident)\nQ. how long have you lived here\nA. about ten years'), ['A.Q.']);
  });

  it('finds initials declared for a person in brackets or with "=", even when they spell a word or an abbreviation', () => {
    const minutes = 'Present: Aroha Te Whata (chair, AT), Mose Leota (treasurer, ML)\nAT welcomed everyone. ML read the accounts.';
    assert.deepEqual(flagged(minutes), ['Aroha Te Whata', 'AT', 'Mose Leota', 'ML', 'AT', 'ML']);
    const note = 'GP joins at 11; her speech is not transcribed (GP = Gwenllian Pryce).';
    assert.deepEqual(flagged(note), ['GP', 'GP', 'Gwenllian Pryce']);
    // Without a declaration GP stays the family doctor.
    assert.deepEqual(flagged('Then the GP sent her to the clinic.'), []);
  });

  it('finds a nickname defined in quotes or "for short" and then used alone', () => {
    const text = 'Among adults the family calls Dafydd "Dai". Later that day Dai had to get the vet out.';
    assert.deepEqual(flagged(text), ['Dafydd', 'Dai', 'Dai']);
    assert.deepEqual(flagged('Her nephew Kwame, who everybody calls "Junior", prints the programmes. Junior gave a discount.'), ['Kwame', 'Junior', 'Junior']);
    assert.deepEqual(flagged('Her cousin Manaia, Mana for short, can cook. Mana works nights.'), ['Manaia', 'Mana', 'Mana']);
  });

  it('finds a nickname in quotes inside a full name, its given name and surname, and the nickname used alone', () => {
    // Before: only "Kyle" was found; the nickname and the surname after it were missed.
    assert.deepEqual(flagged('Kyle ("Squirrel") Baxter runs the bar. Squirrel closes at two.'), ['Kyle', 'Squirrel', 'Baxter', 'Squirrel']);
    assert.deepEqual(flagged("It was William 'Bill' Okafor who drove."), ['William', 'Bill', 'Okafor']);
    assert.deepEqual(flagged('We read "Little Women" Tuesday nights.'), []);
  });

  it('finds a nickname given after "who we call" without quotes, even one that is a brand', () => {
    const statement = 'My daughter Morenike, who we call Nike, was not at home. Nike later told me he called her.';
    assert.deepEqual(flagged(statement), ['Morenike', 'Nike', 'Nike']);
  });

  it('reads initials beside a role after a single given name, and the lone initial of initials given after a title', () => {
    // Before: "KR" and "K." stayed visible. Of the two readers of brackets, one took no role beside the initials and no
    // single given name, the other no title before a name, and only the second looked for lone initials.
    assert.deepEqual(flagged('His sister Kayla (sister, KR) came too. KR did most of the talking.'), ['Kayla', 'KR', 'KR']);
    assert.deepEqual(flagged('Present:\nSergeant Tomas Kervin (TK), liaison\n\nK. will reply about the bus.'), ['Sergeant Tomas Kervin', 'TK', 'K.']);
    // A condition beside the role is still no initials of a single name.
    assert.deepEqual(flagged('My sister Maria (sister, MS) gets tired. MS is hard.'), ['Maria']);
  });

  it('finds a lone initial the notes define with "="', () => {
    assert.deepEqual(flagged('- Y. (= Yupanqui) asked me not to record his uncle\'s name.'), ['Y.', 'Yupanqui']);
  });

  it('does not take a kinship word given in quotes for a nickname', () => {
    assert.deepEqual(flagged('He calls the grandmother "Nain" and we call her "Mum".'), []);
  });
});

describe('names whose words are also words', () => {
  it('finds hyphenated Korean and Chinese given names, with or without the surname before them', () => {
    assert.deepEqual(flagged('My husband came first, Park Sung-ho, he worked at the market.'), ['Park Sung-ho']);
    assert.deepEqual(flagged('The market burned. Sung-ho stood on the roof two nights.'), ['Sung-ho']);
    assert.deepEqual(flagged('We shop at the Co-op. Ha-ha, so-so prices.'), []);
  });

  it('reads a Korean given name before Park or Hill as a person, and its syllables as her initials', () => {
    // Before: "Jae-min Park" was a park (a place-name suffix) and "JM" no initials of it.
    const notes = 'Present: Jae-min Park (JM), owner. JM said the lease was up.';
    assert.deepEqual(flagged(notes), ['Jae-min Park', 'JM', 'JM']);
    assert.deepEqual(flagged('We walked to Riverside Park after.', 'LOCATION'), ['Riverside Park']);
  });

  it('finds a given name that is a word before a surname that is a word', () => {
    assert.deepEqual(flagged('My friend, Grace Lee, she taught me.'), ['Grace Lee']);
    assert.deepEqual(flagged('Then Grace Lee came round.'), ['Grace Lee']);
    assert.deepEqual(flagged('We walked through the Rose Garden.'), []);
  });

  it('does not take a title before ordinary words in a sign-language gloss for a name', () => {
    assert.deepEqual(flagged('GLOSS: NO, EL-PASO. HER FATHER WORK SMELTER'), []);
    assert.deepEqual(flagged('Present: SISTER MARY and the choir.'), ['SISTER MARY']);
  });
});

describe('lower-case repeats of a name found elsewhere', () => {
  it('finds a name that is no word in a line written all in lower case, as a child\'s tier writes it', () => {
    const chat = '*MOT:\ttractor Wil Penrhiw yw hwnna .\n*CHI:\twil tractor .\n*MOT:\tyes , the tractor .';
    assert.deepEqual(flagged(chat, 'PERSON').filter((name) => name.toLowerCase().startsWith('wil')), ['Wil Penrhiw', 'wil']);
    // In a capitalised line the lower-case word is left alone.
    assert.deepEqual(flagged('*MOT:\ttractor Wil Penrhiw yw hwnna .\n*INV:\tAnd the wil form, I think.').filter((name) => name.toLowerCase() === 'wil'), []);
  });

  it('finds a speaker\'s name that is a word opening a chat message before "you are"', () => {
    const slack = ['Memory Dube  9:14 AM', '    see you all tonight', '', 'Blessing Ncube  9:30 AM', '    memory you are a star. I will come with Loveness.'].join('\n');
    assert.ok(flagged(slack).includes('memory'));
    const hope = ['Hope Lindqvist  9:14 AM', '    see you all tonight', '', 'Blessing Ncube  9:30 AM', '    hope you are well. I will come later.'].join('\n');
    assert.ok(!flagged(hope).includes('hope'));
  });
});

describe('person false flags: festivals, brands, nationalities, other languages', () => {
  it('does not take a provincial premier mentioned in passing for a participant', () => {
    assert.deepEqual(flagged('We were the guardian angels, like Legault called us.'), []);
  });

  it('does not take festivals or named days for people', () => {
    assert.deepEqual(flagged('We closed for Chinese New Year and again for Chuseok.'), []);
    assert.deepEqual(flagged('Planning for Newroz: the fire is in the park. Sámi National Day is in February.'), []);
  });

  it('does not take a phrase opened by a nationality or a country for a person', () => {
    assert.deepEqual(flagged('I flew up on Canadian North and back on Korean Air.'), []);
    assert.deepEqual(flagged('They played Haïti Chérie at the party.'), []);
    // Before a word that is no ordinary word it may be someone's community, a quasi identifier: still flagged.
    assert.deepEqual(flagged("I'm 34, Chinese Peranakan, my wife is Malaysian."), ['Chinese Peranakan']);
    // A given name that is also a country still opens a name.
    assert.deepEqual(flagged('I asked Georgia Mwangi about it.'), ['Georgia Mwangi']);
  });

  it('does not take brand-shaped words, mixed-case abbreviations or an abbreviation before its number for names', () => {
    assert.deepEqual(flagged('Did you post the link? GoFundMe takes too much. My CoS number came.'), []);
    assert.deepEqual(flagged('Second officer: Priya Sandhu, Reg. #61830'), ['Priya Sandhu']);
    assert.deepEqual(flagged('Ask LaToya and DeShawn McDonald.'), ['LaToya', 'DeShawn McDonald']);
  });

  it('does not take everyday words of other languages for names', () => {
    assert.deepEqual(flagged('Mangwanani everyone. Qujannamiik to you all. Bondye bon. Spas, heval.'), []);
    assert.deepEqual(flagged('She answers: yn Gymraeg, please.'), []);
    // `bach` (little) after a name is part of how the name is said, not a name when alone.
    assert.deepEqual(flagged('That is Huw Bach, not Huw Morgan.\n\noen bach, oen bach.'), ['Huw Bach', 'Huw Morgan']);
  });

  it('does not take a rank alone, a title with a possessive or a particle of a surname for a name', () => {
    assert.deepEqual(flagged('Signed: F. Adebayo-Okoro   Witnessed: C. Obi, Insp.'), ['F. Adebayo-Okoro', 'C. Obi']);
    assert.deepEqual(flagged("Episode 12: Grandma's Kitchen (transcript)"), []);
    const minutes = 'Present: Aroha Te Whata (chair).\n\nA letter came from Te Puni Kōkiri about the grant.';
    assert.ok(!flagged(minutes).includes('Te'));
  });

  it('does not take Vietnamese, Quechua or Spanish everyday words and festivals for names', () => {
    assert.deepEqual(flagged('Chúc mừng năm mới to everyone listening. Our Bà Nội cooks.'), []);
    assert.deepEqual(flagged('Allillanchu, she says. Inti Raymi is next week; a Pachamama offering first.'), []);
  });

  it('finds a person after a family title like Nanny', () => {
    assert.deepEqual(flagged('Closing karakia: Nanny Mere. Next hui in July.'), ['Nanny Mere']);
  });
});
