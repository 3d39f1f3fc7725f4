import type { Candidate } from './detector';
import { isCommonWord } from './lexicon/english-words';
import { FOREIGN_JOB_ENDING, FOREIGN_NOT_JOBS, FOREIGN_OCCUPATIONS } from './lexicon/foreign-occupations';
import { WordScanner } from './word-scan';

/**
 * Words that tie what follows to a person in the story: `I'm`, `she was`, `my dad's`, `Jaaji is`, `they were`.
 * Shared by the quasi-identifier rules (occupation, community, status). Used with the `i` flag.
 */
export const PERSON_IS =
  // `she has been a nail technician ever since`, `he's been a roofer all his life` (first: `he's` alone would match
  // first and leave `been` to the rule's phrase).
  "has been|have been|had been|she's been|she’s been|he's been|he’s been|they've been|they’ve been|we've been|we’ve been|" +
  // `im`, `hes`, `shes`: how chat and caption text types `I'm`, `he's`, `she's` (`im ngāti porou`); no other words.
  "i'm|i’m|im|i am|i was|i've been|i’ve been|he's|he’s|hes|he is|he was|she's|she’s|shes|she is|she was|they're|they’re|they are|" +
  "they were|we're|we’re|we are|we were|you're|you’re|you are|you were|" +
  'used to be|worked as|work as|working as|works as|job as|trained as|qualified as|retired as|became|become|' +
  "(?:i|he|she|they|we|you)(?: was| were| am| is| are|['’]s|['’]m|['’]re)? (?:going|wanted|trained|training|studying|hoped) to be|" +
  '(?:my|our|his|her|their) (?:husband|wife|partner|dad|daddy|da|father|papa|pop|mum|mom|ma|mammy|mommy|momma|mama|mother|mam|' +
  'stepdad|stepmum|stepmom|stepfather|stepmother|son|daughter|brother|sister|brother-in-law|sister-in-law|son-in-law|' +
  'daughter-in-law|mother-in-law|father-in-law|' +
  'boyfriend|girlfriend|grandmother|grandfather|nan|nana|granny|grandma|grandpa|auntie|aunt|uncle|cousin|parents|' +
  'grandson|granddaughter|grandad|granddad|missus|hubby|fiance|fiancé|fiancee|fiancée|nephew|niece|neighbour|neighbor|friend|mate|boss|landlord|landlady|flatmate|housemate|' +
  "colleague|family|folks|people|employer|employers|tenant|lodger|roommate|coworker|co-worker|workmate|student|pupil|client|patient)(?: is| was| are| were|'s|’s)|" +
  // A parent named by kinship alone, as families say it: `Mum was the district nurse`, `Dad's a plumber`.
  "(?:mum|mom|mam|mummy|mommy|dad|daddy|nana|nan|grandad|granddad|grandpa|grandma|granny)(?: is| was|'s|’s)";

/**
 * A text folded as the rules' case-insensitive regexes read letters, and which pairs of adjacent characters it holds
 * (a bit per pair, hashed to 12 bits): a needle with a pair the text lacks cannot be in it, so most needles are ruled
 * out without scanning the text. A false "may hold" only costs a scan.
 */
interface FoldedText {
  folded: string;
  pairs: Uint32Array;
}

const PAIR_BITS = 12;
const pairHash = (text: string, at: number): number => (text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) & ((1 << PAIR_BITS) - 1);
/**
 * Folded texts by text. The engine runs each rule over every chunk of a batch before the next rule, so one chunk's
 * fold is asked for again only after all the others': the memo holds a whole batch's chunks (the engine's batches
 * hold at most 256 KB of new text) and starts afresh when it grows past that, so it never keeps much more than one
 * batch's texts (nor the documents they were sliced from) alive.
 */
const foldedTexts = new Map<string, FoldedText>();
const MAX_FOLDED_CHARS = 320 * 1024;
let foldedChars = 0;

function foldedText(text: string): FoldedText {
  let entry = foldedTexts.get(text);
  if (!entry) {
    if (foldedChars + text.length > MAX_FOLDED_CHARS) {
      foldedTexts.clear();
      foldedChars = 0;
    }
    foldedChars += text.length;
    // Under /iu `ſ` matches `s` yet stays `ſ` in lower case (the Kelvin sign does lower-case to `k`).
    const folded = text.toLowerCase().replace(/ſ/g, 's');
    const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
    for (let at = 0; at < folded.length - 1; at++) {
      const hash = pairHash(folded, at);
      pairs[hash >>> 5] |= 1 << (hash & 31);
    }
    entry = { folded, pairs };
    foldedTexts.set(text, entry);
  }
  return entry;
}

/**
 * Whether `text` contains any of `needles` (lower case) as the rules' case-insensitive regexes read letters: a cheap
 * test that lets a rule skip its regex on a chunk that cannot match it. Never false where such a regex would match.
 */
