import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MessagePort } from 'node:worker_threads';

/**
 * How a worker answers the pool for one task: `{ id, result }`, or `{ id, error }` with the stack of an unexpected
 * failure. After each answer a full collection keeps the worker near its live size (the engine, some 20 MB) rather
 * than letting its heap grow for a while: with several workers that is the difference in resident memory.
 */
export function taskReplier(port: MessagePort): (id: number, work: Promise<unknown>) => void {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  return (id, work) => {
    work.then(
      (result) => {
        port.postMessage({ id, result });
        collectGarbage();
      },
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  };
}
