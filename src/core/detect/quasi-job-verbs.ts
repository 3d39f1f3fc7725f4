import { matchAll, type Candidate } from './detector';
import { otherAt } from './quasi-cues';

const REASON = 'occupation told by what a person does for a living';

/**
 * Jobs told by the work itself, with no job title: `I drive a delivery van`, `he drove the school bus for thirty
 * years`, `she'd drive the bullock team`, `my husband, he deliver packages`, `I do nails`, `working in the
 * greenhouses`, `she cleans at the airport`. Only as a way of life: said in the present, as a habit (`used to`, `'d`),
 * or for a stretch of time; `I drove the van to Leeds` is one trip.
 */
export function findJobVerbs(text: string): Candidate[] {
  if (!MAY_TELL_A_JOB.test(text)) return [];
  return [
    ...matchAll(text, DRIVES, (match) => (isWayOfLife(match) ? jobAt(match) : undefined)),
    ...matchAll(text, OTHER_WORK, (match) => (isWayOfLife(match) ? jobAt(match) : undefined)),
  ];
}

const MAY_TELL_A_JOB = /\b(?:driv|drove|deliver|do |does |works? |worked |working |clean)/i;
const SUBJECT = "(?:\\b(?:[Ii]|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Mm]i|[Hh]im|[Yy]ou)|\\p{Lu}\\p{Ll}+)(?:['’]d|\\s+(?:used\\s+to|would|still|now|also|just|only))?";
const VEHICLES =
  '(?:school\\s+)?(?:bus|buses|van|minibus)|taxi|taxis|cab|cabs|lorry|lorries|trucks?|tractors?|forklifts?|ambulances?|trains?|trams?|ferry|ferries|diggers?|excavators?|cranes?|combines?|harvesters?|tankers?|artics?|rigs?|(?:bullock|horse|dog|mule|sled)\\s+team|okada|boda(?:[- ]boda)?|tuk-tuks?|jeepneys?|matatus?|kombis?';
/** `drive a delivery van`, `drives one of them big haul trucks`, `drive route taxi`, `'d drive the bullock team`. */
const DRIVES = new RegExp(
  `${SUBJECT}\\s+((?:drive|drives|drove|driving|drivin['’])\\s+(?:(?:a|an|the|my|his|her|their|our|one\\s+of\\s+(?:them|those|the))\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?(?:${VEHICLES}))(?![\\p{L}])`,
  'gu',
);
/** `I do nails`, `he deliver packages`, `working in the greenhouses`, `she cleans at the airport`. */
const OTHER_WORK = new RegExp(
  `${SUBJECT}\\s+(?:(?:am|is|was|were|are|['’]s|['’]m|been)\\s+)?(` +
    '(?:do|does|did|doing)\\s+(?:nails|hair|makeup|security|deliveries|removals|plastering|roofing|tiling|childminding|the\\s+bins|the\\s+post|the\\s+rounds)|' +
    '(?:deliver|delivers|delivered|delivering)\\s+(?:packages|parcels|post|mail|newspapers|papers|milk|pizzas?|food|meals)|' +
    '(?:work|works|worked|working)\\s+(?:in|at|on|down)\\s+the\\s+(?:greenhouses?|mines?|pit|pits|mill|mills|docks?|fields|farms?|factory|factories|cannery|abattoir|slaughterhouse|laundry|shipyards?|rigs?|boats|trawlers|quarry|quarries|sawmill|warehouse|vineyards?|orchards?|plantations?)|' +
    '(?:clean|cleans|cleaned|cleaning)\\s+(?:at\\s+the\\s+[\\p{Ll}]+|offices|houses|homes|for\\s+(?:a|an|the|people|families)\\b))(?![\\p{L}])',
  'gu',
);

/** What shows the work is a living: a present or habitual verb, or a stretch of time after it. */
function isWayOfLife(match: RegExpExecArray): boolean {
  const said = match[0];
  const verb = match[1];
  if (/['’]d\s|used\s+to|would|still|now/.test(said)) return true;
  if (/^(?:drives|does|delivers|works|cleans|driving|doing|delivering|working|cleaning|drivin)/.test(verb)) return true;
  const after = match.input.slice(match.index + said.length, match.index + said.length + 40);
  if (/^[^.!?\n]{0,20}\bfor\s+(?:\d+|[a-z]+(?:-[a-z]+)?|many|years|decades|donkey's)\s+(?:years?|decades?)/i.test(after)) return true;
  // A stretch of time said after it without `for`: `I drove taxi, nights, seven years.`
  if (/^,[^.!?\n]{0,20}?,\s+(?:\d+|[a-z]+(?:-[a-z]+)?|many)\s+years?\b/i.test(after)) return true;
  // Present simple after a plural or first-person subject (`I drive`, `they deliver`); not a past one-off (`I drove the van`).
  return /^(?:drive|do|deliver|work|clean)\b/.test(verb);
}

function jobAt(match: RegExpExecArray): Candidate {
  const start = match.index + match[0].length - match[1].length;
  return otherAt(start, start + match[1].length, 0.45, REASON);
}
