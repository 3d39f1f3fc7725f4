import { matchAll, rulesInStages, stagedDetector, type Candidate, type DetectionContext, type Detector } from './detector';
import { entityCandidates } from './entities';
import { isSentenceStart } from './capitalised';
import { lowerCaseShapesOf } from './pattern-lower-case-shapes';
import { countriesOfJourneys, placesByCue } from './pattern-place-cues';
import { withoutCrossing, withoutGeneralPlaces, withoutWordBeforeNumber } from './pattern-overlaps';
import { houseNumbers, landforms, ordinalWards, townsBeforeRegion } from './pattern-place-shapes';
import { lowerCasePlacesInMixedText } from './place-lower-case-words';
import { countriesOfOrigin } from './place-origin-countries';
import { originFields } from './place-origin-fields';
import { roadNicknames } from './place-road-nicknames';
import { citiesNamedForRegions, streetsNamedForCountries, withoutRegionsOfResidence } from './place-general-regions';
import { townsInLabelsAndPostpositions } from './place-label-towns';
import { ordinaryWordTowns } from './place-ordinary-word-towns';
import { foreignStreets } from './place-foreign-streets';
import { namesOfKindsOfPlace } from './place-named-kinds';
import { homeUnitsAndDistricts } from './place-home-units';
import { landDescriptions } from './place-land-descriptions';
import { placesListedAfter } from './place-lists';
import { withoutLanguagesAndNationalities } from './place-not-places';
import { withoutNamedThings } from './place-named-things';
import { withoutSchemesAndDays } from './pattern-org-shapes';

/**
 * Roads known by a number: `Route 12`, `Highway 16`, `State Highway 2`, `I-95`, `Avenue H`, and road codes after
 * `the` (`up the N2`, `off the M8`, `the A30`), as in Britain, Ireland, South Africa and New Zealand. Not a form someone
 * holds (`my I-140`, `her I-797`): those are immigration forms. Typed in lower case (`out on route 22`), only after a
 * word of driving or where, so a bus route said as a route (`I am Mwangi, route 45`) is left.
 */
const NUMBERED_ROAD =
  /\b(?:(?:State |County |Farm to Market |US |U\.S\. )?(?:Route|Rte|Highway|Hwy|Interstate|Road)\s?\d{1,4}[A-Z]?|(?<!\b(?:my|his|her|our|their|your)\s)I-\d{1,3}|SH ?\d{1,3}|(?:Avenue|Ave)\s[A-Z])(?![\p{L}\p{N}])|(?<=\bthe\s)[AMNB]\d{1,4}(?:\([MT]\))?(?![\p{L}\p{N}])|(?<=\b(?:on|off|down|up|along|onto|take|took|via|from|out)\s)(?:(?:state|county|us) )?(?:route|rte|highway|hwy|interstate|county road|farm to market)\s?\d{1,4}(?![\p{L}\p{N}])/gu;

/**
 * Towns, streets, counties, landmarks: suffixes, prefixes, prepositions (see entities.ts), numbered roads, streams and
 * hollows named by ordinary words (`Otter Creek`), towns before their state (`Wheelwright, Kentucky`), and houses
 * called by their number (`Number 41`). A guess that cuts through one of these shapes gives way to it.
 */
export const place: Detector = stagedDetector('place', 50, function* (context) {
  const shapes = yield* rulesInStages(SHAPE_RULES, context);
  const general = withoutGeneralPlaces(context.text, entityCandidates(context).filter((candidate) => candidate.type === 'LOCATION'));
  const guesses = withoutLanguagesAndNationalities(context.text, withoutSchemesAndDays(context.text, withoutNamedThings(context.text, withoutRegionsOfResidence(context.text, general))));
  const found = [...withoutCrossing(withoutWordBeforeNumber(context.text, guesses), shapes), ...shapes];
  return [...found, ...placesListedAfter(context.text, found)];
});

/** The shapes of place names, in order (a stage each: see stagedDetector). */
const SHAPE_RULES: ReadonlyArray<(context: DetectionContext) => Candidate[]> = [
  ({ text }) =>
    matchAll(text, NUMBERED_ROAD, (match) => ({
      start: match.index,
      end: match.index + match[0].length,
      type: 'LOCATION',
      confidence: 0.6,
      reason: 'a road known by its number',
    })),
  ({ text }) => landforms(text),
  ({ text }) => houseNumbers(text),
  ({ text }) => ordinalWards(text),
  ({ text }) => townsBeforeRegion(text, (offset) => isSentenceStart(text, offset)),
  (context) => lowerCaseShapesOf(context).filter((candidate) => candidate.type === 'LOCATION'),
  ({ text }) => countriesOfJourneys(text),
  ({ text }) => placesByCue(text),
  ({ text, structure }) => lowerCasePlacesInMixedText(text, structure),
  ({ text }) => countriesOfOrigin(text),
  ({ text }) => originFields(text),
  ({ text }) => roadNicknames(text),
  ({ text }) => citiesNamedForRegions(text),
  ({ text }) => streetsNamedForCountries(text),
  ({ text }) => townsInLabelsAndPostpositions(text),
  ({ text }) => ordinaryWordTowns(text),
  ({ text }) => foreignStreets(text),
  ({ text }) => homeUnitsAndDistricts(text),
  ({ text }) => landDescriptions(text),
  ({ text }) => namesOfKindsOfPlace(text),
];
