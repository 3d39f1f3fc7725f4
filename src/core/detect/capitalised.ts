import { type TranscriptStructure } from '../transcript';
import { overlapsAny } from '../spans';
import { CONNECTORS, isTitleWord } from './lexicon/cues';
import { WordScanner } from './word-scan';

/** One word of a chunk, with what the entity rules need to know about it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  capitalised: boolean;
  allCaps: boolean;
}

/** A run of capitalised words (with lower-case connectors inside), e.g. `Paws for Valor Texas`, `Dr. Okonjo`. */
export interface Run {
  tokens: Token[];
  start: number;
  end: number;
  /** True when the first word starts a sentence, a turn or a line after a label, so capitals prove little. */
  sentenceStart: boolean;
}

/** Titles written abbreviated with a full stop; a full word before a full stop (`the Doctor. He`) ends a sentence. */
const ABBREVIATED_TITLES = new Set('dr mr mrs ms mx prof rev revd fr sr br st mt sgt capt lt maj cpl pvt col gen hon cllr insp supt det'.split(' '));

/** Words: letters, marks and digits, joined by apostrophes and hyphens (`O'Hara`, `Ngāti-Porou`, `P12`). */
const WORDS = new WordScanner(/[\p{L}\p{M}\p{N}]/gu, /[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/uy);
// Tested on every word that does not start with a-z: written once here, not as literals that make a RegExp per call.
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const CAPITAL_FIRST = /^[\p{Lu}\p{Lt}]/u;
/** `ʻAna`, `ʻOfa`, `ʻIsileli`: Tongan, Hawaiian and Samoan names open with the glottal stop (ʻokina) before the capital. */
const OKINA_THEN_CAPITAL = /^[\u02bb\u02bc][\p{Lu}\p{Lt}]/u;
const ANY_DIGIT = /\p{N}/u;
const CAPITALS_AND_DIGITS = /^[\p{Lu}\p{N}'’-]+$/u;
const POSSESSIVE_S = /['’]s$/;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** The words of a chunk, once per chunk for all the rules that read them (the memo lives as long as the chunk's context). */
const tokensOfChunk = new WeakMap<{ text: string; structure: TranscriptStructure }, Token[]>();
export function chunkTokens(context: { text: string; structure: TranscriptStructure }): Token[] {
  let tokens = tokensOfChunk.get(context);
  if (!tokens) {
    tokens = tokenize(context.text, context.structure);
    tokensOfChunk.set(context, tokens);
  }
  return tokens;
}

export function tokenize(text: string, structure: TranscriptStructure): Token[] {
  const tokens: Token[] = [];
  for (let from = 0; WORDS.next(text, from); from = WORDS.end) {
    const start = WORDS.start;
    const wordEnd = WORDS.end;
    if (overlapsAny(structure.protectedSpans, start, wordEnd)) continue;
    const word = text.slice(start, wordEnd);
    // Abbreviated titles and initials keep their full stop: `Dr.`, `St.`, `D.`
    const end = text[wordEnd] === '.' && (ABBREVIATED_TITLES.has(word.toLowerCase()) || SINGLE_CAPITAL.test(word)) ? wordEnd + 1 : wordEnd;
    // Most words start with a-z: neither capitalised nor in capitals, known without the Unicode regexes below.
    const first = word.charCodeAt(0);
    const lowerAscii = first >= 0x61 && first <= 0x7a;
    tokens.push({
      start,
      end,
      text: end === wordEnd ? word : text.slice(start, end),
      lower: lowerCase(word),
      capitalised: !lowerAscii && (CAPITAL_FIRST.test(word) || OKINA_THEN_CAPITAL.test(word)) && !ANY_DIGIT.test(word), // `P12`, `RRN-07` are codes
      allCaps: !lowerAscii && CAPITALS_AND_DIGITS.test(word.replace(POSSESSIVE_S, '')) && TWO_CAPITALS.test(word),
    });
  }
  return tokens;
}

/** Words that open a sentence and never continue a name after an initial (`B. I`, `T. We`). */
const SENTENCE_OPENERS = new Set('I We He She They It The And But So Then This That There My Our His Her Their'.split(' '));

// Tested for every word: written once, not as literals that make a new RegExp on every call.
const ONE_SPACE = /^[ \u00a0]$/;
const APOSTROPHE_SPACE = /^['’] $/;
const ENDS_IN_S = /s$/;
const BEFORE_A_SENTENCE = /[\s"“‘'*_>([¿¡-]/;
const ENDS_A_LINE_OR_CLAUSE = /[\n.!?:]/;
const ENDS_A_SENTENCE = /[.!?:;…\])]/;

/** The word in lower case; most words already are, and are kept as they are instead of copied. */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // An ASCII capital, or any other script (whose lower case the locale decides): lower-case it properly.
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return word.toLocaleLowerCase();
  }
  return word;
}

