import type { Detector } from './detector';
import { knownForms } from './known-forms';
import { organization } from './organization';
import { person } from './person';
import { place } from './place';
import { speakerLabels } from './speaker-labels';

/** Every detector the engine runs. Adding a detector means adding a file and a line here. */
export const DETECTORS: readonly Detector[] = [
  knownForms,
  speakerLabels,
  person,
  place,
  organization,
];
