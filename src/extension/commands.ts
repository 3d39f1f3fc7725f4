/** All command handlers, in one map keyed by the ids package.json contributes. */
import * as vscode from 'vscode';
import type { CommandId } from './command-ids';
import type { ServerConnection } from './language-client';

export interface CommandContext {
  server: ServerConnection;
}

type Handler = (context: CommandContext, ...args: unknown[]) => unknown;

export const COMMAND_HANDLERS: Record<CommandId, Handler> = {
  'transcriptRedactor.restartServer': ({ server }) => server.restart(),
  'transcriptRedactor.showLog': ({ server }) => server.output.show(true),
};

export function registerCommands(context: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMAND_HANDLERS).map(([id, handler]) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => handler(context, ...args)),
  );
}
