/**
 * Ages said in other languages, found from the word for "years (old)" after the number: `tiene ocho años`,
 * `ma 7 lat`, `Ik ben 55 jaar`, `68 tuổi`, `j'ai quarante-six ans`, `84 oed`, `7歳`. The number is in figures or in
 * Spanish, Portuguese, French, Italian or Polish words; "years ago" and "for years" are left alone.
 */
import type { Candidate } from './detector';
import { cjkNumberEndingAt, numberWordsEndingAt, readNumberWords } from './age-number-reader';
import { textAfter, textBefore } from './pattern-context';

/** Words for "years" after an age; `lat`, `años`, `Jahre` also count time, so their context is checked. */
const UNIT = /(?<![\p{L}\p{N}])(taong gulang|anyos|xyoo|barsa|barsha|años|anos|ans|anni|Jahre|jaar|år|lat|lata|let|godina|godine|éves|vuotta|vuotias|yaşında|yaşındaydı|tuổi|ani|oed|taon|tahun|saal|साल|वर्ष|बरस|лет|года|год|років|роки|ετών|χρονών|سنة|سنين|سنوات|عاما|عامًا|snin|sneen)(?![\p{L}\p{N}])/gu;
/**
 * Chinese, Japanese and Korean counters of years of age after figures or numerals (`7歳`, `四十三歳`, `열두 살`,
 * `칠십팔 세`), tried only where present; not `세요`, `세상`, `세계` (a verb ending, "world").
 */
const CJK_UNIT = /(歳|岁|살|세)(?![요상계대트])/gu;
/** Units that only ever give an age (`tuổi`, `yaşında`, `oed`, `歳`), unlike `years`. */
const AGE_ONLY_UNITS = new Set(['taong gulang', 'anyos', 'éves', 'vuotias', 'yaşında', 'yaşındaydı', 'tuổi', 'oed', '歳', '岁', '살', '세']);
/** "hace ocho años", "il y a 8 ans", "od 8 lat", "seit 8 Jahren": time ago or a duration before the number. */
const DURATION_BEFORE =
  /(?:^|[^\p{L}])(?:hace|hacía|há|faz|fazia|il y a|depuis|pendant|durant|desde|durante|por|para|dentro de|en|em|dans|od|przez|za|po|seit|vor|für|in|sinds|voor|al|för|på|i|sedan|da|per|fa|tra|fra|after|for|over|under|cada|chaque|ogni|co|alle|habe|hab|hat|hatte|haben|hast|heb|heeft|had)\s+(?:(?:los|las|les|os|as|di|de|ces|ostatnie|ostatnich|kilka|poco|quase|casi|presque|almost|about|around|the|last|ponad|prawie|około|mais de|más de|plus de|über|ruim|meer dan)\s+)*$/iu;
/** "8 lat temu", "8 años atrás", "8 jaar geleden": time ago after the unit; "años de casados": years of something. */
const DURATION_AFTER = /^\s*(?:lang\b|ge\p{Ll}{3,}(?:t|en)\b|gewerkt|gewoond|gearbeitet|gelebt|gewohnt|temu|później|atrás|después|después de|depois|depuis|plus tard|geleden|later|sedan|senare|fa|dopo|später|ago|later|trước|lalu|de (?!edad|idade|idad)|bei |als |im |auf |für |do |de casad|di (?!età)|van |w |na |z |en |em |au |à |in |of )/iu;

/**
 * `Lotte wird 5 am Freitag`, `cumple nueve en diciembre`, `il fait 7 ans`: the verb "turns" of other languages, then
 * the number, in figures or one word; not a clock time (`wird um 5 Uhr`).
 */
const TURNS = /(?<![\p{L}])(?:wird|wurde|cumple|cumplió|cumplirá|cumplía|cumplo|faço|faz|fez|fiz|fará|completa|completou|compie|compirà|skończy|skończył|skończyła|kończy|fyller|fyllde|wordt|werd)\s+(\d{1,3}|\p{Ll}+)(?![\p{L}\p{N}])(?!\s*(?:Uhr|uur|h\b|horas|heures|ore|godzin|:|%|Euro|euros?|€|km|kg|Minuten|minutos|Tage|días|dias))/gu;

