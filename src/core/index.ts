/** The engine's public surface, shared by the language server, the extension and the CLI. */
export * from './types';
export { analyze, analyzeInSlices, createAnalysisCache, BALANCED_MIN_CONFIDENCE } from './analyze';
export type { AnalysisCache, Slicing } from './analyze';
export { splitIntoChunks } from './chunks';
export { parseTranscript, isRoleLabel } from './transcript';
export { sniffFormat, formatForPath } from './transcript-format';
export type { TranscriptStructure, SpeakerLabel } from './transcript';
