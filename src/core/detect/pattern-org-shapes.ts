/** Organisations recognised by the shape of their name, where the capitalised-phrase rules in entities.ts miss them. */
import type { Candidate } from './detector';
import { OPENERS, ORG_SUFFIXES } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';

const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’&-]*";
const org = (start: number, end: number, confidence: number, reason: string): Candidate => ({ start, end, type: 'ORGANIZATION', confidence, reason });

/**
 * `Polish Saturday School`, `Friday Night Club`: a weekday or month inside a name splits it for the other rules;
 * three capitalised words or more ending in an organisation word are one name.
 */
const WITH_CALENDAR_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${CAP_WORD} ){0,3}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?: ${CAP_WORD}){0,3} (${CAP_WORD}))(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * `Social Sciences Research Ethics Sub-Committee`, `Haven Road Project`, `Northside Steering Group`: bodies and
 * projects named by two capitalised words or more before a word entities.ts does not take for an organisation's end.
 */
const BODY = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${CAP_WORD} ){1,6}(?:Sub-?[Cc]ommittee|Subcommittee|Committee|Working Group|Steering Group|Task Force|Taskforce|Project|Collective|Initiative|Coalition|Cooperative|Consortium))(?![\\p{L}\\p{N}])`,
  'gu',
);

/** `The Close Mouth, the podcast about...`, `Kin & Co, the shop on the corner`: a name set off by what it is. */
const NAMED_BY_APPOSITION = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:The )?${CAP_WORD}(?: (?:of |and |& )?${CAP_WORD}){0,4}),? (?:the|a|our|my) (?:\\p{Ll}+ )?(?:podcast|show|programme|program|radio show|band|choir|shop|store|cafe|café|pub|bar|restaurant|bakery|salon|charity|club|company|firm|business|agency|group|collective|project|practice|clinic|newsletter|magazine|paper|station)\\b`,
  'gu',
);

export function organisationShapes(text: string): Candidate[] {
  const found: Candidate[] = [];
  WITH_CALENDAR_WORD.lastIndex = 0;
  for (let match = WITH_CALENDAR_WORD.exec(text); match; match = WITH_CALENDAR_WORD.exec(text)) {
    const words = trimOpeners(match[1].split(' '));
    if (words.length < 3 || !ORG_SUFFIXES.has(match[2].toLowerCase())) continue;
    const phrase = words.join(' ');
    const start = match.index + match[1].length - phrase.length;
    found.push(org(start, start + phrase.length, 0.7, 'capitalised name with a weekday or month, ending in an organisation word'));
  }
  BODY.lastIndex = 0;
  for (let match = BODY.exec(text); match; match = BODY.exec(text)) {
    const words = trimOpeners(match[1].split(' '));
    // `Research Project`, `Steering Committee`: two ordinary words are a kind of body, not its name.
    if (words.length < 2 || (words.length === 2 && isCommonWord(words[0].toLowerCase()))) continue;
    const phrase = words.join(' ');
    const start = match.index + match[1].length - phrase.length;
    // A study's own title heading the transcript is no one's group.
    if (isTitleLine(text, start)) continue;
    found.push(org(start, start + phrase.length, 0.65, 'capitalised name of a committee, project or group'));
  }
  NAMED_BY_APPOSITION.lastIndex = 0;
  for (let match = NAMED_BY_APPOSITION.exec(text); match; match = NAMED_BY_APPOSITION.exec(text)) {
    const words = match[1].split(' ');
    // `Thanks, Fiona, the podcast...` or a lone ordinary word (`Yes, the shop`) names nothing.
    if (words.every((word) => isCommonWord(word.toLowerCase()) || OPENERS.has(word.toLowerCase())) && words.length < 2) continue;
    if (OPENERS.has(words[0].toLowerCase()) && words[0] !== 'The') continue;
    // Confident enough to be flagged wherever else the name appears (a podcast's title line, its sign-off).
    found.push(org(match.index, match.index + match[1].length, 0.75, 'a name set off by what it is ("X, the podcast")'));
  }
  return found;
}

/**
 * A heading: a line of a few words, most of them capitalised, with no sentence in it
 * (`Small Business Resilience Project - Interview 04`, `ORAL HISTORY — Steel Valley Project, Tape 12`).
 */
function isTitleLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', start);
  const line = text.slice(lineStart, newline === -1 ? text.length : newline);
  if (/[.?!](?:\s|$)/.test(line) || line.length > 160) return false;
  const words = line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const significant = words.filter((word) => word.length > 3);
  return words.length <= 14 && significant.filter((word) => /^\p{Lu}/u.test(word)).length * 2 >= significant.length;
}

/** Drops sentence openers and function words at the front (`In Polish Saturday School` → `Polish Saturday School`). */
function trimOpeners(words: string[]): string[] {
  let start = 0;
  while (start < words.length - 1 && OPENERS.has(words[start].toLowerCase())) start++;
  return words.slice(start);
}
