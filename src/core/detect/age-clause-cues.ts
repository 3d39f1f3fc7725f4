/**
 * The general age rule: a number said the way an age is said (after "is", "tiene", a comma or a relative; before the
 * end of the clause or "and"/"now") in the same clause as a word of age or of a person, in any language the number
 * reader knows. `My son, 14, ...`, `the twins r 9 now`, `Mother d. 71 (MI)`, `la mediana 37`, `Mes enfants ont 11 et
 * 8 ans`, `only late sixties`. Low confidence: the phrase rules say more when they match; this one catches what they
 * miss, and leaves counts, money, clock times, measures, scores and numbered things alone.
 */
import { anyAgeValue, foldWord, NUMBER_WORD_STARTS, readNumberWords } from './age-number-reader';
import { KIN_WORD, NUM } from './age-rules';
import { ageValue } from './age-value';
import type { Candidate } from './detector';
import { isInsideLargerNumber, QUANTITY_NOUN, textAfter, textBefore } from './pattern-context';
import { DECADE_WORDS } from './pattern-number-words';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';

const CONFIDENCE = 0.45;
const DECADE = `(?:${Object.keys(DECADE_WORDS).join('|')}|[1-9]0['’]?s)`;
/** An English number, a decade of life, or a number with "odd"/"something" after it. Foreign words are read apart. */
const ENGLISH_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_.,$£€¥#№/:'’-])(?:((?:early|mid|late)[- ]?${DECADE})|(${DECADE})|(${NUM}(?: odd| something)?))(?![\\p{L}\\p{N}]|[.,:]\\p{N})`,
  'giu',
);

/** Relatives and people of other languages, and the birth-order words that stand for a child (`la mediana 37`). */
const FOREIGN_PERSON =
  'hij[oa]s?|niet[oa]s?|madre|padre|abuel[oa]|marido|espos[oa]|herman[oa]s?|mayor|menor|median[oa]|pequeñ[oa]|filh[oa]s?|net[oa]s?|mãe|pai|avó|avô|irmã|irmão|fils|fille|filles|enfants?|mari|femme|mère|père|frère|sœur|grand-mère|grand-père|aîné|aînée|cadet|cadette|Sohn|Tochter|Kinder|Kind|Mutter|Vater|Oma|Opa|Bruder|Schwester|Enkel|Enkelin|Kleine|Kleiner|Jüngste|Älteste|syn|córka|córki|wnuk|wnuczka|matka|ojciec|babcia|dziadek|siostra|brat|mąż|żona|figli[oa]?|figlie|nipoti?|nonn[oa]|moglie|sorella|fratello|bambin[oaie]|ragazz[oaie]|kızım|oğlum|annem|babam|kardeşim|eşim|बेटा|बेटी|儿子|女儿|息子|娘|아들|딸';
