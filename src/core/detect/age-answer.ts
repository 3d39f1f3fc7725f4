/** Ages given as the answer to "How old ...?" in the next turn ("How old are you?" / "Forty-one."), or echoed in it. */
import { coordinatedAges } from './age-lists';
import { glossedAges, listedForeignAges } from './age-foreign-words';
import { koreanWordValue, readNumberWords } from './age-number-reader';
import { ageValue } from './age-value';
import { NUM } from './age-rules';
import type { Finding } from '../types';
import type { Candidate } from './detector';
import { QUANTITY_NOUN, textAfter } from './pattern-context';
import { foldDigits } from './pattern-digit-folding';

/**
 * Questions whose answer is an age: `How old ...?`, `What age were you?`, `What's your age?`, `When were you born?`
 * (often answered with an age), and a prompt left hanging for the age (`So you're...`, `That makes you...?`).
 */
const QUESTION =
  /\bhow\s+old\b[^?\n]{0,40}?,\s*(?:(?:he|she|they)\s+)?(?:answers|answered|says|said|replies|replied)\s*:?\s*["“]?|\bhow\s+old\b[^?\n]{0,60}(?:\?|$)|(?:cu[aá]ntos\s+años|quantos\s+anos|quel\s+[aâ]ge|quanti\s+anni|wie\s+alt|hoe\s+oud|ile\s+(?:\S+\s+){0,2}lat|π[όο]σ(?:ων|ο)\s+χρον[ώω]ν|ka[çc]\s+ya[şs]|ilang\s+taon|imong\s+edad|anong\s+edad|edad\s+mo|몇\s*살|何歳|おいくつ|几岁|多大|كم\s+عمر|(?:shu|sh|addeh|add|kam)\s+3umr|(?:shu|addeh|kam)\s+3omr)[^?\n]{0,40}(?:\?|$)|\bwhat\s+age\s+(?:are|were|is|was|will)\b[^?\n]{0,40}\?|\bwhat['’]?s\s+(?:your|his|her|their)\s+age\b[^?\n]{0,20}(?:\?|$)|\bwhen\s+were\s+you\s+born\b[^?\n]{0,30}\?|\b(?:your|his|her|their)\s+age\b[^?\n]{0,30}\?|\b(?:so|and|which\s+makes|that\s+makes|making)\s+you(?:['’]re|\s+are|\s+were)?\s*(?:\.\.\.|…|\s[—–]|\s?--)\s*\??\s*$/gim;
/** A cheap test for any of QUESTION's shapes. */
const MENTIONS_QUESTION = /\bhow\s+old\b|cu[aá]ntos\s+años|quantos\s+anos|quel\s+[aâ]ge|quanti\s+anni|wie\s+alt|hoe\s+oud|ile\s+(?:\S+\s+){0,2}lat|π[όο]σ(?:ων|ο)\s+χρον|ka[çc]\s+ya[şs]|ilang\s+taon|imong\s+edad|anong\s+edad|edad\s+mo|몇\s*살|何歳|おいくつ|几岁|多大|كم\s+عمر|\s3[uo]mr|\bwhat\s+age\b|\b(?:your|his|her|their)\s+age\b[^?\n]{0,30}\?|\bwhat['’]?s\s+\w+\s+age\b|\bwhen\s+were\s+you\s+born\b|\byou(?:['’]re|\s+are|\s+were)?\s*(?:\.\.\.|…|\s[—–]|\s?--)/i;
/** Lines between turns that carry no words: cue numbers and ids, timings, blank lines, "Name  1:43" headers, "NOTE". */
// A Teams caption's cue id (`6a18b254-677d-198b-a7e5-eb07e718c461/47-0`) carries no words either.
export const NOT_SPEECH = /^\s*(?:$|\d+\s*$|.*-->.*$|WEBVTT|NOTE\b|\S.{0,40}\s\d{1,2}:\d\d(?::\d\d)?\s*$|[\da-f]{8}-[\da-f-]{20,40}(?:\/\d+-\d+)?\s*$)/;
/**
 * A speaker label, caption voice tag, timestamp or bullet in front of the words of a turn; a line number before it
 * (` 17  RESP:`), or an oral history's page and line (`13:19  A.`); a name and its time in brackets (`Speaker5 [00:03:58]`).
 */
