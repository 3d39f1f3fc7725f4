import type { Candidate } from './detector';
import { peopleAt } from './quasi-community';
import { otherAt } from './quasi-cues';

const PEOPLE_REASON = 'ethnicity, nationality or faith of a person in the story';
const STATUS_REASON = 'immigration status of a person in the story';

/**
 * Faith, people and immigration status said with a copula of Spanish, Portuguese, French, Italian or German, plural
 * and feminine forms included (`Nous sommes musulmans`, `é evangélica`, `Somos zapotecas`, `she was Reformed`, `je
 * suis sans-papiers`, `o genro é boliviano, sem documento`): the people lexicon is English, so these forms are
 * folded to it or read from a short list of faiths named in those languages.
 */
export function findGeneralPeoples(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!FOREIGN_COPULA_TEST.test(text) && !ENGLISH_COPULA_TEST.test(text)) return found;
  for (const cue of text.matchAll(COPULA)) {
    const start = (cue.index ?? 0) + cue[0].length;
    const word = WORD.exec(text.slice(start, start + 40))?.[0];
    if (!word) continue;
    const status = STATUS.exec(text.slice(start, start + 30));
    if (status) {
      found.push(otherAt(start, start + status[0].length, 0.5, STATUS_REASON));
      continue;
    }
    // The lexicon's own forms (`protestants`) after a copula the English rules do not read (`Nous sommes`).
    const people = peopleAt(text, start);
    if (people) found.push(otherAt(people.start, people.end, 0.5, PEOPLE_REASON));
    else if (isForeignFaithOrPeople(word)) found.push(otherAt(start, start + word.length, 0.5, PEOPLE_REASON));
  }
  return found;
}

const FOREIGN_COPULA_TEST = /(?<![\p{L}])(?:sommes|sont|suis|est|était|somos|son|soy|es|está|esta|era|eran|sou|são|é|eram|foi|siamo|sono|è|bin|ist|sind|war|waren)\s/iu;
/** English copulas only before a capital (`she was Reformed`): they are in nearly every chunk. */
const ENGLISH_COPULA_TEST = /\b(?:am|is|are|was|were|['’]m|['’]s|['’]re)\s+(?:all\s+|also\s+|still\s+)?\p{Lu}\p{Ll}/u;
/** A copula of a person, with an adverb and an article; English too for faiths the lexicon lacks (`she was Reformed`). */
const COPULA = new RegExp(
  '(?<![\\p{L}])(?:[Nn]ous\\s+sommes|(?:[Ii]ls|[Ee]lles)\\s+(?:sont|étaient)|[Jj]e\\s+suis|(?:[Ii]l|[Ee]lle)\\s+(?:est|était)|[Ss]omos|[Ss]oy|[Ee]s|[Ee]st[aá]|[Ee]ra|[Ee]ran|[Ss]ou|[Ss]ão|é|[Ee]ram|[Ff]oi|[Ss]iamo|[Ss]ono|è|[Ii]ch\\s+bin|[Ww]ir\\s+sind|(?:[Ee]r|[Ss]ie)\\s+(?:ist|war|sind|waren)|' +
    '(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)\\s+(?:am|is|are|was|were)|I[\'’]m|(?:[Hh]e|[Ss]he)[\'’]s|(?:[Ww]e|[Tt]hey)[\'’]re)' +
    '\\s+(?:(?:tous|toutes|todos|todas|tutti|tutte|alle|auch|aussi|también|também|ainda|encore|still|also|all)\\s+)?(?:(?:un|une|una|um|uma|ein|eine)\\s+)?(?=\\p{L})',
  'gu',
);
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}-]*/u;
/** Statuses of other languages (`sem documento`, `sans-papiers`, `sin papeles`, `ohne Papiere`, `TNT` in Tagalog). */
const STATUS =
  /^(?:sem\s+documentos?|sem\s+papéis|sin\s+papeles|sin\s+documentos|sans[\s-]papiers|ohne\s+Papiere|indocumentad[oa]s?|clandestin[oa]s?|clandestine?s?|irregolari?|refugiad[oa]s?|réfugiée?s?|rifugiat[oia]|asilad[oa]s?|Flüchtling(?:e)?|geduldet)(?![\p{L}])/iu;

/** Faiths and a few peoples named in Spanish, Portuguese, French, Italian and German (the lexicon is English). */
const FOREIGN_FAITHS = new Set(
  `católico católica catholique katholisch cattolico cattolica evangélico evangélica évangélique evangelisch evangelico
  evangelica protestante protestant protestantisch musulmán musulmana musulman musulmane muçulmano muçulmana musulmano
  musulmana muslima muslimin muslimisch judío judía judeu judia juif juive jüdisch ebreo ebrea ortodoxo ortodoxa orthodoxe
  ortodosso ortodossa orthodox espírita espiritista budista bouddhiste buddhistisch buddista hindú hindou induista sij
  adventista adventiste mormón mórmon mormone pentecostal pentecôtiste pentecostale pfingstler bautista batista baptiste
  anglicano anglicana anglican luterano luterana luthérien luthérienne lutherisch reformiert réformé réformée reformado
  reformada reformed calvinista calviniste crente cristiano cristiana cristão cristã chrétien chrétienne christlich
  chiita chiite schiitisch sunita sunnite sunnitisch alevita alévi alevitisch druso drusa druze zapoteca mixteca
  maya mapuche quechua aymara garífuna`.split(/\s+/),
);

function isForeignFaithOrPeople(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.replace(/(?:es|s)$/, '');
  return FOREIGN_FAITHS.has(lower) || FOREIGN_FAITHS.has(lower.replace(/s$/, '')) || FOREIGN_FAITHS.has(singular);
}
