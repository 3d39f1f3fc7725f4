import { isGivenName } from './lower-case-entities';

/**
 * A capitalised word opening a sentence in Cyrillic or Greek (`Добро утро!`, `Да, ...`, `Καλημέρα`) is a name only
 * when it reads as a given name in Latin letters (`Ники` is `niki`, `Пешо` is `pesho`, `Μαρία` is `maria`): the
 * engine knows no common words of those languages, so without this every sentence would open on a "name".
 */
export function isSentenceOpeningWordNoName(word: string): boolean {
  if (!OTHER_ALPHABET.test(word) || /\s/u.test(word)) return false;
  // `Петров сказал`, `Παπαδάκης`: a surname's ending keeps it a name.
  if (SURNAME_ENDING.test(word)) return false;
  return !latinReadings(word.toLocaleLowerCase()).some((reading) => isGivenName(reading));
}

const SURNAME_ENDING = /(?:ов|ова|ев|ева|ёв|ин|ина|ский|ская|цкий|цкая|енко|ук|юк|ич|вич|дзе|швили|ян|ов|άκης|ίδης|όπουλος|άτος|ίου|άκη)$/u;
const OTHER_ALPHABET = /^[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]/u;

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
  α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', ΐ: 'i',
  κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', ϋ: 'y',
  ΰ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o',
};

/** The usual romanisation and its common variants: `Юлия` is `yuliya` or `yulia`, `Харис` `kharis` or `haris`. */
function latinReadings(lower: string): string[] {
  const base = [...lower].map((letter) => LETTERS[letter] ?? letter).join('');
  return [...new Set([base, base.replace(/iya$/u, 'ia').replace(/kh/gu, 'h').replace(/y(?=[^aeiou]|$)/gu, 'i'), base.replace(/ou/gu, 'u').replace(/y/gu, 'i')])];
}