export const LABEL =
  /^\s*(?:\d{1,4}(?::\d{1,3})?(?:[ ]{2,}|\t))?(?:\[[\d:.,]+\]\s*)?(?:\*\*[^*\n]{1,40}\*\*:?\s*|<v(?:\.[^ >]*)?\s[^>\n]{1,40}>\s*|>>\s*|[-–]\s+|\d{0,3}\s*[QA]\.\s+|\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[APap]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?[^:\n]{1,40}:\s+|(?!\d)[^:\n[\]]{1,40}\s\[\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d+)?\]:?\s+|(?!\d)[^:\n]{1,40}:\s+)?/;
/**
 * Where an answer to a question ending at `offset` may be: the words of each of the first `turns` speech lines after
 * the question's line (past their speaker label), looked for within `lines` lines.
 */
export function* answerTurnsAfter(text: string, offset: number, turns: number, lines: number): Generator<{ start: number; end: number }> {
  let lineStart = text.indexOf('\n', offset) + 1;
  for (let line = 0, turn = 0; line < lines && lineStart > 0 && lineStart < text.length && turn < turns; line++) {
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const lineText = text.slice(lineStart, lineEnd);
    if (!NOT_SPEECH.test(lineText)) {
      turn++;
      yield { start: lineStart + (LABEL.exec(lineText)?.[0].length ?? 0), end: lineEnd };
    }
    lineStart = lineEnd + 1;
  }
}
const ANSWER = new RegExp(
  // "Elin ? five and a half": the person asked about, echoed as a question before the answer.
  `^(?:(?:\\*?[([{][^()[\\]{}\\n]{1,20}[)\\]}]\\*?|\\p{L}+ ?\\?|um+|uh+|erm+|er|oh|ah|well|hmm+|mm+|so|yeah|yes|about|around|nearly|almost|just|only|like|maybe|probably|I['’]m|I am|I was|she['’]s|he['’]s|she is|he is|she was|he was|they['’]re|just turned|turned|going on|turning|coming up on|(?:she|he|they)\\s+(?:say|says|said)|I\\s+think)[,.]?\\s+)*(${NUM}(?:[ -](?:weeks?|months?)(?:[ -]old)?)?)(?=\\s*(?:[.,!?;…=°(]|$|years?\\b|next\\b|on\\b|in\\b|now\\b|and\\b|an['’]\\s|this\\b|come\\b|or\\b|then\\b|at the time\\b|going on\\b|but\\b|don['’]?t\\b|you know\\b|I think\\b))`,
  'iu',
);

/** "And you?", "And your wife?" after a "How old ...?" just answered: the same question, put to the next person. */
const FOLLOW_UP = /\b(?:and|what about|how about)\s+(?:you|yourself|(?:your|his|her|their)\s+(?:wife|husband|partner|mother|mum|mom|father|dad|son|daughter|brother|sister|children|kids))\b[^\n]{0,12}$/gim;
/** How far back a "How old ...?" makes "and you?" the same question. */
const FOLLOW_UP_REACH = 400;
/** Turns after the question in which its answer is looked for ("Would you say how old?" / "Guess." / "No!" / "57."). */
const ANSWER_TURNS = 3;

function questions(text: string): number[] {
  const ends: number[] = [];
  QUESTION.lastIndex = 0;
  for (let question = QUESTION.exec(text); question; question = QUESTION.exec(text)) ends.push(question.index + question[0].length);
  FOLLOW_UP.lastIndex = 0;
  for (let followUp = FOLLOW_UP.exec(text); followUp; followUp = FOLLOW_UP.exec(text)) {
    if (MENTIONS_QUESTION.test(text.slice(Math.max(0, followUp.index - FOLLOW_UP_REACH), followUp.index))) ends.push(followUp.index + followUp[0].length);
  }
  return ends.sort((a, b) => a - b);
}

