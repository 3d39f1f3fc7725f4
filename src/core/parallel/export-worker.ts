/**
 * Worker thread entry (bundled as dist/export-worker.js): runs the export's per-file tasks the pool sends.
 * Receives `{ context }` at the start of each pass, then `{ id, ...task }`; answers `{ id, result }` or `{ id, error }`
 * (an unexpected failure, with its stack).
 */
import { parentPort } from 'node:worker_threads';
import { nodeExportFs } from '../export/export-fs';
import { runExportTask, type ExportPassContext, type ExportTask } from '../export/export-file';
import { taskReplier } from './worker-replies';

const port = parentPort;
if (!port) throw new Error('export-worker.js must be started as a worker thread by the export pool');
// Created once the engine is loaded: it collects the garbage loading left (see worker-replies.ts).
const reply = taskReplier(port);

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
