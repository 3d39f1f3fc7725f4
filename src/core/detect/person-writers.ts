import type { Candidate, DetectionContext } from './detector';
import { overlapsAny } from '../spans';
import { isCommonWord } from './lexicon/english-words';
import { isGivenName } from './lower-case-entities';

/**
 * A participant's user name where an export or a forum printout names the writer: `Display name: mkaneshiro`,
 * `Post #2 by gosia_z_cork »`, `posted by tomek.nowak88`, `Username: deb_from_lima`. People build them from their names,
 * so they identify as a name does; once found here, propagate.ts flags the same name wherever else it appears.
 * Words (`by hand`, `Author: Anonymous`) and codes (`User: P07`) are no user names.
 */
export function userNames({ text, structure }: DetectionContext): Candidate[] {
  if (!MAY_NAME_A_WRITER.test(text)) return [];
  const found: Candidate[] = [];
  WRITER_CUE.lastIndex = 0;
  for (let match = WRITER_CUE.exec(text); match; match = WRITER_CUE.exec(text)) {
    const name = match[1].replace(/[._-]+$/u, '');
    const start = match.index + match[0].length - match[1].length;
    const end = start + name.length;
    if (!isUserName(name, text.slice(end, end + 3))) continue;
    if (overlapsAny(structure.protectedSpans, start, end)) continue;
    found.push({ start, end, type: 'PERSON', confidence: 0.85, reason: 'a user name given as the writer of a post or an entry' });
  }
  return found;
}

/** A cheap test before the cue pattern: one of the cue words is somewhere in the chunk. */
const MAY_NAME_A_WRITER = /name|[Pp]ost|[Uu]ser|[Aa]uthor|[Rr]eply|[Cc]omment|[Ss]ubmitted|[Hh]andle/u;
const WRITER_CUE =
  /(?:(?<![\p{L}\p{M}\p{N}])(?:[Dd]isplay name|[Uu]ser ?name|[Ss]creen name|[Hh]andle|[Aa]uthor|[Uu]ser|[Pp]osted by|[Pp]ost #?\d+ by|[Rr]eply #?\d* ?by|[Cc]omment(?:ed)? by|[Ss]ubmitted by|[Rr]eply from)[ \t]*:?[ \t]+)([\p{L}\p{N}][\p{L}\p{N}._-]{2,30})(?![\p{L}\p{N}@])/gu;
const CODE = /^[\p{L}]{0,4}[-_]?\d+$/u;

function isUserName(name: string, after: string): boolean {
  if (!/\p{Ll}/u.test(name) || CODE.test(name)) return false;
  // `Display name: Tati Nakamura`: a capitalised name is left to the name rules, which take both words.
  if (/^\p{Lu}/u.test(name) && /^ \p{Lu}/u.test(after)) return false;
  return !isCommonWord(name.toLowerCase());
}

/**
 * A post or message signed with a given name after a dash at the end of a line: `thank you all. - Deb`,
 * `see you Sunday —Marisol`. A closing word (`- Thanks`, `— Love`) is no name.
 */
export function signOffNames({ text, structure }: DetectionContext): Candidate[] {
  if (!SIGN_OFF_DASH.test(text)) return [];
  const found: Candidate[] = [];
  SIGN_OFF.lastIndex = 0;
  for (let match = SIGN_OFF.exec(text); match; match = SIGN_OFF.exec(text)) {
    const name = match[1];
    const lower = name.toLowerCase();
    if (CLOSINGS.has(lower) || !isGivenName(lower)) continue;
    const start = match.index + match[0].indexOf(name, match[0].length - name.length - 2);
    const end = start + name.length;
    if (overlapsAny(structure.protectedSpans, start, end)) continue;
    found.push({ start, end, type: 'PERSON', confidence: 0.85, reason: 'a given name signing a post after a dash' });
  }
  return found;
}

const SIGN_OFF_DASH = /[-–—~]\s?\p{Lu}\p{Ll}+[ \t]*(?:\n|$)/u;
/** After a sentence's end: a dash, a capitalised given name, the end of the line. */
const SIGN_OFF = /(?<=[.!?)…]|^|\n)[ \t]*[-–—~][ \t]?(\p{Lu}\p{Ll}{1,14})[ \t]*(?=\n|$)/gu;
const CLOSINGS = new Set(['thanks', 'love', 'cheers', 'regards', 'best', 'hugs', 'peace', 'blessings', 'amen', 'ok', 'okay', 'yes', 'no', 'end', 'later', 'soon', 'admin', 'mod']);
