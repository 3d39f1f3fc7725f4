import type { Candidate, Detector } from './detector';
import { entityCandidates } from './entities';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { isCalendarWordInUse } from './person-calendar';
import { PUBLIC_FIGURE_SURNAMES } from './lexicon/public-names';
import { isGivenName } from './lower-case-entities';
import { definedNicknames } from './person-nicknames';
import { ahNames, capitalisedWordNames, familyNicknames, familyPlurals, namedAsRelatives, postNominalHonorifics } from './person-word-names';

/** Below this, a person was found by a weak cue (`and X`, `X said`), not by a naming or kinship cue or a title. */
const WEAK_CUE_CONFIDENCE = 0.9;

/**
 * Names of people: titles, given names, context cues, capitalised non-words (see entities.ts); ordinary words
 * capitalised mid-sentence where only a person fits, families named in the plural, words said to be someone's relative,
 * names before an honorific (`Mehra ji`), `Ah` names and family nicknames (`Big Mama`, `Man-Man`) (person-word-names.ts),
 * nicknames a speaker defines (`calls Dafydd "Dai"`, `Mana for short`; person-nicknames.ts).
 */
export const person: Detector = {
  id: 'person',
  priority: 50,
  detect: (context) => [
    ...entityCandidates(context).filter((candidate) => candidate.type === 'PERSON' && !isPublicFigureInPassing(context.text, candidate) && !isCalendarWordInUse(context.text, candidate.start, candidate.end)),
    ...capitalisedWordNames(context),
    ...familyPlurals(context),
    ...namedAsRelatives(context),
    ...postNominalHonorifics(context),
    ...ahNames(context),
    ...familyNicknames(context),
    ...definedNicknames(context),
  ],
};

/**
 * `In 2015 Merkel said`: a public figure's surname alone, found by nothing stronger than a weak cue, is mentioned in
 * passing; one that is also someone's given name (`Clinton`, `Johnson`) may be a participant and stays.
 */
function isPublicFigureInPassing(text: string, candidate: Candidate): boolean {
  if (candidate.confidence >= WEAK_CUE_CONFIDENCE) return false;
  const lower = text.slice(candidate.start, candidate.end).toLocaleLowerCase();
  return PUBLIC_FIGURE_SURNAMES.has(lower) && !FIRST_NAMES.has(lower) && !isGivenName(lower);
}