/** The start of the words of a table row's cells (`| **Ana:** Forty |`), of the last cell of a TSV or CSV export row
 * (`00:02:16\tC2\tNineteen.`, `6,Han,00:00:43,"Eight."`), or else 0: the line as a whole. */
function spokenParts(line: string): number[] {
  if (/^\s*\|.*\|\s*$/.test(line)) {
    const cells: number[] = [];
    for (const cell of line.matchAll(/\|\s*(?=[^|\s])/g)) if (!/^\|\s*$/.test(line.slice(cell.index))) cells.push(cell.index + cell[0].length);
    return cells;
  }
  const tab = line.lastIndexOf('\t');
  if (tab >= 0 && tab < line.length - 1) return [tab + 1];
  const csv = /^[^",\n]{0,40}(?:,[^",\n]{0,40}){1,6},"/.exec(line);
  if (csv) return [csv[0].length];
  return [0];
}

/** A one-letter speaker code of a clinical transcript (`C six.`, `E how old are you?`). */
const LETTER_LABEL = /^[A-Z][ \t]+(?=\S)/;
/** What may follow an answer said in another language: the end of the clause, or a Filipino politeness word. */
const AFTER_FOREIGN_ANSWER = /^(?:\s*(?:[.,!?;…)]|\.\.\.|$)|\s+(?:po|na|ya|já|schon|anos|años|ans|anni|Jahre|jaar|lat)\b)/iu;

/** The age that opens the words at `from`, in English or in another language, with where it is. */
function answerIn(text: string, from: number): { start: number; end: number; value: number } | undefined {
  const lineEnd = text.indexOf('\n', from) === -1 ? text.length : text.indexOf('\n', from);
  const rest = text.slice(from, lineEnd);
  const label = (LABEL.exec(rest)?.[0] || LETTER_LABEL.exec(rest)?.[0]) ?? '';
  const labelled = rest.slice(label.length).replace(/^\*\*[^*]{1,40}\*\*:?\s*/, '');
  // "Oxk'al... sesenta", "Three twenties... sixty", "Kajlajuj. Catorce.": a hesitation or a word of a language not read.
  const stripped = labelled.replace(/^(?:(?:\*?[([{][^()[\]{}\n]{1,20}[)\]}]\*?|\p{L}+['’]?\p{L}*(?:\s\p{L}+)?(?:\.\.\.|…)|\p{Lu}\p{Ll}+['’]?\p{Ll}*[.!])\s+)+(?=\p{L})/u, '');
  const words = ANSWER.test(labelled) || readNumberWords(labelled, 0) ? labelled : stripped;
  const at = from + rest.length - words.length;
  const answer = ANSWER.exec(words);
  if (answer) {
    const start = at + answer[0].length - answer[1].length;
    const value = ageValue(answer[1]);
    return value === undefined ? undefined : { start, end: start + answer[1].length, value };
  }
  // "Trenta'y singko po.", "Czterdzieści jeden.", "Oxk'al... sesenta": a number in another language, after fillers.
  const preamble = /^(?:(?:\*?[([{][^()[\]{}\n]{1,20}[)\]}]\*?|um+|uh+|eh+|ah+|oh|well|bueno|pues|eh|ben|na\s+ja|also|no|tja|yani|naku)[,.]?\s+)*/iu.exec(words);
  const start = at + (preamble?.[0].length ?? 0);
  // "일흔여덟. Seventy-eight.": a Korean number word as the whole answer.
  const korean = /^[\uac00-\ud7af]{2,4}(?=[ \t]*(?:살|세)?[ \t]*(?:[.,!?]|$))/u.exec(text.slice(start, start + 5));
  const koreanValue = korean ? koreanWordValue(korean[0]) : undefined;
  const read = koreanValue !== undefined ? { start, end: start + korean![0].length, value: koreanValue, words: 1, ambiguous: false } : readNumberWords(text, start);
  if (!read || read.ambiguous || !AFTER_FOREIGN_ANSWER.test(textAfter(text, read.end, 12))) return undefined;
  return { start, end: read.end, value: read.value };
}

