import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MessagePort } from 'node:worker_threads';

/** When a worker runs a full collection after answering (see taskReplier). */
export interface CollectionPolicy {
  /**
   * Collect once the heap has grown this many bytes past its size after the previous collection (0: after every
   * answer). Each collection marks the whole engine (about 20 ms of CPU), so collecting less often saves CPU;
   * letting the heap grow costs resident memory, once per worker.
   */
  afterGrowth: number;
  /** Also collect whenever the whole process (every thread) is resident above this many bytes. */
  aboveRss?: number;
}

/** Collect after every answer: the least memory, the most CPU. */
export const COLLECT_AFTER_EACH_TASK: CollectionPolicy = { afterGrowth: 0 };

/** Memory figures after an answer, in bytes. */
export interface MemoryNow {
  heapUsed: number;
  /** Heap used just after the previous collection (0 before the first). */
  heapAfterLastCollection: number;
  /** Resident set of the whole process. */
  rss: number;
}

export function shouldCollect(now: MemoryNow, policy: CollectionPolicy): boolean {
  if (now.heapAfterLastCollection === 0) return true; // the first collection measures the live size
  if (now.heapUsed > now.heapAfterLastCollection + policy.afterGrowth) return true;
  return policy.aboveRss !== undefined && now.rss > policy.aboveRss;
}

/**
 * How a worker answers the pool for one task: `{ id, result }`, or `{ id, error }` with the stack of an unexpected
 * failure. After an answer, a full collection (when `policy` says so) brings the worker back near its live size
 * (the engine, some 25 MB) rather than letting V8 grow its heap for a while: with several workers that is the
 * difference in resident memory.
 */
export function taskReplier(port: MessagePort, policy: CollectionPolicy = COLLECT_AFTER_EACH_TASK): (id: number, work: Promise<unknown>) => void {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  let heapAfterLastCollection = 0;
  return (id, work) => {
    work.then(
      (result) => {
        port.postMessage({ id, result });
        // process.memoryUsage.rss() reads one number from the kernel; only asked when the policy has a budget.
        const rss = policy.aboveRss === undefined ? 0 : process.memoryUsage.rss();
        if (!shouldCollect({ heapUsed: getHeapStatistics().used_heap_size, heapAfterLastCollection, rss }, policy)) return;
        collectGarbage();
        heapAfterLastCollection = getHeapStatistics().used_heap_size;
      },
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  };
}
