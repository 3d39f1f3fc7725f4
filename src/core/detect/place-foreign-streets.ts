/**
 * Streets and neighbourhoods named the way other languages name them, which the English suffix list cannot see:
 * the word for street first (Arabic `Sharia el-Nasr`, Darija `Zanqat Fès`, `Derb Omar`, Polish `ul. Długa`,
 * Indonesian `Jl. Merdeka`, Malay `pulau bidong`), the word for street after (Turkish `Gül Sokak`, `Büyükdere
 * Caddesi`, Sinhala `Perera Mawatha`, Hindi `Gandhi Marg`) or fused to it (`Hauptstraße`, `Drottninggatan`,
 * `Nørregade`), with the house number people write before or after it (`14 Sharia el-Nasr`, `Papatya Sokak No: 9
 * Daire 4`); and Arabic names with the article (`Ard el-Lewa`, `Bustan al-Qasr`) where a place is expected.
 */
import type { Candidate } from './detector';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';

const place = (start: number, end: number, confidence: number, reason: string): Candidate => ({ start, end, type: 'LOCATION', confidence, reason });

/** A house number written before the street: `14 `, `27B, `. */
const NUMBER_BEFORE = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?\s$/u;
/** A house number (and flat) written after the street: ` 14`, ` No: 9 Daire 4`, ` nr. 112`, ` 14 m. 6`. */
const NUMBER_AFTER = /^,?\s(?:(?:No|Nr|nr|no|Nº|n°)[.:]?\s?)?\d{1,5}[A-Za-z]?(?:\/\d{1,4})?(?:,?\s(?:Daire|D\.|m\.|apt\.?|Kat)\s?\d{1,4})?(?![\p{L}\p{N}]|[.,:]\d)/u;

/**
 * The word for street, lane, square or quarter before the name, in languages the older rule (pattern-place-cues.ts)
 * did not list. Words that are also English take a capitalised name only.
 */
const STREET_FIRST =
  /\b(?:Sharia|Shari['’]a|Shari['’]|Shari(?=\s(?:el|al|ash|as|ad|an|ar|at|az|es|ez)-)|Shareh|Zanqat|Zankat|Zenqat|Derb|Harat|Haret|Midan|Ulitsa|ulitsa|Aleja|Osiedle|osiedle|os\.|ul\.|Plac|Jl\.|Jln\.?|Lorong|Lrg\.|[Pp]ulau|[Kk]ampung|[Kk]ampong|Stradă|Bulevardul|Bd\.|Calea|Şoseaua|Șoseaua|Piața)\s/gu;
/** The name after it: capitalised words, or an Arabic name with its article (`el-Nasr`), or lower-case words for the lower-case generic words. */
const CAPITALISED_NAME = /^(?:(?:\p{Lu}|(?:el|al|as|ash|ad|an|ar|at|az|es|ez|ed|en|er|et)-)[\p{L}\p{M}'’-]*)(?:\s(?:\p{Lu}|(?:el|al|as|ash|ad|an|ar|at|az|es|ez|ed|en|er|et)-)[\p{L}\p{M}'’-]*){0,2}/u;
const LOWER_NAME = /^\p{Ll}[\p{L}\p{M}'’-]*/u;
const NOT_A_NAME = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'is', 'was', 'we', 'i']);

/** The word for street or quarter after the name: Turkish, Sinhala and Tamil, Hindi, Russian, Hungarian, German. */
const STREET_AFTER =
  / (?:Sokak|Sokağı|Sk\.|Caddesi|Cad\.|Cd\.|Bulvarı|Mahallesi|Mah\.|Mh\.|Mawatha|Mw\.|Marg|Salai|Veedhi|Ulitsa|Prospekt|[Uu]tca|Straße|Strasse|Gasse|Allee|Platz|Gatan|Vej|Laan|Straat)(?![\p{L}])/gu;
