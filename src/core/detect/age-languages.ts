/**
 * Ages said in other languages, found from the word for "years (old)" after the number: `tiene ocho años`,
 * `ma 7 lat`, `Ik ben 55 jaar`, `68 tuổi`, `j'ai quarante-six ans`, `84 oed`, `7歳`. The number is in figures or in
 * Spanish, Portuguese, French, Italian or Polish words; "years ago" and "for years" are left alone.
 */
import type { Candidate } from './detector';
import { textAfter, textBefore } from './pattern-context';

/** Words for "years" after an age; `lat`, `años`, `Jahre` also count time, so their context is checked. */
const UNIT = /(?<![\p{L}\p{N}])(taong gulang|anyos|xyoo|barsa|barsha|años|anos|ans|anni|Jahre|jaar|år|lat|lata|let|godina|godine|éves|vuotta|vuotias|yaşında|yaşındaydı|tuổi|ani|oed|taon|tahun|saal|лет|года|год|років|роки|ετών|χρονών)(?![\p{L}\p{N}])/gu;
/** Chinese, Japanese and Korean counters of years of age, written right after the figures (`7歳`), tried only where present. */
const CJK_UNIT = /(?<=\d\s?)(歳|岁|살|세)/gu;
/** Units that only ever give an age (`tuổi`, `yaşında`, `oed`, `歳`), unlike `years`. */
const AGE_ONLY_UNITS = new Set(['taong gulang', 'anyos', 'éves', 'vuotias', 'yaşında', 'yaşındaydı', 'tuổi', 'oed', '歳', '岁', '살', '세']);
/** "hace ocho años", "il y a 8 ans", "od 8 lat", "seit 8 Jahren": time ago or a duration before the number. */
const DURATION_BEFORE =
  /(?:^|[^\p{L}])(?:hace|hacía|há|faz|fazia|il y a|depuis|pendant|durant|desde|durante|por|para|dentro de|en|em|dans|od|przez|za|po|seit|vor|für|in|sinds|voor|al|för|på|i|sedan|da|per|fa|tra|fra|after|for|over|under|cada|chaque|ogni|co|alle)\s+(?:(?:los|las|les|os|as|di|de|ces|ostatnie|ostatnich|kilka|poco|quase|casi|presque|almost|about|around|the|last|ponad|prawie|około|mais de|más de|plus de|über|ruim|meer dan)\s+)*$/iu;
/** "8 lat temu", "8 años atrás", "8 jaar geleden": time ago after the unit; "años de casados": years of something. */
const DURATION_AFTER = /^\s*(?:temu|później|atrás|después|después de|depois|depuis|plus tard|geleden|later|sedan|senare|fa|dopo|später|ago|later|trước|lalu|de (?!edad|idade|idad)|do |de casad|di (?!età)|van |w |na |z |en |em |au |à |in |of )/iu;

const WORDS: Record<string, number> = {};
function addWords(values: Record<number, string[]>): void {
  for (const [value, words] of Object.entries(values)) for (const word of words) WORDS[word] = Number(value);
}
addWords({
  1: ['uno', 'una', 'un', 'um', 'uma', 'une', 'jeden', 'jedna'], 2: ['dos', 'dois', 'duas', 'deux', 'due', 'dwa', 'dwie'],
  3: ['tres', 'três', 'trois', 'tre', 'trzy'], 4: ['cuatro', 'quatro', 'quatre', 'quattro', 'cztery'],
  5: ['cinco', 'cinq', 'cinque', 'pięć'], 6: ['seis', 'six', 'sei', 'sześć'], 7: ['siete', 'sete', 'sept', 'sette', 'siedem'],
  8: ['ocho', 'oito', 'huit', 'otto', 'osiem'], 9: ['nueve', 'nove', 'neuf', 'dziewięć'], 10: ['diez', 'dez', 'dix', 'dieci', 'dziesięć'],
  11: ['once', 'onze', 'undici', 'jedenaście'], 12: ['doce', 'doze', 'douze', 'dodici', 'dwanaście'],
  13: ['trece', 'treze', 'treize', 'tredici', 'trzynaście'], 14: ['catorce', 'catorze', 'quatorze', 'quattordici', 'czternaście'],
  15: ['quince', 'quinze', 'quindici', 'piętnaście'], 16: ['dieciséis', 'dezesseis', 'dezasseis', 'seize', 'sedici', 'szesnaście'],
  17: ['diecisiete', 'dezessete', 'dezassete', 'diciassette', 'siedemnaście'], 18: ['dieciocho', 'dezoito', 'diciotto', 'osiemnaście'],
  19: ['diecinueve', 'dezenove', 'dezanove', 'diciannove', 'dziewiętnaście'], 20: ['veinte', 'vinte', 'vingt', 'venti', 'dwadzieścia'],
  30: ['treinta', 'trinta', 'trente', 'trenta', 'trzydzieści'], 40: ['cuarenta', 'quarenta', 'quarante', 'quaranta', 'czterdzieści'],
  50: ['cincuenta', 'cinquenta', 'cinquante', 'cinquanta', 'pięćdziesiąt'], 60: ['sesenta', 'sessenta', 'soixante', 'sessanta', 'sześćdziesiąt'],
  70: ['setenta', 'settanta', 'siedemdziesiąt'], 80: ['ochenta', 'oitenta', 'ottanta', 'osiemdziesiąt', 'quatre-vingt', 'quatre-vingts'],
  90: ['noventa', 'novanta', 'dziewięćdziesiąt'], 100: ['cien', 'cem', 'cent', 'cento', 'sto'],
});
/** Joining words of compound numbers: `treinta y dos`, `trinta e dois`, `vingt et un`. */
const JOINERS = new Set(['y', 'e', 'et', 'i']);
/** Spanish 21-29 and fused Italian tens (`veintiocho`, `trentadue`): a tens word glued to a unit word. */
function fusedValue(word: string): number | undefined {
  const veinti = /^veinti(.+)$/.exec(word);
  if (veinti) {
    const unit = WORDS[veinti[1].replace('ú', 'u').replace('é', 'e').replace('ó', 'o')];
    return unit !== undefined ? 20 + unit : undefined;
  }
  for (const tens of ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta']) {
    const stem = tens.replace(/a$|i$/, '');
    if (word.startsWith(stem) && word.length > stem.length + 1) {
      const rest = WORDS[word.slice(stem.length)] ?? WORDS[word.slice(stem.length + 1)];
      if (rest !== undefined && rest < 10) return WORDS[tens] + rest;
    }
  }
  return undefined;
}

