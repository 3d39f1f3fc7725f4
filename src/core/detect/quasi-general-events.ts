import type { Candidate } from './detector';
import { mentionsAny, otherAt } from './quasi-cues';

/**
 * Local disasters and visa kinds said in Spanish, Portuguese, French, German, Italian, Tagalog or Indonesian, by their
 * shape: a disaster noun tied to a place, a year or a month (`enchente de maio`, `el incendio de Mesa Redonda`,
 * `l'inondation de 2016`, `Hochwasser 2013`, `sunog sa Agdao`), and a visa named by its kind (`visto humanitário`, `visa
 * de trabajo`). People in a small place remember which family lost what in which flood.
 */
export function findGeneralEvents(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (mentionsAny(text, DISASTER_NEEDLES) && DISASTER_TEST.test(text)) for (const match of text.matchAll(DISASTER)) found.push(otherAt(match.index ?? 0, (match.index ?? 0) + match[0].length, 0.45, 'a local event and when or where it happened'));
  if (mentionsAny(text, ['vist', 'visa'])) for (const match of text.matchAll(VISA_KIND)) found.push(otherAt(match.index ?? 0, (match.index ?? 0) + match[0].length, 0.5, 'immigration status of a person in the story'));
  return found;
}

const DISASTER_NOUNS =
  'enchente|enchentes|inundação|inundações|incêndio|deslizamento|terremoto|temblor|sismo|inundación|inundaciones|incendio|huracán|furacão|aluvión|' +
  'incendie|inondation|inondations|crue|séisme|tempête|Hochwasser|Überschwemmung|Erdbeben|alluvione|frana|' +
  'sunog|baha|lindol|bagyo|banjir|kebakaran|gempa|longsor';
/** Letters of the nouns above: the regexes run only on chunks that have one. */
const DISASTER_NEEDLES = ['enchente', 'inunda', 'incêndio', 'incendi', 'deslizamento', 'terremoto', 'temblor', 'sismo', 'huracán', 'furacão', 'aluvión', 'inondation', 'crue', 'séisme', 'tempête', 'hochwasser', 'überschwemmung', 'erdbeben', 'alluvione', 'frana', 'sunog', 'baha', 'lindol', 'bagyo', 'banjir', 'kebakaran', 'gempa', 'longsor'];
const DISASTER_TEST = new RegExp(`(?<![\\p{L}])(?:${DISASTER_NOUNS})(?![\\p{L}])`, 'iu');
const MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|' +
  'setembro|outubro|novembro|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|' +
  'Juni|Juli|Oktober|Dezember|gennaio|febbraio|maggio|giugno|luglio|settembre|ottobre|dicembre|Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|' +
  'Setyembre|Oktubre|Nobyembre|Disyembre|Januari|Februari|Maret|Mei|Agustus|Desember';
/** The noun, then of/in/at a capitalised place, a year or a month (`de maio`, `de 2017`, `2013`, `sa Agdao`). */
const DISASTER = new RegExp(
  `(?<![\\p{L}])(?:${DISASTER_NOUNS})\\s+(?:(?:de|del|da|do|di|della|dello|du|des|von|vom|im|in|en|em|no|na|sa|ng|di|at)\\s+(?:(?:la|el|le|l['’]|o|a|der|dem)\\s*)?)?` +
    `(?:(?:1[89]|20)\\d{2}|(?:${MONTHS})(?![\\p{L}])|\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2})`,
  'gu',
);

/** `visto humanitário`, `visa de trabajo`, `visa humanitaire`, `Visum zur Arbeitssuche` is left to the lexicon. */
const VISA_KIND =
  /(?<![\p{L}])(?:vist[oa]s?|visas?)\s+(?:de\s+|da\s+|do\s+|d['’])?(?:humanit[\p{L}]+|trabalho|trabajo|travail|estudante|estudiante|étudiant|turista|touriste|tourisme|residente|residência|residencia|résident|refugiad[oa]|réfugié|permanente|temporári[oa]|temporal|temporaire|reagrupación|reagrupamento|reunificação|regroupement\s+familial|acolhida)(?![\p{L}])/giu;
