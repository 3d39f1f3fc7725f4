/**
 * The project key for `scan`: found where `export` and `check` find it (see key-path.ts), or named with `--key`.
 * Its forms are flagged and its "not an identifier" list is respected, so the scan agrees with the editor.
 * Only the key's path and counts are ever printed, never its forms or tokens.
 */
import * as path from 'node:path';
import type { KnownForm } from '../core';
import { ignoreListOf, knownFormsOf, MappingError } from '../core/mapping';
import { loadMappingFile } from '../core/mapping-file';
import { resolveKeyPath } from './key-path';

export interface ProjectKey {
  /** The key file used (relative to the working folder when inside it); undefined when there is none. */
  file?: string;
  entities: number;
  /** The key's forms without their tokens: a scan report must never pair a form with its pseudonym. */
  knownForms: KnownForm[];
  ignore: string[];
}

/**
 * Loads the key named by `--key`, else the default one if it exists (a project without a key yet is fine).
 * A named key that does not exist, or any key that cannot be parsed, throws a MappingError: scanning without
 * the key the user relies on would silently disagree with the editor.
 */
export async function loadProjectKey(keyOption: string | undefined, cwd: string, corpus: string): Promise<ProjectKey> {
  const key = await resolveKeyPath(keyOption, cwd, corpus);
  if (!key.exists) {
    if (keyOption !== undefined) throw new MappingError(`${keyOption}: no such key file`, keyOption);
    return { entities: 0, knownForms: [], ignore: [] };
  }
  const mapping = await loadMappingFile(key.path);
  const relative = path.relative(cwd, key.path);
  return {
    file: relative && !relative.startsWith('..') ? relative : key.path,
    entities: mapping.entities.length,
    knownForms: knownFormsOf(mapping).map(({ form, type }) => ({ form, type })),
    ignore: ignoreListOf(mapping),
  };
}
