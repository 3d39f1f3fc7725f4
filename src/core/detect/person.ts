import { rulesInStages, stagedDetector, type Candidate, type DetectionContext, type Detector } from './detector';
import { entityCandidates } from './entities';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { isSentenceStart } from './capitalised';
import { isCalendarWordInUse } from './person-calendar';
import { isSentenceOpeningWordNoName } from './person-other-alphabets';
import { PUBLIC_FIGURE_SURNAMES } from './lexicon/public-names';
import { isGivenName } from './lower-case-entities';
import { definedNicknames, namesAfterTheirSpelling, namesBornWith, signNameGlosses } from './person-nicknames';
import { introducedNames } from './person-introductions';
import { addressedNames } from './person-addressed';
import { coordinatedNames } from './person-coordinated';
import { lowerCaseTitledNames } from './person-lower-titles';
import { scriptHonorificNames } from './person-script-honorifics';
import { scriptNamesInFields } from './person-script-fields';
import { tagalogMarkedNames } from './person-markers';
import { onScreenNames } from './person-on-screen';
import { namesOpeningAPersonPredicate } from './person-opening-predicates';
import { lowerCaseGivenNames } from './person-lower-case-given';
import { ocrDamagedNames } from './person-ocr-names';
import { signOffNames, userNames } from './person-writers';
import { ahNames, capitalisedWordNames, familyNicknames, familyPlurals, namedAsRelatives, postNominalHonorifics } from './person-word-names';

/** Below this, a person was found by a weak cue (`and X`, `X said`), not by a naming or kinship cue or a title. */
const WEAK_CUE_CONFIDENCE = 0.9;

/**
 * Names of people: titles, given names, context cues, capitalised non-words (see entities.ts); ordinary words
 * capitalised mid-sentence where only a person fits, families named in the plural, words said to be someone's relative,
 * names before an honorific (`Mehra ji`), `Ah` names and family nicknames (`Big Mama`, `Man-Man`) (person-word-names.ts),
 * nicknames a speaker defines (`calls Dafydd "Dai"`, `Mana for short`; person-nicknames.ts).
 */
export const person: Detector = stagedDetector('person', 50, function* (context) {
  const marked = tagalogMarkedNames(context);
  const found = entityCandidates(context).filter(
    (candidate) =>
      candidate.type === 'PERSON' &&
      !includesTagalogMarker(context.text, candidate, marked) &&
      !isPublicFigureInPassing(context.text, candidate) &&
      !isCalendarWordInUse(context.text, candidate.start, candidate.end) &&
      !isOpeningWordOfAnotherAlphabet(context.text, candidate),
  );
  found.push(...(yield* rulesInStages(RULES_BEFORE_MARKERS, context)), ...marked, ...(yield* rulesInStages(RULES_AFTER_MARKERS, context)));
  yield;
  found.push(...coordinatedNames(context, found));
  return found;
});

/** The rule families after the capitalised phrases, in order (a stage each: see stagedDetector). */
const RULES_BEFORE_MARKERS: ReadonlyArray<(context: DetectionContext) => Candidate[]> = [
  capitalisedWordNames,
  familyPlurals,
  namedAsRelatives,
  postNominalHonorifics,
  ahNames,
  familyNicknames,
  definedNicknames,
  signNameGlosses,
  namesAfterTheirSpelling,
  namesBornWith,
  introducedNames,
  addressedNames,
  scriptHonorificNames,
  scriptNamesInFields,
  onScreenNames,
  namesOpeningAPersonPredicate,
  lowerCaseGivenNames,
];
/** ... and after the names Tagalog's markers show (`si Joy`). */
const RULES_AFTER_MARKERS: ReadonlyArray<(context: DetectionContext) => Candidate[]> = [
  ocrDamagedNames,
  userNames,
  signOffNames,
  lowerCaseTitledNames,
];

/** `Si Joy ang nagluto`: a capitalised run that opens with the Tagalog marker, which is no part of the name. */
function includesTagalogMarker(text: string, candidate: Candidate, marked: readonly Candidate[]): boolean {
  return marked.some((name) => candidate.start < name.start && candidate.end >= name.end && /^(?:si|ni|kay|sina|nina|kina) $/iu.test(text.slice(candidate.start, name.start)));
}

/**
 * `In 2015 Merkel said`: a public figure's surname alone, found by nothing stronger than a weak cue, is mentioned in
 * passing; one that is also someone's given name (`Clinton`, `Johnson`) may be a participant and stays.
 */
function isPublicFigureInPassing(text: string, candidate: Candidate): boolean {
  if (candidate.confidence >= WEAK_CUE_CONFIDENCE) return false;
  const lower = text.slice(candidate.start, candidate.end).toLocaleLowerCase();
  return PUBLIC_FIGURE_SURNAMES.has(lower) && !FIRST_NAMES.has(lower) && !isGivenName(lower);
}

/** `Добро утро!`, `Да, ...`: a Cyrillic or Greek word opening a sentence that reads as no given name (person-other-alphabets.ts). */
function isOpeningWordOfAnotherAlphabet(text: string, candidate: Candidate): boolean {
  if (candidate.confidence >= WEAK_CUE_CONFIDENCE || !isSentenceStart(text, candidate.start)) return false;
  const word = text.slice(candidate.start, candidate.end);
  // `Λάλι you are angel`: a name in its own script inside English; `Гоше, чу ли?`: a name called (not `Да,`).
  const after = text.slice(candidate.end, candidate.end + 3);
  if (/^\s+[A-Za-z]/u.test(after) || (after.startsWith(',') && word.length >= 4)) return false;
  return isSentenceOpeningWordNoName(word);
}
