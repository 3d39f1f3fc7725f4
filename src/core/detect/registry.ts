import { age } from './age';
import { contact } from './contact';
import { date } from './date';
import type { Detector } from './detector';
import { id } from './id';
import { knownForms } from './known-forms';
import { organization } from './organization';
import { person } from './person';
import { personContext } from './person-context';
import { readingFoldedDigits } from './pattern-digit-folding';
import { place } from './place';
import { quasi } from './quasi';
import { speakerLabels } from './speaker-labels';
import { streetAddress } from './street-address';
import { tableColumns } from './table-columns';

/** Every detector the engine runs. Adding a detector means adding a file and a line here. */
export const DETECTORS: readonly Detector[] = [
  knownForms,
  speakerLabels,
  // The number detectors read other scripts' digits and OCR's look-alike letters inside numbers as digits.
  readingFoldedDigits(contact),
  readingFoldedDigits(id),
  readingFoldedDigits(date),
  readingFoldedDigits(age),
  person,
  place,
  organization,
  personContext,
  streetAddress,
  tableColumns,
  quasi,
];
