/** The engine's public surface, shared by the language server, the extension and the CLI. */
export * from './types';
export { analyze, BALANCED_MIN_CONFIDENCE } from './analyze';
export { parseTranscript, sniffFormat, formatForPath, isRoleLabel } from './transcript';
export type { TranscriptStructure, SpeakerLabel } from './transcript';
