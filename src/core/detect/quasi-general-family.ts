import { matchAll, type Candidate } from './detector';
import { groupCandidate, mentionsAny } from './quasi-cues';

const REASON = 'family structure of a person in the story';

/**
 * Family structure said in the languages of migrant transcripts, by its shape rather than by a list of sentences: a
 * large family as a number of four or more and a kin noun (`nove filhos`, `cinq enfants`, `vier Enkel`, `anim na
 * anak`, `tujuh anak`, `eleven grandchildren`), twins and only children (`kambal`, `jumelle`, `hija única`,
 * `Einzelkind`), widowhood said of someone (`58 anos, viúva,`, `je suis veuve`), single parenthood (`mère
 * célibataire`), and who raised someone (`raised by her grandmother`). Small families (`dos hijos`) are too common.
 */
export function findGeneralFamily(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (KIN_TEST.test(text)) found.push(...matchAll(text, LARGE_FAMILY, (match) => groupCandidate(match, 0.4, REASON)));
  if (mentionsAny(text, BIRTH_NEEDLES) && BIRTH_TEST.test(text)) found.push(...matchAll(text, MULTIPLE_OR_ONLY, (match) => groupCandidate(match, 0.45, REASON)));
  if (mentionsAny(text, WIDOW_NEEDLES) && WIDOW_TEST.test(text)) found.push(...matchAll(text, WIDOWED, (match) => groupCandidate(match, 0.45, REASON)));
  if (/raised|brought\s+up|reared|criad[oa]|criou|cri[oó]\s|élevée?\s+par/i.test(text)) found.push(...matchAll(text, RAISED_BY, (match) => groupCandidate(match, 0.45, REASON)));
  return found;
}

/** Four and up, as words of Spanish, Portuguese, French, Italian, German, Tagalog, Indonesian/Malay and English. */
const NUMBER_WORDS = [
  // Spanish
  'cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|treinta(?:\\s+y\\s+\\p{L}+)?',
  // Portuguese
  'quatro|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|vinte(?:\\s+e\\s+\\p{L}+)?|trinta(?:\\s+e\\s+\\p{L}+)?',
  // French
  'quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-\\p{L}+|\\s+et\\s+un)?|trente',
  // Italian
  'quattro|cinque|sei|sette|otto|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|vent\\p{L}+|trenta',
  // German
  'vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig',
  // Tagalog (with the linker `na`), Indonesian and Malay
  'apat\\s+na|lima\\s+na|anim\\s+na|pito\\s+na|walo\\s+na|siyam\\s+na|sampu(?:ng|\\s+na)|labing-\\p{L}+\\s+na',
  'empat|lima|enam|tujuh|delapan|lapan|sembilan|sepuluh|sebelas|\\p{L}+\\s+belas',
  // English: the kin nouns the older rule leaves out (grandchildren) are counted here.
  'four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\\p{L}+)?|thirty(?:-\\p{L}+)?',
  // Figures: 4 to 39
  '[4-9]|[1-3]\\d',
].join('|');

const KIN_NOUNS = [
  'hijos|hijas|nietos|nietas|bisnietos|bisnietas|hermanos|hermanas',
  'filhos|filhas|netos|netas|bisnetos|bisnetas|irmãos|irmãs',
  'enfants|fils|filles|petits-enfants|arrière-petits-enfants|frères|sœurs|soeurs',
  'figli|figlie|nipoti|fratelli|sorelle',
  'Kinder|Kindern|Enkel|Enkelkinder|Enkelkindern|Geschwister|Brüder|Schwestern|Söhne|Töchter',
  'anak|apo|kapatid|cucu|saudara\\s+kandung',
  'grandchildren|grandkids|grandsons|granddaughters|great-grandchildren|great-grandkids|stepchildren|foster\\s+children|foster\\s+kids',
].join('|');
// ASCII word boundaries and no `u` flag: a cheap first test on every chunk.
const KIN_TEST = new RegExp(`\\b(?:${KIN_NOUNS})`, 'i');

/**
 * `Tem nove filhos`, `J'ai cinq enfants`, `Wir haben vier Enkel`, `Anim na anak`: a count not hedged (`unos`, `about`),
 * and not a group in a place (`six enfants de l'école`, `five grandchildren at the party`).
 */
const LARGE_FAMILY = new RegExp(
  `(?<![\\p{L}\\d,.-])(?<!\\b(?:about|around|over|some|unos|unas|cerca\\s+de|mais\\s+de|plus\\s+de|über|circa|environ|like)\\s+)` +
    `((?:${NUMBER_WORDS})\\s+(?:${KIN_NOUNS}))(?![\\p{L}])(?!\\s+(?:de\\s+la\\s+escuela|da\\s+escola|de\\s+l['’]école|in\\s+the\\s+class|at\\s+the|from\\s+the|sekolah|ng\\s+iba)\\b)`,
  'giu',
);

const MULTIPLE_BIRTH_WORDS =
  'kambal|kembar|gemelos|gemelas|mellizos|mellizas|mellizo|melliza|trillizos|trillizas|gêmeos|gêmeas|gémeos|gémeas|trigêmeos|' +
  'jumeaux|jumelles|jumelle|jumeau|triplés|triplées|Zwillinge|Zwilling|Zwillingsschwester|Zwillingsbruder|Drillinge|gemelli|gemelle|gemello|gemella';
