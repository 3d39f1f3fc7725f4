/** The export commands' ids, free of `vscode` so command-ids.ts (and its manifest test) can list them. */
export const EXPORT_COMMAND_IDS = ['transcriptRedactor.exportCorpus', 'transcriptRedactor.previewRedacted'] as const;

export type ExportCommandId = (typeof EXPORT_COMMAND_IDS)[number];