/**
 * Whether a chunk may hold an age question, for the document-level step's gate (chunk-gates.ts): MENTIONS_QUESTION over
 * the chunk read as answeredAges reads it (digits folded; a chunk follows a line break, so `\s3umr` may open it).
 */
export function mentionsAgeQuestion(chunkText: string): boolean {
  return MENTIONS_QUESTION.test(` ${foldDigits(chunkText)}`);
}

export function answeredAges(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!MENTIONS_QUESTION.test(text)) return found;
  for (const questionEnd of questions(text)) {
    let lineStart = questionEnd;
    let turns = 0;
    // The answer is the rest of the question's line ("How old was I? Nineteen.") or one of the next turns.
    for (let lines = 0; lines < 12 && lineStart <= text.length; lines++) {
      const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
      const line = text.slice(lineStart, lineEnd);
      if (!NOT_SPEECH.test(line)) {
        let answered = false;
        for (const words of spokenParts(line)) {
          const answer = answerIn(text, lineStart + words);
          if (!answer) continue;
          answered = true;
          // A baby's age in weeks or months reads as 0 years.
          const infant = /(?:weeks?|months?)(?:[ -]old)?$/.test(text.slice(answer.start, answer.end));
          if ((answer.value >= 1 || infant) && answer.value <= 110 && !QUANTITY_NOUN.test(textAfter(text, answer.end, 30))) {
            found.push({ start: answer.start, end: answer.end, type: 'AGE', confidence: 0.6, reason: 'age: the answer to "How old ...?"' });
          }
        }
        const answer = answered;
        if (answer) break;
        if (line.trim() !== '' && lines > 0 && ++turns >= ANSWER_TURNS) break;
      }
      lineStart = lineEnd + 1;
    }
  }
  return found;
}

/**
 * The same answers found over a whole document, for a document-level step (a chunk ends at a blank line, so in
 * Markdown, WebVTT and SRT the question and its answer are never in one chunk): findings not overlapping `existing`.
 */
export function ageAnswersAcrossTurns(original: string, existing: readonly Finding[], mentionsQuestion?: boolean): Finding[] {
  // Figures of other scripts and OCR's look-alikes read as digits; the offsets are the original's.
  const text = foldDigits(original);
  const answered = mentionsQuestion === false ? [] : answeredAges(text);
  // "How old were your kids?" / "Nine and twelve.": the ages listed after the answer are answers too.
  const listed = answered.length > 0 ? [...answered, ...coordinatedAges(text, answered)] : answered;
  const answers = [...listed, ...agesByAfterAnswers(text, listed)];
  // "Forty-four. In Arabic, arba'a wa arba'in": an answer, or an age found in a chunk, said again in another language.
  answers.push(...glossedAges(text, [...answers, ...existing.filter((finding) => finding.type === 'AGE')]));
  answers.push(...listedForeignAges(text, answers));
  const found: Candidate[] = [];
  for (const candidate of [...answers, ...echoesInNextTurn(text, [...existing, ...answers.map((answer) => ({ ...answer, text: text.slice(answer.start, answer.end), detector: 'age' }))])]) {
    if ([...existing, ...found].some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    found.push(candidate);
  }
  return found.map((answer) => ({ ...answer, text: original.slice(answer.start, answer.end), detector: 'age' }));
}

/** `By twelve I was running the kicker`: an age the story reached, said in the turn that answered "How old ...?". */
const BY_AGE = new RegExp(`\\b[Bb]y\\s+(?:the\\s+age\\s+of\\s+)?(${NUM})(?=[ ,]+(?:I|he|she|we|they|you)\\b)`, 'gu');
/** How far after an answer, within its turn, such an age is still taken for one. */
const BY_AGE_REACH = 200;

function agesByAfterAnswers(text: string, answers: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const answer of answers) {
    const lineEnd = text.indexOf('\n', answer.end) === -1 ? text.length : text.indexOf('\n', answer.end);
    const rest = text.slice(answer.end, Math.min(lineEnd, answer.end + BY_AGE_REACH));
    BY_AGE.lastIndex = 0;
    for (let match = BY_AGE.exec(rest); match; match = BY_AGE.exec(rest)) {
      const value = ageValue(match[1]);
      const start = answer.end + match.index + match[0].length - match[1].length;
      if (value === undefined || value < 2 || value > 30 || found.some((other) => other.start === start)) continue;
      found.push({ start, end: start + match[1].length, type: 'AGE', confidence: 0.5, reason: 'age: "by twelve I was ..." after an age just given' });
    }
  }
  return found;
}

