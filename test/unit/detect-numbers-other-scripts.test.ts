import * as assert from 'node:assert/strict';
import { foldDigits } from '../../src/core/detect/pattern-digit-folding';
import { assertionsFor } from '../support/findings';

const dates = assertionsFor('DATE');
const ages = assertionsFor('AGE');
const ids = assertionsFor('ID');
const contacts = assertionsFor('CONTACT');

describe('numbers in other scripts and calendars, and damaged by OCR', () => {
  it('reads other scripts\' digits and look-alike letters inside numbers as digits, keeping every offset', () => {
    for (const [text, folded] of [
      ['DOB: l2/06/l946', 'DOB: 12/06/1946'],
      ['Contact: 0491 57O 284', 'Contact: 0491 570 284'],
      ['Medicare no.: 2953 41872 l        Hospital', 'Medicare no.: 2953 41872 1        Hospital'],
      ['تاريخ ١٥/٠٣/١٩٨٢', 'تاريخ 15/03/1982'],
      ['उमेर ६६', 'उमेर 66'],
      ['Box Hi1l, Ms F0ng, the O2 arena, 2 l of water, I was 12', 'Box Hi1l, Ms F0ng, the O2 arena, 2 l of water, I was 12'],
    ]) {
      assert.equal(foldDigits(text), folded);
      assert.equal(foldDigits(text).length, text.length);
    }
  });

  it('finds dates written the CJK way, in Japanese eras and in other calendars', () => {
    // Before: none of these was a date (the Gregorian rules need an English month or ASCII digits).
    dates.assertFinds('Date: 2023년 10월 21일', ['2023년 10월 21일']);
    dates.assertFinds('The card says 2023年5月17日, and she came out in 2019年10月.', ['2023年5月17日', '2019年10月']);
    dates.assertFinds('Visit: 令和6年3月12日, born 昭和16年.', ['令和6年3月12日', '昭和16年']);
    dates.assertFinds('The family book says 15 Rajab 1445, the passport ١٥/٠٣/١٩٨٢.', ['15 Rajab 1445', '١٥/٠٣/١٩٨٢']);
    dates.assertFinds('Date: 15 มีนาคม 2567, born พ.ศ. 2494.', ['15 มีนาคม 2567', 'พ.ศ. 2494']);
    dates.assertFinds('Chegou a 15 de março de 2002 com o marido.', ['15 de março de 2002']);
    dates.assertFinds('Returned on 12 Baisakh 2076 from Doha.', ['12 Baisakh 2076']);
    dates.assertNothing('We went on a long safar in 2 cars.');
  });

  it('reads a date damaged by OCR as the date it is, and a day and month before a time', () => {
    dates.assertFinds('DOB: O3/l1/l952      Age: 71', ['O3/l1/l952']);
    dates.assertFinds('Union meeting at the community hall, 25/3, 6pm. Bring payslips.', ['25/3']);
    dates.assertNothing('[3/11 18:30] Sam: see you there');
  });

  it('finds ages in notes, in Korean and set off in Portuguese', () => {
    ages.assertFinds('Pt 77F, small, neat, came with her daughter.', ['77F']);
    ages.assertNothing('Temp 101F overnight, settled by morning.');
    ages.assertFinds('Now I am eighty-one. Eighty-two, Korean age.', ['eighty-one', 'Eighty-two']);
    ages.assertFinds('Eu levo o Kauã, meu neto, de nove, ele fala o inglês todinho.', ['nove']);
    ages.assertFinds('My wife. She is 예순아홉, younger than me.', ['예순아홉']);
    ages.assertFinds('Notes: Husband ७१, bedridden since the fall.', ['७१']);
  });

  it('finds an ID after a number cue of another language, and OCR-damaged IDs and phones', () => {
    ids.assertFinds('Casa de Pensii, dosarul nr. 41/2233, every year they lose a paper.', ['41/2233']);
    ids.assertFinds('At SEF my processo was n.º 12/4471.', ['12/4471']);
    ids.assertFinds('The homestay licence is number 3/2561, from the district.', ['3/2561']);
    contacts.assertFinds('Follow-up call: May on O491 570 284 after 6pm.', ['O491 570 284']);
    contacts.assertFinds('Rania: my number for the SMS is ٠٧٩٥٥٥٠١٨٢', ['٠٧٩٥٥٥٠١٨٢']);
  });
});
