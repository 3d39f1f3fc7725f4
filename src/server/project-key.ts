/**
 * The project keys (one per workspace folder), read and written only here. Loads are cached while the file's size and
 * modification time stay the same (checked on every use, so a request never sees a key the file watcher has not yet
 * reported as changed);
 * every change re-reads the file, applies a pure update and saves atomically, one change at a time per key (shared
 * with the export through withKeyWriteLock). A key
 * that cannot be read or parsed is reported and never overwritten.
 */
import { promises as fs } from 'node:fs';
import { loadMappingFile, saveMappingFileAtomic, withKeyWriteLock } from '../core/mapping-file';
import { ignoreListOf, knownFormsOf, MappingError, type Mapping } from '../core/mapping';
import type { ProjectKnowledge } from './document-analysis';

export type KeyState = { ok: true; mapping: Mapping } | { ok: false; error: MappingError };

interface CachedKey {
  /** Size and modification time when read, or `missing`: the cache is valid while the file still matches. */
  signature: string;
  state: Promise<KeyState>;
}

async function signatureOf(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
}

export class ProjectKeys {
  private readonly states = new Map<string, CachedKey>();

  constructor(
    /** Told about each new problem with a key (once per failed load), so the user sees a clear error. */
    private readonly reportError: (file: string, error: MappingError) => void,
    /** Told when a change created the key file (the project's first redaction), e.g. to warn about committing it. */
    private readonly reportCreated: (file: string) => void = () => undefined,
  ) {}

  async get(file: string): Promise<KeyState> {
    const signature = await signatureOf(file);
    const cached = this.states.get(file);
    if (cached && cached.signature === signature) return cached.state;
    const state = this.read(file, true);
    this.states.set(file, { signature, state });
    return state;
  }

  async knowledge(file: string | undefined): Promise<ProjectKnowledge> {
    if (!file) return {};
    const state = await this.get(file);
    return state.ok ? { knownForms: knownFormsOf(state.mapping), ignore: ignoreListOf(state.mapping) } : {};
  }

  /** Forgets the cached key, so the next use reads the file again (it changed on disk). */
  invalidate(file: string): void {
    this.states.delete(file);
  }

  isKnown(file: string): boolean {
    return this.states.has(file);
  }

  /**
   * Applies `change` to the key as it is on disk now and saves the result. Throws a MappingError when the key cannot
   * be read (it is then left untouched) or saved. `change` may throw to refuse (e.g. a form that is already taken).
   */
  update<T>(file: string, change: (mapping: Mapping) => { mapping: Mapping; result: T }): Promise<T> {
    // The same lock the export takes to save the key, so the two never overwrite each other's entities.
    return withKeyWriteLock(file, async () => {
      // Read afresh: the file may have been edited by hand since it was cached. The caller reports a failure.
      const signature = await signatureOf(file);
      const state = await this.read(file, false);
      this.states.set(file, { signature, state: Promise.resolve(state) });
      if (!state.ok) throw state.error;
      const { mapping, result } = change(state.mapping);
      if (mapping !== state.mapping) {
        const existed = await fs.stat(file).then(() => true, () => false);
        await saveMappingFileAtomic(file, mapping);
        this.states.set(file, { signature: await signatureOf(file), state: Promise.resolve({ ok: true, mapping }) });
        if (!existed) this.reportCreated(file);
      }
      return result;
    });
  }

  private async read(file: string, report: boolean): Promise<KeyState> {
    try {
      return { ok: true, mapping: await loadMappingFile(file) };
    } catch (error) {
      const problem = error instanceof MappingError ? error : new MappingError(`${file}: ${String(error)}`, file);
      if (report) this.reportError(file, problem);
      return { ok: false, error: problem };
    }
  }
}
