import { distanceToCue } from './pattern-context';

/**
 * Words that say what a number is. Shared by the contact and ID detectors, which must agree on who owns
 * `NHS number 943 476 5919` (an ID, though it is shaped like a US phone number) and `call me on 021 555 0134`.
 */

/** Names of record, account and card numbers, or unambiguous acronyms; the number may follow a few words later. */
export const ID_CUE_FAR = new RegExp(
  [
    String.raw`\b(?:medical|health|hospital|patient|clinic|chart|unit|case|claim|client|member(?:ship)?|policy|insurance|benefits?|reference|account|acct|customer|file|card|record|registration|service|badge|student|employee|passport|licen[cs]e|driver'?s licen[cs]e|social security|social insurance|national insurance|birth|NI|NHS|NHI|CHI|IRD|PPS|tax|tax file|VA|DoD|Medicaid|Medicare|Medi-Cal|MassHealth|Tricare|prisoner|prison|inmate|booking|serial|ID|identification|pension|veterans?'?|subscriber|payroll|staff|works|crime|incident|tenancy|order|application|appeal|warrant|certificate|home office|visa|green card|alien|plate|reg|registration|share|tracking|confirmation|applicant)[ -]?(?:numbers?|nos?\.?|#|IDs?|identifiers?|cards?|references?|refs?|codes?)(?:['’]s)?`,
    // "the licence is number 3/2561": the number named after the verb.
    String.raw`\b(?:licen[cs]e|permit|registration|file|card|case|membership|certificate)\s+(?:is|was)\s+(?:number|no\.?)`,
    String.raw`\b(?:MRN|SSN|SIN|NINO|NHI|EIN|ITIN|VIN|OHIP|RAMQ|PHN|HCN|IHI|TFN|CRN|DVA|UR number|URN|C-file|member ID|patient ID|TRN|NIF|NIE|CPF|CURP|DNI|PESEL|BSN|Aadhaar|kimlik|henkilötunnus|personnummer|codice fiscale|NRIC|MyKad|HKID|PhilHealth|UMID|rodné číslo|rodne cislo|EMŠO|JMBG|OIB|EGN|health card|care card|insurance card|benefits? card|EBT card|licen[cs]e plate|number plate|plates?|rego|social security|national insurance)\b`,
  ].join('|'),
  'i',
);

/**
 * Short cues that only name an ID when they come right before it: `case #2019-0447`, `ID: 4471`, `reg WX19 KPT`,
 * and the numbered things people carry or hold (`clock card 20817`, `badge 4471`, `locker 1142`, a market `stall 214`, a fleet's
 * `unit 4471` or `truck 2208`, land records such as
 * `lot`, `plot`, `deed`, `patta` or `khata`).
 */
export const ID_CUE_NEAR =
  /(?<![\p{L}\p{N}])(?:ID|I\.D\.|case|claim|policy|ref|reference|reg|registration|tags?|account|acct|(?<!\bon )file|record|MRN|NHS|Medicaid|Medicare|social|no\.?|nr\.?|nro\.?|núm\.?|n\.?[º°]\.?|card|badge|check|locker|stall|booth|kiosk|folio|payroll|clock|employee|staff|member|lot|plot|parcel|deed|title|patta|khata|survey|unit|truck|rig|fleet)(?![\p{L}\p{N}])|#$/iu;

/** Words that introduce a phone number. */
export const PHONE_CUE =
  /\b(?:call|calls|called|calling|ring|rang|phone|phoned|phones|text|texts|texted|txt|whatsapp|tel|telephone|mobile|cell|cellphone|landline|number|numbers|number's|reach|contact|dial|dialled|dialed|fax|line|extension|ext|número|numero|numéro|Nummer|telefone|teléfono|téléphone|telefono|Handy|celular|móvil|cellulare|portable|callback)\b|\b(?:on|at)\s*$/i;

/** Words that only ever introduce a phone number (unlike "number"). */
export const PHONE_VERB =
  /\b(?:call|calls|called|calling|ring|rang|phone|phoned|text|texted|txt|whatsapp|tel|telephone|mobile|cell|cellphone|landline|dial|dialled|dialed|fax)\b/i;

/** National help and emergency numbers: never an identifier. Compared on digits only. */
export const HELP_NUMBERS = new Set([
  '911', '999', '111', '000', '112', '988', '101', '105', '119', '211', '311', '411', '511', '611', '711', '811',
  '116123', '116111', '116117', '131114', '1737', '0800543354', '08001111', '0800111111', '18002738255', '8002738255',
  '18006624357', '8006624357', '741741', '18007997233', '8007997233', '18006564673', '8006564673', '1800737732',
  '131450', '1300224636', '0800376633', '08088020925', '0800300800', '0808802020',
]);

const TOLL_FREE = /^(?:1?8(?:00|88|77|66|55|44|33)\d{7}|080[08]\d{6,7}|1[38]00\d{6})$/;
const HELPLINE_CUE =
  /\b(?:help ?lines?|help ?phone|hotlines?|crisis|lifeline|(?:support|advice|assistance|information|info|careers?|carers)\s+line|freephone|national|childline|samaritans|youthline|kids help|crimestoppers|non-emergency)\b/i;
/** "the Young Carers line is ...": a capitalised service name before "line". */
const NAMED_LINE_CUE = /\b\p{Lu}\p{Ll}+\s+line\s+(?:is|on|number)\b/u;
/** "0808 808 7777, that's free", "0800 030 5182, twenty-four seven": a service's freephone line. */
const FREE_SERVICE_AFTER = /^[,.]?\s*(?:(?:that['’]s|it['’]s|which is)\s+)?(?:free\b|freephone|toll[- ]free|twenty[- ]four[- ](?:seven|hours)|24\s*\/\s*7|24 hours)/i;

/** A freephone number announced as a helpline (`the cancer helpline, 1-800-...`): a national service, not a contact. */
export function isAnnouncedHelpline(text: string, start: number, digits: string, end?: number): boolean {
  if (!TOLL_FREE.test(digits)) return false;
  if (distanceToCue(text, start, HELPLINE_CUE, 50) !== undefined || distanceToCue(text, start, NAMED_LINE_CUE, 30) !== undefined) return true;
  return end !== undefined && FREE_SERVICE_AFTER.test(text.slice(end, end + 40));
}

/** "Dementia Helpline 6377 0700": a number straight after a helpline's name is the service's line, never an ID. */
export function followsHelplineName(text: string, start: number): boolean {
  return distanceToCue(text, start, HELPLINE_CUE, 15) !== undefined;
}

/**
 * The running number of an entry in an export or in minutes, as a heading of its own: `==== Record 0412`,
 * `---- Call 0031 ----`, `MIN 01/2024: OPENING`. It counts rows, not people. A short number only (an MRN is longer).
 */
const SEQUENCE_HEADING =
  /^[ \t=#*~_>-]*(?:record|entry|row|item|call|message|msg|post|minute|min|submission|response|log)\.?[ \t]*(?:no\.?[ \t]*|#[ \t]*)?\d{1,5}(?:\/\d{2,4})?$/i;
const HEADING_END_AFTER = /^[ \t=#*~_-]*(?:\r?\n|$|:)/;
/** Looks at no more than a short window either side, so a megabyte-long line costs nothing per number. */
export function isSequenceHeading(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const lineBreak = before.lastIndexOf('\n');
  if (lineBreak < 0 && start > 40) return false;
  return SEQUENCE_HEADING.test(before.slice(lineBreak + 1) + text.slice(start, end)) && HEADING_END_AFTER.test(text.slice(end, end + 40));
}
