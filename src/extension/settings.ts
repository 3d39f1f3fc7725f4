/** The extension's own settings, read in one typed place. Analysis settings are read by the server. */
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../server/protocol';
import { DEFAULT_INCLUDE } from './document-selector';

export interface ClientSettings {
  /** Language ids and file patterns the server analyses. */
  include: readonly string[];
  /** Colour findings by category and tone down existing redaction tokens. */
  decorations: boolean;
}

export const DECORATIONS_SETTING = 'decorations.enabled';

/** Settings whose change needs a new language client (the document selector is fixed when a client starts). */
export const RESTART_SETTINGS = [`${SETTINGS_SECTION}.files.include`] as const;

export function readClientSettings(): ClientSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const include = config.get<unknown>('files.include');
  return {
    include: Array.isArray(include) ? include.filter((entry): entry is string => typeof entry === 'string') : DEFAULT_INCLUDE,
    decorations: config.get<unknown>(DECORATIONS_SETTING) !== false,
  };
}

export function needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
  return RESTART_SETTINGS.some((section) => event.affectsConfiguration(section));
}
