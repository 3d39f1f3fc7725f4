/** The export commands' handlers, spread into the single map in src/extension/commands.ts. */
import type { CommandContext } from '../commands';
import type { ExportCommandId } from './export-command-ids';
import { exportCorpusCommand } from './export-command';
import { previewRedactedCommand } from './preview';

export const EXPORT_COMMAND_HANDLERS: Record<ExportCommandId, (context: CommandContext, ...args: unknown[]) => unknown> = {
  'transcriptRedactor.exportCorpus': ({ server }, argument) => exportCorpusCommand(server, argument),
  'transcriptRedactor.previewRedacted': ({ server }, argument) => previewRedactedCommand(server, argument),
};
