/**
 * A name spelt another way elsewhere in the same transcript: `Harjit`, then `hajit` and `harjeet` in automatic
 * captions; `Stephen`, then `Steven`. Transcription software and typists both vary a name they do not know. Only
 * words that are no ordinary word (English or of another language), starting with the same letter as a name this
 * document gives confidently, and at most one edit away from it (two for words of seven letters or more).
 */
import type { ChunkText } from '../chunks';
import { eachChunkResult } from '../chunk-memo';
import { mergeSpans, overlapsAny } from '../spans';
import type { Finding } from '../types';
import { isTitleWord } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { isEverydayForeignWord, isOrdinaryWord } from './lexicon/foreign-words';
import { LOWER_CASE_GIVEN_NAME_REASON } from './person-lower-case-given';

/** A word of a chunk that is no ordinary word: where it starts in the chunk, and its lower case. */
interface UnusualWord {
  start: number;
  lower: string;
}

/** Only names found this confidently have their other spellings flagged. */
const MIN_CONFIDENCE = 0.75;
/** Shorter names are too close to too many other words. */
const MIN_NAME_LENGTH = 5;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/** How many words on each side of a word show what language it is said in. */
const NEIGHBOURS = 3;

/**
 * The words of a chunk that are no ordinary word, long enough to be a name's other spelling, and said among English
 * words: in a passage of another language (`Medo eu tenho sim`), a word our lists do not know is most often a word.
 */
function unusualWordsOf(chunkText: string): UnusualWord[] {
  const words: Array<{ start: number; lower: string; english?: boolean }> = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(chunkText); match; match = WORD.exec(chunkText)) {
    // `hajit's`: the name without its possessive.
    let lower = match[0].toLowerCase();
    if (lower.length > 2 && (lower.endsWith("'s") || lower.endsWith('’s'))) lower = lower.slice(0, -2);
    words.push({ start: match.index, lower });
  }
  // Whether a word is English is asked only of long words and of the neighbours of unusual ones.
  const isEnglish = (word: { lower: string; english?: boolean }): boolean => (word.english ??= isCommonWord(word.lower));
  const unusual: UnusualWord[] = [];
  for (const [index, word] of words.entries()) {
    if (word.lower.length < MIN_NAME_LENGTH - 1 || isEnglish(word) || isEverydayForeignWord(word.lower)) continue;
    const around = [...words.slice(Math.max(0, index - NEIGHBOURS), index), ...words.slice(index + 1, index + 1 + NEIGHBOURS)];
    const english = around.filter(isEnglish).length;
    if (around.length >= 2 && english * 3 >= around.length * 2) unusual.push({ start: word.start, lower: word.lower });
  }
  return unusual;
}

/** Where a word spells a name another way: its span and the name (lower case). */
export interface NearSpelling {
  start: number;
  end: number;
  name: string;
}

/** Per-document memo of each chunk's unusual words, and of its near spellings for one set of names. */
export interface NearSpellingCache {
  /** Each chunk's words that are no ordinary word, whatever the names. */
  words: Map<string, UnusualWord[]>;
  /** The names the entries of `chunks` were found for, sorted and joined by line breaks. */
  names?: string;
  chunks: Map<string, NearSpelling[]>;
}

export function createNearSpellingCache(): NearSpellingCache {
  return { words: new Map(), chunks: new Map() };
}

/**
 * The words of every chunk that spell one of `names` another way, at their offsets in the document. Typing changes
 * one chunk: only that one is read again; when the names change, the words already read are compared again.
 */
export function nearSpellingsByChunk(chunks: readonly ChunkText[], names: readonly string[], cache: NearSpellingCache): NearSpelling[] {
  const sorted = [...names].sort();
  const key = sorted.join('\n');
  if (cache.names !== key) {
    cache.names = key;
    cache.chunks = new Map();
  }
  const byFirstLetter = new Map<string, string[]>();
  for (const name of sorted) byFirstLetter.set(name[0], [...(byFirstLetter.get(name[0]) ?? []), name]);
  const words = new Map<string, UnusualWord[]>();
  // A transcript says the same names again and again: compare each word once.
  const verdicts = new Map<string, string | null>();
  const inChunk = (chunkText: string): NearSpelling[] => {
    const unusual = words.get(chunkText) ?? cache.words.get(chunkText) ?? unusualWordsOf(chunkText);
    words.set(chunkText, unusual);
    const found: NearSpelling[] = [];
    for (const { start, lower } of unusual) {
      let name = verdicts.get(lower);
      if (name === undefined) {
        name = byFirstLetter.get(lower[0])?.find((known) => isNearSpelling(lower, known)) ?? null;
        verdicts.set(lower, name);
      }
      if (name) found.push({ start, end: start + lower.length, name });
    }
    return found;
  };
  const found: NearSpelling[] = [];
  cache.chunks = eachChunkResult(chunks, cache.chunks, inChunk, (local, chunkStart) => {
    for (const spelling of local) found.push({ start: spelling.start + chunkStart, end: spelling.end + chunkStart, name: spelling.name });
  });
  // Keep the words of the chunks read now, and of the others the document still has (they stay valid).
  for (const { text } of chunks) {
    const known = words.get(text) ?? cache.words.get(text);
    if (known) words.set(text, known);
  }
  cache.words = words;
  return found;
}

/** The names (lower case) of the people found confidently whose other spellings are looked for. */
function namesToRespell(findings: readonly Finding[]): string[] {
  const names = new Set<string>();
  for (const person of findings) {
    if (person.type !== 'PERSON' || person.confidence < MIN_CONFIDENCE) continue;
    for (const word of person.text.split(/\s+/u)) {
      const lower = word.toLocaleLowerCase();
      if (lower.length >= MIN_NAME_LENGTH && LETTERS_ONLY.test(lower) && !isTitleWord(word) && !isOrdinaryWord(lower)) names.add(lower);
    }
  }
  return [...names];
}

export function nearSpellingsOfPeople(
  text: string,
  findings: readonly Finding[],
  nearSpellings: (names: readonly string[]) => NearSpelling[],
): Finding[] {
  const names = namesToRespell(findings);
  if (names.length === 0) return [];
  const spellings = nearSpellings(names);
  if (spellings.length === 0) return [];
  // A lower-case given name found alone is said better as the other spelling of a name the transcript gives.
  const taken = mergeSpans(findings.filter((finding) => finding.reason !== LOWER_CASE_GIVEN_NAME_REASON));
  const found: Finding[] = [];
  for (const { start, end, name } of spellings) {
    if (overlapsAny(taken, start, end)) continue;
    const reason = `another spelling of a name in this transcript (${name[0].toLocaleUpperCase()}${name.slice(1)})`;
    found.push({ start, end, type: 'PERSON', confidence: 0.65, reason, text: text.slice(start, end), detector: 'person-near-spellings' });
  }
  return found;
}

/** At most one edit (a letter added, dropped, changed, or two swapped) from `name`; two when either has seven letters. */
export function isNearSpelling(word: string, name: string): boolean {
  const allowed = Math.max(word.length, name.length) >= 7 ? 2 : 1;
  if (word === name || Math.abs(word.length - name.length) > allowed || word.length < MIN_NAME_LENGTH - 1) return false;
  return editDistance(word, name, allowed) <= allowed;
}

/** Damerau-Levenshtein distance (adjacent swaps count one), stopping early once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2] + 1);
      current.push(distance);
      best = Math.min(best, distance);
    }
    if (best > limit) return best;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
