/** Small statistics and formatting helpers for the benchmark's table. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no measurements to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** `12.3 MB/s (11.9–12.8, 5 runs)`: median (min–max). */
export function describe(summary: Summary, unit: string, digits = 2): string {
  const f = (value: number): string => value.toFixed(digits);
  if (summary.runs === 1) return `${f(summary.median)} ${unit} (1 run)`;
  return `${f(summary.median)} ${unit} (${f(summary.min)}–${f(summary.max)}, ${summary.runs} runs)`;
}

export function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * CPU time of this process (user + system, all threads) in milliseconds. On a busy shared machine it measures
 * single-threaded work more faithfully than wall time, which also counts the time other processes held the core.
 */
export function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
