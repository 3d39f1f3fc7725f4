import { isRoleLabel } from '../transcript';
import type { Candidate, Detector } from './detector';
import { WORD_NAMES } from './lexicon/compromise-lexicon';
import { isCommonWord } from './lexicon/english-words';

/** `[SIONE] Honestly...`, `[Mere Tane] Yes.`: a name in brackets opening a caption line, as some SRT files mark turns. */
const BRACKET_LABEL = /^[ \t]*(?:-[ \t]*)?\[([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t][\p{Lu}][\p{L}\p{M}'’.-]*){0,2})\][ \t]+\S/gmu;

/** `PÁDRAIG` or `MAUREEN O'NEILL` alone on a line in capitals, the turn on the next line, as some services format it. */
const OWN_LINE_LABEL = /^[ \t]*(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,2})[ \t]*\r?\n(?=[ \t]*\S)/gmu;

/** `ODALYS (INTERVIEWEE):`, `Mere Tane (participant):`: a name, then a role in brackets, then the colon. */
const LABEL_WITH_ROLE = /^[ \t]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,2})[ \t]*\([^()\n]{1,30}\)[ \t]*:/gmu;

/** Sound and transcription notes written in capitals in brackets: `[MUSIC] ...`, `[LAUGHTER]`. */
const NOTE_WORDS = new Set(
  `music applause laughter laughs laughing laugh inaudible unintelligible indistinct crosstalk overlapping silence
  pause pauses noise noises background cough coughs coughing sigh sighs sighing redacted break end start beginning
  foreign unclear blank sound sounds phone rings ringing door knock knocking static interruption interrupted
  cheering cheers chatter singing sings cries crying whispers whispering groans clears throat speaks speaking
  translated translation interpreting interpreted audio video recording paused resumed resumes off mic`.split(/\s+/),
);

function labelsMatching(text: string, pattern: RegExp, reason: string): Candidate[] {
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const name = match[1];
    const words = name.toLocaleLowerCase().split(/[ \t]+/);
    if (isRoleLabel(name) || words.some((word) => NOTE_WORDS.has(word))) continue;
    // `[SHOUTING] Get out`: an ordinary word in brackets is a note, unless it is also a given name (`[FAITH]`).
    if (words.every((word) => isCommonWord(word) && !WORD_NAMES.has(word))) continue;
    const start = match.index + match[0].indexOf(name);
    found.push({ start, end: start + name.length, type: 'PERSON', confidence: 0.9, reason });
  }
  return found;
}

/** A speaker label that is somebody's name (`Keisha Grant:`, `<v Odell Pritchett>`, `CLAUDE:`, `[SIONE]`) is a person. */
export const speakerLabels: Detector = {
  id: 'speaker-labels',
  priority: 80,
  detect({ text, structure }) {
    return [
      ...structure.speakers
        .filter((label) => !label.isRole)
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
    ];
  },
};
