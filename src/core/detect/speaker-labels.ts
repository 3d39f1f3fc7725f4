import { holdsSharedWord } from '../never-shared';
import { isRoleLabel } from '../transcript';
import { isFieldLabel } from '../speaker-roles';
import { isSurnameWord } from '../transcript-surname-words';
import { childesAges } from '../transcript-childes';
import type { Candidate, Detector } from './detector';
import { DEMONYMS, WORD_NAMES } from './lexicon/compromise-lexicon';
import { LANGUAGES } from './lexicon/public-names';
import { isCommonWord } from './lexicon/english-words';
import { isGivenName } from './lower-case-entities';

/** `[SIONE] Honestly...`, `[Mere Tane] Yes.`: a name in brackets opening a caption line, as some SRT files mark turns. */
const BRACKET_LABEL = /^[ \t]*(?:-[ \t]*)?\[([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t][\p{Lu}][\p{L}\p{M}'’.-]*){0,2})\][ \t]+\S/gmu;

/** `PÁDRAIG` or `MAUREEN O'NEILL` alone on a line in capitals, the turn on the next line, as some services format it. */
const OWN_LINE_LABEL = /^[ \t]*(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,2})[ \t]*\r?\n(?=[ \t]*\S)/gmu;

/** `ODALYS (INTERVIEWEE):`, `**Mere Tane (participant):**`: a name, then a role in brackets, then the colon. */
const LABEL_WITH_ROLE = /^[ \t]*(?:\*\*|__)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,2})[ \t]*\([^()\n]{1,30}\)[ \t]*(?:\*\*|__)?[ \t]*:/gmu;

/**
 * `RESIDENT (AGNIESZKA):`, `**Caller (Mere Tane):**`, `RESPONDENT 2 (ABDI):`: a role, numbered or not, then the
 * speaker's name in brackets, then the colon.
 */
const ROLE_WITH_NAME = /^[ \t]*(?:\*\*|__)?\p{L}[\p{L}\p{M}'’.-]*(?:[ \t][\p{L}\p{M}\d'’.-]+){0,2}[ \t]*\([ \t]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,2})[ \t]*\)[ \t]*(?:\*\*|__)?[ \t]*:/gmu;

/**
 * `[voice note 09 · 1:47] lucky: hey all`, `**hope:** tiktok`: a lower-case given name that is also a word (`lucky`,
 * `hope`), as the label of a caption or chat line after its bracketed note or time, or in bold. Names that are no English word are labels already
 * (transcript.ts); these need the note before them, so `hope: ...` in prose is never read as a label.
 */
const LOWER_WORD_NAME_LABEL = /^[ \t]*(?:(?:\[[^\]\n]{1,40}\]|\(?\d{1,2}:\d{2}(?::\d{2})?\)?)[ \t]*(\p{Ll}[\p{Ll}'’-]{1,19})[ \t]*:|(?:\*\*|__)(\p{Ll}[\p{Ll}'’-]{1,19})[ \t]*:(?:\*\*|__))(?=[ \t])/gmu;

/**
 * `| **Petrona:** *(risas)* Catorce. | **Petrona:** Fourteen. |`: a bold label opening a table cell, as bilingual
 * transcripts set the original and the translation side by side.
 */
const TABLE_CELL_LABEL = /\|[ \t]*(?:\*\*|__)(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,2})[ \t]*:[ \t]*(?:\*\*|__)/gu;

/**
 * A speaker's description in brackets in the label, as focus-group transcripts give it: `P3 (female, 41, nurse):`,
 * `R2 (M, 67):`, `Participant 4 (Losa, 23):`. A number of years in it is the speaker's age.
 */
const LABEL_DESCRIPTION = /^[ \t]*(?:\*\*|__)?[\p{L}][\p{L}\p{M}\d'’.-]*(?:[ \t]+[\p{L}\d][\p{L}\p{M}\d'’.-]*){0,3}[ \t]*\(([^()\n]{1,60})\)[ \t]*(?:\*\*|__)?[ \t]*:/gmu;
const AGE_CELL = /^(\d{1,3})(?:[ \t]*(?:y\/?o|yrs?|years?(?: old)?))?$/i;