const ONLY_CHILD_WORDS =
  'hij[oa]\\s+únic[oa]|hij[oa]\\s+unic[oa]|filh[oa]\\s+únic[oa]|fils\\s+unique|fille\\s+unique|enfant\\s+unique|Einzelkind|figli[oa]\\s+unic[oa]|' +
  'anak\\s+tunggal|nag-iisang\\s+anak|solong\\s+anak';
const SINGLE_PARENT_WORDS =
  'madre\\s+soltera|padre\\s+soltero|mam[aá]\\s+soltera|mãe\\s+solteira|pai\\s+solteiro|mãe\\s+solo|pai\\s+solo|mère\\s+célibataire|père\\s+célibataire|mère\\s+seule|père\\s+seul|' +
  'alleinerziehende[rn]?|alleinerziehend|madre\\s+single|ragazza\\s+madre|solo\\s+parent|single\\s+parent|ibu\\s+tunggal|orang\\s+tua\\s+tunggal';
const BIRTH_NEEDLES = ['kambal', 'kembar', 'gemel', 'melliz', 'trilliz', 'gêmeo', 'gêmea', 'gémeo', 'gémea', 'trigêmeo', 'jumeau', 'jumel', 'triplé', 'zwilling', 'drilling', 'únic', 'unic', 'unique', 'einzelkind', 'tunggal', 'iisang', 'solong', 'solter', 'célibataire', 'seul', 'alleinerziehend', 'madre single', 'ragazza madre', 'parent', ' solo'];
// Precise words only: `single`, `unique`, `seul` alone are everywhere in English and French text.
const BIRTH_TEST = new RegExp(`${MULTIPLE_BIRTH_WORDS}|únic|unic[oa]|(?:fils|fille|enfant)\\s+unique|einzelkind|tunggal|iisang|solong|solter|célibataire|(?:mère|père)\\s+seule?|alleinerziehend|madre\\s+single|ragazza\\s+madre|(?:single|solo)\\s+parent|(?:mãe|pai)\\s+solo`, 'iu');
/** Words that name a twin, a triplet, an only child or a lone parent: rare and family-bound wherever they are said. */
const MULTIPLE_OR_ONLY = new RegExp(`(?<![\\p{L}])(${MULTIPLE_BIRTH_WORDS}|${ONLY_CHILD_WORDS}|${SINGLE_PARENT_WORDS})(?![\\p{L}])`, 'giu');

const WIDOW_WORDS = 'viuda|viudo|viúva|viúvo|veuve|veuf|Witwe|Witwer|verwitwet|vedova|vedovo|janda|balo|biyuda|biyudo';
const WIDOW_NEEDLES = ['viud', 'viúv', 'veuve', 'veuf', 'witwe', 'verwitwet', 'vedov', 'janda', 'balo', 'biyud'];
const WIDOW_TEST = new RegExp(`(?<![\\p{L}])(?:${WIDOW_WORDS})(?![\\p{L}])`, 'iu');
/**
 * `soy viuda`, `je suis veuve depuis 2015`, `58 anos, viúva, diarista`, `se quedó viudo`: widowhood said of someone,
 * after a copula or in a record's list; not `la viuda de Pérez` (whose widow, a way of naming her).
 */
const WIDOWED = new RegExp(
  `(?:(?<![\\p{L}])(?:soy|es|era|estoy|está|estaba|quedé|quedó|sou|é|era|estou|está|fiquei|ficou|suis|est|était|étais|devenue?|bin|ist|war|wurde|sono|è|rimast[oa]|ako|siya|sya|saya|dia|sudah)\\s+(?:(?:ya|já|déjà|schon|seit|già|na|sudah)\\s+)?|(?<![\\p{L}\\d.,/:-])\\d{1,3}\\s*(?:anos|años|ans|jahre|anni|taon|tahun|yrs?|years?)?\\s*,\\s*)(${WIDOW_WORDS})(?![\\p{L}])`,
  'giu',
);

/** `raised by her grandmother`, `brought up by my aunt`, `criado pela avó`, `élevée par ma grand-mère`. */
const RAISED_BY = new RegExp(
  '(?<![\\p{L}])((?:raised|brought\\s+up|reared)\\s+by\\s+(?:my|his|her|their|our|an?|the)\\s+(?:(?:older|elder|eldest|great|maternal|paternal|late)\\s+)?' +
    '(?:grandmother|grandfather|grandparents|grandma|grandpa|granny|nan|nana|nanna|gran|grandad|granddad|aunt|auntie|aunty|aunts|uncle|sister|brother|stepmother|stepfather|foster\\s+parents|foster\\s+family|godmother|godparents)' +
    '|(?:criad[oa]|cri[aá]d[oa])\\s+(?:pela|pelo|por)\\s+(?:minha|meu|sua|seu|mi|su)?\\s*(?:avó|avô|avós|tia|tio|abuela|abuelo|abuelos|tía|tío)' +
    '|élevée?\\s+par\\s+(?:ma|mon|sa|son|ses|mes)\\s+(?:grand-mère|grand-père|grands-parents|tante|oncle))(?![\\p{L}])',
  'giu',
);

/** Reused by the record rule: a widowhood word, for a list item. */
export const WIDOW_ITEM = new RegExp(`^(?:${WIDOW_WORDS}|widowed|widow|widower|divorced|divorcée?|separated|single\\s+mum|single\\s+mother|single\\s+dad|single\\s+father)$`, 'iu');

