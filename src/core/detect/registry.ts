import { age } from './age';
import { contact } from './contact';
import { date } from './date';
import type { Detector } from './detector';
import { id } from './id';
import { knownForms } from './known-forms';
import { organization } from './organization';
import { person } from './person';
import { personContext } from './person-context';
import { place } from './place';
import { quasi } from './quasi';
import { speakerLabels } from './speaker-labels';
import { streetAddress } from './street-address';
import { tableColumns } from './table-columns';

/** Every detector the engine runs. Adding a detector means adding a file and a line here. */
export const DETECTORS: readonly Detector[] = [
  knownForms,
  speakerLabels,
  contact,
  id,
  date,
  age,
  person,
  place,
  organization,
  personContext,
  streetAddress,
  tableColumns,
  quasi,
];
