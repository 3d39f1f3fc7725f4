/** Starts, restarts and stops the language server (dist/server.js over Node IPC). */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelectorFor } from './document-selector';
import { readClientSettings } from './settings';

export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Serialises start/stop so a quick series of setting changes cannot leave two servers running. */
  private pending: Promise<void> = Promise.resolve();
  /** Notification handlers, registered again on every (re)started client. */
  private readonly notificationHandlers: Array<[string, (params: unknown) => void]> = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {}

  start(): Promise<void> {
    return this.enqueue(() => this.startClient());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.stopClient();
      await this.startClient();
    });
  }

  dispose(): Promise<void> {
    return this.enqueue(() => this.stopClient());
  }

  /** Sends a custom request; fails clearly when the server is not running. */
  async sendRequest<R>(method: string, params: unknown): Promise<R> {
    await this.pending;
    if (!this.client) throw new Error('the Transcript Redactor language server is not running');
    return this.client.sendRequest<R>(method, params);
  }

  /** Handles a notification from the server, for this and every later (restarted) client. */
  onNotification<P>(method: string, handler: (params: P) => void): void {
    this.notificationHandlers.push([method, handler as (params: unknown) => void]);
    this.client?.onNotification(method, handler);
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.pending = this.pending.then(step, step).catch((error: unknown) => {
      this.output.error(`Language server: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.pending;
  }

  private async startClient(): Promise<void> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelectorFor(readClientSettings().include),
      outputChannel: this.output,
      // The server translates its quick-fix titles and messages with the bundle VS Code loaded for this language.
      initializationOptions: { l10nBundle: vscode.l10n.bundle },
    };
    this.client = new LanguageClient('transcriptRedactor', 'Transcript Redactor', serverOptions, clientOptions);
    for (const [method, handler] of this.notificationHandlers) this.client.onNotification(method, handler);
    await this.client.start();
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.dispose();
  }
}
