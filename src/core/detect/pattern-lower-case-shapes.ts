/**
 * Organisations and streets in automatic captions, where everything is lower case and capitals prove nothing:
 * `maple ridge public school`, `st peter high school`, `wellington central station`, `seaview wool store`,
 * `café cerrado`, `escola secundária de camões`, `tenth line`. Only for chunks that are lower case throughout.
 */
import { type TranscriptStructure } from '../transcript';
import { overlapsAny } from '../spans';
import { tokenize, type Token } from './capitalised';
import type { Candidate, DetectionContext } from './detector';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { OPENERS, ORG_SUFFIXES } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { isLowerCaseText } from './lower-case-entities';

/** Words between a name and an institution word that say what kind it is: `public school`, `central station`. */
const KIND_WORDS = new Set('public high primary secondary elementary middle grammar catholic community central memorial regional general state junior senior infant infants national'.split(' '));
/** Institution words those kinds come before. */
const INSTITUTIONS = new Set('school college station hospital library church academy clinic centre center'.split(' '));
/** Words that cannot be part of a name before them: determiners, possessives, common adjectives of place. */
const NOT_NAME_WORDS = new Set(`
  the a an this that these those my our your his her their its some any no every each which what whose one other another same
  local old new big small little nearest nearby closest main whole first last next only own kids kid children son daughter
  city town county state district village area is was are were be been has have had do does did
  girls boys and or but so to at in on of for from with by near into round around up down out over back just like um uh
`.trim().split(/\s+/));
/** Words before a saint's name alone that make it a place someone is at, in or from. */
const SAINT_PLACE_BEFORE = new Set('in at to from into near'.split(' '));
const CHURCH_WORDS = new Set('church chapel cathedral parish basilica'.split(' '));
/** Last words of pub and hotel names (`the oyster tavern`, `the kings arms`). */
const PUB_WORDS = new Set('tavern inn arms hotel'.split(' '));
/** Organisation words in other languages that open a name: `café cerrado`, `escola secundária de camões`, `autobus lacroix`. */
const FOREIGN_ORG_OPENERS = new Set(`
  café cafe escola escuela colegio école ecole lycée lycee collège liceo scuola autobus autobuses restaurante ristorante
  padaria pastelaria panadería panaderia taberna tasca trattoria farmacia farmácia supermercado mercado tienda igreja iglesia
  église eglise clínica clinica hospital instituto universidade universidad faculdade associação asociación cooperativa
  scoil ysgol kura
`.trim().split(/\s+/));
/** Connectors inside names in those languages. */
const FOREIGN_CONNECTORS = new Set('de da do das dos del la le les des du di della van von der den y e'.split(' '));
/** Ordinal words that name concession roads and numbered streets (`tenth line`, `fifth avenue`). */
const ORDINALS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(' '));
const NUMBERED_ROADS = new Set(['line', 'concession', 'sideroad', 'street', 'avenue']);
const DETERMINERS = new Set('the a an this that these those my our your his her their its every each which what one same other another next last'.split(' '));

const nameWord = (token: Token): boolean =>
  token.lower.length > 1 && !/\p{N}/u.test(token.lower) && !NOT_NAME_WORDS.has(token.lower) && !OPENERS.has(token.lower);
