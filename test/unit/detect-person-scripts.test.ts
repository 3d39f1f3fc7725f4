import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { FindingType } from '../../src/core/types';
import { hasOtherScript } from '../../src/core/detect/other-script-runs';

/** The texts of the findings of one type, in order. */
function flagged(text: string, type: FindingType = 'PERSON'): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === type).map((finding) => finding.text);
}

describe('names in scripts without capitals, found by their honorifics', () => {
  it('finds Japanese names before さん, 先生, ちゃん, but not roles and kin before the same suffixes', () => {
    assert.deepEqual(flagged('今日は班長の佐藤さんと話した。鈴木先生も来た。'), ['佐藤さん', '鈴木先生']);
    assert.deepEqual(flagged('派遣会社のマリアさんから電話があった。'), ['マリアさん']);
    assert.deepEqual(flagged('皆さん、お母さんと看護師さんに伝えてください。店長さんも。'), []);
  });

  it('finds Chinese surnames with a title, with 老/小, and a Cantonese 阿 name, but not 阿姨 or 老师 alone', () => {
    assert.deepEqual(flagged('今天王老师请假，小李带大家练。老陈的腿好点了吗？'), ['王老师', '小李', '老陈']);
    assert.deepEqual(flagged('我带音箱。阿芳也来。'), ['阿芳']);
    assert.deepEqual(flagged('老师说阿姨九点到，大家准时。'), []);
  });

  it('finds a Chinese or Korean full name as the sender of a chat message', () => {
    assert.deepEqual(flagged('陈美玲 08:05\n早上好！'), ['陈美玲']);
    assert.deepEqual(flagged('박정호, 오전 6:02 : 내일 봐요'), ['박정호']);
    assert.deepEqual(flagged('오늘 08:05 도착'), []);
  });

  it('finds Korean names before titles and called with -야, but not a relation before the same title', () => {
    assert.deepEqual(flagged('김 선생님, 내일 회의 몇 시예요? 지은 씨도 와요?'), ['김 선생님', '지은 씨']);
    assert.deepEqual(flagged('영희 언니 가게 열었어요? 민수야 빨리 와'), ['영희 언니', '민수야']);
    assert.deepEqual(flagged('우리 할머니가 오셨어요. 옆집 아저씨도요. 자기야 고마워'), []);
  });

  it('finds an Arabic kunya, a title before a name and a name addressed with يا, but not God or the group addressed', () => {
    assert.deepEqual(flagged('أنا جيت عن طريق أم خالد والحاجة فاطمة'), ['أم خالد']);
    assert.deepEqual(flagged('يا سمر، احكي لهم'), ['سمر']);
    assert.deepEqual(flagged('يا جماعة، يا رب. سافرنا إلى أبو ظبي'), []);
  });

  it('finds a name before a romanised Korean title, but not a possessive before it', () => {
    assert.deepEqual(flagged('Park sajangnim said the truck is late.'), ['Park sajangnim']);
    assert.deepEqual(flagged('My unni said the truck is late.'), []);
  });
});

describe('initials the record gives for a person', () => {
  it('finds initials given as a field of the record or after a role, then used alone', () => {
    const log = '**Worker:** JKT  \n**Client:** Dylan Roberts\n\nJKT home visit. Met student MPW at the office; MPW took notes.';
    assert.deepEqual(flagged(log), ['JKT', 'Dylan Roberts', 'JKT', 'MPW', 'MPW']);
    // Without a field or a role, capitals stay an acronym.
    assert.deepEqual(flagged('JKT home visit. MPW took notes.'), []);
  });

  it('reads the initials of hyphenated surnames, names with particles and a titled name', () => {
    assert.deepEqual(flagged('Interviewer: Renata Sousa-Lima (RSL)\n00:00 RSL introduces the interview.'), ['Renata Sousa-Lima', 'RSL', 'RSL']);
    const log = 'Also present: Maria da Luz Gomes (wife)\n51:40 MLG and Nelo on return visits.';
    assert.deepEqual(flagged(log).filter((name) => name === 'MLG'), ['MLG']);
    const table = '| MUDr. Alena Dvořáková | Paediatrician | AD |\nAD reported two admissions.';
    assert.deepEqual(flagged(table).filter((name) => name === 'AD'), ['AD', 'AD']);
  });

  it('takes initials in brackets after a single given name, but not a condition after it', () => {
    assert.deepEqual(flagged('His sister Kayla (KR) came too. KR did most of the talking.'), ['Kayla', 'KR', 'KR']);
    assert.deepEqual(flagged('My sister Maria (MS) gets tired. MS is hard.'), ['Maria']);
    // Before: everyday capitals (PS) were never read as initials after a single name.
    assert.deepEqual(flagged('Met his cousin Priya (PS) at the stall. PS sells saris there.'), ['Priya', 'PS', 'PS']);
    assert.deepEqual(flagged('Then Tomas (UK) called back about the visa.'), ['Tomas']);
  });
});