function labelDescriptionAges(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes('(')) return found;
  LABEL_DESCRIPTION.lastIndex = 0;
  for (let match = LABEL_DESCRIPTION.exec(text); match; match = LABEL_DESCRIPTION.exec(text)) {
    let offset = match.index + match[0].indexOf('(') + 1;
    for (const cell of match[1].split(/[,;]/)) {
      const trimmed = cell.trim();
      const age = AGE_CELL.exec(trimmed);
      if (age && Number(age[1]) >= 5 && Number(age[1]) <= 110) {
        const start = offset + cell.indexOf(trimmed);
        found.push({ start, end: start + trimmed.length, type: 'AGE', confidence: 0.8, reason: "age in the speaker's description in the label" });
      }
      offset += cell.length + 1;
    }
  }
  return found;
}

/**
 * The person in a header or form field written surname first, with a nickname in quotes after it:
 * `Interviewee: HUTCHINSON, Raymond ("Ray")`, `Surname, first name: Demirci, Yusuf`. The field must be a role or a
 * field name (`Interviewee`, `Name`, `Caseworker`), so `Note: Monday, Tuesday` is left alone.
 */
const FIELD_VALUE_SURNAME_FIRST =
  /^[ \t]*(?:\*\*|__)?([\p{L}][\p{L} ,'’-]{0,30}?)[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+,[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*)?)(?:[ \t]+\(?["“'‘](\p{Lu}[\p{L}\p{M}'’-]*)["”'’]\)?)?[ \t]*(?=$|\r|[(;,])/gmu;

function fieldValueNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes(',')) return found;
  FIELD_VALUE_SURNAME_FIRST.lastIndex = 0;
  for (let match = FIELD_VALUE_SURNAME_FIRST.exec(text); match; match = FIELD_VALUE_SURNAME_FIRST.exec(text)) {
    if (!isRoleLabel(match[1]) && !isFieldLabel(match[1])) continue;
    const [surname, given] = match[2].toLowerCase().split(/,[ \t]+/);
    if (isCommonWord(surname) && !isSurnameWord(surname) && !WORD_NAMES.has(surname)) continue;
    // `Monday, Tuesday`, `March, April`: days and months are field words, not names.
    if (isFieldLabel(surname) || isFieldLabel(given.split(/[ \t]/)[0])) continue;
    const start = match.index + match[0].indexOf(match[2], match[1].length);
    found.push({ start, end: start + match[2].length, type: 'PERSON', confidence: 0.9, reason: 'a name written surname first in a header field' });
    if (match[3]) {
      const nick = match.index + match[0].lastIndexOf(match[3]);
      found.push({ start: nick, end: nick + match[3].length, type: 'PERSON', confidence: 0.9, reason: 'a nickname in quotes after a name in a header field' });
    }
  }
  return found;
}

/** Sound and transcription notes written in capitals in brackets: `[MUSIC] ...`, `[LAUGHTER]`. */
const NOTE_WORDS = new Set(
  `music applause laughter laughs laughing laugh inaudible unintelligible indistinct crosstalk overlapping silence
  pause pauses noise noises background cough coughs coughing sigh sighs sighing redacted break end start beginning
  foreign unclear blank sound sounds phone rings ringing door knock knocking static interruption interrupted
  cheering cheers chatter singing sings cries crying whispers whispering groans clears throat speaks speaking
  translated translation interpreting interpreted audio video recording paused resumed resumes off mic`.split(/\s+/),
);

const BOLD_BULLET_BEFORE = /(?:^|\n)[ \t]*[-*+][ \t]+\*\*$/;

function isOrdinaryWordLabel(name: string): boolean {
  const lower = name.toLocaleLowerCase();
  return !/\s/.test(lower) && isCommonWord(lower) && !WORD_NAMES.has(lower) && !isGivenName(lower);
}