/** Words that say a clause is about someone's age or about a person: what makes a bare number there an age. */
const CUE = new RegExp(
  `(?<![\\p{L}])(?:old|older|oldest|age|aged|ages|birthday|bday|b-day|born|turn|turned|turning|turns|baby|babies|kid|kids|boy|boys|girl|girls|teen|teens|teenager|young|younger|youngest|eldest|youngster|elderly|died|d\\.|alive|widow|widowed|retired|${KIN_WORD}s?|${FOREIGN_PERSON}|Mr|Mrs|Ms|Miss|Herr|Frau|Señora?|Doña|Madame|Monsieur|Pani|Senhora?|ans|años|año|anos|anni|Jahre|Jahren|Jahr|lat|lata|yaş\\p{L}*|साल|वर्ष|tuổi|tahun|edad|âge|idade|età|Alter|wiek|tiene|tienen|tenía|tengo|tenho|tem|tinha|têm|ont|avait|cumpl\\p{L}*|murió|morreu|starb|zmarł|zmarła|nació|nasceu|née?|geboren)(?![\\p{L}])|[歳岁살세]`,
  'iu',
);
/** People named only by a pronoun: enough for an age past childhood, not for a small number (`bedtime for him is eight`). */
const PRONOUN_CUE = /(?<![\p{L}])(?:I|I['’]m|im|me|my|he|he['’]s|hes|him|his|she|she['’]s|shes|her|they|their|them|we|our|you|your|u|ur)(?![\p{L}])/iu;
/**
 * A pronoun as the subject of the age (`Our two were 8`, `she was 12`, `shes 9`, `She's small for 11`); not "we" or
 * "they", whose small number counts them (`We were 4 in the car`, `We're eight in a two bedroom flat`).
 */
const PRONOUN_SUBJECT_BEFORE =
  /(?<![\p{L}])(?:(?:I|he|she|you|u|our|my|his|her|their|your)(?:\s+\p{L}+)?\s+(?:was|were|is|are|r|be|been|am)|(?:I|he|she|you)\/?['’](?:s|m|re)|hes|shes|im)(?:\s+(?:small|big|tall|short|young|old|mature)\s+for)?\s*$/iu;
/** A given name and a surname, as a description of a person opens (`Sri Wahyuni`, `Mamadou Sarr`). */
const FULL_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?![\p{L}])/u;
/** A count of people before the number in its clause (`three kids, two still at home`): a number up to it counts them too. */
const PEOPLE_COUNTED = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}|${NUM})\\s+(?:(?:little|grown|young|older|younger|small)\\s+)?(?:${KIN_WORD}s?|kids|children|boys|girls|people)(?![\\p{L}])`, 'giu');
/** Hedges between the word that introduces an age and the age: `about`, `nearly`, `only`, `um`, `like`. */
const HEDGES =
  /(?:(?:^|(?<=[\s,(:]))(?:about|around|like|only|just|nearly|almost|barely|over|under|maybe|probably|well|roughly|approximately|past|also|too|both|now|still|already|um+|uh+|er+m?|oh|ah|what|casi|unos|unas|solo|sólo|environ|presque|seulement|etwa|fast|knapp|erst|schon|prawie|około|tylko|quase|só|ya|já)[,]?\s+)+$/iu;
/**
 * What may come straight before an age: a comma, bracket, colon or the clause's start; a copula or "have" of the
 * languages read (`is`, `shes`, `r`, `ist`, `tiene`, `tem`, `ont`, `ma`); a verb of turning or dying; "and"; an age
 * preposition (`at`, `con`, `mit`, `de`); a relative (`Wife 64`, `Sister 60s`, `mums fifty something`); a word for
 * "age" before the number (`lat 42`).
 */
const BEFORE_AGE = new RegExp(
  `(?:^|[,(:—–>\\].!?]|…|\\s-|\\n)\\s*$|['’](?:s|m|re)\\s*$|(?<![\\p{L}])(?:is|was|are|were|be|been|am|r|im|hes|shes|ur|ist|bin|bist|sind|war|waren|wird|wurde|est|es|era|eran|fue|é|são|foi|è|sono|jest|ma|mam|mają|ont|avait|tiene|tienen|tenía|tengo|tienes|tenemos|tem|tinha|tenho|têm|turned|turning|turns|turn|reached|hit|hits|d\\.|died|alive|and|or|y|e|et|und|i|ve|&|at|con|mit|à|de|aos|till|until|lat|age|aged|âge|edad|idade|Alter|wiek|youngest|oldest|eldest|${KIN_WORD}(?:['’]?s)?|${FOREIGN_PERSON})\\s*$`,
  'iu',
);
/**
 * The same, where case matters: French "a" after a person (`Mon mari a quarante-deux`), a title and a surname
 * (`Herr Zieliński 42`), and an adjective of size or maturity before "for" (`small for 11`).
 */
const BEFORE_AGE_CASED =
  /(?<![\p{L}])(?:[Ii]l|[Ee]lle|[Oo]n|mari|femme|fils|fille|mère|père|frère|sœur|\p{Lu}\p{Ll}+)\s+a\s+$|(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Señora?|Sra?|Doña|Madame|Mme|Monsieur|Pani?|Senhora?)\.?\s+\p{Lu}[\p{L}'’-]+\s*$|(?<![\p{L}])(?:small|big|tall|short|young|old|mature|grown[- ]up|clever|bright|advanced|sensible|maduro|madura|grand|grande|petit|petite|groß|klein)\s+(?:for|para|pour|für)\s+$|(?<![\p{L}])(?:uomo|donna|hombre|mujer|homme|femme|homem|mulher|Mann|Frau)\s+(?:di|de|von)\s+$/u;
/** Prepositions that take clock times and small counts: an age after them needs to be past 12 (`at 7`, `till 5`). */
const CLOCK_PREPOSITION = /(?<![\p{L}])(?:at|till|until|de|à|aos)\s*$/iu;
/** Month names of the languages read, as in `54 a novembre`, `63 en enero`. */
const MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|décembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|Januar|Februar|März|April|Juni|Juli|August|September|Oktober|November|Dezember';
/**
 * What may come straight after an age: the end of the clause, or a word that goes on with it (`and`, `now`, `in`,
 * `this`, `i think`, `lol`, `yesterday`, `cumplidos`); an adverb (`u ARE 9 mentally`); a sex letter (`44/F`).
 */
const AFTER_AGE = new RegExp(
  String.raw`^(?:[ \t]*(?:$|\r?\n|[.,;:!?)\]…"”—–]|\.\.\.|\/[MF]\b|\(\p{Lu})|\s-\s|\s+(?:(?:in|en|em|a|im|au|à|w)\s+(?:${MONTHS})|and|or|now|then|when|with|before|after|but|next|last|this|in|on|by|already|yet|too|soon|still|though|tho|lol|haha|lmao|innit|right|yesterday|today|tomorrow|i|he|she|they|we|you|u|my|his|her|our|their|y|e|et|und|i|ve|ya|já|schon|jetzt|cumplidos|cumplidas|justos|justas|feitos|révolus|geworden|skończone|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b|\s+(?:mentally|physically|really|honestly|basically|literally|apparently|probably|actually|officially|technically|roughly)\b)`,
  'iu',
);
/** Nouns a number after them counts or names (`score 8`, `Room 4`, `page 12`, `Year 9`): never an age. */
const NUMBERED_BEFORE =
  /(?<![\p{L}])(?:the|a|an|every|each|per|x|no|nr|number|room|flat|apt|apartment|unit|bus|route|line|level|page|score|scored|year|grade|class|form|size|visit|session|question|step|chapter|ward|bed|floor|platform|gate|exit|box|channel|version|team|group|table|round|stage|phase|week|day|top|out of|of the|top|wave|household|member|séance|salle|raum|termin|calle|rue|avenida|rua|street|road|total|price|rent|cost|bill|fee|count|temp|temperature|pressure|weight|height|wt|ht|bp|hr|rate|reading|result|dose|mark|rating|balance|sugar|pulse|bmi|spo2)\s*$/iu;