const NAME_BEFORE = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}\p{M}'’-]*\s){0,1}\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** One word with the street word fused to it: `Hauptstraße`, `Drottninggatan`, `Nørregade`, `Kerkstraat`. */
const FUSED_STREET = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]{2,}(?:straße|strasse|gasse|allee|gatan|gade|vej|veien|straat|gracht|utca|ulica)(?![\p{L}])/gu;
const FUSED_ENDINGS = ['straße', 'strasse', 'gasse', 'allee', 'gatan', 'gade', 'vej', 'veien', 'straat', 'gracht', 'utca', 'ulica'];

/**
 * An Arabic name with the article (`Ard el-Lewa`, `Bab al-Louk`) after a word that expects a place: a preposition
 * of place, or a comma after a place or a home (`participant's flat, Ard el-Lewa`). A given name before the article
 * is a person (`Hassan al-Amin`), as are the words of kinship names (`Abu`, `Umm`, `Ibn`).
 */
const ARTICLE_NAME = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’]+)[ -](?:el|al|es|as|ash|ad|an|ar|at|az|ez|ed|en|er|et)-\p{L}[\p{L}\p{M}'’]+/gu;
/** Cheap check that the chunk has an Arabic article at all, before the name pattern runs. */
const ARTICLE = /\b(?:el|al|as|ash|ad|an|ar|at|az|es|ez|ed|en|er|et)-\p{L}/u;
const PLACE_CUE_BEFORE = /(?:\b(?:in|at|on|from|near|to|of|behind|around|outside|into|through|via|off)\s|,\s)$/;
const NOT_PLACE_WORDS = new Set(['abu', 'umm', 'ibn', 'bin', 'bint', 'abd', 'abdel', 'abdul', 'sheikh', 'shaikh', 'sayyid', 'sidi', 'mr', 'mrs', 'dr', 'haj', 'hajj', 'hajja']);

export function foreignStreets(text: string): Candidate[] {
  const found: Candidate[] = [];
  STREET_FIRST.lastIndex = 0;
  for (let match = STREET_FIRST.exec(text); match; match = STREET_FIRST.exec(text)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
    const lowerWord = /^\p{Ll}/u.test(match[0]);
    const name = CAPITALISED_NAME.exec(after)?.[0] ?? (lowerWord ? LOWER_NAME.exec(after)?.[0] : undefined);
    if (!name || NOT_A_NAME.has(name.toLowerCase())) continue;
    found.push(withHouseNumber(text, match.index, match.index + match[0].length + name.length, 0.75));
  }
  STREET_AFTER.lastIndex = 0;
  for (let match = STREET_AFTER.exec(text); match; match = STREET_AFTER.exec(text)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[0];
    if (!name) continue;
    // The street word after a name is all but certain: it outweighs a given name read in the same words (`Silva Mawatha`).
    found.push(withHouseNumber(text, match.index - name.length, match.index + match[0].length, 0.92));
  }
  if (FUSED_ENDINGS.some((ending) => text.includes(ending))) {
    FUSED_STREET.lastIndex = 0;
    for (let match = FUSED_STREET.exec(text); match; match = FUSED_STREET.exec(text)) {
      found.push(withHouseNumber(text, match.index, match.index + match[0].length, 0.8));
    }
  }
  if (ARTICLE.test(text)) {
    ARTICLE_NAME.lastIndex = 0;
    for (let match = ARTICLE_NAME.exec(text); match; match = ARTICLE_NAME.exec(text)) {
      const first = match[1].toLowerCase();
      if (NOT_PLACE_WORDS.has(first) || FIRST_NAMES.has(first)) continue;
      if (!PLACE_CUE_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
      found.push(place(match.index, match.index + match[0].length, 0.6, 'an Arabic name with the article, where a place is expected'));
    }
  }
  return found;
}

/** The street, with the house number before or after it when there is one: then it is an address. */
export function withHouseNumber(text: string, start: number, end: number, confidence = 0.65): Candidate {
  const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[0];
  const after = NUMBER_AFTER.exec(text.slice(end, end + 30))?.[0];
  if (!before && !after) return place(start, end, confidence, 'a street named the way its language names streets');
  return place(start - (before?.length ?? 0), end + (after?.length ?? 0), 0.85, 'house number and a street named the way its language names streets');
}
