/**
 * The commands of the Identifiers and Speakers views and of review progress. Free of `vscode` so the manifest test can
 * compare them with package.json; src/extension/command-ids.ts includes them in COMMAND_IDS.
 */
export const VIEW_COMMAND_IDS = [
  'transcriptRedactor.refreshIdentifiers',
  'transcriptRedactor.filterIdentifiers',
  'transcriptRedactor.clearIdentifierFilter',
  'transcriptRedactor.revealOccurrence',
  'transcriptRedactor.redactEverywhere',
  'transcriptRedactor.sameAsInView',
  'transcriptRedactor.notAnIdentifierInView',
  'transcriptRedactor.markFileReviewed',
  'transcriptRedactor.markFileNotReviewed',
  'transcriptRedactor.showSpeakerProfiles',
] as const;

export type ViewCommandId = (typeof VIEW_COMMAND_IDS)[number];

export const IDENTIFIERS_VIEW = 'transcriptRedactor.identifiers';
export const SPEAKERS_VIEW = 'transcriptRedactor.speakers';
export const REVIEW_VIEW = 'transcriptRedactor.review';
/** True while the Identifiers view has a filter, so its title bar offers "Clear Identifier Filter". */
export const FILTERED_CONTEXT_KEY = 'transcriptRedactor.identifiersFiltered';
