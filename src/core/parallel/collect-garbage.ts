import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection whenever this thread's heap has grown by `growthBytes` since the last one, when called
 * between files. Each file's analysis leaves tens of MB behind, and V8 lets a thread's old generation reach about
 * twice its live size before collecting it: with the engine in one thread, the 20 MB export's heap reached 220 MB for
 * some 80 MB alive. Collecting more often keeps memory down but costs CPU beyond the pause: each full collection
 * also discards optimised code that refers to the last file's objects (`--trace-deopt`: "weak objects"), and V8
 * compiles it again on its background threads. With `now`, collects once at once (after loading the engine). A
 * `growthBytes` of 0 collects on every call.
 */
export function collectorAfterGrowth(growthBytes: number, { now = false } = {}): () => void {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  if (now) collect();
  let usedAfterLast = getHeapStatistics().used_heap_size;
  return () => {
    if (growthBytes > 0 && getHeapStatistics().used_heap_size < usedAfterLast + growthBytes) return;
    collect();
    usedAfterLast = getHeapStatistics().used_heap_size;
  };
}
