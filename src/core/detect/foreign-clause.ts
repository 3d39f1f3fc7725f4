import { isCommonWord } from './lexicon/english-words';
import { isEverydayForeignWord } from './lexicon/foreign-words';
import { AMBIGUOUS_WORDS, ENGLISH_FUNCTION_WORDS, FOREIGN_FUNCTION_WORDS, languagesOfWord } from './lexicon/function-words';

/**
 * Which language the sentence around a capitalised word is in, told by its words: English, or another language
 * (with the one whose listed words it has most). In a sentence of another language a capital at its start is
 * grammar and "not an English word" says nothing about a name (`Cheguei em casa`, `Hoje ela tem doze anos`).
 * Asked only for the few words no rule has decided, so it may read the sentence each time.
 */
export interface ClauseLanguage {
  english: boolean;
  /** How many lower-case words the sentence itself has: none in a one-word answer (`Catorce.`, `Petrona.`). */
  sentenceWords: number;
  /** The language with most listed words in the sentence (`pt`, `sw`...), when there is one. */
  language?: string;
  /** How many of the sentence's words are listed words of that language. */
  languageHits: number;
}

/** How far a sentence is read either side: a long line without full stops must not cost a scan per word. */
const REACH = 240;
/** Ends of a sentence or clause, a line, a table cell, a bracketed note or a CSV field's quote. */
const SENTENCE_END = /[.!?:;()\n|"“”]/;
const LINE_END = /[\n|]/;
const LOWER_WORD = /(?<![\p{L}\p{M}'’])\p{Ll}[\p{L}\p{M}]*(?:['’]\p{L}+)?/gu;

export function clauseLanguage(text: string, start: number, end: number): ClauseLanguage {
  const own = text.slice(start, end).toLocaleLowerCase();
  const counts = countWords(text, boundedSpan(text, start, end, SENTENCE_END), own);
  const sentenceWords = counts.lower - (own.includes(' ') ? 0 : 1);
  const sentence = verdict(counts, sentenceWords);
  // A short sentence (`Cheguei em 2017.`, `Nací en 1961.`, `Maltyox.`) says little on its own, whether about its
  // language or which one: read its whole line or table cell.
  if ((sentence.english || (sentence.languageHits < 2 && !FOREIGN_FUNCTION_WORDS.has(own))) && counts.lower < 4) {
    return verdict(countWords(text, boundedSpan(text, start, end, LINE_END), own), sentenceWords);
  }
  return sentence;
}

function verdict(counts: WordCounts, sentenceWords: number): ClauseLanguage {
  const language = topLanguage(counts.byLanguage);
  const languageHits = language === undefined ? 0 : counts.byLanguage.get(language)!;
  if (counts.foreign >= 2 && counts.foreign >= 2 * counts.english) return { english: false, language, languageHits, sentenceWords };
  // `Bahari inatoa, bahari inachukua`: hardly a listed word, but not one English word either.
  if (counts.english === 0 && counts.lower >= 2 && counts.notEnglish >= 0.75 * counts.lower && (counts.foreign > 0 || counts.notEnglish === counts.lower)) {
    return { english: false, language, languageHits, sentenceWords };
  }
  return { english: true, languageHits: 0, sentenceWords };
}

function boundedSpan(text: string, start: number, end: number, boundary: RegExp): [number, number] {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor && !boundary.test(text[from - 1])) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + REACH);
  while (to < ceiling && !boundary.test(text[to])) to++;
  return [from, to];
}

interface WordCounts {
  lower: number;
  english: number;
  foreign: number;
  notEnglish: number;
  byLanguage: Map<string, number>;
}

/** Counts the lower-case words of [from, to), and the capitalised word asked about as if it were one of them. */
function countWords(text: string, [from, to]: [number, number], own: string): WordCounts {
  const counts: WordCounts = { lower: 0, english: 0, foreign: 0, notEnglish: 0, byLanguage: new Map() };
  const count = (word: string): void => {
    // `a`, `do`, `no`, `me` are as much Portuguese or Spanish as English: they count for neither.
    if (ENGLISH_FUNCTION_WORDS.has(word) && AMBIGUOUS_WORDS.has(word)) return;
    counts.lower++;
    if (ENGLISH_FUNCTION_WORDS.has(word)) {
      counts.english++;
      return;
    }
    const english = isCommonWord(word);
    if (!english) counts.notEnglish++;
    if (FOREIGN_FUNCTION_WORDS.has(word) || (!english && isEverydayForeignWord(word))) counts.foreign++;
    for (const language of languagesOfWord(word) ?? []) counts.byLanguage.set(language, (counts.byLanguage.get(language) ?? 0) + 1);
  };
  for (const [word] of text.slice(from, to).matchAll(LOWER_WORD)) count(word);
  if (!own.includes(' ')) count(own);
  return counts;
}

function topLanguage(byLanguage: ReadonlyMap<string, number>): string | undefined {
  let top: string | undefined;
  let most = 0;
  for (const [language, hits] of byLanguage) {
    if (hits > most) [top, most] = [language, hits];
  }
  return top;
}

