/**
 * Local organisations named by a number or an acronym, which the capitalised-phrase rules leave alone:
 * - a numbered branch, post or lodge of a veterans', union or friendly society typed in lower case (`post 3892`);
 * - an acronym no list of national bodies knows, where the sentence makes it an employer, school, agency or club
 *   (`study medicine at UKE`, `SAGA gave us a flat`, `the ladies from the UCWLC`, `LASBCA people came`).
 * National and generic acronyms (`NHS`, `the ER`, `PTSD`) stay unflagged.
 */
import type { TranscriptStructure } from '../transcript';
import { overlapsAny } from '../spans';
import type { Candidate } from './detector';
import { PUBLIC_ENTITIES } from './lexicon/compromise-lexicon';
import { PUBLIC_NAMES } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { isSharedWord } from './lexicon/public-names';
import { GENERIC_ACRONYMS } from './lexicon/org-generic-acronyms';

const org = (start: number, end: number, confidence: number, reason: string): Candidate => ({ start, end, type: 'ORGANIZATION', confidence, reason });

/** `post 3892`, `local 1199`: a numbered unit of a society or union typed in lower case (capitalised: pattern-numbered-units.ts). */
const NUMBERED_BRANCH = /(?<![\p{L}\p{N}])(branch|post|local|lodge)\s+(?:no\.?\s*|#\s*)?(\d{1,5})(?![\p{L}\p{N}]|[/:.,]\d)/gu;
/** Before a lower-case `post`/`local`: a determiner or preposition, so it is a noun (`the post 3892 cookoff`). */
const BRANCH_DETERMINER_BEFORE = /\b(?:the|at|from|our|my|his|her|their|to|of|in|with|for|vfw|legion|rsl|union)\s+$/i;
/** After the number: a measure, not a branch (`post 30 minutes`, `branch 2 km`). */
const MEASURE_AFTER = /^\s*(?:%|percent|times|minutes?|mins?|hours?|hrs?|days?|weeks?|years?|km|miles?|am|pm|a\.m|p\.m|kg|lbs?|pounds|dollars|euros)\b/i;

/** An acronym of three to seven capitals (`UKE`, `UCWLC`, `A&E` has no letters only and is left alone). */
const ACRONYM = /(?<![\p{L}\p{N}&'’.-])(\p{Lu}{3,7})(?![\p{L}\p{N}&]|['’]?\p{Ll}|\.\p{Lu})/gu;
/**
 * Before the acronym: work, study, care or membership at it. Not a bare `at the` or `from the`: those lead as often to a
 * national agency (`refer it to the CCMA`, `a man from CEOP`). Calling it (`so the school can call CHEO`) names a local
 * hospital or service; national ones are in the public list of acronyms.
 */
const ORG_CONTEXT_BEFORE =
  /\b(?:(?:work|works|worked|working|job|jobs|employed|volunteer|volunteers|volunteered|volunteering|shift|shifts|placement|study|studies|studied|studying|medicine|nursing|law|admitted|referred|transferred|treated|seen|member|joined|retired|left|staff|nurse|doctor|teacher|teaches|taught|training|apprenticeship|loan|loans|grant|help|housing|flat)\s+(?:at|for|with|to|by|from|of|in)\s+(?:the\s+)?|(?:ladies|women|men|fellas|guys|folks|people|volunteers|members|boys|girls)\s+(?:from|at)\s+the\s+|\b(?:call|calls|called|calling|ring|rang|phone|phoned|contact|contacted|email|emailed)\s+(?:the\s+)?)$/i;
/** After the acronym: what an organisation or its people do (`SAGA gave us a flat`, `LASBCA people came`). */
const ORG_CONTEXT_AFTER =
  /^\s+(?:people|staff|ladies|men|women|office|offices|officers|workers|crew|team|gave|give|gives|sent|sends|offered|offers|paid|pays|hired|hires|fired|told us|told me|wrote|came|come|comes|marked|moved us|housed|said no|said yes|closed|opened)\b/i;
/** Most capitals in the chunk: a heading or text typed in capitals, where an acronym's shape proves nothing. */
const CAPITALS = /\p{Lu}/gu;
const LETTERS = /\p{L}/gu;

export function branchesAndAcronyms(text: string, structure: TranscriptStructure): Candidate[] {
  const found: Candidate[] = [];
  NUMBERED_BRANCH.lastIndex = /branch|post|local|lodge/.test(text) ? 0 : text.length;
  for (let match = NUMBERED_BRANCH.exec(text); match; match = NUMBERED_BRANCH.exec(text)) {
    const [whole, word, number] = match;
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    // `post 2008`, `local 2019 elections`: a year is a time; the word needs a noun's determiner (`I post 3 times`).
    if (/^(?:19|20)\d\d$/.test(number) || !BRANCH_DETERMINER_BEFORE.test(before)) continue;
    if (MEASURE_AFTER.test(text.slice(match.index + whole.length, match.index + whole.length + 12))) continue;
    found.push(org(match.index, match.index + whole.length, 0.6, `a numbered ${word} of a society or union`));
  }
  if (!/\p{Lu}{3}/u.test(text)) return found;
  let capitals: boolean | undefined; // counted once, and only when an acronym is a candidate
  ACRONYM.lastIndex = 0;
  for (let match = ACRONYM.exec(text); match; match = ACRONYM.exec(text)) {
    const acronym = match[1];
    const lower = acronym.toLowerCase();
    const start = match.index;
    const end = start + acronym.length;
    if (GENERIC_ACRONYMS.has(lower) || PUBLIC_NAMES.has(lower) || PUBLIC_ENTITIES.has(lower) || isSharedWord(lower)) continue;
    // A shouted word (`NO`, `NEVER`) names nothing, unless the sentence says what it did (`SAGA gave us a flat`);
    // nor does an acronym beside other capitals (a heading, `NEW YORK`).
    const after = text.slice(end, end + 24);
    if ((isCommonWord(lower) && (acronym.length < 4 || !ORG_CONTEXT_AFTER.test(after))) || /\p{Lu}{2}[\s-]*$/u.test(text.slice(Math.max(0, start - 4), start)) || /^[\s-]*\p{Lu}{2}/u.test(text.slice(end, end + 4))) continue;
    if (overlapsAny(structure.speakers, start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    if (!ORG_CONTEXT_BEFORE.test(before) && !ORG_CONTEXT_AFTER.test(after)) continue;
    capitals ??= mostlyCapitals(text);
    if (capitals) break;
    found.push(org(start, end, 0.55, 'an acronym where the sentence makes it an employer, school, agency or club'));
  }
  return found;
}

function mostlyCapitals(text: string): boolean {
  const letters = text.match(LETTERS)?.length ?? 0;
  const capitals = text.match(CAPITALS)?.length ?? 0;
  return letters > 0 && capitals * 3 > letters;
}
