/** Organisations recognised by the shape of their name, where the capitalised-phrase rules in entities.ts miss them. */
import { HOLIDAY, isMonthOrWeekday, WORLD_HOLIDAY } from './date-words';
import type { Candidate } from './detector';
import { OPENERS, ORG_SUFFIXES } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';

const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’&-]*";
const org = (start: number, end: number, confidence: number, reason: string): Candidate => ({ start, end, type: 'ORGANIZATION', confidence, reason });

/** Up to `count` capitalised words ending right where the text before ends (`Social Sciences Research Ethics `). */
const capsBefore = (count: number): RegExp => new RegExp(`(?:${CAP_WORD} ){1,${count}}$`, 'u');
const CAPS_BEFORE_3 = capsBefore(3);
const CAPS_BEFORE_6 = capsBefore(6);
const CAPS_AFTER = new RegExp(`^(?: ${CAP_WORD}){1,4}`, 'u');
const LOOK_BACK = 90;

/**
 * `Polish Saturday School`, `Friday Night Club`: a weekday or month inside a name splits it for the other rules;
 * three capitalised words or more ending in an organisation word are one name. Found from the calendar word out.
 */
const CALENDAR_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/**
 * `Social Sciences Research Ethics Sub-Committee`, `Haven Road Project`, `Northside Steering Group`: bodies and
 * projects named by two capitalised words or more before a word entities.ts does not take for an organisation's end.
 */
const BODY_HEAD = /\b(?:Sub-?[Cc]ommittee|Subcommittee|Committee|Working Group|Steering Group|Task Force|Taskforce|Project|Collective|Initiative|Coalition|Cooperative|Consortium)\b/g;

/** `The Close Mouth, the podcast about...`, `Kin & Co, the shop on the corner`: a name set off by what it is. */
const WHAT_IT_IS =
  /,? (?:the|a|our|my) (?:\p{Ll}+ )?(?:podcast|show|programme|program|band|choir|shop|store|cafe|café|pub|bar|restaurant|bakery|salon|hotel|motel|casino|resort|hostel|takeaway|diner|garage|gym|charity|club|company|firm|business|agency|group|collective|project|practice|clinic|newsletter|magazine|paper|station)\b/gu;
