import type { Detector } from './detector';

/** A speaker label that is somebody's name (`Keisha Grant:`, `<v Odell Pritchett>`, `CLAUDE:`) is a person. */
export const speakerLabels: Detector = {
  id: 'speaker-labels',
  priority: 80,
  detect({ structure }) {
    return structure.speakers
      .filter((label) => !label.isRole)
      .map((label) => ({
        start: label.start,
        end: label.end,
        type: 'PERSON' as const,
        confidence: 0.95,
        reason: 'speaker label that is a name',
      }));
  },
};
