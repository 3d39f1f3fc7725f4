import { assertionsFor } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('OTHER');

// Visa classes and immigration papers by their letters. Every sentence is synthetic and written for these tests.
describe('quasi-identifier (OTHER) detection: visa classes by their letters', () => {
  it('flags a class that only immigration law names, wherever it stands', () => {
    // Before: none of these was flagged (only classes written out, or followed by "visa", were).
    assertFinds('When we landed I was on H-4, so three years I could not work.', ['H-4']);
    assertFinds('We are in the queue now. EB-2, priority date in the spring.', ['EB-2']);
    assertFinds('The street is full of BN(O) families these days.', ['BN(O)']);
    assertFinds('The I-797 came in the post on a Friday.', ['I-797']);
  });

  it('flags the letters that mean other things too only where the turn talks about visas', () => {
    assertFinds('If he loses the H-1B, I lose my H-4 and my EAD.', ['H-1B', 'H-4', 'EAD']);
    assertFinds('His mother came over on a B-2 visitor visa last year.', ['B-2', 'visitor visa']);
    assertNothing('My uncle flew the B-2 bomber for years.');
    assertNothing('They put the EAD unit next to the ward.');
  });
});
