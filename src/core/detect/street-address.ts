import { matchAll, type Detector } from './detector';

const STREET_WORDS =
  'Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Close|Crescent|Cres|Court|Ct|Place|Pl|Terrace|Tce|Boulevard|Blvd|' +
  'Highway|Hwy|Parkway|Pkwy|Row|Grove|Gardens|Square|Sq|Circle|Cir|Trail|Pike|Route|Rte|Alley|Mews|Walk|Loop|Heights|Hill|View|Rise';
/**
 * A house number and a street: `1187 Sawmill Road`, `Flat 2, 14 Hope St.`, `27B Kōwhai Lane`, `4 rue des Lilas` is out
 * of scope. Also rural routes (`RR 2`, `Route 9`) are left to the place detector.
 */
const ADDRESS = new RegExp(
  `(?:\\b(?:Flat|Apt|Apartment|Unit|Suite)\\.?\\s*\\d+[A-Za-z]?,?\\s+)?\\b\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4})?\\s+(?:[NSEW]\\.?\\s+)?` +
    `(?:[\\p{Lu}][\\p{L}\\p{M}'’-]*\\s+){1,3}(?:${STREET_WORDS})\\b\\.?`,
  'gu',
);

/** Street addresses with a house number: a direct identifier. */
export const streetAddress: Detector = {
  id: 'street-address',
  priority: 70,
  detect: ({ text }) =>
    matchAll(text, ADDRESS, (match) => {
      const trimmed = match[0].replace(/\.$/, '').replace(/\s+$/, '');
      const keepDot = /\b(?:St|Rd|Ave|Dr|Ln|Ct|Pl|Tce|Blvd|Hwy|Cres|Sq|Cir|Rte|Pkwy)\.$/.test(match[0]);
      return {
        start: match.index,
        end: match.index + (keepDot ? match[0].length : trimmed.length),
        type: 'LOCATION',
        confidence: 0.95,
        reason: 'house number and street',
      };
    }),
};