describe('writers, short forms and lower-case titles', () => {
  it('finds the user name given as the writer of a post or an entry, and spreads it, but not a word or a code there', () => {
    const thread = 'Post #1 by akowalska » Mon 9:12 pm\nHi all.\nPost #2 by gosia_z_cork » Mon\nWelcome back akowalska.';
    assert.deepEqual(flagged(thread), ['akowalska', 'gosia_z_cork', 'akowalska']);
    assert.deepEqual(flagged('Display name: mkaneshiro\nEntry date: today'), ['mkaneshiro']);
    assert.deepEqual(flagged('Author: Anonymous. Written by hand. User: P07'), []);
  });

  it('finds a given name signing a post after a dash, and the same name addressed later, but not a closing word', () => {
    assert.deepEqual(flagged('Edit: thank you all, I did not expect this. - Deb\n\nDeb I am so sorry.'), ['Deb', 'Deb']);
    assert.deepEqual(flagged('See you at the meeting.\n- Thanks'), []);
  });

  it('reads short forms of given names as names in a lower-case caption', () => {
    assert.deepEqual(flagged('okay hold on the line thandi will take your number'), ['thandi']);
    assert.deepEqual(flagged('her boyfriend i mean bongani he is not answering'), ['bongani']);
    // Before the short forms, `thandi` and `bongani` were no given names and stayed text.
  });

  it('finds the clipped given name of a person named in full', () => {
    assert.deepEqual(flagged('MR. EZE: Chukwudi Eze, from Forest Brook. Chuk is fine.'), ['MR. EZE', 'Chukwudi Eze', 'Chuk']);
    assert.deepEqual(flagged('Our son Kevin Lam is at school. Kev was five then.'), ['Kevin Lam', 'Kev']);
    // `KEV` in capitals is no clipping.
    assert.deepEqual(flagged('Our son Kevin Lam is at school. The KEV rule applies.'), ['Kevin Lam']);
  });

  it('finds a clipped given name that is also a word only inside a sentence', () => {
    const record = 'Family: my sister Valeria (10).\nC me and my dad and Vale and the baby.\nVale, the river, was high.';
    assert.deepEqual(flagged(record), ['Valeria', 'Vale']);
  });

  it('takes a Cyrillic or Greek word opening a sentence for a name only when it reads as a given name or a surname', () => {
    assert.deepEqual(flagged('Добро утро! Ники има температура. Да, така е. Чух, чух.'), ['Ники']);
    assert.deepEqual(flagged('Καλημέρα. Μαρία είπε ναι. Петров сказал да.'), ['Μαρία', 'Петров']);
  });

  it('finds a surname after a lower-case mr or mrs, even a word, but not a stock phrase', () => {
    assert.deepEqual(flagged('he learned it from mr lam old mr lam he was retiring'), ['mr lam', 'mr lam']);
    assert.deepEqual(flagged('waiting for mr right and mrs nobody'), []);
  });

  it('finds Georgian words that are given names when read in Latin letters', () => {
    assert.deepEqual(flagged("ნინო don't worry, with the blue paper you are legal"), ['ნინო']);
    assert.deepEqual(flagged('დილა მშვიდობისა'), []);
  });
});

describe('the quick test for letters of another script', () => {
  const SCRIPT_LETTER = /(?!\p{sc=Latin})(?!\p{sc=Common})(?!\p{sc=Inherited})\p{L}/u;

  it('answers exactly as the script test does, for every character of the Basic Multilingual Plane', () => {
    // The shortcut skips the script test for text within Latin, punctuation and symbol blocks: it must never skip a letter.
    const disagreeing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (hasOtherScript(`a${char}b`) !== SCRIPT_LETTER.test(char)) disagreeing.push(code.toString(16));
    }
    assert.deepEqual(disagreeing, []);
    assert.equal(hasOtherScript('Ms. Nguyễn said “hi” — 5 € ★'), false);
    assert.equal(hasOtherScript('her name is 윤지혜 😀'), true);
    assert.equal(hasOtherScript('only emoji 😀👩🏽‍🔬'), false);
  });
});
