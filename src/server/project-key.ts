/**
 * The project keys (one per workspace folder), read and written only here. Loads are cached until the file changes;
 * every change re-reads the file, applies a pure update and saves atomically, one change at a time per key (shared
 * with the export through withKeyWriteLock). A key
 * that cannot be read or parsed is reported and never overwritten.
 */
import { promises as fs } from 'node:fs';
import { loadMappingFile, saveMappingFileAtomic, withKeyWriteLock } from '../core/mapping-file';
import { ignoreListOf, knownFormsOf, MappingError, type Mapping } from '../core/mapping';
import type { ProjectKnowledge } from './document-analysis';

export type KeyState = { ok: true; mapping: Mapping } | { ok: false; error: MappingError };

export class ProjectKeys {
  private readonly states = new Map<string, Promise<KeyState>>();

  constructor(
    /** Told about each new problem with a key (once per failed load), so the user sees a clear error. */
    private readonly reportError: (file: string, error: MappingError) => void,
    /** Told when a change created the key file (the project's first redaction), e.g. to warn about committing it. */
    private readonly reportCreated: (file: string) => void = () => undefined,
  ) {}

  get(file: string): Promise<KeyState> {
    let state = this.states.get(file);
    if (!state) {
      state = this.read(file, true);
      this.states.set(file, state);
    }
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
      const state = await this.read(file, false);
      this.states.set(file, Promise.resolve(state));
      if (!state.ok) throw state.error;
      const { mapping, result } = change(state.mapping);
      if (mapping !== state.mapping) {
        const existed = await fs.stat(file).then(() => true, () => false);
        await saveMappingFileAtomic(file, mapping);
        this.states.set(file, Promise.resolve({ ok: true, mapping }));
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
