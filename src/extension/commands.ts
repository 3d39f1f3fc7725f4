/** All command handlers, in one map keyed by the ids package.json contributes. */
import * as vscode from 'vscode';
import { SETTINGS_SECTION, type FindingTarget } from '../server/protocol';
import type { CommandId } from './command-ids';
import type { ServerConnection } from './language-client';
import { openProjectKey, pickSameAs } from './key-commands';
import { goToFinding } from './navigation';
import { EXPORT_COMMAND_HANDLERS } from './export';
import { VIEW_COMMAND_HANDLERS } from './views';
import { openSampleCorpusCommand } from './views/sample-corpus';
import { DECORATIONS_SETTING, readClientSettings } from './settings';

export interface CommandContext {
  server: ServerConnection;
}

type Handler = (context: CommandContext, ...args: unknown[]) => unknown;

export const COMMAND_HANDLERS: Record<CommandId, Handler> = {
  'transcriptRedactor.restartServer': ({ server }) => server.restart(),
  'transcriptRedactor.showLog': ({ server }) => server.output.show(true),
  'transcriptRedactor.toggleDecorations': () => toggleDecorations(),
  'transcriptRedactor.nextFinding': () => goToFinding('next'),
  'transcriptRedactor.previousFinding': () => goToFinding('previous'),
  'transcriptRedactor.openSampleCorpus': (_context, ...args) => openSampleCorpusCommand(...args),
  ...VIEW_COMMAND_HANDLERS,
  ...EXPORT_COMMAND_HANDLERS,
  'transcriptRedactor.openProjectKey': ({ server }, argument) => openProjectKey(server, argument as { uri?: string } | undefined),
  'transcriptRedactor.sameAs': ({ server }, target) => pickSameAs(server, target as FindingTarget),
};

export function registerCommands(context: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMAND_HANDLERS).map(([id, handler]) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => handler(context, ...args)),
  );
}

/** Flips the setting where it is defined (the workspace, if it overrides it there), so the choice persists. */
async function toggleDecorations(): Promise<void> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const inWorkspace = config.inspect<boolean>(DECORATIONS_SETTING)?.workspaceValue !== undefined;
  await config.update(
    DECORATIONS_SETTING,
    !readClientSettings().decorations,
    inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global,
  );
}