/**
 * Shapes of inflected words in the languages told apart above: verb endings and derivational suffixes (Portuguese
 * `Cheguei`, `Trabalho`; Spanish `Llegué`; Swahili subject and tense prefixes `Aliniambia`, `Tutarudi`; Tagalog
 * `nag-`/`mag-` verbs; Turkish tense suffixes; German nouns). A given name rarely has them, and names in the name
 * lexicons are decided before this is asked.
 */
const WORD_SHAPES: Record<string, RegExp> = {
  es: /(?:é|ó|ió|aba|aban|ábamos|ía|ían|amos|emos|imos|aron|ieron|ado|ados|adas|ido|idos|ando|iendo|ción|ciones|dad|mente|ísimo|ísima)$/u,
  pt: /(?:ei|ou|amos|aram|eram|iram|ava|avam|iam|ado|ados|adas|ido|idos|ando|endo|indo|ção|ções|dade|mente|nho|nha|lho|lha|ões)$/u,
  fr: /(?:ait|aient|ais|ons|ez|ée|ées|eur|euse|ment|tion|sion|ique|isme|ité|eux)$/u,
  it: /(?:ato|ati|ate|uto|uti|ando|endo|zione|zioni|mente|issimo|iamo|evo|eva|avo|ava)$/u,
  de: /(?:ung|ungen|heit|keit|schaft|chen|lein|nis|tät|ismus)$/u,
  tl: /^(?:nag|mag|nang|mang|pinag|ipinag|naka|maka|pina|ipa|pag|kina)\p{L}{3,}$|^\p{L}um\p{L}{3,}$/u,
  sw: /^(?:ni|u|a|tu|m|wa|ki|vi|i|zi|li|ya|ku|hu)(?:na|li|ta|me|ka|nge)(?:ni|ku|m|mw|wa|ki|vi|i|zi|li|ya)?\p{L}{3,}$/u,
  id: /^(?:me|mem|men|meng|meny|ber|di|ter|pe|pem|pen|peng|per)\p{L}{2,}(?:kan|an|nya|lah|kah)$/u,
  tr: /(?:yor|iyor|ıyor|uyor|üyor|yorum|dum|dım|dim|düm|tum|tım|tim|tüm|mış|miş|muş|müş|acak|ecek|lar|ler)$/u,
};

/** True for a word that is a listed word of another language, or is shaped like one of `language`'s words. */
export function isForeignWordShape(lowerWord: string, language: string | undefined): boolean {
  if (FOREIGN_FUNCTION_WORDS.has(lowerWord) || isEverydayForeignWord(lowerWord)) return true;
  const shape = language === undefined ? undefined : WORD_SHAPES[language];
  return shape !== undefined && shape.test(lowerWord);
}

/**
 * True when the word at [start, end) appears again in the text capitalised inside a sentence: a name the writer
 * capitalised where grammar did not ask for it (`Xiloj vino. ... con Xiloj`), not a sentence's first word.
 */
export function capitalisedElsewhere(text: string, start: number, end: number, isSentenceStart: (offset: number) => boolean): boolean {
  const word = text.slice(start, end);
  let seen = 0;
  for (let at = text.indexOf(word); at !== -1 && seen < 50; at = text.indexOf(word, at + word.length), seen++) {
    if (at === start) continue;
    if (/[\p{L}\p{M}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{M}]/u.test(text[at + word.length] ?? '')) continue;
    if (!isSentenceStart(at)) return true;
  }
  return false;
}

/**
 * What a person does next, in the languages above: says, wants, is called, too (`Ousmane dit que`, `Xóchitl también
 * quiere`, `Maricel ang pangalan niya`, `Juma alisema`), or a question put to them (`Petrona, ¿cuántos años?`).
 * After an unknown word at a sentence start it is a name.
 */
export const FOREIGN_PERSON_AFTER =
  // `Guerline, c'est la marraine de ma fille`, `Lupe, es mi prima`, `Dona Cida, é a minha vizinha`: who someone is.
  /^\s*,\s*(?:c['’]est|c['’]était)\s+(?:ma|mon|notre|sa|son|la|le)\s|^\s*,\s*(?:es|era)\s+(?:mi|su|nuestra|nuestro)\s|^\s*,\s*(?:é|era)\s+(?:a\s+|o\s+)?(?:minha|meu|nossa|nosso)\s|^\s*,\s*(?:è|era)\s+(?:la\s+|il\s+)?(?:mia|mio|nostra|nostro)\s|^\s*,\s*[¿¡]|^\s*,?\s*(?:dit|disait|a dit|dice|dijo|decía|diz|disse|dizia|sagt|sagte|zegt|zei|ha detto|diceva|mówi|powiedział|powiedziała|dedi|diyor|bilang|berkata|alisema|anasema|asema|quiere|quería|quer|queria|veut|voulait|vuole|voleva|wil|chce|istiyor|mau|ingin|anataka|también|também|aussi|anche|auch|ook|też|juga|pia|rin|din|ang pangalan|ang tawag|se llama|se chama|s'appelle|si chiama|heißt|heet|adı|namanya|jina lake)(?![\p{L}\p{M}])/iu;