const HOLIDAY_NAME = new RegExp(`^(?:${HOLIDAY}|${WORLD_HOLIDAY})$`, 'u');
/** A holiday, or a month or weekday capitalised as a word (`June`, `Monday`): a time, not a name. */
const isCalendarName = (name: string): boolean =>
  HOLIDAY_NAME.test(name) || (isMonthOrWeekday(name.toLowerCase()) && name.slice(1) === name.slice(1).toLowerCase());
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:The )?${CAP_WORD}(?: (?:of |and |& )?${CAP_WORD}){0,4}$`, 'u');

/**
 * `Coast General`, `Toronto General`, `Mass General`: a hospital called by its town and `General`, after a word that
 * leads to a place. Posts and ranks (`Attorney General`, `Major General`) come before `General` too: left alone.
 */
const TOWN_GENERAL = /\b(?:to|at|in|from|into|the) ((?:\p{Lu}[\p{L}\p{M}'’.-]* ){1,2})General\b(?! (?:Hospital|Election|Assembly|Manager|Store|Practice|Secretary|Counsel|Strike|Motors|Electric|Mills|Dynamics|Public))/gu;
const NOT_HOSPITAL_TOWN = /^(?:Attorney|Surgeon|Secretary|Governor|Director|Postmaster|Inspector|Solicitor|Consul|Major|Brigadier|Lieutenant|Adjutant|Auditor|Registrar|Paymaster|Quartermaster|Accountant|Comptroller|Vicar|Minister|Commissioner|Judge|Advocate|Procurator|Receiver|Treasurer|Agent|Captain|Colonel|The|A|My|Our|In|At|To|From)$/;

/** `Akron Children's for Menno`, `they sent us to Children's`: a children's hospital by its short name, ending the phrase. */
const CHILDRENS_HOSPITAL = /\b(?:to|at|in|from|the|then|and|or) ((?:\p{Lu}[\p{L}\p{M}'’.-]* ){0,2}Children['’]s)(?=\s*(?:[.,;:!?)]|$)|\s+(?:for|in|and|with|then|until|till|when|where|after|because|since|now|again)\b)/gu;

export function organisationShapes(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes("Children's") || text.includes('Children’s')) {
    CHILDRENS_HOSPITAL.lastIndex = 0;
    for (let match = CHILDRENS_HOSPITAL.exec(text); match; match = CHILDRENS_HOSPITAL.exec(text)) {
      const start = match.index + match[0].length - match[1].length;
      found.push(org(start, match.index + match[0].length, 0.6, "a children's hospital by its short name"));
    }
  }
  if (text.includes(' General')) {
    TOWN_GENERAL.lastIndex = 0;
    for (let match = TOWN_GENERAL.exec(text); match; match = TOWN_GENERAL.exec(text)) {
      const words = match[1].trim().split(' ');
      if (words.some((word) => NOT_HOSPITAL_TOWN.test(word))) continue;
      const start = match.index + match[0].length - match[1].length - 'General'.length;
      found.push(org(start, match.index + match[0].length, 0.6, 'a hospital called by its town and "General"'));
    }
  }
  CALENDAR_WORD.lastIndex = 0;
  for (let match = CALENDAR_WORD.exec(text); match; match = CALENDAR_WORD.exec(text)) {
    const before = CAPS_BEFORE_3.exec(text.slice(Math.max(0, match.index - LOOK_BACK), match.index))?.[0] ?? '';
    const after = CAPS_AFTER.exec(text.slice(match.index + match[0].length, match.index + match[0].length + LOOK_BACK))?.[0] ?? '';
    // The name ends at its last organisation word: `Polish Saturday School On Thursdays` is cut after `School`.
    const afterWords = after.trim().split(' ');
    let last = afterWords.length - 1;
    while (last >= 0 && !ORG_SUFFIXES.has(afterWords[last].toLowerCase())) last--;
    if (last < 0) continue;
    const words = trimOpeners([...before.trim().split(' ').filter(Boolean), match[0], ...afterWords.slice(0, last + 1)]);
    if (words.length < 3) continue;
    const phrase = words.join(' ');
    const end = match.index + match[0].length + 1 + afterWords.slice(0, last + 1).join(' ').length;
    found.push(org(end - phrase.length, end, 0.7, 'capitalised name with a weekday or month, ending in an organisation word'));
  }
  BODY_HEAD.lastIndex = 0;
  for (let match = BODY_HEAD.exec(text); match; match = BODY_HEAD.exec(text)) {
    const before = CAPS_BEFORE_6.exec(text.slice(Math.max(0, match.index - LOOK_BACK), match.index))?.[0];
    if (!before) continue;
    const words = trimOpeners([...before.trim().split(' '), match[0]]);
    // `Research Project`, `Steering Committee`: two ordinary words are a kind of body, not its name.
    if (words.length < 2 || (words.length === 2 && isCommonWord(words[0].toLowerCase()))) continue;
    const phrase = words.join(' ');
    const end = match.index + match[0].length;
    // A study's own title heading the transcript is no one's group.
    if (isTitleLine(text, end - phrase.length)) continue;
    found.push(org(end - phrase.length, end, 0.65, 'capitalised name of a committee, project or group'));
  }
  WHAT_IT_IS.lastIndex = 0;
  for (let match = WHAT_IT_IS.exec(text); match; match = WHAT_IT_IS.exec(text)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - LOOK_BACK), match.index))?.[0];
    if (!name) continue;
    const words = name.split(' ');
    // `Thanks, Fiona, the podcast...` or a lone ordinary word (`Yes, the shop`) names nothing.
    if (words.length < 2 && (isCommonWord(words[0].toLowerCase()) || OPENERS.has(words[0].toLowerCase()))) continue;
    if (OPENERS.has(words[0].toLowerCase()) && words[0] !== 'The') continue;
    // `the week before Christmas the shop is mad`: a holiday or a day of the calendar is when, not a name.
    if (isCalendarName(name)) continue;
    // Confident enough to be flagged wherever else the name appears (a podcast's title line, its sign-off).
    found.push(org(match.index - name.length, match.index, 0.75, 'a name set off by what it is ("X, the podcast")'));
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

/**
 * Schemes, benefits, programmes and public days named like a body or a place (`Gurkha Pension Scheme`, `Ontario
 * Autism Program`, `Disability Tax Credit`, `Canada Day`): what the last word says they are is no local organisation
 * and no place.
 */
const SCHEME_LAST_WORD = /\s(?:Scheme|Program|Programme|Credit|Benefit|Allowance|Grant|Pension|Act|Day|Week|Month)$/;

export function withoutSchemesAndDays(text: string, guesses: readonly Candidate[]): Candidate[] {
  return guesses.filter((guess) => !SCHEME_LAST_WORD.test(text.slice(guess.start, guess.end)));
}

