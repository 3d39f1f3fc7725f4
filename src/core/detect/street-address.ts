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

/**
 * The same in lower case, as chat messages and automatic captions write it: `1127 elm st`, `2118 s fort hood st`,
 * `45 kowhai lane`. The words between the number and the street word must be name words, so `5 blocks down the
 * street` or `10 years on this road` are counts, not addresses.
 */
// Only street words that are no everyday noun in lower case (`way`, `view`, `drive`, `close` are left out).
const LOWER_STREET_WORDS = 'street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|highway|hwy|parkway|pkwy|crescent|terrace';
const LOWER_ADDRESS = new RegExp(
  `\\b\\d{1,5}[a-z]?(?:[-/]\\d{1,4})?\\s+(?:[nsew]\\.?\\s+)?((?:[\\p{Ll}][\\p{Ll}\\p{M}'’-]*\\s+){1,3})(?:${LOWER_STREET_WORDS})\\b\\.?`,
  'gu',
);
const NOT_NAME_WORDS = new Set(
  `the a an and or of on in at to up down off my our your his her their its this that these those some many few more most
  every each other into onto from by for with across along over past near around through about than then just only
  old new big little same whole first last next years year days day weeks months hours minutes blocks houses doors
  miles kilometres kilometers metres meters times people kids cars streets roads hour minute mile block week month
  ${LOWER_STREET_WORDS.replace(/\|/g, ' ')}`.split(/\s+/),
);

/** Street addresses with a house number: a direct identifier. */
export const streetAddress: Detector = {
  id: 'street-address',
  priority: 70,
  detect: ({ text }) => [
    ...matchAll(text, ADDRESS, (match) => {
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
    ...matchAll(text, LOWER_ADDRESS, (match) => {
      if (match[1].trim().split(/\s+/).some((word) => NOT_NAME_WORDS.has(word))) return undefined;
      const end = match.index + match[0].replace(/\.$/, '').length;
      return { start: match.index, end, type: 'LOCATION', confidence: 0.85, reason: 'house number and street, in lower case' };
    }),
  ],
};
