/** Fetches each document's settings once through `workspace/configuration` and forgets them when they change. */
import type { Connection } from 'vscode-languageserver/node';
import { SETTINGS_SECTION } from './protocol';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<ServerSettings>>();

  /** False for clients without `workspace/configuration` (a bare stdio client): they get the defaults. */
  private clientAnswersConfiguration = false;

  constructor(private readonly connection: Connection) {}

  /** Called once the client has said what it can do. */
  useClientConfiguration(enabled: boolean): void {
    this.clientAnswersConfiguration = enabled;
    this.cache.clear();
  }

  get(uri: string): Promise<ServerSettings> {
    if (!this.clientAnswersConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        normalizeSettings,
        (error: unknown) => {
          this.connection.console.error(`Could not read settings for ${uri}, using defaults: ${describe(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