const foreign = (token: Token): boolean => !isCommonWord(token.lower.replace(/['’]s$/, '')) || /[^\p{ASCII}]/u.test(token.lower);

/** The shapes of one chunk, computed once for the place and organisation detectors. */
export function lowerCaseShapesOf(context: DetectionContext): Candidate[] {
  let found = memo.get(context);
  if (!found) {
    found = lowerCaseShapes(context.text, context.structure);
    memo.set(context, found);
  }
  return found;
}

const memo = new WeakMap<DetectionContext, Candidate[]>();

/** Capitalised words, counted cheaply to skip ordinary text before tokenizing it. */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Lu}(?![\p{L}\p{M}'’-]*\p{N})/gu; // `M42` is a code, as tokenize says

/** Word starts, counted only when a chunk has few capitals. */
const WORD_START = /(?<![\p{L}\p{M}\p{N}'’-])\p{L}/gu;

/**
 * True when the chunk has too many capitals outside its speaker labels to be a lower-case caption (2 % of its words or
 * more, as isLowerCaseText counts them): a cheap count that saves tokenizing ordinary text.
 */
function tooManyCapitals(text: string, structure: TranscriptStructure): boolean {
  let capitals = 0;
  CAPITALISED_WORD.lastIndex = 0;
  for (let match = CAPITALISED_WORD.exec(text); match; match = CAPITALISED_WORD.exec(text)) {
    if (!overlapsAny(structure.speakers, match.index, match.index + 1) && ++capitals * 100 >= text.length) return true;
  }
  if (capitals === 0) return false;
  const words = text.match(WORD_START)?.length ?? 0;
  return capitals * 50 >= words;
}

function lowerCaseShapes(text: string, structure: TranscriptStructure): Candidate[] {
  if (tooManyCapitals(text, structure)) return [];
  const tokens = tokenize(text, structure).filter((token) => !overlapsAny(structure.speakers, token.start, token.end));
  if (!isLowerCaseText(tokens)) return [];
  const found: Candidate[] = [];
  const joined = (i: number): boolean => i + 1 < tokens.length && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start));
  const push = (from: number, to: number, type: Candidate['type'], confidence: number, reason: string): void => {
    found.push({ start: tokens[from].start, end: tokens[to].end, type, confidence, reason });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // `st peter high school`, `st anne's church`: a saint's name before an institution.
    if ((token.lower === 'st' || token.lower === 'saint') && joined(i) && nameWord(tokens[i + 1])) {
      let end = i + 2;
      while (end < tokens.length && end < i + 4 && joined(end - 1) && KIND_WORDS.has(tokens[end].lower)) end++;
      if (end < tokens.length && joined(end - 1) && (INSTITUTIONS.has(tokens[end].lower) || tokens[end].lower === 'parish')) {
        push(i, end, 'ORGANIZATION', 0.65, 'a saint\'s name before a school or church, in lower-case text');
        i = end;
        continue;
      }
    }
    // `the nuns in st aloysius`: a saint's name alone after a place preposition is the church or school named for them.
    if ((token.lower === 'st' || token.lower === 'saint') && joined(i) && nameWord(tokens[i + 1]) && foreign(tokens[i + 1]) && i > 0 && SAINT_PLACE_BEFORE.has(tokens[i - 1].lower)) {
      push(i, i + 1, 'ORGANIZATION', 0.55, 'a saint\'s name after a place preposition, in lower-case text');
      i++;
      continue;
    }
    // `church of the assumption`, `church of st columba`: a church named for a feast or a saint.
    if (CHURCH_WORDS.has(token.lower) && i + 3 < tokens.length && joined(i) && joined(i + 1) && joined(i + 2) && tokens[i + 1].lower === 'of' &&
      (tokens[i + 2].lower === 'the' || tokens[i + 2].lower === 'st' || tokens[i + 2].lower === 'our') && nameWord(tokens[i + 3])) {
      const end = tokens[i + 2].lower === 'our' && i + 4 < tokens.length && joined(i + 3) ? i + 4 : i + 3;
      push(i, end, 'ORGANIZATION', 0.6, 'a church named for a feast or saint, in lower-case text');
      i = end;
      continue;
    }
    // `the oyster tavern`, `the kings arms`: a pub named by ordinary words after "the".
    if (i > 0 && tokens[i - 1].lower === 'the' && joined(i) && nameWord(token) && !KIND_WORDS.has(token.lower) && PUB_WORDS.has(tokens[i + 1].lower)) {
      push(i - 1, i + 1, 'ORGANIZATION', 0.55, 'a pub named by ordinary words, in lower-case text');
      i++;
      continue;
    }
    // `maple ridge public school`, `wellington central station`: one or two name words, a kind, an institution.
    if (KIND_WORDS.has(token.lower) && i > 0 && joined(i - 1) && joined(i) && INSTITUTIONS.has(tokens[i + 1].lower)) {
      let from = i;
      while (from > 0 && from > i - 2 && joined(from - 1) && nameWord(tokens[from - 1]) && !KIND_WORDS.has(tokens[from - 1].lower)) from--;
      if (from < i && !found.some((other) => other.end > tokens[from].start)) {
        push(from, i + 1, 'ORGANIZATION', 0.6, 'a name before a kind of institution, in lower-case text');
        i++;
        continue;
      }
    }
    // `seaview wool store`: a word that is no English word, a trade word, an organisation word.
    if (joined(i) && i + 2 < tokens.length && joined(i + 1) && nameWord(token) && foreign(token) && !FIRST_NAMES.has(token.lower) &&
      isCommonWord(tokens[i + 1].lower) && nameWord(tokens[i + 1]) && ORG_SUFFIXES.has(tokens[i + 2].lower) && !ORG_SUFFIXES.has(tokens[i + 1].lower)) {
      push(i, i + 2, 'ORGANIZATION', 0.6, 'a name and a trade before an organisation word, in lower-case text');
      i += 2;
      continue;
    }
    // `café cerrado`, `escola secundária de camões`: an organisation word of another language opening a name.
    if (FOREIGN_ORG_OPENERS.has(token.lower) && joined(i)) {
      let end = i;
      while (end + 1 < tokens.length && end < i + 5 && joined(end) && (foreign(tokens[end + 1]) || FOREIGN_CONNECTORS.has(tokens[end + 1].lower)) && nameWord(tokens[end + 1])) end++;
      while (end > i && FOREIGN_CONNECTORS.has(tokens[end].lower)) end--;
      if (end > i) {
        push(i, end, 'ORGANIZATION', 0.6, `"${token.text}" and a name, in lower-case text`);
        i = end;
        continue;
      }
    }
    // `innes and tenth line`: a concession road or numbered street, not `the first line of the form`.
    if (ORDINALS.has(token.lower) && joined(i) && NUMBERED_ROADS.has(tokens[i + 1].lower) && !(i > 0 && DETERMINERS.has(tokens[i - 1].lower))) {
      push(i, i + 1, 'LOCATION', 0.6, 'a numbered road, in lower-case text');
      i++;
    }
  }
  return found;
}
