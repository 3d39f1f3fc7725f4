/**
 * The Transcript Redactor language server: analyses the documents the client syncs, publishes one diagnostic per
 * finding, and offers the fixes that put pseudonym tokens from the project key in their place.
 * Run it with `node dist/server.js --stdio` (or `--node-ipc`, `--socket=N`, `--pipe=NAME`).
 */
import { promises as fs } from 'node:fs';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core';
import { findEntity } from '../core/mapping';
import { AnalysisScheduler } from './analysis-scheduler';
import { codeActionsFor, FIX_ALL_KIND } from './code-actions';
import { toDiagnostic } from './diagnostics';
import { DocumentAnalyses } from './document-analysis';
import { hoverAt, type FindingHoverDetail } from './hover';
import { uriToPath, WorkspaceFolders } from './key-location';
import { Projects } from './project';
import { ProjectFiles } from './project-files';
import { registerExportRequests } from './export-requests';
import { registerProjectIndex } from './project-index';
import { configureL10n, l10n } from './l10n';
import { ProjectKeys } from './project-key';
import {
  ENTITIES_REQUEST,
  KEY_CREATED_NOTIFICATION,
  KEY_LOCATION_REQUEST,
  SETTINGS_SECTION,
  type KeyCreatedParams,
  type EntitiesParams,
  type EntitySummary,
  type KeyLocation,
  type KeyLocationParams,
} from './protocol';
import { RedactionCommands } from './redaction-commands';
import { entityForFinding } from './redaction-plan';
import { describe, SettingsStore } from './settings-store';

/** Typing pauses shorter than this do not trigger an analysis. */
const CHANGE_DEBOUNCE_MS = 200;
/** The first analysis of a document at least this long publishes the findings of its beginning early. */
const PREVIEW_MIN_CHARS = 100_000;
const TRANSPORT_FLAGS = /^--(?:stdio|node-ipc|socket|pipe|clientProcessId)/;

if (!process.argv.slice(2).some((arg) => TRANSPORT_FLAGS.test(arg))) {
  process.stderr.write('Usage: node server.js --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const scheduler = new AnalysisScheduler();
const analyses = new DocumentAnalyses();
const folders = new WorkspaceFolders();
const keys = new ProjectKeys((file, error) => {
  connection.console.error(`Project key ${file} cannot be read: ${error.message}`);
  void connection.window.showErrorMessage(
    l10n.t('Transcript Redactor: the project key cannot be read, and nothing will be written to it until it is fixed. {0}', error.message),
  );
}, (file) => void connection.sendNotification(KEY_CREATED_NOTIFICATION, { file } satisfies KeyCreatedParams));
const settings = new SettingsStore(connection);
const projects = new Projects(documents, settings, keys, folders, new ProjectFiles());
const commands = new RedactionCommands(connection, documents, projects, reanalyseAll);
let canRegisterConfigurationChange = false;
let canWatchFiles = false;
let canTrackFolders = false;
/** Documents opened but not yet analysed: their first analysis runs without the typing debounce. */
const justOpened = new Set<string>();

connection.onInitialize((params): InitializeResult => {
  configureL10n((params.initializationOptions as { l10nBundle?: unknown } | undefined)?.l10nBundle);
  const { workspace } = params.capabilities;
  settings.useClientConfiguration(workspace?.configuration === true);
  canRegisterConfigurationChange = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  canTrackFolders = workspace?.workspaceFolders === true;
  const initialFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  folders.set(initialFolders);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Full,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: commands.ids },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'Transcript Redactor' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }
  if (canWatchFiles) {
    // Key files live wherever the setting says; watch JSON files and keep only the keys in use.
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.json' }] });
  }
  if (canTrackFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const current = (await connection.workspace.getWorkspaceFolders()) ?? [];
      folders.set(current.map((folder) => folder.uri));
      reanalyseAll();
    });
  }
});