/** The number in words that ends right before `end` (`... ocho`, `trinta e dois`, `soixante-dix`), with where it starts. */
function wordsBefore(text: string, end: number): { start: number; value: number } | undefined {
  const before = textBefore(text, end, 60);
  const words = [...before.matchAll(/[\p{L}-]+/gu)];
  let value = 0;
  let start = -1;
  let lastWasNumber = false;
  for (let index = words.length - 1; index >= 0 && index >= words.length - 5; index--) {
    const raw = words[index][0].toLowerCase();
    // Only words separated by spaces or hyphens belong to the number.
    const gap = before.slice(words[index].index + raw.length, index + 1 < words.length ? words[index + 1].index : before.length);
    if (!/^[ \t-]*$/.test(gap)) break;
    if (JOINERS.has(raw) && lastWasNumber) continue;
    const parts = raw.split('-');
    const partValues = parts.map((part) => WORDS[part] ?? fusedValue(part));
    if (partValues.some((part) => part === undefined)) break;
    const wordValue = partValues.reduce((sum: number, part) => (part === 20 && sum === 4 ? 80 : sum + (part ?? 0)), 0);
    // Read right to left: a tens word before a unit ("treinta [y] dos"), never two units in a row.
    if (lastWasNumber && (wordValue < 20 || wordValue % 10 !== 0 || value >= 10)) break;
    value += wordValue;
    start = end - before.length + words[index].index;
    lastWasNumber = true;
  }
  return start >= 0 && value >= 1 && value <= 120 ? { start, value } : undefined;
}


/**
 * `Lotte wird 5 am Freitag`, `cumple nueve en diciembre`, `il fait 7 ans`: the verb "turns" of other languages, then
 * the number, in figures or one word; not a clock time (`wird um 5 Uhr`).
 */
const TURNS = /(?<![\p{L}])(?:wird|wurde|cumple|cumplió|cumplirá|cumplía|faz|fez|fará|completa|completou|compie|compirà|skończy|skończył|skończyła|kończy|fyller|fyllde|wordt|werd)\s+(\d{1,3}|\p{Ll}+)(?![\p{L}\p{N}])(?!\s*(?:Uhr|uur|h\b|horas|heures|ore|godzin|:|%|Euro|euros?|€|km|kg|Minuten|minutos|Tage|días|dias))/gu;

const ARTICLE_LIKE = new Set(['un', 'una', 'um', 'uma', 'une', 'sei', 'tre', 'due', 'sto', 'dwa']);

function agesAfterTurns(text: string, found: Candidate[]): void {
  TURNS.lastIndex = 0;
  for (let match = TURNS.exec(text); match; match = TURNS.exec(text)) {
    // "wird um 5", "cumple una promesa": short words that are also articles or prepositions are no number here.
    if (ARTICLE_LIKE.has(match[1])) continue;
    const value = /\d/.test(match[1]) ? Number(match[1]) : WORDS[match[1]];
    if (value === undefined || value < 1 || value > 120) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push({ start, end: start + match[1].length, type: 'AGE', confidence: 0.6, reason: 'age: a number after "turns" in another language ("wird 5", "cumple nueve")' });
  }
}

export function agesInOtherLanguages(text: string): Candidate[] {
  const found: Candidate[] = [];
  agesBeforeUnits(text, UNIT, found);
  if (/[歳岁살세]/.test(text)) agesBeforeUnits(text, CJK_UNIT, found);
  if (/wird|wurde|cumpl|fa[zr]|fez|complet|compi|kończ|fyll|wordt|werd/.test(text)) agesAfterTurns(text, found);
  return found.filter((age, index) => found.findIndex((other) => other.start < age.end && age.start < other.end) === index);
}

function agesBeforeUnits(text: string, pattern: RegExp, found: Candidate[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const unit = match[1];
    const unitStart = match.index;
    const figures = /(\d{1,3})\s?$/.exec(textBefore(text, unitStart, 5));
    let start: number;
    let value: number;
    if (figures) {
      start = unitStart - figures[0].length;
      value = Number(figures[1]);
      if (/[\p{N}.,:/-]$/u.test(textBefore(text, start, 1))) continue;
    } else {
      const words = wordsBefore(text, unitStart - (/\s$/.test(textBefore(text, unitStart, 1)) ? 1 : 0));
      if (!words) continue;
      ({ start, value } = words);
    }
    if (value < 1 || value > 120) continue;
    const end = unitStart + unit.length;
    if (!AGE_ONLY_UNITS.has(unit.toLowerCase())) {
      if (DURATION_BEFORE.test(textBefore(text, start, 40)) || DURATION_AFTER.test(textAfter(text, end, 20))) continue;
    }
    found.push({ start, end, type: 'AGE', confidence: 0.65, reason: `age: a number before "${unit}" (years of age in another language)` });
  }
}