export function mentionsAny(text: string, needles: readonly string[] | undefined): boolean {
  if (!needles) return true;
  const { folded, pairs } = foldedText(text);
  return needles.some((needle) => hasAllPairs(pairs, needle) && folded.includes(needle));
}

/** False when some pair of adjacent characters of `needle` is nowhere in the folded text. */
function hasAllPairs(pairs: Uint32Array, needle: string): boolean {
  for (let at = 0; at < needle.length - 1; at++) {
    const hash = pairHash(needle, at);
    if ((pairs[hash >>> 5] & (1 << (hash & 31))) === 0) return false;
  }
  return true;
}

/**
 * For a list of plain phrases (`air traffic control`, `pile-up`), one word each that any match must contain (the
 * longest); undefined, meaning "always run the regex", if a phrase is not plain lower-case words.
 */
export function needlesOf(phrases: Iterable<string>): string[] | undefined {
  const needles = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
    if (words.length === 0 || words.some((word) => !/^[a-z]+$/.test(word))) return undefined;
    needles.add(words.reduce((longest, word) => (word.length > longest.length ? word : longest)));
  }
  return [...needles];
}

/** Escapes a word list into a regex alternation, longest first, spaces and hyphens interchangeable. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/[\s-]+/g, '[\\s-]+'))
    .join('|');
}

/**
 * Whether a lower-case word is a job in Spanish, Portuguese, French or Italian (`trésorière`, `mareyeuse`, `pedreiro`):
 * listed, or with a job noun's ending and no English or ordinary foreign word.
 */
export function isForeignJobWord(word: string): boolean {
  const lower = word.toLowerCase();
  return FOREIGN_OCCUPATIONS.has(lower) || (!FOREIGN_NOT_JOBS.has(lower) && !isCommonWord(lower) && FOREIGN_JOB_ENDING.test(lower));
}

/** A candidate typed OTHER covering `[start, end)`. */
export function otherAt(start: number, end: number, confidence: number, reason: string): Candidate {
  return { start, end, type: 'OTHER', confidence, reason };
}

/** The first defined capture group of a match as an OTHER candidate. */
export function groupCandidate(match: RegExpExecArray, confidence: number, reason: string): Candidate | undefined {
  const value = match.slice(1).find((group) => group !== undefined);
  if (!value) return undefined;
  const start = match.index + match[0].lastIndexOf(value);
  return otherAt(start, start + value.length, confidence, reason);
}

/**
 * Finds the phrases of a lower-case lexicon in a text token by token: one set lookup per word, and a small sticky
 * regex only where a phrase may start. Much faster than one regex of hundreds of alternatives tried at every offset.
 * `toPattern` turns a phrase into its regex source (spelling variants); the phrase's first word is its key.
 */
export function lexiconMatcher(phrases: readonly string[], toPattern: (phrase: string) => string): (text: string) => { start: number; end: number }[] {
  const byFirst = new Map<string, string[]>();
  for (const phrase of phrases) {
    const key = wordKey(phrase.split(/[\s-]+/)[0]);
    byFirst.set(key, [...(byFirst.get(key) ?? []), phrase]);
  }
  const patterns = new Map<string, RegExp>();
  for (const [key, group] of byFirst) {
    const sources = group.sort((a, b) => b.length - a.length).map(toPattern);
    patterns.set(key, new RegExp(`(?:${sources.join('|')})(?![\\p{L}\\p{M}\\d])`, 'iuy'));
  }
  // Words: `[\p{L}\p{M}\d][\p{L}\p{M}\d'’]*`.
  const words = new WordScanner(/[\p{L}\p{M}\d]/gu, /[\p{L}\p{M}\d'’]*/uy);
  return (text) => {
    const found: { start: number; end: number }[] = [];
    let from = 0;
    while (words.next(text, from)) {
      const start = words.start;
      from = words.end;
      const pattern = patterns.get(wordKey(text.slice(start, words.end)));
      if (!pattern || (start > 0 && INSIDE_A_WORD.test(text.charAt(start - 1)))) continue;
      pattern.lastIndex = start;
      if (!pattern.test(text)) continue;
      found.push({ start, end: pattern.lastIndex });
      from = pattern.lastIndex;
    }
    return found;
  };
}

/** A character before a lexicon phrase that puts it inside a longer word. */
const INSIDE_A_WORD = /[\p{L}\p{M}\d-]/u;

/** A word's lookup key: lower case, without a possessive or plural `s` (`Huntington's`, `Huntingtons` → `huntington`). */
function wordKey(word: string): string {
  const lower = word.toLowerCase();
  // Called on every word of a chunk: only a word ending in `s` or an apostrophe has anything to strip.
  const last = lower.charCodeAt(lower.length - 1);
  if (last !== 0x73 /* s */ && last !== 0x27 /* ' */ && last !== 0x2019 /* ’ */) return lower;
  return lower.replace(/['’]s$|['’]$/, '').replace(/s$/, '');
}
