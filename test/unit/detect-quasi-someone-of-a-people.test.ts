import { assertionsFor } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('OTHER');

// Ethnicity, nationality or faith of one person of the story, said with the noun for them (an article or a small count
// before it). Every sentence is synthetic and written for these tests.
describe('quasi-identifier (OTHER) detection: someone described by their people', () => {
  it('flags the people of one person pointed at, a worker or a person noun after an article', () => {
    // Before: none of these was flagged.
    assertFinds('When we came to this street there was us, a Croatian butcher and a takeaway.', ['Croatian']);
    assertFinds('The owner was an American lady, very strict, she paid cash.', ['American']);
    assertFinds('There was one doctor, a young Pākehā fella, who talked down to Dad.', ['Pākehā']);
    assertFinds("There's a Filipino nurse on nights who learned a few words.", ['Filipino']);
    assertFinds('And Mr Okafor, Nigerian gentleman, he drove the number 55 for years.', ['Nigerian']);
  });

  it('flags a few people counted, and a person described by colour', () => {
    assertFinds('Two Hispanic girls work the front, very good with the customers.', ['Hispanic']);
    assertFinds('Only three Sikh drivers on nights back then.', ['Sikh']);
    assertFinds('Then one customer, a Black lady, retired from the school, came every week.', ['Black']);
    assertFinds('A white man, he spoke pretty good Navajo.', ['white']);
  });

  it('leaves someone wished for, a whole population, a possessive said of all, and things', () => {
    assertNothing("One old man kept saying where's the English nurse, every shift.");
    assertNothing('One man said, I want an English nurse. In front of everybody.');
    assertNothing('Have a Māori doctor or nurse who understands the family.');
    assertNothing("We've got a lot of Romanian and Polish families now.");
    assertNothing('The barbershop is the Black man’s therapy, you know.');
    assertNothing('We ordered from a Chinese takeaway and a white van came.');
    assertNothing('Everybody think, oh, Vietnamese lady, nail salon, like a joke.');
  });
});