const ARTICLE_LIKE = new Set(['un', 'una', 'um', 'uma', 'une', 'sei', 'tre', 'due', 'sto', 'dwa']);

function agesAfterTurns(text: string, found: Candidate[]): void {
  TURNS.lastIndex = 0;
  for (let match = TURNS.exec(text); match; match = TURNS.exec(text)) {
    // "wird um 5", "cumple una promesa": short words that are also articles or prepositions are no number here.
    if (ARTICLE_LIKE.has(match[1])) continue;
    // "moro aqui faz vinte anos": Portuguese "faz/fez N anos" is also "for N years" unless a day or month follows.
    if (/^f[ae]z/i.test(match[0]) && /^\s+anos\b(?!\s+(?:em|no|na|amanh[ãa]|hoje|este|esta|neste|nesta|semana|m[eê]s|de\s+idade)\b)/.test(textAfter(text, match.index + match[0].length, 40))) continue;
    const value = /\d/.test(match[1]) ? Number(match[1]) : readNumberWords(match[1], 0)?.value;
    if (value === undefined || value < 1 || value > 120) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push({ start, end: start + match[1].length, type: 'AGE', confidence: 0.6, reason: 'age: a number after "turns" in another language ("wird 5", "cumple nueve")' });
  }
}

/**
 * Tagalog and Taglish: `19 pa lang po siya` (she is only 19), `19 lang naman siya`, `61 na ako bukas` (I turn 61
 * tomorrow), `sixty-one na bukas`: a number, then `na`/`pa lang`/`lang`, then one person or tomorrow; not `5 na tayo`
 * (how many of us).
 */
const TAGALOG_AGE =
  /(?<![\p{L}\p{N}.,:/-])(\d{1,3}|\p{L}+(?:-\p{L}+)?)\s+(?:(?:pa\s+)?lang|na)(?:\s+(?:po|ho|naman|nga|din|rin))*\s+(?:siya|sya|ako|bukas)(?![\p{L}])/giu;

function agesInTagalog(text: string, found: Candidate[]): void {
  TAGALOG_AGE.lastIndex = 0;
  for (let match = TAGALOG_AGE.exec(text); match; match = TAGALOG_AGE.exec(text)) {
    const said = match[1];
    const value = /^\d/.test(said) ? Number(said) : readNumberWords(said.toLowerCase(), 0)?.value;
    if (value === undefined || value < 2 || value > 120) continue;
    found.push({ start: match.index, end: match.index + said.length, type: 'AGE', confidence: 0.6, reason: 'age: a number before "pa lang siya" or "na bukas" (Tagalog)' });
  }
}

export function agesInOtherLanguages(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (/\b(?:lang|na)\s/i.test(text)) agesInTagalog(text, found);
  agesBeforeUnits(text, UNIT, found);
  if (/[歳岁살세]/.test(text)) agesBeforeUnits(text, CJK_UNIT, found);
  if (/wird|wurde|cumpl|fa[zrç]|fez|fiz|complet|compi|kończ|fyll|wordt|werd/.test(text)) agesAfterTurns(text, found);
  return found.filter((age, index) => found.findIndex((other) => other.start < age.end && age.start < other.end) === index);
}

function agesBeforeUnits(text: string, pattern: RegExp, found: Candidate[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const unit = match[1];
    const unitStart = match.index;
    const figures = /(\d{1,3}|[٠-٩]{1,3})\s?$/u.exec(textBefore(text, unitStart, 5));
    let start: number;
    let value: number;
    if (figures) {
      start = unitStart - figures[0].length;
      value = Number(figures[1].replace(/[٠-٩]/gu, (digit) => String(digit.charCodeAt(0) - 0x660)));
      if (/[\p{N}.,:/-]$/u.test(textBefore(text, start, 1))) continue;
    } else {
      const wordEnd = unitStart - (/\s$/.test(textBefore(text, unitStart, 1)) ? 1 : 0);
      const words = pattern === CJK_UNIT ? cjkNumberEndingAt(text, wordEnd) : numberWordsEndingAt(text, wordEnd);
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
