import nlp from 'compromise';

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
export const LAST_NAMES: ReadonlySet<string> = wordsTagged('LastName');
/** Countries and states/provinces/regions: generic places unless someone's origin. */
export const COUNTRIES_AND_REGIONS: ReadonlySet<string> = wordsTagged('Country', 'Region');
export const CITIES: ReadonlySet<string> = wordsTagged('City');
export const DEMONYMS: ReadonlySet<string> = wordsTagged('Demonym');
/** Brands, national bodies and famous people compromise knows: never private identifiers. */
export const PUBLIC_ENTITIES: ReadonlySet<string> = wordsTagged('Organization', 'Person', 'SportsTeam');
/** Occupation and role nouns (`accountant`, `lineman`). */
export const ROLE_NOUNS: ReadonlySet<string> = wordsTagged('Actor');
