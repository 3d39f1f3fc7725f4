import type { Detector } from './detector';
import { knownForms } from './known-forms';
import { speakerLabels } from './speaker-labels';

/** Every detector the engine runs. Adding a detector means adding a file and a line here. */
export const DETECTORS: readonly Detector[] = [
  knownForms,
  speakerLabels,
];
