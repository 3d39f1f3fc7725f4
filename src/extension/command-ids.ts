/**
 * Every command the extension contributes. Free of `vscode` so a unit test can compare it with package.json; the
 * handler map in commands.ts is typed by it, so a command without a handler does not compile.
 */
import { EXPORT_COMMAND_IDS } from './export/export-command-ids';
import { VIEW_COMMAND_IDS } from './views/view-command-ids';

export const COMMAND_IDS = [
  'transcriptRedactor.restartServer',
  'transcriptRedactor.showLog',
  'transcriptRedactor.toggleDecorations',
  'transcriptRedactor.nextFinding',
  'transcriptRedactor.previousFinding',
  'transcriptRedactor.openSampleCorpus',
  'transcriptRedactor.openProjectKey',
  'transcriptRedactor.sameAs',
  ...VIEW_COMMAND_IDS,
  ...EXPORT_COMMAND_IDS,
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