/** Titles that are also adjectives of a name's first word (`General Hospital of`, `Private School of`). */
const ADJECTIVE_TITLES = new Set(['general', 'private', 'major', 'chief', 'principal', 'dean', 'elder', 'lady', 'lord']);

/** `Dr Amadi`, `Pastor Kofi Mensah`: a title and a name, which `of` after it leaves (`Dr Amadi of St Brendan's`). */
function isTitledName(run: readonly Token[]): boolean {
  if (run.length < 2 || run.length > 4 || !run.every((token) => token.capitalised)) return false;
  return isTitleWord(run[0].lower) && !ADJECTIVE_TITLES.has(run[0].lower);
}

/** Groups capitalised tokens separated by single spaces (or a lower-case connector) into runs. */
export function capitalisedRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    while (current.length > 0 && !current[current.length - 1].capitalised) current.pop();
    if (current.length > 0) {
      runs.push({
        tokens: current,
        start: current[0].start,
        end: current[current.length - 1].end,
        sentenceStart: isSentenceStart(text, current[0].start),
      });
      current = [];
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = current[current.length - 1];
    // A plural possessive stays inside a name: `Teachers' Circle`, `Miners' Welfare`.
    const gap = previous === undefined ? '' : text.slice(previous.end, token.start);
    // `Lotus Nails & Spa`, `Kaur & Daughters`: an ampersand between capitalised words joins one name.
    // `call me Sister B. I am forty-four`: an initial's full stop ends the sentence when a pronoun or article opens the next.
    const joined = previous !== undefined && !(previous.text.endsWith('.') && SENTENCE_OPENERS.has(token.text)) &&
      (ONE_SPACE.test(gap) || (APOSTROPHE_SPACE.test(gap) && ENDS_IN_S.test(previous.text) && previous.capitalised) || (gap === ' & ' && previous.capitalised && token.capitalised));
    if (token.capitalised) {
      if (!joined) flush();
      current.push(token);
    } else if (joined && CONNECTORS.has(token.lower) && tokens[i + 1]?.capitalised && text.slice(token.end, tokens[i + 1].start) === ' ' && !(token.lower === 'of' && isTitledName(current))) {
      current.push(token);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

const CAPTION_TAGS_OPEN_LINE = /^[ \t]*(?:<[^<>\n]*>[ \t]*)+$/;
const LINE_ENDS_IN_TIME = /\d:\d\d[\])]?[ \t]*\r?$/;

/** True when nothing but sentence punctuation, quotes, markup or a label's colon comes before `offset` on its clause. */
export function isSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && BEFORE_A_SENTENCE.test(text[i])) {
    if (text[i] === '\n' && i > 0 && ENDS_A_LINE_OR_CLAUSE.test(text[i - 1])) return true;
    // The line before is a label line ending in a time (`Anjali Mehta  0:04`): this line starts the turn.
    if (text[i] === '\n' && LINE_ENDS_IN_TIME.test(text.slice(Math.max(0, i - 16), i))) return true;
    // The line before is a caption's timing (`00:00:05.000 --> 00:00:06.000 align:start`): this line opens the caption.
    if (text[i] === '\n' && text.slice(text.lastIndexOf('\n', i - 1) + 1, i).includes('-->')) return true;
    // `<v Cash Whitaker>Pay RAs more`: only a caption's voice or style tags open the line before this word.
    if (text[i] === '>' && CAPTION_TAGS_OPEN_LINE.test(text.slice(text.lastIndexOf('\n', i) + 1, i + 1))) return true;
    i--;
  }
  if (i < 0) return true;
  // `| Sí. En 2019`: a table cell starts afresh; `10,00:02:25,Putri,"Kasihan.`: so does a quoted CSV field.
  if (text[i] === '|' || (text[i] === ',' && text[i + 1] === '"')) return true;
  return ENDS_A_SENTENCE.test(text[i]);
}
