/** Export progress for people: a bar that redraws itself on a terminal, plain lines anywhere else (CI logs, pipes). */
import type { ExportProgress } from '../core/export';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const LABELS: Record<ExportProgress['phase'], string> = {
  analysing: 'analysing',
  writing: 'writing',
  checking: 'leak check',
  done: 'done',
};

export function createProgressReporter(stream: ProgressStream): { update(progress: ExportProgress): void; finish(): void } {
  let lastPhase: string | undefined;
  let barShown = false;
  if (stream.isTTY) {
    return {
      update({ phase, done, total }) {
        const width = 24;
        const filled = total ? Math.round((done / total) * width) : width;
        stream.write(`\r${LABELS[phase].padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}\x1b[K`);
        barShown = true;
      },
      finish() {
        if (barShown) stream.write('\r\x1b[K');
      },
    };
  }
  let lastStep = -1;
  return {
    update({ phase, done, total }) {
      // One line when a phase starts; while writing, one per file for small corpora and one per 5% for large ones.
      const shown = phase === 'writing' ? done + 1 : phase === 'done' ? total : done;
      const step = total > 20 ? Math.floor((shown / total) * 20) : shown;
      if (phase !== lastPhase || (phase === 'writing' && step !== lastStep)) stream.write(`${LABELS[phase]}: ${shown}/${total}\n`);
      lastPhase = phase;
      lastStep = step;
    },
    finish() {},
  };
}
