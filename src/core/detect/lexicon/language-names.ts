/**
 * Names of languages that the shared language list lacks: what speakers call their own language (`Español`,
 * `Türkçe`, `Kiswahili`, `Kriolu`), how other languages name English and each other (`Englisch`, `Inglês`,
 * `Kiingereza`), creoles, and Indigenous languages of the Americas (`K'iche'`, `Kaqchikel`, `Garifuna`). Used
 * generically, a language identifies no one (GUIDELINES.md). From general knowledge, lower case; apostrophes as
 * typed and without.
 */
export const MORE_LANGUAGE_NAMES: ReadonlySet<string> = new Set(
  `español espanol castellano português portugues brasileiro français francais deutsch englisch inglés inglês
  anglais inglese angielski türkçe turkce almanca ingilizce arapça kiswahili kiingereza kifaransa wikang
  polski nederlands svenska norsk dansk suomi čeština cestina slovenčina română hrvatski
  srpski shqip ελληνικά русский українська kriolu kriol kreyòl kreyol kréyòl créole creole criollo crioulo
  patwa pidgin k'iche k'iche' kiche quiché quiche kaqchikel q'eqchi q'eqchi' kekchi tz'utujil tzutujil ixil
  mam mixteco mixtec zapoteco zapotec mixe tzotzil tzeltal yucateco garifuna garífuna miskito mapudungun
  wayuunaiki runasimi quichua kichwa ayvu nheengatu`.split(/\s+/),
);

/** Kinds of a language named after a people or a place: `Sudanese Arabic`, `Brazilian Portuguese`, `Cape Verdean Creole`. */
export const LANGUAGE_HEADS: ReadonlySet<string> = new Set(
  'arabic portuguese spanish french english creole kreyòl kriolu pidgin patois chinese mandarin cantonese malay persian sign language'.split(' '),
);
