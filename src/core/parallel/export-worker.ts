/**
 * Worker thread entry (bundled as dist/export-worker.js): runs the export's per-file tasks the pool sends.
 * Receives `{ context }` at the start of each pass, then `{ id, ...task }`; answers `{ id, result }` or `{ id, error }`
 * (an unexpected failure, with its stack).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { nodeExportFs } from '../export/export-fs';
import { runExportTask, type ExportPassContext, type ExportTask } from '../export/export-file';

// As in scan-worker.ts: a full collection after each file keeps every worker near its live size.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const port = parentPort;
if (!port) throw new Error('export-worker.js must be started as a worker thread by the export pool');

let context: ExportPassContext | undefined;

port.on('message', (message: { context: ExportPassContext } | (ExportTask & { id: number })) => {
  if ('context' in message) {
    context = message.context;
    return;
  }
  const { id, ...task } = message;
  if (!context) {
    port.postMessage({ id, error: 'export task received before its pass context' });
    return;
  }
  runExportTask(task as ExportTask, context, nodeExportFs).then(
    (result) => {
      port.postMessage({ id, result });
      collectGarbage();
    },
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
