/** Activation: starts the language server and wires the editor UI; everything is disposed with the extension. */
import * as vscode from 'vscode';
import { AnalysedDocuments } from './analysed-documents';
import { registerCommands } from './commands';
import { FindingDecorations } from './decorations';
import { warnIfKeyMayBeCommitted } from './key-gitignore-notice';
import { ServerConnection } from './language-client';
import { needsRestart, readClientSettings } from './settings';
import { KEY_CREATED_NOTIFICATION, SETTINGS_SECTION, type KeyCreatedParams } from '../server/protocol';
import { FindingStatusBar } from './status-bar';
import { registerViews, type ViewsApi } from './views';

/** Set while the extension is active, so `when` clauses only show our commands when they can run. */
const ACTIVE_CONTEXT_KEY = 'transcriptRedactor.active';
/** True when the active editor holds a document the server analyses (for keybindings and menus). */
const ANALYSED_EDITOR_CONTEXT_KEY = 'transcriptRedactor.analysedEditor';

let server: ServerConnection | undefined;

/** Returned from activate(): what integration tests (and other extensions) can use. */
export interface ExtensionApi {
  views: ViewsApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const output = vscode.window.createOutputChannel('Transcript Redactor', { log: true });
  server = new ServerConnection(context, output);
  const running = server;
  const analysed = new AnalysedDocuments();
  const decorations = new FindingDecorations(readClientSettings().decorations, analysed.includes);
  const statusBar = new FindingStatusBar(analysed.includes, 'transcriptRedactor.nextFinding');
  const updateEditorContext = (): Thenable<unknown> => {
    const document = vscode.window.activeTextEditor?.document;
    return vscode.commands.executeCommand('setContext', ANALYSED_EDITOR_CONTEXT_KEY, !!document && analysed.includes(document));
  };

  const views = registerViews(context, running);
  context.subscriptions.push(
    output,
    ...views.disposables,
    { dispose: () => void running.dispose() },
    decorations,
    statusBar,
    ...registerCommands({ server: running }),
    vscode.window.onDidChangeActiveTextEditor(() => void updateEditorContext()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
      analysed.refresh();
      decorations.setEnabled(readClientSettings().decorations);
      statusBar.update();
      void updateEditorContext();
      if (needsRestart(event)) void running.restart();
    }),
  );
  await vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, true);
  await updateEditorContext();
  running.onNotification<KeyCreatedParams>(KEY_CREATED_NOTIFICATION, ({ file }) => void warnIfKeyMayBeCommitted(context, file, output));
  await running.start();
  return { views: views.api };
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}
