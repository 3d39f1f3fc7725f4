/**
 * Debounces analysis per document and makes stale runs harmless: each schedule bumps the document's generation,
 * and a run may only publish while its generation is still the latest.
 */
export type AnalysisRun = (isCurrent: () => boolean) => Promise<void>;

export class AnalysisScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();
  /** Global and increasing, so a generation is never reused even after a document is closed and reopened. */
  private counter = 0;

  schedule(uri: string, delayMs: number, run: AnalysisRun, onError: (error: unknown) => void): void {
    const generation = this.bump(uri);
    const isCurrent = (): boolean => this.generations.get(uri) === generation;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        if (isCurrent()) run(isCurrent).catch(onError);
      }, delayMs),
    );
  }

  /** Drops any pending run and makes a running one stale. */
  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.generations.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.generations.clear();
  }

  private bump(uri: string): number {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    const generation = ++this.counter;
    this.generations.set(uri, generation);
    return generation;
  }
}
