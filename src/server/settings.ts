/**
 * The server's settings, read in one typed place. The client answers `workspace/configuration` from VS Code's
 * settings; a client that cannot (a bare stdio client) gets the defaults.
 */
import { FINDING_TYPES, isFindingType, type FindingType, type Sensitivity } from '../core/types';
import { DEFAULT_MAPPING_PATH } from '../core/mapping';
import { DEFAULT_INCLUDE } from '../extension/document-selector';

export interface SeverityThresholds {
  /** Findings at or above this confidence are Warnings. */
  warning: number;
  /** Findings at or above this confidence (and below `warning`) are Information; the rest are Hints. */
  information: number;
}

export interface ServerSettings {
  sensitivity: Sensitivity;
  enabledTypes: readonly FindingType[];
  severity: SeverityThresholds;
  /** The project key, relative to the workspace folder (or absolute). */
  mappingFile: string;
  /** `files.include`: language ids and glob patterns of the files analysed (and edited by project-wide fixes). */
  include: readonly string[];
}

export const DEFAULT_SETTINGS: ServerSettings = {
  sensitivity: 'high-recall',
  enabledTypes: FINDING_TYPES,
  severity: { warning: 0.8, information: 0.5 },
  mappingFile: DEFAULT_MAPPING_PATH,
  include: DEFAULT_INCLUDE,
};

/** Turns whatever the client sent for the `transcriptRedactor` section into valid settings, falling back per field. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const section = isRecord(raw) ? raw : {};
  const sensitivity = section.sensitivity === 'balanced' ? 'balanced' : DEFAULT_SETTINGS.sensitivity;
  const enabledTypes = Array.isArray(section.enabledTypes)
    ? FINDING_TYPES.filter((type) => (section.enabledTypes as unknown[]).some((value) => isFindingType(value) && value === type))
    : DEFAULT_SETTINGS.enabledTypes;

  const diagnostics = isRecord(section.diagnostics) ? section.diagnostics : {};
  const severity = isRecord(diagnostics.severity) ? diagnostics.severity : {};
  const warning = threshold(severity.warning, DEFAULT_SETTINGS.severity.warning);
  // Information cannot sit above Warning; a higher value would make the Information band empty anyway.
  const information = Math.min(threshold(severity.information, DEFAULT_SETTINGS.severity.information), warning);
  const mappingFile =
    typeof section.mappingFile === 'string' && section.mappingFile.trim() ? section.mappingFile.trim() : DEFAULT_MAPPING_PATH;
  const files = isRecord(section.files) ? section.files : {};
  const include = Array.isArray(files.include)
    ? files.include.filter((entry): entry is string => typeof entry === 'string')
    : DEFAULT_SETTINGS.include;
  return { sensitivity, enabledTypes, severity: { warning, information }, mappingFile, include };
}

function threshold(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