connection.onDidChangeConfiguration(() => {
  settings.clear();
  reanalyseAll();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  let keyChanged = false;
  for (const change of changes) {
    const file = uriToPath(change.uri);
    if (file && keys.isKnown(file)) {
      keys.invalidate(file);
      keyChanged = true;
    }
  }
  if (keyChanged) reanalyseAll();
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

function reanalyseAll(): void {
  for (const document of documents.all()) scheduleAnalysis(document, 0);
}

function scheduleAnalysis(document: TextDocument, delayMs: number): void {
  const { uri } = document;
  scheduler.schedule(
    uri,
    delayMs,
    async (isCurrent) => {
      const documentSettings = await settings.get(uri);
      const knowledge = await keys.knowledge(await projects.keyFileFor(uri));
      const latest = documents.get(uri);
      if (!latest || !isCurrent()) return;
      let diagnostics: Diagnostic[];
      try {
        // In slices, so hovers and code actions are answered while a large file is analysed; the first analysis
        // of a large document shows its beginning early. A newer version of the document cancels this run.
        const preview = (findings: Finding[]): void => {
          if (isCurrent()) void connection.sendDiagnostics({ uri, version: latest.version, diagnostics: findings.map((finding) => toDiagnostic(finding, latest, documentSettings.severity)) });
        };
        const result = await analyses.analyseInSlices(latest, documentSettings, knowledge, {
          isCancelled: () => !isCurrent(),
          onPartial: analyses.hasResult(uri) || latest.getText().length < PREVIEW_MIN_CHARS ? undefined : preview,
        });
        if (!result) return;
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

connection.onHover(async ({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  if (!document) return undefined;
  const result = analyses.current(document);
  return hoverAt(document, position, result?.findings ?? [], await tokenDetail(textDocument.uri));
});

/** "Would become [PERSON_4]" / "In the project key as [PERSON_3]", when the key can be read. */
async function tokenDetail(uri: string): Promise<FindingHoverDetail> {
  const key = await projects.keyStateFor(uri);
  if (!key?.state.ok) return () => undefined;
  const { mapping } = key.state;
  const texts = (await projects.texts(uri)).map((text) => text.text);
  return (finding) => {
    const known = findEntity(mapping, finding.text);
    if (known) return `In the project key as \`${known.token}\``;
    try {
      return `Would become \`${entityForFinding(mapping, finding.type, finding.text, texts).entity.token}\``;
    } catch {
      return undefined;
    }
  };
}

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    return await codeActionsFor(document, params, projects);
  } catch (error) {
    connection.console.error(`Code actions failed for ${document.uri}: ${describe(error)}`);
    return [];
  }
});

connection.onExecuteCommand(({ command, arguments: args }) => commands.execute(command, args?.[0]));

connection.onRequest(ENTITIES_REQUEST, async ({ uri, type }: EntitiesParams): Promise<EntitySummary[]> => {
  const key = await projects.keyStateFor(uri);
  if (!key?.state.ok) return [];
  return key.state.mapping.entities
    .filter((entity) => entity.type === type)
    .map((entity) => ({ token: entity.token, forms: [...entity.forms] }));
});

connection.onRequest(KEY_LOCATION_REQUEST, async ({ uri }: KeyLocationParams): Promise<KeyLocation> => {
  const key = await projects.keyStateFor(uri);
  if (!key) return { exists: false };
  const exists = await fs.stat(key.file).then(
    () => true,
    () => false,
  );
  return { file: key.file, exists, error: key.state.ok ? undefined : key.state.error.message };
});

// The Identifiers view's data (src/server/project-index.ts).
registerProjectIndex(connection, { documents, settings: (uri) => settings.get(uri), key: (file) => keys.get(file) });
// Export and the redacted preview (src/server/export-requests.ts); an export may add entities to the key.
registerExportRequests(connection, { documents, projects, settings, onKeyChanged: (file) => (keys.invalidate(file), reanalyseAll()) });

connection.onShutdown(() => scheduler.dispose());

documents.listen(connection);
connection.listen();
