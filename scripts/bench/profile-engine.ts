/**
 * Runs the engine alone over the first MB of the benchmark corpus, for a CPU profile:
 * `node scripts/bench/run.mjs` builds dist/bench.js; this one is bundled and run by `node scripts/bench/profile.mjs`.
 */
import { defaultCorpusDir, ensureCorpus } from './corpus-dir';
import { enginePass, sampleFiles, throughput } from './measure-engine';

const megabytes = Number(process.argv[2] ?? 1);
const dir = defaultCorpusDir(42, 4);
const manifest = ensureCorpus(dir, 42, 4, (line) => process.stderr.write(`${line}\n`));
const pass = enginePass(dir, sampleFiles(dir, manifest.files, megabytes * 1024 * 1024));
process.stdout.write(`${pass.found} findings, ${throughput(pass).toFixed(3)} MB/s\n`);
