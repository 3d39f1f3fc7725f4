/** Activation: starts the language server and registers commands; everything is disposed with the extension. */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { ServerConnection } from './language-client';
import { needsRestart } from './settings';

/** Set while the extension is active, so `when` clauses only show our commands when they can run. */
const ACTIVE_CONTEXT_KEY = 'transcriptRedactor.active';

let server: ServerConnection | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Transcript Redactor', { log: true });
  server = new ServerConnection(context, output);
  const running = server;
  context.subscriptions.push(
    output,
    { dispose: () => void running.dispose() },
    ...registerCommands({ server: running }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (needsRestart(event)) void running.restart();
    }),
  );
  await vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, true);
  await running.start();
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}
