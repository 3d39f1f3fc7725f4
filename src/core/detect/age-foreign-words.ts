/**
 * Ages said as number words of other languages without a word for "years" after them: after "is"/"has"/"turns" in
 * that language or in English (`Ich bin zweiundsiebzig`, `tiene catorce y`, `my mother is ochenta y dos`, `faço
 * trinta em março`, `ma dwanaście`), and the same age said twice in two languages (`Forty-four. In Arabic, arba'a
 * wa arba'in`, `I'm 45, 마흔다섯`, `tis3in, ninety`).
 */
import { ageValue } from './age-value';
import { anyAgeValue, foldWord, koreanWordValue, NUMBER_WORD_STARTS, readNumberWords, type NumberRead } from './age-number-reader';
import type { Candidate } from './detector';
import { textAfter, textBefore } from './pattern-context';
import { WordScanner } from './word-scan';

/**
 * A verb or subject before the number that makes it an age, in the 50 characters before it: "have" of Spanish,
 * Portuguese, French, Italian and Polish; "am"; "turns"; "is" after a person; "at/with" (checked for a life event).
 */
const HAVE_OR_AM =
  "(?:tengo|tiene|tienes|ten[ií]a|tenemos|tienen|tenho|tem|tens|tinha|t[eê]m|j['’]ai|(?:il|elle|on|tu)\\s+a(?:s|vait)?|vous\\s+avez|avait|avais|avaient|aura|aurai|auras|aurait|ho|ha|hai|aveva|avevo|avr[aò]|mam|ma|masz|mia[łl](?:a|em|am)?|maj[aą]|bin|ben|ε[ίι]μαι|ε[ίι]σαι|soy|sou|sono|jestem|(?:I['’]m|I\\s+am|I\\s+was|I['’]ll\\s+be|(?:she|he|they|you|we)(?:['’]s|['’]re|\\s+is|\\s+was|\\s+are|\\s+were|['’]ll\\s+be|\\s+will\\s+be)))";
/** "is"/"was" of English, German, Dutch, French, Spanish, Italian, Greek after a person: a name, kin word or pronoun. */
const PERSON_IS =
  "(?:(?:\\p{Lu}[\\p{Ll}\\p{M}'’-]+|[Mm]other|[Ff]ather|[Mm]om|[Mm]um|[Dd]ad|[Ss]on|[Dd]aughter|[Ss]ister|[Bb]rother|[Gg]randma|[Gg]randpa|[Gg]ran|[Ww]ife|[Hh]usband|er|sie|hij|zij|ze|il|elle|lui|lei|ella|[ée]l|ele|ela|αυτ[όή]ς?|she|he|[Kk]leine|[Oo]ma|[Oo]pa|abuel[ao]|av[óô]|nonn[ao]|mamm?[aá]|pap[aá]|babcia|dziadek|teta|jiddo|lola|lolo)[,]?\\s+(?:ist|war|is|was|est|[ée]tait|es|era|[èe]|ε[ίι]ναι|[ήη]ταν|jest|by[łl]a?))";
