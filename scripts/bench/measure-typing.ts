/**
 * Typing in the editor: a 200 KB transcript analysed cold (new cache, text never seen before), then one-character
 * edits at random places, each analysed with the warm cache, as the language server does on every keystroke.
 */
import { analyze, createAnalysisCache } from '../../src/core/analyze';
import { createRandom, generateTranscript, type GeneratedFormat } from './corpus-generator';
import { cpuNow, now } from './stats';

export interface TypingRun {
  format: GeneratedFormat;
  /** CPU time (see cpuNow) of the cold analysis and of each warm one; wall time beside them. */
  coldMs: number;
  warmMs: number[];
  coldWallMs: number;
  warmWallMs: number[];
}

const TYPED = ['a', 'e', ' ', 'x', ',', 'M', '\n'];

/** `transcripts` different 200 KB transcripts (so no cache of any kind helps the cold run), `edits` edits each. */
export function measureTyping(seed: number, transcripts: number, edits: number, chars = 200 * 1024): TypingRun[] {
  const random = createRandom(seed);
  const runs: TypingRun[] = [];
  for (let index = 0; index < transcripts; index++) {
    const format: GeneratedFormat = index % 2 === 0 ? 'txt' : 'vtt';
    let text = generateTranscript(random, format, chars);
    const cache = createAnalysisCache();
    let started = now();
    let cpuStarted = cpuNow();
    analyze(text, {}, cache);
    const run: TypingRun = { format, coldMs: cpuNow() - cpuStarted, coldWallMs: now() - started, warmMs: [], warmWallMs: [] };
    for (let edit = 0; edit < edits; edit++) {
      const at = random.int(text.length);
      text = text.slice(0, at) + random.pick(TYPED) + text.slice(at);
      started = now();
      cpuStarted = cpuNow();
      analyze(text, {}, cache);
      run.warmMs.push(cpuNow() - cpuStarted);
      run.warmWallMs.push(now() - started);
    }
    runs.push(run);
  }
  return runs;
}