/** A turn that opens with a number said alone: "Forty-one!", "Seventy-two, can you believe it." */
const OPENS_WITH_NUMBER = new RegExp(
  `^(?:(?:yes|yeah|yep|yup|no|nah|nope|oh|ok|okay|sure|right|wow|aww|hmm|um|er|lol|wallah)\\b[^,.!?\\n]{0,12}[,.!]\\s+|(?:yes|yeah|no|nah|nope|oh|ok|okay|hmm|um|er|more like|nearer|closer to)\\s+)?(${NUM})(?=\\s*(?:[.!?,…]|$|is\\b|was\\b|['’]s\\b|i think\\b|in\\b|next\\b|now\\b|this\\b|then\\b|surely\\b))`,
  'iu',
);
/** How far an age said back may be from the one it answers and still be the same person's (`hes like 60` / `58 i think`). */
const ECHO_DIFFERENCE = 3;
/** What makes a different value a correction or a projection of the same age rather than a new number (`Forty-four now!`). */
const CORRECTION_AFTER = /^\s*(?:i think|i reckon|i guess|ish|or so|maybe|in|next|this|come|now)\b/i;
/** A turn of the number alone, or with one word of address (`Ninety-five, sis.`): a correction too, not a new figure. */
const NUMBER_ALONE_AFTER = /^\s*(?:[.…]|,\s*\p{L}+[.!]?)?\s*(?:<\/v>)?\s*$/u;

/**
 * "Migs: Forty-one this year, Lola." / "Lola Ising: Forty-one!": an age echoed by the next speaker, in a turn (and so
 * a chunk) of its own. Only the turn straight after the age's line, and only the same value or one
 * within three of it (a correction: `hes like 60 now` / `58 i think`).
 */
function echoesInNextTurn(text: string, existing: readonly Finding[]): Candidate[] {
  const found: Candidate[] = [];
  for (const age of existing) {
    if (age.type !== 'AGE') continue;
    const value = ageValue(age.text);
    if (value === undefined || value < 2) continue;
    let lineStart = text.indexOf('\n', age.end) + 1;
    for (let lines = 0; lines < 6 && lineStart > 0 && lineStart < text.length; lines++) {
      const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
      const line = text.slice(lineStart, lineEnd);
      if (!NOT_SPEECH.test(line)) {
        const label = LABEL.exec(line)?.[0] ?? '';
        const echo = OPENS_WITH_NUMBER.exec(line.slice(label.length));
        // "3. Sex: F" after "Age: 3", `7,Han,00:00:50`: a numbered item of a form or a CSV row, not the age echoed.
        const numberedItem = echo !== null && /^\d+(?:[.)][ \t]+\S|[,;\t]\S)/.test(line.slice(label.length));
        const echoed = echo ? ageValue(echo[1]) : undefined;
        // Another value is the same person's age only when hedged or projected (`58 i think`, `73 in Shawwal then`), not
        // when exclaimed and denied (`Forty-two! No.`).
        const sameOrCorrected = echoed === value || (echoed !== undefined && Math.abs(echoed - value) <= ECHO_DIFFERENCE && echo !== null && (CORRECTION_AFTER.test(line.slice(label.length + echo[0].length)) || NUMBER_ALONE_AFTER.test(line.slice(label.length + echo[0].length))));
        if (echo && !numberedItem && sameOrCorrected) {
          const start = lineStart + label.length + echo[0].length - echo[1].length;
          found.push({ start, end: start + echo[1].length, type: 'AGE', confidence: 0.5, reason: 'age: the age just said, echoed or corrected by the next speaker' });
        }
        break;
      }
      lineStart = lineEnd + 1;
    }
  }
  return found;
}
