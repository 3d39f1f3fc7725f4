/**
 * Countries, continents and compass regions as other languages name them (`Estados Unidos`, `Alemanha`, `le Nord`,
 * `el Norte`, `Amerika Serikat`): generic places like `Canada` or `the North`, not a town that narrows someone down,
 * unless they are where someone comes from. Written from general knowledge of Spanish, Portuguese, French, Italian,
 * German, Dutch, Polish, Turkish, Indonesian, Tagalog and Swahili; only names that differ from the English ones,
 * lower case, accents as written and without.
 */
const NAMES = `
  estados unidos|eeuu|ee.uu|estados unidos de américa|reino unido|inglaterra|escocia|escócia|gales|irlanda|alemania|
  alemanha|francia|frança|españa|espanha|italia|itália|méxico|mexico|brasil|japón|japão|canadá|perú|marruecos|
  marrocos|suiza|suíça|países bajos|holanda|bélgica|grecia|grécia|turquía|turquia|rusia|rússia|filipinas|
  arabia saudita|arábia saudita|sudáfrica|áfrica do sul|egipto|egito|suecia|suécia|noruega|dinamarca|polonia|
  polônia|rumanía|roménia|ucrania|ucrânia|estados|europa|áfrica|ásia|américa|américa latina|latinoamérica|
  centroamérica|sudamérica|norteamérica|cabo verde|guiné|moçambique|
  états-unis|etats-unis|royaume-uni|angleterre|écosse|irlande|allemagne|espagne|italie|mexique|brésil|japon|chine|
  maroc|suisse|pays-bas|belgique|grèce|turquie|russie|arabie saoudite|afrique du sud|égypte|suède|norvège|danemark|
  pologne|roumanie|afrique|asie|amérique|amérique latine|
  vereinigte staaten|großbritannien|england|deutschland|frankreich|spanien|italien|mexiko|brasilien|türkei|türkiye|
  russland|ägypten|schweden|polen|rumänien|afrika|asien|amerika|
  stati uniti|regno unito|inghilterra|germania|spagna|messico|giappone|cina|marocco|svizzera|paesi bassi|grecia|
  verenigde staten|engeland|duitsland|frankrijk|spanje|italië|marokko|zwitserland|nederland|turkije|rusland|
  stany zjednoczone|anglia|niemcy|francja|hiszpania|włochy|polska|rosja|ukraina|
  amerika serikat|inggris|jerman|perancis|spanyol|jepang|tiongkok|belanda|arab saudi|malaysia|pilipinas|
  marekani|uingereza|ujerumani|ufaransa|uchina|ulaya|
  norte|sur|sul|nordeste|noreste|noroeste|sudeste|sureste|oriente|occidente|oeste|leste|nord|sud|ouest|midi|norden|
  süden|osten|westen|utara|selatan|timur|barat|kaskazini|kusini|mashariki|magharibi
`;

export const FOREIGN_COUNTRY_AND_REGION_NAMES: ReadonlySet<string> = new Set(
  NAMES.split('|').map((name) => name.trim()).filter((name) => name.length > 0),
);

/**
 * Where someone comes from or was born, said in another language: `de`, `desde`, `nací en`, `nasci em`, `née au`,
 * `dari`, `kutoka`, `aus`, `taga-`: the country after it is someone's origin (a quasi identifier), not a generic one.
 */
export const FOREIGN_ORIGIN_CUE =
  /(?:\b(?:de|del|da|do|desde|du|des|dari|kutoka|aus|von|z|ze|taga)|\b(?:nací|naci|nacido|nacida|nasci|nascido|nascida|née?|nato|nata|geboren|lahir|alizaliwa|ipinanganak|vine|vim|venho|vengo|viens|venu|venue)\s+(?:en|em|no|na|à|au|aux|a|in|di|huko|sa|el|la))\s+(?:el\s+|la\s+|o\s+|a\s+|le\s+|l['’])?$/iu;
