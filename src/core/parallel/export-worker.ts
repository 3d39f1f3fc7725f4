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
import { taskReplier } from './worker-replies';

const port = parentPort;
if (!port) throw new Error('export-worker.js must be started as a worker thread by the export pool');
const reply = taskReplier(port);

// Loading the engine (its lexicons and patterns) leaves tens of MB of garbage, and V8 sizes the heap's next limit
// from it: collected now, before the first task, a worker's resident memory peaks at about 135 MB during its first
// file instead of 160 MB (measured on 20 MB corpus files), which is when both workers warm up at once.
setFlagsFromString('--expose-gc');
(runInNewContext('gc') as () => void)();

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
  reply(id, runExportTask(task as ExportTask, context, nodeExportFs));
});
