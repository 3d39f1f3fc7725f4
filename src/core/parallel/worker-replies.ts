import type { MessagePort } from 'node:worker_threads';
import { collectorAfterGrowth } from './collect-garbage';

/**
 * How much a worker's heap may grow between the full collections it asks for: 0, after every file. Each forced
 * collection also deoptimises code holding the last file's objects (on the 4 MB bench corpus two workers compiled
 * 2,589 functions with TurboFan against 673 for one thread; 1,906 collecting after 8 MB of growth), but in a paired
 * run on 20 MB collecting after 8 MB of growth saved no CPU (179.2 s against 178.3 s) and raised the peak from 289 to
 * 293 MB, close to the 300 MB ceiling; 16 MB used less CPU in one unpaired run but reached 306 MB. Never collecting
 * after a file (sixth session, 4 MB scan side by side): 8 % less CPU, but a peak of 301 MB instead of 243 MB. See
 * docs/performance.md.
 */
const COLLECT_AFTER_GROWTH_BYTES = 0;

/**
 * How a worker answers the pool for one task: `{ id, result }`, or `{ id, error }` with the stack of an unexpected
 * failure. `handOver` names buffers of the result to transfer rather than copy. After an answer, a full collection (see COLLECT_AFTER_GROWTH_BYTES) keeps the worker near its live size
 * (the engine, some 20–30 MB) rather than letting V8 wait for about twice that: with several workers that is the
 * difference in resident memory. Create it once the engine is loaded: loading leaves tens of MB
 * of garbage, and V8 sizes the heap's next limit from it, so it is collected at once, before the first task (the
 * export worker's first-file peak fell from about 160 to 135 MB resident), while all workers warm up together.
 */
export function taskReplier(port: MessagePort): <Result>(id: number, work: Promise<Result>, handOver?: (result: Result) => ArrayBuffer[]) => void {
  const collectIfGrown = collectorAfterGrowth(COLLECT_AFTER_GROWTH_BYTES, { now: true });
  return (id, work, handOver) => {
    work.then(
      (result) => {
        // Buffers handed over move to the pool's thread without a copy (and leave this thread's heap).
        port.postMessage({ id, result }, handOver?.(result) ?? []);
        collectIfGrown();
      },
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  };
}
