/**
 * Where a measured process spent its CPU time, per thread, as max-rss.mjs records it (Linux; absent elsewhere): the
 * main thread, each worker, Node's platform threads (V8's parallel and concurrent garbage collection, background
 * compilation) and libuv's pool, with each thread's garbage-collection pauses.
 */

export interface CollectionPauses {
  role: string;
  forcedFullMs: number;
  forcedFull: number;
  fullMs: number;
  full: number;
  scavengeMs: number;
  scavenges: number;
  otherMs: number;
}

export interface ThreadUsage {
  mainMilliseconds: number;
  workerMilliseconds: number[];
  platformMilliseconds: number;
  libuvMilliseconds: number;
  unattributedMilliseconds: number;
  collections: CollectionPauses[];
}

/** What max-rss.mjs writes. */
export interface ProcessUsage {
  maxRssBytes: number;
  cpuMilliseconds: number;
  threads?: ThreadUsage;
}

const seconds = (milliseconds: number): string => (milliseconds / 1000).toFixed(1);

/**
 * `main 4.3 s, workers 70.0 + 70.3 s, V8/Node platform 36.3 s, libuv 0.1 s; pauses in the analysing threads: forced
 * full GC 10.6 s (311), other full 0.1 s (2), scavenges 8.8 s (3461)`. Pauses are wall time of the thread that
 * collects (on a busy machine they include waiting for helper threads).
 */
export function describeThreads(usage: ThreadUsage | undefined): string {
  if (!usage) return 'not recorded (needs Linux /proc)';
  const workers = usage.workerMilliseconds.length ? `, workers ${usage.workerMilliseconds.map(seconds).join(' + ')} s` : '';
  const analysing = usage.collections.filter((pauses) => pauses.role === (usage.workerMilliseconds.length ? 'worker' : 'main'));
  const total = (key: keyof Omit<CollectionPauses, 'role'>): number => analysing.reduce((sum, pauses) => sum + pauses[key], 0);
  const unattributed = usage.unattributedMilliseconds >= 500 ? `, not sampled ${seconds(usage.unattributedMilliseconds)} s` : '';
  return (
    `main ${seconds(usage.mainMilliseconds)} s${workers}, V8/Node platform threads ${seconds(usage.platformMilliseconds)} s, ` +
    `libuv ${seconds(usage.libuvMilliseconds)} s${unattributed}; GC pauses in the analysing threads: forced full ` +
    `${seconds(total('forcedFullMs'))} s (${total('forcedFull')}), other full ${seconds(total('fullMs'))} s (${total('full')}), ` +
    `scavenges ${seconds(total('scavengeMs'))} s (${total('scavenges')})`
  );
}
