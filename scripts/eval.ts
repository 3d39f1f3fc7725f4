// `node dist/eval.js DIR [--no-baseline] [--json] [--details]`: scores the engine (and `compromise` alone) on an
// annotated corpus: DIR/docs/* and DIR/gold.jsonl (see the corpus README for the format).
import { analyze } from '../src/core/analyze';
import { confirmedForms } from '../src/core/corpus-knowledge';
import type { Finding } from '../src/core/types';
import { compromiseBaseline } from './eval/baseline';
import { loadCorpus, type Corpus } from './eval/corpus';
import { formatDetails, formatTable, MATCHING_NOTE, scoreCorpus, type Prediction, type Report } from './eval/score';

const USAGE = 'usage: node dist/eval.js DIR [--no-baseline] [--json] [--details]\n  DIR holds docs/ and gold.jsonl';

/** Runs the engine the way `scan` does: pass one per document, then again with forms confirmed across the corpus. */
export function engineFindings(corpus: Corpus): Prediction[] {
  const firstPass: Finding[][] = corpus.docs.map((doc) => analyze(doc.text, { format: doc.format }));
  const knownForms = confirmedForms(firstPass);
  return corpus.docs.flatMap((doc) =>
    analyze(doc.text, { format: doc.format, knownForms }).map((finding) => ({
      doc: doc.name,
      start: finding.start,
      end: finding.end,
      type: finding.type,
      text: finding.text,
      reason: `${finding.detector}: ${finding.reason}, ${finding.confidence}`,
    })),
  );
}

export function baselineFindings(corpus: Corpus): Prediction[] {
  return corpus.docs.flatMap((doc) => compromiseBaseline(doc.text).map((span) => ({ doc: doc.name, ...span })));
}

function main(argv: string[]): number {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  const dirs = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = [...flags].filter((flag) => !['--baseline', '--no-baseline', '--json', '--details', '--help'].includes(flag));
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (dirs.length !== 1 || unknown.length > 0) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 2;
  }
  let corpus: Corpus;
  try {
    corpus = loadCorpus(dirs[0]);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return 2;
  }

  const engine = scoreCorpus(corpus.gold, engineFindings(corpus));
  const baseline: Report | undefined = flags.has('--no-baseline') ? undefined : scoreCorpus(corpus.gold, baselineFindings(corpus));
  if (flags.has('--json')) {
    const strip = (report: Report) => (flags.has('--details') ? report : { ...report, misses: undefined, falsePositives: undefined });
    process.stdout.write(`${JSON.stringify({ docs: corpus.docs.length, engine: strip(engine), baseline: baseline && strip(baseline) }, null, 2)}\n`);
    return 0;
  }
  const out = [`Corpus ${dirs[0]}: ${corpus.docs.length} docs, ${corpus.gold.length} gold spans`, '', formatTable('ENGINE (two passes, corpus-level known forms)', engine)];
  if (baseline) out.push('', formatTable('BASELINE: compromise people()/places()/organizations() alone', baseline));
  out.push('', MATCHING_NOTE);
  if (flags.has('--details')) out.push('', 'ENGINE details', formatDetails(engine));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