const TURNS = "(?:(?:vou|vai|vamos|va|voy|vas|vamos\\s+a)\\s+(?:fazer|cumplir)|fazer|cumplir|compiere|wird|werde|wurde|cumple|cumplo|cumpli[óo]|cumpl[ií]|cumplir[aá]|fa[çc]o|faz|fez|fiz|far[áa]|compie|compio|compir[àa]|sko[nń]czy[łl]?a?|sko[nń]cz[eę]|ko[nń]czy|wordt|werd|f[êe]te|κλε[ίι]νει|[έε]κλεισε|turns|turned|turning|turn|turn[eé]d)(?:\\s+(?:im|am|in|en|em|dans|w|we|op|nel|this|next|el|no|na|le|en el)\\s+\\p{L}+)?";
const ADVERBS = "(?:\\s+(?:erst|schon|jetzt|nur|fast|bald|ya|j[aá]|d[ée]j[aà]|quasi|casi|quase|prawie|ju[zż]|dopiero|presque|only|just|now|nearly|almost|about|around|environ|circa|etwa|ungef[aä]hr|oko[łl]o|già|gi[aà]|solo|s[oó]lo|apenas|already|still|po))*";
/** The age someone feels: `fühlt sich wie vierzig`, `czuję się na sześćdziesiąt`, `me siento de ochenta`. */
const FEELS = "(?:f[üu]hl(?:t|e|st)\\s+(?:sich|mich|dich)\\s+wie|czuj[eęą]\\s+si[eę]\\s+na|me\\s+siento\\s+(?:de|como)|me\\s+sens\\s+comme|mi\\s+sento|sinto-me\\s+com|voel\\s+(?:me|mij|ik\\s+me)\\s+als|feels?\\s+like)";
/** Words for "age" or "years" before the number: Indonesian and Malay `umur saya`, `usia`, Swahili `(umri wa) miaka`. */
const AGE_WORD_BEFORE = "(?:umur|usia)(?:\\s+(?:saya|aku|nya|dia|kamu|anak\\s+saya|beliau))?(?:\\s+(?:sudah|baru|sekitar|kira-kira))?|(?:umri\\s+wa\\s+)?miaka";
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${HAVE_OR_AM}|${PERSON_IS}|${TURNS}|${FEELS}|${AGE_WORD_BEFORE})${ADVERBS}\\s+$`, 'iu');
const TURN_BEFORE = new RegExp(`(?<![\\p{L}])${TURNS}${ADVERBS}\\s+$`, 'iu');
/** "Fiz vinte e três mês passado", "cumple nueve mañana": when someone turns the age. */
const TIME_AFTER_TURN = /^\s+(?:m[eê]s|semana|ano|año|a[ñn]o|passad[oa]|pasad[oa]|ontem|ayer|hier|gestern|amanh[ãa]|ma[ñn]ana|demain|morgen|hoje|hoy|aujourd['’]hui|heute|dzisiaj|jutro|wczoraj|em|en|no|na|el|le|im|am|w|we|in|on|this|next|last)(?![\p{L}])/iu;
/** `Tapos si Mikay, otso.`, `Ang akong mama, singkwenta'y siyete.`: a name inside a sentence, or kin, then a comma. */
const NAME_OR_KIN_COMMA = /(?:\p{Ll}[\p{L}'’]*\s+\p{Lu}[\p{Ll}\p{M}'’-]+|\b(?:mama|mame|mamá|mãe|papa|papá|pai|lola|lolo|nanay|tatay|ate|kuya|abuela|abuelo|avó|avô|oma|opa|babcia|dziadek|teta|jiddo|sitti|córka|syn|hija|hijo|filha|filho|tochter|sohn|fille|fils|figlia|figlio))\s*,\s*$/u;
/** English words before a number: with them, a word that is also English (`she's once`, `is six`) is no foreign age. */
const ENGLISH_CUE_BEFORE = /\b(?:I['’]m|am|is|was|are|were|be|['’]s|['’]re|turns?|turned|turning|only|just|now|nearly|almost|about|around|already|still)\s+$/i;
/** "Mit dreiundsechzig bin ich", "a los catorce", "aos quinze": an age as the time of an event. */
const AT_AGE_BEFORE = /(?<![\p{L}])(?:mit|a\s+los|a\s+las|aos|às|op|w\s+wieku|met|with|at|à|a)\s+$/iu;
/** What may follow an age: the end of the clause, a conjunction, "already", or a verb of German word order. */
const AFTER_AGE =
  /^(?:[ \t]*(?:[.,;:!?)…"”»\]|—–(]|$|\r?\n)|\s+(?:y|e|et|und|en|i|and|but|pero|mas|mais|ma|ale|aber|maar|ya|j[aá]|d[ée]j[aà]|schon|already|now|ahora|agora|maintenant|adesso|ora|teraz|jetzt|nu|still|todav[ií]a|ainda|encore|ancora|jeszcze|noch|po|na|lang|when|cuando|quando|quand|als|kiedy|toen|cuando|haha|lol|jaja|kkk|this|next|in|im|em|en|el|w|we|op|nel|au|dans|on|am|um|sa|ngayon)(?![\p{L}]))/iu;
/** German verbs that follow a fronted "Mit 63" (`Mit dreiundsechzig bin ich in Rente`), and "aus"/"nach" (`kam mit neunzehn aus`). */
const AFTER_AT_AGE = /^\s+(?:bin|ist|war|habe|hab|hat|hatte|wurde|ging|kam|zog|fing|musste|heiratete|begann|aus|nach|from|to|i|je|j['’]|il|elle|me|nos|se|yo|eu|ik|ben|heb|ging|kwam|ja|przyjecha[łl]a?m?|wyjecha[łl]a?m?)(?![\p{L}])/iu;
/** A death or another event of a life just before "à"/"at" (`elle est partie à soixante-dix-huit`). */
const LIFE_EVENT_BEFORE = /(?:mort|morte|d[ée]c[ée]d[ée]e?|partie?|mari[ée]e?|arriv[ée]e?|commenc[ée]|quitt[ée]|n[ée]e?|muri[óo]|morreu|faleceu|se\s+cas[óo]|casou|starb|gestorben|heiratete|zmar[łl]a?|died|passed|left|married|started)\b[^.!?\n]{0,20}$/iu;

/** The number words' starts of three printable ASCII characters, as numbers: most words are decided without a string. */
const ASCII_NUMBER_WORD_STARTS = new Set([...NUMBER_WORD_STARTS].map((head) => asciiHeadKey(head, 0)).filter((key) => key >= 0));

/** The three characters at `start`, lower-cased, as one number; -1 unless all three are printable ASCII. */
function asciiHeadKey(text: string, start: number): number {
  if (start + 3 > text.length) return -1;
  let key = 0;
  for (let i = start; i < start + 3; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return -1;
    key = (key << 8) | (code >= 0x41 && code <= 0x5a ? code | 0x20 : code);
  }
  return key;
}

/** A word that starts here and may start a number in another language. */
function mayStartNumber(text: string, start: number): boolean {
  const key = asciiHeadKey(text, start);
  if (key >= 0) return ASCII_NUMBER_WORD_STARTS.has(key);
  const head = text.slice(start, start + 3).toLowerCase();
  return NUMBER_WORD_STARTS.has(head) || (/[^ -~]/.test(head) && NUMBER_WORD_STARTS.has(foldWord(text.slice(start, start + 4)).slice(0, 3)));
}

/** "cinco cinco tres": number words in a row are a phone number or code said aloud, not an age. */
function followedByAnotherNumber(text: string, read: NumberRead): boolean {
  const next = /^[ \t-]*(?=[\p{L}\d])/u.exec(text.slice(read.end, read.end + 4));
  if (!next) return false;
  const at = read.end + next[0].length;
  return /\d/.test(text[at]) || readNumberWords(text, at) !== undefined;
}

/** "tiene tres, cuatro gatos": a range of counts of something, the next number followed by what is counted. */
function isRangeOfCounts(text: string, read: NumberRead): boolean {
  const comma = /^\s*(?:,|(?:o|ou|or|oder|of|albo|lub)(?![\p{L}]))\s*/u.exec(textAfter(text, read.end, 8));
  if (!comma) return false;
  const next = readNumberWords(text, read.end + comma[0].length);
  return next !== undefined && !AFTER_AGE.test(textAfter(text, next.end, 30));
}

/** Every word, consumed whole (cheaper than testing each position for a word start): `[\p{L}\d][\p{L}\p{M}\d'’]*`. */
const WORDS = new WordScanner(/[\p{L}\d]/gu, /[\p{L}\p{M}\d'’]*/uy);

/** Ages in number words of other languages after a verb or person that says so. */
export function foreignWordAges(text: string): Candidate[] {
  const found: Candidate[] = [];
  let from = 0;
  while (WORDS.next(text, from)) {
    const start = WORDS.start;
    from = WORDS.end;
    if (!mayStartNumber(text, start)) continue;
    const read = readNumberWords(text, start);
    if (!read) continue;
    from = read.end;
    if (followedByAnotherNumber(text, read) || isRangeOfCounts(text, read)) continue;
    const before = textBefore(text, start, 50);
    if (read.ambiguous && ENGLISH_CUE_BEFORE.test(before)) continue;
    const after = textAfter(text, read.end, 30);
    let confidence: number | undefined;
    if (CUE_BEFORE.test(before) && AFTER_AGE.test(after)) confidence = 0.6;
    else if (TURN_BEFORE.test(before) && TIME_AFTER_TURN.test(after)) confidence = 0.6;
    else if (!read.ambiguous && read.value >= 2 && NAME_OR_KIN_COMMA.test(before) && /^[ \t]*(?:[.;!?)]|$|\r?\n|,\s)/.test(after)) confidence = 0.5;
    else if (!read.ambiguous && read.value >= 13 && NAME_OPENS_TURN.test(before) && /^[ \t]*(?:[.;!?]|,\s*\p{Lu})/u.test(after)) confidence = 0.5;
    else if (AT_AGE_BEFORE.test(before) && read.value >= 13 && (AFTER_AT_AGE.test(after) || (AFTER_AGE.test(after) && LIFE_EVENT_BEFORE.test(before.replace(AT_AGE_BEFORE, ''))))) confidence = 0.55;
    if (confidence !== undefined) found.push({ start, end: read.end, type: 'AGE', confidence, reason: 'age: a number in words of another language after "is", "has" or "turns"' });
  }
  return found;
}

/** "Eu tenho 29, sou yonsei", "Ich bin 17, werde": figures after the "have"/"am" of another language. */
const HAVE_BEFORE_FIGURES = /(?<![\p{L}'’])(?:umur(?:\s+(?:saya|aku|nya|dia))?|usia(?:\s+(?:saya|nya|dia))?|miaka|tengo|tiene|tienes|ten[ií]a|tenho|tem|tinha|j['’]ai|(?:il|elle)\s+a|avait|ho|ha|hai|aveva|mam|ma|masz|mia[łl]a?|bin|ben|ε[ίι]μαι|ε[ίι]ναι|soy|sou|sono|jestem)\s+(?:(?:erst|schon|jetzt|nur|fast|ya|j[aá]|d[ée]j[aà]|quasi|casi|quase|prawie|ju[zż]|already|only|just|po)\s+)?$/iu;
/** Figures standing alone, looked at before any cue is (figures are far fewer than positions in a chunk). */
const FIGURES = /(?<![\p{L}\p{N}])\d{1,3}(?![\p{L}\p{N}])/gu;

export function foreignVerbFigures(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/\d/.test(text)) return found;
  FIGURES.lastIndex = 0;
  for (let match = FIGURES.exec(text); match; match = FIGURES.exec(text)) {
    const value = Number(match[0]);
    const start = match.index;
    const end = start + match[0].length;
    if (!HAVE_BEFORE_FIGURES.test(textBefore(text, start, 24))) continue;
    // "ha 3 figli", "tem 2 filhos": a count of something; "ist 5 Uhr": a clock.
    if (value < 1 || value > 110 || !AFTER_AGE.test(textAfter(text, end, 30)) || /^[.,:]\d/.test(textAfter(text, end, 2))) continue;
    found.push({ start, end, type: 'AGE', confidence: 0.6, reason: 'age: figures after "tengo", "ich bin", "mam" (an age in another language)' });
  }
  return found;
}

/** How far from an age its translation is looked for. */
const GLOSS_REACH = 50;

/**
 * The same age said again in another language near an age already found: `ochenta y dos, eighty two`, `Forty-four.
 * In Arabic, arba'a wa arba'in`, `I'm 45, 마흔다섯`. Only the same value counts.
 */
export function glossedAges(text: string, ages: readonly { start: number; end: number }[]): Candidate[] {
  const found: Candidate[] = [];
  for (const age of ages) {
    const value = anyAgeValue(text.slice(age.start, age.end), ageValue);
    if (value === undefined || value < 1) continue;
    const from = Math.max(0, age.start - GLOSS_REACH);
    const window = text.slice(from, Math.min(text.length, age.end + GLOSS_REACH));
    for (const word of window.matchAll(/(?<![\p{L}\p{M}\d'’])[\p{L}\d][\p{L}\p{M}\d'’]*/gu)) {
      const start = from + (word.index ?? 0);
      if (start < age.end && start + word[0].length > age.start) continue;
      const korean = /^[\uac00-\ud7af]+$/u.test(word[0]) ? koreanWordValue(word[0].replace(/(?:살|세)$/u, '')) : undefined;
      const read: NumberRead | undefined = korean !== undefined
        ? { start, end: start + word[0].length, value: korean, words: 1, ambiguous: false }
        : mayStartNumber(text, start) ? readNumberWords(text, start) : undefined;
      if (!read || read.ambiguous || read.value !== value || followedByAnotherNumber(text, read)) continue;
      if ([...ages, ...found].some((other) => other.start < read.end && read.start < other.end)) continue;
      found.push({ start, end: read.end, type: 'AGE', confidence: 0.55, reason: 'age: the same age said again in another language' });
    }
  }
  return found;
}

/** "RENATO: Renato, trinta e oito, Grajaú.": a speaker giving name, age and place at the start of a turn. */
const NAME_OPENS_TURN = /(?:^|\n|:[ \t]*)\p{Lu}[\p{Ll}\p{M}'’-]+,[ \t]*$/u;

/** After an age: a comma, maybe "and" and a word or two (kin, "the youngest"), then the next age (`córka dziewięć`). */
const NEXT_IN_LIST = /^(?:\s+(?:years?|anos|años|lat|Jahre|jaar|ans|anni))?\s*[,;]\s*(?:(?:and|y|e|et|und|i|en|a)\s+)?(?:[\p{L}'’-]{1,12}\s+){0,2}/u;

/** "Mój syn ma dwanaście, córka dziewięć", "Der älteste ist dreißig, der jüngste zwei": ages listed in words of another language. */
export function listedForeignAges(text: string, ages: readonly { start: number; end: number }[]): Candidate[] {
  const found: Candidate[] = [];
  const queue = [...ages];
  for (let age = queue.shift(); age; age = queue.shift()) {
    const list = NEXT_IN_LIST.exec(textAfter(text, age.end, 40));
    if (!list) continue;
    // Try the word right after the comma first, then the words after one or two more (`córka dziewięć`).
    const comma = list[0].indexOf(',') >= 0 ? list[0].indexOf(',') : list[0].indexOf(';');
    const gaps = [...list[0].slice(comma + 1).matchAll(/(?<=\s)(?=\p{L})/gu)].map((word) => comma + 1 + word.index);
    for (const gap of [...gaps, list[0].length]) {
      const start = age.end + gap;
      if (!mayStartNumber(text, start)) continue;
      const read = readNumberWords(text, start);
      if (!read || read.ambiguous || followedByAnotherNumber(text, read) || !/^[ \t]*(?:[.,;!?)]|$|\r?\n)/.test(textAfter(text, read.end, 3))) continue;
      if ([...ages, ...found].some((other) => other.start < read.end && read.start < other.end)) break;
      const next: Candidate = { start, end: read.end, type: 'AGE', confidence: 0.5, reason: 'age: listed after another age, in words of another language' };
      found.push(next);
      queue.push(next);
      break;
    }
  }
  return found;
}
