/**
 * A minimal LSP client for tests: builds dist/server.js, spawns `node dist/server.js --stdio`, and records every
 * `textDocument/publishDiagnostics` so a test can wait for the next one (events, never sleeps).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  createMessageConnection,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type Diagnostic,
  type ConfigurationParams,
  type Hover,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';

export const repoRoot = resolve(__dirname, '..', '..', '..');
export const serverPath = resolve(repoRoot, 'dist', 'server.js');

/** Bundles the server exactly as scripts/build.mjs does, without building the other entry points. */
export async function buildServer(): Promise<void> {
  await build({
    entryPoints: [resolve(repoRoot, 'src/server/server.ts')],
    outfile: serverPath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'error',
  });
}

export interface ClientOptions {
  /** When set, the client advertises `workspace/configuration` and answers each request with this section. */
  settings?: () => unknown;
  /** A folder on disk opened as the only workspace folder (the project). */
  workspaceFolder?: string;
  /** Sent as `initializationOptions`, as the extension sends `{ l10nBundle }`. */
  initializationOptions?: unknown;
}

/** A `workspace/applyEdit` the server asked for (the harness reports it as applied). */
export type AppliedEdit = ApplyWorkspaceEditParams;

export class TestClient {
  private readonly received = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>();
  private readonly versions = new Map<string, number>();
  readonly stderr: string[] = [];
  /** Every `workspace/applyEdit` the server sent, in order. */
  readonly appliedEdits: AppliedEdit[] = [];
  /** Every message the server showed the user (`window/showMessage` and `window/showMessageRequest`). */
  readonly messages: Array<{ type: number; message: string }> = [];
  private messageWaiters: Array<() => void> = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    child.stderr!.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.record(params));
    connection.onNotification('window/logMessage', () => undefined);
    const { settings, workspaceFolder, initializationOptions } = options;
    if (settings) {
      connection.onRequest('workspace/configuration', (params: ConfigurationParams) => params.items.map(() => settings()));
    }
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      client.appliedEdits.push(params);
      return { applied: true };
    });
    const showMessage = (params: { type: number; message: string }): null => {
      client.messages.push({ type: params.type, message: params.message });
      for (const wake of client.messageWaiters.splice(0)) wake();
      return null;
    };
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => void showMessage(params));
    connection.onRequest('window/showMessageRequest', showMessage);
    connection.listen();

    const capabilities: ClientCapabilities = {
      workspace: {
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        ...(settings ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {}),
      },
    };
    const folderUri = workspaceFolder ? pathToFileURL(workspaceFolder).toString() : null;
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      capabilities,
      workspaceFolders: folderUri ? [{ uri: folderUri, name: 'study' }] : null,
      ...(initializationOptions === undefined ? {} : { initializationOptions }),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, languageId = 'transcript'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Replaces the whole text (full sync) and returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async configurationChanged(): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<Array<CodeAction | Command> | null> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  /** Runs a server command the way VS Code does for a code action's command. */
  async executeCommand(command: Command): Promise<void> {
    await this.connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
  }

  async fileChanged(uri: string): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
  }

  /** Resolves once the server has shown at least `count` messages. */
  async waitForMessages(count: number): Promise<void> {
    while (this.messages.length < count) await new Promise<void>((wake) => this.messageWaiters.push(wake));
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  /** The next diagnostics published for `uri` (already received ones first, in order). */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    const queued = this.received.get(uri);
    if (queued && queued.length > 0) return Promise.resolve(queued.shift()!);
    return new Promise((resolvePublish) => {
      const list = this.waiters.get(uri) ?? [];
      list.push(resolvePublish);
      this.waiters.set(uri, list);
    });
  }

  /** Skips publications until one for `version` (or later) arrives. */
  async diagnosticsForVersion(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const params = await this.nextDiagnostics(uri);
      if ((params.version ?? 0) >= version) return params;
    }
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null) this.child.kill();
    }
  }

  private record(params: PublishDiagnosticsParams): void {
    const waiting = this.waiters.get(params.uri);
    if (waiting && waiting.length > 0) {
      waiting.shift()!(params);
      return;
    }
    const queue = this.received.get(params.uri) ?? [];
    queue.push(params);
    this.received.set(params.uri, queue);
  }
}
