import type { FormMatcher } from '../propagate';
import { mergeSpans, overlapsAny } from '../spans';
import type { Finding } from '../types';
import { isCommonWord } from './lexicon/english-words';
import { isTitleWord } from './lexicon/cues';

/**
 * A named person's username and signing initials, as exports from NVivo, MAXQDA or ATLAS.ti write them: `Mariana
 * Cunha` makes `mcunha` (`Generated … by mcunha`), `mariana.cunha`, `marianac` her login, and `MC` her initials where
 * initials sign something (`Memo (MC, 14/10/2023)`, `coded by MC`, `MC:` opening a line). Only forms derived from a
 * person this document names, so other lower-case words and capitals stay untouched.
 */
export function handlesOfPeople(
  text: string,
  findings: readonly Finding[],
  matchHandles: FormMatcher,
): Finding[] {
  const handles = new Set<string>();
  const initials = new Set<string>();
  // A name recurs many times in a transcript: derive its handles once.
  const seen = new Set<string>();
  for (const person of findings) {
    if (person.type !== 'PERSON' || person.confidence < MIN_CONFIDENCE || seen.has(person.text)) continue;
    seen.add(person.text);
    const words = person.text.split(/\s+/u).filter((word) => !isTitleWord(word));
    if (words.length < 2 || words.length > 3 || !words.every((word) => NAME_WORD.test(word))) continue;
    const plain = words.map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’-]/gu, '').toLowerCase());
    const first = plain[0];
    const last = plain[plain.length - 1];
    for (const handle of [first[0] + last, first + last, `${first}.${last}`, `${first}_${last}`, first + last[0]]) {
      if (handle.length >= 5 && !isCommonWord(handle)) handles.add(handle);
    }
    initials.add(words.map((word) => word[0]).join(''));
  }
  if (handles.size === 0) return [];
  const found: Finding[] = [];
  // A long transcript holds thousands of findings: look for overlaps by binary search, not one by one.
  const taken = mergeSpans([...findings]);
  const add = (start: number, end: number, reason: string): void => {
    if (overlapsAny(taken, start, end) || found.some((other) => other.start < end && other.end > start)) return;
    found.push({ start, end, type: 'PERSON', confidence: 0.85, reason, text: text.slice(start, end), detector: 'person-handles' });
  };
  // Every handle at once, as whole words (one pass over the text, or over the chunks an edit changed, not one search
  // per handle), then in lower case as a login is written (a capitalised `Mcunha` would be found as a name anyway) and as a whole token.
  for (const { start: at, end, key: handle } of matchHandles([...handles])) {
    if (text.slice(at, end) !== handle || HANDLE_CHAR.test(text[at - 1] ?? ' ') || text[at - 1] === '.' || HANDLE_CHAR.test(text[end] ?? ' ') || /^\.\p{L}/u.test(text.slice(end, end + 2))) continue;
    add(at, end, 'the username of a person named in this document');
  }
  for (const form of initials) {
    if (!/^\p{Lu}{2,3}$/u.test(form)) continue;
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
      const before = text.slice(Math.max(0, at - 24), at);
      const after = text.slice(end, end + 4);
      const signs = (SIGNING_BEFORE.test(before) && SIGNING_AFTER.test(after)) || (LINE_START.test(before) && LABEL_AFTER.test(after)) || (MEMO_BRACKET.test(before) && /^\s*[,)]/u.test(after));
      if (signs) add(at, end, 'the initials of a person named in this document, signing a memo or a line');
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const MIN_CONFIDENCE = 0.8;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const HANDLE_CHAR = /[\p{L}\p{N}_@\\/]/u;
/** `by MC`, `coder MC`, `user: MC` before the initials, and an end of clause after them. */
const SIGNING_BEFORE = /\b(?:by|coder|user|author|initials|reviewer|checked by|coded by)[: ]\s*$/iu;
const SIGNING_AFTER = /^(?:\s*[,.;:)\]]|\s*$|\s+(?:on|at|in)\b)/u;
/** `MC:` or `**MC:**` opening a line, the way memos and labels are signed. */
const LINE_START = /(?:^|\n)[ \t>*_[-]*$/u;
const LABEL_AFTER = /^(?:\*\*)?:|^\]/u;
/** `Memo (MC, 14/10/2023)`, `Comment (MC)`, `note (MC)`. */
const MEMO_BRACKET = /\b(?:memo|note|comment|annotation|coded|reviewed)s?\s*\(\s*$/iu;
