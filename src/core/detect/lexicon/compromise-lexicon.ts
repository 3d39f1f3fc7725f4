import nlp from 'compromise';
import { AIRLINES_AND_CARRIERS, COUNTRY_ENDONYMS, NATIONAL_AGENCIES, NEWSPAPERS_AND_BROADCASTERS, PROVINCES_AND_REGIONS } from './national-bodies';

/** Word lists taken from compromise's own lexicon (already a dependency): names, places, demonyms, brands. */
function wordsTagged(...tags: string[]): Set<string> {
  const wanted = new Set(tags);
  const found = new Set<string>();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tag] of Object.entries(lexicon)) {
    const list = Array.isArray(tag) ? tag : [tag];
    if (list.some((t) => wanted.has(t))) found.add(word);
  }
  return found;
}

/** ~3,000 given names from many languages (`aroha`, `liam`, `yvette`), lower-case. */
export const FIRST_NAMES: ReadonlySet<string> = wordsTagged('FirstName', 'MaleName', 'FemaleName');
/** One-word names compromise tags as a person (`mason`, `taylor`, `tatum`, `sydney`). */
export const PERSON_WORDS: ReadonlySet<string> = new Set([...wordsTagged('Person')].filter((word) => !word.includes(' ')));
/**
 * Given names that are also ordinary words (`penny`, `bill`, `rose`, `faith`, `frank`, `grace`): compromise lists them
 * apart, as words that switch between a person and a noun, adjective or verb; its one-word people (`mason`) too. Alone they prove nothing; before a
 * surname (`Penny Rowlands`) they are the given name.
 */
export const WORD_NAMES: ReadonlySet<string> = (() => {
  const switches = (nlp.model() as unknown as { two: { switches: Record<string, string> } }).two.switches;
  const found = new Set<string>();
  for (const [word, tags] of Object.entries(switches)) if (/^Person\|(?:Noun|Adj|Verb)$/.test(tags)) found.add(word);
  for (const word of FIRST_NAMES) found.add(word);
  for (const word of PERSON_WORDS) found.add(word);
  // Well-known given names and nicknames that are also words, which compromise does not list as switching.
  for (const word of `sunny hope cash sky will autumn river storm rain star honey candy ginger scout sage ivy iris poppy
    patience mercy constance verity felicity honor honour justice destiny blessing precious gift lucky prince duke archer
    carter cooper fisher porter parker miller rocky cherry bunny birdie wren lark raven dove sterling ash rowan aspen
    ocean eden haven saint shady dusty rusty sandy sonny buddy biscuit`.split(/\s+/)) {
    found.add(word);
  }
  return found;
})();
export const LAST_NAMES: ReadonlySet<string> = wordsTagged('LastName');
/**
 * Countries, and the states, provinces and nations people live in: generic places unless someone's origin.
 * compromise's other regions (English counties, `leeds`) are local enough to identify, so they stay out.
 */
export const COUNTRIES_AND_REGIONS: ReadonlySet<string> = new Set([
  ...wordsTagged('Country'),
  ...`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada new-hampshire new-jersey new-mexico new-york north-carolina north-dakota ohio oklahoma oregon
  pennsylvania rhode-island south-carolina south-dakota tennessee texas utah vermont virginia washington west-virginia
  wisconsin wyoming alberta british-columbia manitoba new-brunswick newfoundland labrador nova-scotia ontario quebec
  saskatchewan yukon nunavut prince-edward-island queensland victoria tasmania new-south-wales western-australia
  south-australia northern-territory england scotland wales northern-ireland ireland europe africa asia
  north-island south-island philippines laos aotearoa congo bosnia new-caledonia tahiti trinidad tobago st-lucia
  saint-lucia gambia guinea-bissau timor-leste east-timor holland britain great-britain cymru eire éire
  western-samoa american-samoa punjab kurdistan tigray gaza west-bank kashmir somaliland catalonia`.split(/\s+/).map((name) => name.replace(/-/g, ' ')),
  ...PROVINCES_AND_REGIONS,
  ...COUNTRY_ENDONYMS,
]);
export const CITIES: ReadonlySet<string> = wordsTagged('City');
/**
 * Other places compromise knows: English counties and cities (`cumbria`, `leeds`, `truro`, `carlisle`), London
 * districts, rivers. Local enough to identify; ordinary words (`downtown`, `riverside`) and abbreviations are left out
 * by the caller.
 */
export const OTHER_PLACES: ReadonlySet<string> = new Set(
  [...wordsTagged('Place', 'Region')].filter((word) => !COUNTRIES_AND_REGIONS.has(word) && word.length > 3),
);
export const DEMONYMS: ReadonlySet<string> = wordsTagged('Demonym');
/**
 * Brands, national bodies, teams and famous people named in full that compromise knows, and the national agencies,
 * carriers and press of national-bodies.ts: never private identifiers.
 * compromise's one-word people (`mason`, `taylor`, `sydney`, `warren`) are mostly ordinary given names and
 * surnames, so they are names (PERSON_WORDS), not public figures.
 */
export const PUBLIC_ENTITIES: ReadonlySet<string> = new Set([
  ...wordsTagged('Organization', 'SportsTeam'),
  ...[...wordsTagged('Person')].filter((word) => word.includes(' ')),
  ...NATIONAL_AGENCIES,
  ...AIRLINES_AND_CARRIERS,
  ...NEWSPAPERS_AND_BROADCASTERS,
]);
/** Names that are as often a person as a place (`sydney`, `austin`, `victoria`, `jordan`). */
export const PERSON_OR_PLACE: ReadonlySet<string> = (() => {
  const switches = (nlp.model() as unknown as { two: { switches: Record<string, string> } }).two.switches;
  return new Set(Object.entries(switches).filter(([, tags]) => tags === 'Person|Place').map(([word]) => word));
})();
/** Occupation and role nouns (`accountant`, `lineman`). */
export const ROLE_NOUNS: ReadonlySet<string> = wordsTagged('Actor');
