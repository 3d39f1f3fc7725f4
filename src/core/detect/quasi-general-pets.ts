import type { Candidate } from './detector';
import { PET_WORDS } from './lexicon/cues';
import { PET_KINDS } from './lexicon/pets';
import { alternation, otherAt } from './quasi-cues';

/** The reason quasi.ts gives pet names (propagation flags the name again wherever it recurs): kept equal to it. */
const PET_NAME_REASON = 'name of a pet or boat';

/**
 * Pets' names in the shapes notes and other languages give them: in quotes or brackets right after the animal
 * (`Our budgie ("Chiko")`, `one dog ("Rex")`, `the cat 'Mimi'`), after a naming verb of any of several languages
 * (`a cat, named Si Belang`, `un perro, se llama Chapulín`, `ein Hund namens Bello`), or after the animal, a comma and a
 * name's article (`um cachorro, o Pipoca`, `notre chatte, Minette,`), or the animal then its name (`Unser Hund Bello`).
 */
export function findGeneralPets(text: string): Candidate[] {
  if (!PET_TEST.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(PET_NAMED)) {
    const name = match[1] ?? match[2] ?? match[3];
    // After a bare comma, only someone's animal (`um cachorro, o Pipoca`), not a list (`the dog, Cat, ...`).
    if (match[3] && !OWNED_BEFORE.test(text.slice(Math.max(0, (match.index ?? 0) - 12), match.index))) continue;
    const start = (match.index ?? 0) + match[0].lastIndexOf(name);
    found.push(otherAt(start, start + name.length, 0.6, PET_NAME_REASON));
  }
  return found;
}

/** Animals in Spanish, Portuguese, French, German, Italian, Tagalog and Indonesian, with English's pet words. */
const FOREIGN_PETS =
  'perro|perra|perrito|perrita|gato|gata|gatito|gatita|cachorro|cachorra|cadela|cão|gatinho|gatinha|chien|chienne|chiot|chat|chatte|chaton|' +
  'Hund|Hündin|Katze|Kater|cane|cagnolino|cagnolina|gatto|gatta|gattino|aso|pusa|kucing|anjing|loro|periquito|perico|papagaio|periquito|perroquet|' +
  'Papagei|Wellensittich|pappagallo|caballo|cavalo|cheval|Pferd|cavallo|burro|âne';
const ANIMALS = `${alternation([...PET_WORDS, ...PET_KINDS].filter((word) => !/^(?:boat|yacht|ute|truck)$/.test(word)))}|${FOREIGN_PETS}`;
/** A cheap first test: ASCII word boundaries and no `u` flag make this alternation several times faster. */
const PET_TEST = new RegExp(`\\b(?:${ANIMALS})s?\\b`, 'i');
/** Verbs and phrases that give a name. */
const NAMING = "named|called|se\\s+llama|se\\s+llamaba|llamad[oa]|chamad[oa]|que\\s+se\\s+chama|se\\s+chama|nommée?|qui\\s+s['’]appelle|s['’]appelle|heißt|namens|di\\s+nome|si\\s+chiama|chiamat[oa]|bernama|namanya|na\\s+si";
/** A name: one or two capitalised words (`Si Belang`, `Chapulín`). */
const NAME = "(\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s\\p{Lu}[\\p{Ll}\\p{M}'’-]+)?)";
const PET_NAMED = new RegExp(
  `(?<![\\p{L}])(?:${ANIMALS})(?![\\p{L}])(?:` +
    // `budgie ("Chiko")`, `dog 'Rex'`
    `\\s*\\(?\\s*["“'‘]${NAME}["”'’]|` +
    // `cat, named Si Belang`, `perro, se llama Chapulín`
    `\\s*,?\\s+(?:que\\s+|qui\\s+|die\\s+|der\\s+|che\\s+)?(?:${NAMING})\\s+["“'‘]?${NAME}|` +
    // `cachorro, o Pipoca`, `chatte, Minette,`
    `\\s*,\\s+(?:(?:o|a|el|la|le|der|die|das|il|si)\\s+)?${NAME}(?=\\s*[,.;)!]))`,
  'gu',
);
/** A determiner of someone's animal, in the languages above: `um`, `notre`, `mi`, `unser`, `our`, `one`. */
const OWNED_BEFORE = /(?<![\p{L}])(?:um|uma|un|une|una|uno|mi|mis|meu|minha|nosso|nossa|mon|ma|notre|nuestro|nuestra|unser|unsere|mein|meine|ein|eine|mio|mia|nostro|nostra|our|my|his|her|their|an?|one)\s+(?:(?:old|little|big|new|petit|petite|pequeño|pequeña|velho|velha|kleiner?|kleines)\s+)?$/iu;
