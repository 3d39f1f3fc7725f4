/**
 * The Transcript Redactor language server: analyses the documents the client syncs and publishes one diagnostic per
 * finding. Run it with `node dist/server.js --stdio` (or `--node-ipc`, `--socket=N`, `--pipe=NAME`).
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisScheduler } from './analysis-scheduler';
import { toDiagnostic } from './diagnostics';
import { DocumentAnalyses } from './document-analysis';
import { hoverAt } from './hover';
import { SETTINGS_SECTION } from './protocol';
import { describe, SettingsStore } from './settings-store';

/** Typing pauses shorter than this do not trigger an analysis. */
const CHANGE_DEBOUNCE_MS = 200;
const TRANSPORT_FLAGS = /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/;

if (!process.argv.slice(2).some((arg) => TRANSPORT_FLAGS.test(arg))) {
  process.stderr.write('Usage: node server.js --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const scheduler = new AnalysisScheduler();
const analyses = new DocumentAnalyses();
let settings = new SettingsStore(connection, false);
let canRegisterConfigurationChange = false;
/** Documents opened but not yet analysed: their first analysis runs without the typing debounce. */
const justOpened = new Set<string>();

connection.onInitialize((params): InitializeResult => {
  const workspace = params.capabilities.workspace;
  settings = new SettingsStore(connection, workspace?.configuration === true);
  canRegisterConfigurationChange = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return {
    capabilities: { textDocumentSync: TextDocumentSyncKind.Full, hoverProvider: true },
    serverInfo: { name: 'Transcript Redactor' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }
});

connection.onDidChangeConfiguration(() => {
  settings.clear();
  for (const document of documents.all()) scheduleAnalysis(document, 0);
});

documents.onDidOpen(({ document }) => justOpened.add(document.uri));
documents.onDidChangeContent(({ document }) => {
  scheduleAnalysis(document, justOpened.delete(document.uri) ? 0 : CHANGE_DEBOUNCE_MS);
});
documents.onDidClose(({ document }) => {
  justOpened.delete(document.uri);
  scheduler.cancel(document.uri);
  analyses.forget(document.uri);
  settings.forget(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

function scheduleAnalysis(document: TextDocument, delayMs: number): void {
  const { uri } = document;
  scheduler.schedule(
    uri,
    delayMs,
    async (isCurrent) => {
      const documentSettings = await settings.get(uri);
      const latest = documents.get(uri);
      if (!latest || !isCurrent()) return;
      let diagnostics: Diagnostic[];
      try {
        const result = analyses.analyse(latest, documentSettings, {});
        analyses.remember(uri, result);
        diagnostics = result.findings.map((finding) => toDiagnostic(finding, latest, documentSettings.severity));
      } catch (error) {
        // Odd input must never take the server down: say so in the log and show nothing for this document.
        connection.console.error(`Analysis failed for ${uri}: ${describe(error)}`);
        analyses.remember(uri, { version: latest.version, findings: [] });
        diagnostics = [];
      }
      if (isCurrent()) await connection.sendDiagnostics({ uri, version: latest.version, diagnostics });
    },
    (error) => connection.console.error(`Could not publish diagnostics for ${uri}: ${describe(error)}`),
  );
}

connection.onHover(({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  const result = document && analyses.current(document);
  return document ? hoverAt(document, position, result?.findings ?? []) : undefined;
});

connection.onShutdown(() => scheduler.dispose());

documents.listen(connection);
connection.listen();