function labelsMatching(text: string, pattern: RegExp, reason: string): Candidate[] {
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = match[1];
    const words = name.toLocaleLowerCase().split(/[ \t]+/);
    // `Name (Chinese):`, `Pt said (Cantonese):`: a language or a people in brackets says how, not who.
    if (isRoleLabel(name) || words.some((word) => NOTE_WORDS.has(word)) || holdsSharedWord(name)) continue;
    // `Name (Chinese):`, `Name (Thai):`: a form's field in a language, not a role with a person's name.
    if (words.every((word) => LANGUAGES.has(word) || DEMONYMS.has(word))) continue;
    // `[SHOUTING] Get out`: an ordinary word in brackets is a note, unless it is also a given name (`[FAITH]`).
    if (words.every((word) => isCommonWord(word) && !WORD_NAMES.has(word))) continue;
    const start = match.index + match[0].indexOf(name);
    found.push({ start, end: start + name.length, type: 'PERSON', confidence: 0.9, reason });
  }
  return found;
}

function lowerWordNameLabels(text: string): Candidate[] {
  const found: Candidate[] = [];
  LOWER_WORD_NAME_LABEL.lastIndex = 0;
  for (let match = LOWER_WORD_NAME_LABEL.exec(text); match; match = LOWER_WORD_NAME_LABEL.exec(text)) {
    const name = match[1] ?? match[2]; // after a note or time, or in bold: `**hope:**`
    if (!WORD_NAMES.has(name) || MODAL_WORDS.has(name) || isRoleLabel(name) || NOTE_WORDS.has(name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    found.push({ start, end: start + name.length, type: 'PERSON', confidence: 0.9, reason: 'lower-case speaker label that is a given name' });
  }
  return found;
}

/** Given names that are also auxiliary verbs: `will: yes` is more likely a note than a speaker. */
const MODAL_WORDS = new Set(['will', 'may', 'can', 'must']);

/** A speaker label that is somebody's name (`Keisha Grant:`, `<v Odell Pritchett>`, `CLAUDE:`, `[SIONE]`) is a person. */
export const speakerLabels: Detector = {
  id: 'speaker-labels',
  priority: 80,
  detect({ text, structure }) {
    return [
      ...structure.speakers
        // `Arrived Australia: 1989`, `Language: Cantonese` in a form: a field, not a speaker.
        // `- **Vote:** go ahead`, `- **Action:**` in minutes: one ordinary word that is no given name heads a bullet.
        .filter((label) => !label.isRole && !holdsSharedWord(label.name) && !(BOLD_BULLET_BEFORE.test(text.slice(Math.max(0, label.start - 6), label.start)) && isOrdinaryWordLabel(label.name)))
        .map((label) => ({
          start: label.start,
          end: label.end,
          type: 'PERSON' as const,
          confidence: 0.95,
          reason: 'speaker label that is a name',
        })),
      ...labelsMatching(text, BRACKET_LABEL, 'bracketed speaker label that is a name'),
      ...labelsMatching(text, OWN_LINE_LABEL, 'a name in capitals on its own line before the turn'),
      ...labelsMatching(text, LABEL_WITH_ROLE, 'speaker label that is a name, with a role in brackets'),
      ...labelsMatching(text, ROLE_WITH_NAME, 'a name in brackets after the role in a speaker label'),
      ...(text.includes('|') ? labelsMatching(text, TABLE_CELL_LABEL, 'a bold speaker label opening a table cell') : []),
      ...lowerWordNameLabels(text),
      // The participant's age in a CHAT file's `@ID` line (`3;04.12`): metadata of the speaker, like the label.
      ...labelDescriptionAges(text),
      ...fieldValueNames(text),
      ...childesAges(text).map((span) => ({ ...span, type: 'AGE' as const, confidence: 0.9, reason: 'age of a participant in a CHAT @ID line' })),
    ];
  },
};
