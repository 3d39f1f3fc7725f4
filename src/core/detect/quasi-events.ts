import { matchAll, type Candidate, type TextRule } from './detector';
import { NEVER_NAMES } from './lexicon/cues';
import { mentionsAny, otherAt } from './quasi-cues';

/**
 * Local events that date and place a story: named storms (`Cyclone Marama`), local shows and festivals (`Coonabarra
 * Show`, `St Keverne Vean Feast`), and disasters told by what they did (`the flood that closed the Kilbrack creamery`,
 * `when the Northern Store burned down`). Public festivals (`Mid-Autumn Festival`, `Notting Hill Carnival`) are not.
 */
export const LOCAL_EVENT_RULES: readonly TextRule[] = [
  (text) => matchAll(text, EVENT_PREFIXED, (match) => whole(match, 0.6, 'a named storm or disaster')),
  (text) => matchAll(text, EVENT_SUFFIXED, (match) => (PUBLIC_EVENTS.test(match[0]) ? undefined : whole(match, 0.65, 'a named local event'))),
  (text) => matchAll(text, DISASTER_CLAUSE, (match) => group(match, 0.45, 'a local event told by what it did')),
  (text) => matchAll(text, DISASTER_AT, (match) => (NEVER_NAMES.has(match[2].toLowerCase()) ? undefined : group(match, 0.45, 'a local event and where it happened'))),
  (text) => matchAll(text, WHEN_IT_HAPPENED, (match) => group(match, 0.45, 'a local event told by what it did')),
  (text) => matchAll(text, INCIDENT, (match) => namedIncident(match) ?? datedIncident(match)),
  (text) => (mentionsAny(text, CELEBRATION_NEEDLES) ? matchAll(text, CELEBRATION, (match) => namedIncident(match) ?? datedIncident(match)) : []),
  (text) => (mentionsAny(text, AWARD_NEEDLES) ? matchAll(text, AWARD, award) : []),
  gatheringsRun,
  (text) => (mentionsAny(text, FOUNDING_NEEDLES) ? matchAll(text, FOUNDED_BY, gatheringFounded) : []),
];

const AWARD_NEEDLES = ['prize', 'award', 'medal', 'scholarship', 'trophy', 'bursary', 'commendation'];
/**
 * `gave me a recognition prize for the pandemic`, `got the Presidential scholarship`, `won the Carer of the Year award`:
 * an honour someone received, which the local paper printed. A bare `a prize` or `first prize` names nothing.
 */
const AWARD = new RegExp(
  `\\b(?:got|get|gets|won|win|wins|received|receives|awarded|given|gave\\s+(?:me|him|her|us|them))\\s+(?:a|an|the|his|her|my|their)\\s+` +
    `((?:[\\p{L}\\p{M}'’-]+\\s+){1,4}?(?:prize|award|medal|scholarship|trophy|bursary|commendation)(?:\\s+for\\s+(?:the\\s+|his\\s+|her\\s+|my\\s+)?[\\p{L}\\p{M}'’-]+)?)(?![\\p{L}])`,
  'giu',
);
const NOT_AWARD_WORDS = new Set(['a', 'an', 'the', 'first', 'second', 'third', 'big', 'small', 'little', 'cash', 'money', 'booby', 'consolation', 'some', 'any', 'that', 'this']);

function award(match: RegExpExecArray): Candidate | undefined {
  const words = match[1].toLowerCase().split(/\s+/);
  const head = words.findIndex((word) => AWARD_NEEDLES.some((needle) => word.startsWith(needle)));
  if (words.slice(0, head).every((word) => NOT_AWARD_WORDS.has(word))) return undefined;
  return group(match, 0.45, 'an honour a person in the story received');
}

const GATHERINGS =
  'evening|night|tournament|lunch|dinner|supper|picnic|festival|fair|market|gala|procession|bonfire|ceilidh|quiz|dance|social|' +
  'breakfast|barbecue|bbq|braai|concert|race|competition|show|cup|walk|run|vigil|pilgrimage|retreat|camp|fundraiser';
/** The cue of a gathering someone runs, with its `the`; the gathering is read after it (GATHERING_AFTER_THE). */
const RUN_THE = /(?<!\w)(?:charge\s+of|organi[sz](?:e|es|ed|ing)|runs|ran|running|started|starts|hosts|hosted|hosting|we\s+(?:have|hold|had|held|do|did))\s+the\s+/giu;

function gatheringsRun(text: string): Candidate[] {
  const found: Candidate[] = [];
  RUN_THE.lastIndex = 0;
  for (let cue = RUN_THE.exec(text); cue; cue = RUN_THE.exec(text)) {
    GATHERING_AFTER_THE.lastIndex = cue.index + cue[0].length;
    const match = GATHERING_AFTER_THE.exec(text);
    const candidate = match ? gatheringRun(match) : undefined;
    if (candidate) found.push(candidate);
  }
  return found;
}
/**
 * `D.A. in charge of the dengbêj evening`, `we have the Christmas lunch with the Randers club every year`: a local
 * gathering someone runs or a group holds, named by its own words. Read after a cue's `the` (sticky, from each cue).
 */