/** After the number: a score, a range, a decimal, a clock time, a percentage, a measure glued on. */
const NOT_AN_AGE_AFTER = /^(?:\s*(?:%|°|percent|per\s?cent|o['’]?clock|am\b|pm\b|a\.m|p\.m|h\b|hrs?\b|uhr\b|heures?\b|horas?\b|x\b|in the (?:morning|afternoon|evening)|at night|tonight|sharp)|[/:][0-9]|\s*[-–]\s*\d|\.\d)/iu;
/** What ends a clause: sentence punctuation and line breaks, not an abbreviation's full stop (`d.`, `H.`, `Mr.`). */
const CLAUSE_BREAK = /[!?;\n]|(?<!\.|[\s.][\p{L}]|\b(?:Mr|Mrs|Ms|Dr|St|Sr|Sra|Mme|vs|etc|approx|yrs?|no|nr))\.(?!\.)/giu;
/** How far after an age the same age said again is looked for. */
const RESTATED_REACH = 60;
/** How far around the number its clause is read for a cue. */
const REACH_BEFORE = 70;
const REACH_AFTER = 40;

function clauseAround(text: string, start: number, end: number): string {
  const before = textBefore(text, start, REACH_BEFORE);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(before); match; match = CLAUSE_BREAK.exec(before)) from = match.index + match[0].length;
  const after = textAfter(text, end, REACH_AFTER);
  CLAUSE_BREAK.lastIndex = 0;
  const stop = CLAUSE_BREAK.exec(after);
  return `${before.slice(from)} ${after.slice(0, stop ? stop.index : after.length)}`;
}

interface NumberSpan { start: number; end: number; value: number; decade: boolean }

/** Every number of a text that could be an age: English words and figures, decades, and other languages' words. */
function numbersIn(text: string): NumberSpan[] {
  const numbers: NumberSpan[] = [];
  ENGLISH_NUMBER.lastIndex = 0;
  for (let match = ENGLISH_NUMBER.exec(text); match; match = ENGLISH_NUMBER.exec(text)) {
    const span = match[0];
    const value = ageValue(span.replace(/ odd$/i, '-odd').replace(/^(?:early|mid|late)[- ]?/i, ''));
    if (value === undefined) continue;
    numbers.push({ start: match.index, end: match.index + span.length, value, decade: match[3] === undefined });
  }
  const englishCount = numbers.length;
  let englishIndex = 0;
  for (const word of text.matchAll(/(?<![\p{L}\p{N}])\p{L}{2,}/gu)) {
    const index = word.index;
    // English numbers are in text order: skip those ending before this word, then see whether one holds it.
    while (englishIndex < englishCount && numbers[englishIndex].end <= index) englishIndex++;
    if (!NUMBER_WORD_STARTS.has(foldWord(word[0]).slice(0, 3)) || (englishIndex < englishCount && numbers[englishIndex].start <= index)) continue;
    const read = readNumberWords(text, index);
    if (!read || read.ambiguous || /^\p{L}+$/u.test(text.slice(read.end, read.end + 1))) continue;
    numbers.push({ start: read.start, end: read.end, value: read.value, decade: false });
  }
  return numbers.sort((a, b) => a.start - b.start);
}

/** The ages of `sorted` (by start) that start between `from` and `to`: a binary search, for long texts. */
function agesStartingIn(sorted: readonly Candidate[], from: number, to: number): Candidate[] {
  const low = firstStartingAtOrAfter(sorted, from);
  const ages: Candidate[] = [];
  for (let at = low; at < sorted.length && sorted[at].start <= to; at++) if (sorted[at].type === 'AGE') ages.push(sorted[at]);
  return ages;
}

/** `shes 53 jade`: the person spoken to, named after the age at the end of the clause. */
function namedAfter(after: string): boolean {
  const name = /^\s+(\p{L}+)(?=[ \t]*(?:[.,!?]|$|\r?\n))/u.exec(after);
  return name !== null && FIRST_NAMES.has(name[1].toLowerCase());
}

function countsPeople(clause: string, value: number): boolean {
  PEOPLE_COUNTED.lastIndex = 0;
  for (let match = PEOPLE_COUNTED.exec(clause); match; match = PEOPLE_COUNTED.exec(clause)) {
    const counted = ageValue(match[1]);
    if (counted !== undefined && counted >= value) return true;
  }
  return false;
}

/** Whether the words around a number say it is an age. */
function saidAsAge(text: string, number: NumberSpan, sorted: readonly Candidate[]): boolean {
  const { start, end, value } = number;
  const words = !/\d/.test(text.slice(start, end));
  if (value > 110 || value < (words ? 2 : 1) || (number.decade && value < 10)) return false;
  if (isInsideLargerNumber(text, start, end) || /^0\d/.test(text.slice(start, end))) return false;
  // A line number of a deposition or a conversation-analysis transcript, a CSV row number, a numbered item.
  if (/(?:^|\n)[ \t]*$/.test(textBefore(text, start, 20)) && /^(?:[ \t]{2,}|\t|[,;|]|[.)]\s)/.test(textAfter(text, end, 3))) return false;
  const after = textAfter(text, end, 30);
  // `Two: cardiology clinic. Three: Órla to write`: an item of a list read out, opening its sentence.
  if (/^:[ \t]/.test(after) && /(?:^|[.!?;][ \t]+|\n[ \t]*)$/.test(textBefore(text, start, 4))) return false;
  // "twenty, thirty times", "two or three people": the first of two numbers that count something.
  const nextNumber = /^\s*(?:,|or|to|[-–]|\.\.\.)\s*(?:\d{1,3}|\p{L}+(?:-\p{L}+)?)(?=\s)/u.exec(after);
  if (nextNumber && QUANTITY_NOUN.test(textAfter(text, end + nextNumber[0].length, 30))) return false;
  if (NOT_AN_AGE_AFTER.test(after) || QUANTITY_NOUN.test(after) || !(AFTER_AGE.test(after) || namedAfter(after))) return false;
  const rawBefore = textBefore(text, start, 60);
  const before = rawBefore.replace(HEDGES, '');
  // "the 60s", "in the late 70s": a decade of the calendar.
  if (number.decade && /\b(?:the|in|since|from)\s*$/i.test(before)) return false;
  // "four hundred and twelve": the end of a larger number.
  if (/\b(?:hundred|thousand)\s+and\s*$/i.test(before)) return false;
  if ((NUMBERED_BEFORE.test(before) && !BEFORE_AGE_CASED.test(before)) || /[\p{N}][/:.-]\s*$|[£$€¥#№]\s*$/u.test(before)) return false;
  if (!BEFORE_AGE.test(before) && !BEFORE_AGE_CASED.test(before)) return false;
  // "between 9 and 5": a span of hours.
  if (/\bbetween\s+\S+\s+and\s*$/i.test(before)) return false;
  // "at 7", "till 5" are clock times; ", de 12," sets an age off between commas (`mi nieto Hugo, de 12.`).
  if (value <= 12 && CLOCK_PREPOSITION.test(before) && !/,\s*de\s*$/.test(before)) return false;
  // A speaker label in capitals (`MUM:`, `DAD:`) names who talks, not whose age this is.
  const clause = clauseAround(text, start, end).replace(text.slice(start, end), ' ').replace(/^\s*\p{Lu}[\p{Lu}\d ]{0,20}:\s/u, '');
  if (value <= 12 && countsPeople(clause, value)) return false;
  if (CUE.test(clause) || (PRONOUN_CUE.test(clause) && (value >= 13 || PRONOUN_SUBJECT_BEFORE.test(before)))) return true;
  // "Mamadou Sarr (président), pirogue captain, 58": a grown-up's age closing a description of a named person.
  if (value >= 16 && /,\s*$/.test(before) && /^[ \t]*(?:[.,;)]|\r?\n|$)/.test(after) && FULL_NAME.test(clause)) return true;
  // "fifty... fifty-two", "Oh, fifty? Fifty-five?": a speaker restarting on the age that follows.
  const restart = /^\s*(?:\.\.\.|…|[?,—–-])\s*/.exec(textAfter(text, end, 8));
  const near = agesStartingIn(sorted, start - REACH_BEFORE - RESTATED_REACH, end + REACH_AFTER);
  if (restart && near.some((age) => age.start === end + restart[0].length)) return true;
  // "Ne ho cinquantaquattro. Cioè, 54 a novembre": the age just said, said again in figures or another language.
  if (near.some((age) => age.end <= start && start - age.end <= RESTATED_REACH && !text.slice(age.end, start).includes('\n') && Math.abs((anyAgeValue(text.slice(age.start, age.end), ageValue) ?? -9) - value) <= 1)) return true;
  // "8 and 11": an age already found in the same clause.
  const clauseStart = start - REACH_BEFORE;
  return near.some((age) => age.end >= clauseStart && age.start <= end + REACH_AFTER && clause.includes(text.slice(age.start, age.end)));
}

/** The index of the first finding of `sorted` (by start) that starts at `index` or later. */
function firstStartingAtOrAfter(sorted: readonly Candidate[], index: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether a finding of `sorted` overlaps the number. */
function agesOrFindingsOver(sorted: readonly Candidate[], number: NumberSpan): boolean {
  const low = firstStartingAtOrAfter(sorted, number.end);
  // Findings starting before the number's end, looked at backwards while they could still reach it.
  for (let at = low - 1; at >= 0 && number.start - sorted[at].start < MAX_FINDING_LENGTH; at--) if (sorted[at].end > number.start) return true;
  return false;
}
const MAX_FINDING_LENGTH = 400;

/** Ages the phrase rules missed, where a number is said as an age in a clause about age or a person. */
export function agesNearCues(text: string, found: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  // Findings and the ages added so far, by start.
  const sorted = [...found].sort((a, b) => a.start - b.start);
  for (const number of numbersIn(text)) {
    if (agesOrFindingsOver(sorted, number) || !saidAsAge(text, number, sorted)) continue;
    const age: Candidate = { start: number.start, end: number.end, type: 'AGE', confidence: CONFIDENCE, reason: 'age: a number said as an age in a clause about age or a person' };
    added.push(age);
    sorted.splice(firstStartingAtOrAfter(sorted, age.start), 0, age);
  }
  return added;
}