const GATHERING_AFTER_THE = new RegExp(
  `((?:[\\p{L}\\p{M}'’-]+\\s+){1,3}?(?:${GATHERINGS})(?:\\s+with\\s+the\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Ll}]+)?)?)(?![\\p{L}])`,
  'iuy',
);
const FOUNDING_NEEDLES = ['started', 'founded', 'organised', 'organized', 'organises', 'organizes', 'hosts', 'hosted', ' runs', ' ran '];
/** `... that Kjeld started`: a named founder, looked for first; the gathering is read in the words before it. */
const FOUNDED_BY = /\s(?:that|which)\s+\p{Lu}[\p{L}\p{M}'’-]*\s+(?:started|runs|ran|organi[sz]es|organi[sz]ed|founded|hosts|hosted)\b/gu;
/** `the Deaf chess tournament` right before FOUNDED_BY. */
const GATHERING_BEFORE = new RegExp(`\\bthe\\s+((?:[\\p{L}\\p{M}'’-]+\\s+){1,3}?(?:${GATHERINGS}))$`, 'iu');

function gatheringFounded(match: RegExpExecArray): Candidate | undefined {
  const before = GATHERING_BEFORE.exec(match.input.slice(Math.max(0, match.index - 60), match.index));
  if (!before) return undefined;
  return otherAt(match.index - before[1].length, match.index, 0.45, 'a local gathering someone runs');
}

function gatheringRun(match: RegExpExecArray): Candidate | undefined {
  // `match` is sticky: its group 1 starts where the match does.
  const modifiers = match[1].split(/\s+/).slice(0, -1);
  const named = modifiers.filter((word) => !/^(?:with|the)$/i.test(word) && !/^\p{Lu}/u.test(word) && !ORDINARY_MODIFIERS.has(word.toLowerCase()) && !COMMON_GATHERING_WORDS.has(word.toLowerCase()));
  if (named.length === 0 && !/\bwith\s+the\s+\p{Lu}/u.test(match[1]) && !modifiers.some((word) => /^\p{Lu}/u.test(word) && !TIME_OR_PUBLIC.has(word.toLowerCase()))) return undefined;
  return group(match, 0.45, 'a local gathering someone runs');
}
/** Words that make a gathering generic: `the usual dinner`, `the whole evening`, `the staff lunch`. */
const COMMON_GATHERING_WORDS = new Set('usual whole entire annual weekly monthly yearly staff family school work office church team lunch dinner evening night same next sponsored charity'.split(' '));

/** `Cyclone Marama`, `Hurricane Ida`. Named storms are public events but date and place a story. */
const EVENT_PREFIXED = /\b(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Storm|Bushfire|Wildfire)\s+\p{Lu}[\p{L}\p{M}'’-]+/gu;
/** `Kinsale Harbour Lobster Carnival`, `Riverside Rodeo`, `Ballinacarrig Ploughing Match`. */
const EVENT_SUFFIXED =
  /(?:\b\p{Lu}[\p{L}\p{M}'’-]*\s+){1,5}(?:Carnival|Festival|Fair|Show|Rodeo|Regatta|Parade|Gala|Marathon|Games|Hui|Powwow|Pow Wow|Feis|Eisteddfod|Jamboree|Fun Run|Homecoming|Reunion|Feast|Fête|Fete|Ploughing Match|Plowing Match|Field Day|Sports Day|Agricultural Show|Cattle Show|Horse Show|Pageant|Tattoo|Mela|Matariki|Cup|Tournament)\b/gu;
/** Festivals everyone keeps: naming one says nothing about where the speaker lives. */
const PUBLIC_EVENTS = new RegExp(
  "^(?:The\\s+)?(?:Mid-Autumn|Moon|Lantern|Spring|Dragon Boat|Lunar New Year|Chinese New Year|Notting Hill|Rio|Edinburgh|" +
    "Edinburgh Fringe|Glastonbury|Coachella|Burning Man|Cannes|Sundance|Olympic|Commonwealth|Paralympic|Royal Ascot|" +
    "Chelsea Flower|Macy's|Macy’s|Thanksgiving Day|St Patrick's Day|St\\. Patrick's Day|Holi|Diwali|Christmas|Easter|Eid|" +
    "Vesak|Songkran|Tet|Obon|Pride|Mardi Gras|World|Rugby World|Cricket World|FIFA World|FA|Davis|Ryder|Stanley|Africa|" +
    "Asian|Gold|League|Champions|Euro|Melbourne|America's|Heineken|Challenge|Carabao|Currie|Ranfurly|Grey|Calcutta)\\s+" +
    "(?:Festival|Carnival|Parade|Games|Fair|Show|Gala|Marathon|Cup|Tournament)$",
  'u',
);

const DISASTERS =
  'flood|floods|flooding|fire|fires|bushfire|bushfires|wildfire|wildfires|storm|blizzard|tornado|twister|hurricane|cyclone|earthquake|quake|' +
  'tsunami|landslide|mudslide|avalanche|explosion|blast|crash|derailment|strike|lockout|riot|riots|shooting|stabbing|outbreak|' +
  'blackout|drought|ice storm|snowstorm|heatwave|collapse|closure|evacuation|spill';
/** What a disaster does to a place: `closed`, `took`, `wiped out`. Other verbs (`the fire that kept us warm`) are not events. */
const IMPACTS =
  'closed|shut|flooded|destroyed|wiped|took|burned|burnt|killed|hit|tore|ripped|brought|cut|knocked|swept|washed|damaged|' +
  'razed|levelled|leveled|gutted|blocked|isolated|devastated|ruined|collapsed|flattened|sank|sunk|emptied|left|drowned|trapped';
/** `the flood that closed our high school`, `the fire at the Kilbrack creamery`: the disaster and what it did. */
const DISASTER_CLAUSE = new RegExp(
  `\\b[Tt]he\\s+((?:(?:big|great|last|bad|terrible|awful|huge|massive|[0-9]{4}|\\p{Lu}[\\p{L}'’-]+)\\s+)?(?:${DISASTERS})\\s+` +
    `(?:that|which)\\s+(?:(?:nearly|almost|just|all\\s+but)\\s+)?(?:${IMPACTS})(?:\\s+[\\p{L}\\p{M}'’-]+){0,6}?)` +
    `(?=[,.;!?]|\\s+(?:and|but|so|when|in\\s+\\d|(?:last|this|that|the)\\s+(?:year|week|month|winter|summer|spring|autumn|fall))\\b|$)`,
  'gu',
);
/** `the fire at the Ashby sawmill`, `the flood in Kilbrack`: a disaster and the named place it struck. */
const DISASTER_AT = new RegExp(
  `\\b[Tt]he\\s+((?:(?:big|great|bad|terrible|huge|[\\p{Ll}-]+)\\s+)?(?:${DISASTERS})\\s+(?:at|in|on)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]+)(?:\\s+[\\p{L}\\p{M}'’-]+){0,2}?)` +
    `(?=[,.;!?]|\\s+(?:and|but|so|when|in|last|that|was|were|had)\\b|$)`,
  'gu',
);
const HAPPENINGS = 'burned down|burnt down|burned|burnt|flooded|closed down|closed|shut down|shut|collapsed|blew up|exploded|caught fire|went under|went bust|was torn down|got torn down|was bombed';
/** `when the Northern Store burned down`, `after the Kilbrack creamery closed`: a named place and what happened to it. */
const WHEN_IT_HAPPENED = new RegExp(
  `\\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Tt]he\\s+(?:year|day|night|week|summer|winter|spring|autumn))\\s+the\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+[\\p{L}\\p{M}'’-]+){0,3}?\\s+(?:${HAPPENINGS}))(?![\\p{L}])`,
  'gu',
);

/** What happens once in a place and is remembered by its name: `the Ward C3 stabbing`, `the Otter Creek slate fall`. */
const INCIDENTS =
  'stabbing|stabbings|shooting|shootings|fire|fires|blaze|explosion|blast|crash|pile-up|derailment|collapse|riot|riots|' +
  'fight|brawl|attack|bombing|siege|massacre|murder|murders|killing|killings|drowning|drownings|flood|floods|flooding|' +
  'landslide|mudslide|spill|leak|breach|outbreak|strike|lockout|walkout|raid|disaster|tragedy|accident|slate\\s+fall|' +
  'roof\\s+fall|rock\\s+fall|rockfall|cave-in|sinking|evacuation|evictions|eviction|closure|layoffs|lay-offs|demolition|fun\\s+day|block\\s+party|street\\s+party|open\\s+day|gala\\s+day|bake\\s+sale';
/** Celebrations a place holds once: `the Vailima jubilee`, `the Mount Hope auction`, `the Kilbrack centenary`. */
const CELEBRATIONS = [
  'jubilee', 'centenary', 'centennial', 'sesquicentennial', 'bicentenary', 'bicentennial', 'auction', 'fundraiser', 'potluck',
  'cookout', 'fish fry', 'blanket toss', 'ceilidh', 'bonspiel', 'homecoming', 'bonfire',
];
const CELEBRATION = new RegExp(`(?<!\\w)(?:${CELEBRATIONS.map((word) => word.replace(' ', '\\s+')).join('|')})(?![\\p{L}-])`, 'giu');
/** One word of each celebration: the rule runs only on chunks that have one. */
const CELEBRATION_NEEDLES = ['jubilee', 'centenar', 'centennial', 'auction', 'fundraiser', 'potluck', 'cookout', 'fry', 'toss', 'ceilidh', 'bonspiel', 'homecoming', 'bonfire'];
/** An incident word; the words before it are looked at only where one is found. */
const INCIDENT = new RegExp(`(?<!\\w)(?:${INCIDENTS})(?![\\p{L}-])`, 'giu');
/** A place's or a name's words before the incident: `Otter Creek`, `Ward C3`, `the 1984 commissary`. */
// Also an Arabic-style article before a capital: `the Ard el-Lewa fire`, `the Sharia al-Haram crash`.
const PLACE_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|\\p{Ll}{1,3}[-'’]\\p{Lu}[\\p{L}\\p{M}'’-]*|\\p{Lu}?\\d+\\p{Lu}?|\\d{4})";
/** `the Ward C3 stabbing`, `the Otter Creek slate fall`, `since the Ibrox fun day`: at least one capitalised word. */
const NAMED_BEFORE = new RegExp(`\\b(?:[Tt]he|[Aa]fter|[Ss]ince|[Bb]efore)\\s+((?:${PLACE_WORD}\\s+){1,4}(?:[\\p{Ll}-]+\\s+){0,2})$`, 'u');
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * `the swap meet fire, 2019`, `the lambton quay stabbing in june`, `after the taxi rank fight`: lower-case words
 * (captions, chat) before an incident, pinned by a year or month after it or by `after`/`since` before it.
 */
const THE_BEFORE = /\bthe\s+((?:[\p{Ll}\p{M}-]+\s+){1,3})$/iu;
const DATE_AFTER = new RegExp(`^["”’']?\\s*,?\\s*(?:in\\s+|of\\s+|back\\s+in\\s+)?(?:\\d{4}|'\\d{2}|${MONTHS})(?![\\p{L}\\d])`, 'iu');
const AFTER_THE_BEFORE = /\b(?:after|since|before|during)\s+the\s+((?:[\p{Ll}\p{M}-]+\s+){1,3})$/iu;

function namedIncident(match: RegExpExecArray): Candidate | undefined {
  const before = NAMED_BEFORE.exec(match.input.slice(Math.max(0, match.index - 80), match.index));
  if (!before || isTimeOrPublic(before[1])) return undefined;
  return otherAt(match.index - before[1].length, match.index + match[0].length, 0.5, 'a local incident named by where it happened');
}

function datedIncident(match: RegExpExecArray): Candidate | undefined {
  const text = match.input;
  const end = match.index + match[0].length;
  const slice = text.slice(Math.max(0, match.index - 60), match.index);
  const before = AFTER_THE_BEFORE.exec(slice) ?? (DATE_AFTER.test(text.slice(end, end + 20)) ? THE_BEFORE.exec(slice) : null);
  if (!before || hasOnlyOrdinaryModifiers(before[1]) || isTimeOrPublic(before[1])) return undefined;
  return otherAt(match.index - before[1].length, end, 0.4, 'a local incident and when it happened');
}

const ORDINARY_MODIFIERS = new Set(
  `big great last first second third bad terrible awful huge massive recent other same whole small little latest previous
  next major minor horrible famous tragic actual real new old this that one two three few several second whole
  house car kitchen chip pan bin school`.split(/\s+/),
);

/** Capitalised words that name a time or a public event, not a place: `the Monday fight`, `the Covid outbreak`. */
const TIME_OR_PUBLIC = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december christmas easter halloween hogmanay thanksgiving covid covid-19 corona coronavirus ebola
  zika sars mers swine bird spanish asian hong kong world first second great eleventh guy fawkes bonfire midsummer
  walpurgis lohri diwali hanukkah night`.split(/\s+/),
);

function isTimeOrPublic(phrase: string): boolean {
  if (/\d/.test(phrase)) return false;
  const capitalised = phrase.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length > 0 && capitalised.every((word) => TIME_OR_PUBLIC.has(word.toLowerCase()));
}

/** `the big fire in 2019`, `after the last strike`: only adjectives before the incident, so nothing names it. */
function hasOnlyOrdinaryModifiers(modifiers: string): boolean {
  const words = modifiers.toLowerCase().trim().split(/\s+/);
  return words.every((word) => ORDINARY_MODIFIERS.has(word));
}

function whole(match: RegExpExecArray, confidence: number, reason: string): Candidate {
  return otherAt(match.index, match.index + match[0].length, confidence, reason);
}

function group(match: RegExpExecArray, confidence: number, reason: string): Candidate {
  const start = match.index + match[0].lastIndexOf(match[1]);
  return otherAt(start, start + match[1].length, confidence, reason);
}
