import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatForPath } from '../../src/core/transcript-format';
import type { FindingType, TranscriptFormat } from '../../src/core/types';
import { isFindingType } from '../../src/core/types';
import { fromMarkup } from './markup';

export type IdentifierKind = 'direct' | 'quasi' | 'none';

/** One annotated mention: `{doc,start,end,type,identifier,text}` in gold.jsonl. */
export interface GoldSpan {
  doc: string;
  start: number;
  end: number;
  type: FindingType;
  identifier: IdentifierKind;
  text: string;
}

export interface CorpusDoc {
  name: string;
  /** The document text with a leading BOM removed (gold offsets refer to this text). */
  text: string;
  format: TranscriptFormat;
}

export interface Corpus {
  docs: CorpusDoc[];
  gold: GoldSpan[];
}

/**
 * Reads DIR/docs/* and DIR/gold.jsonl, or DIR/marked/* (transcripts annotated inline, see markup.ts);
 * throws a clear error for anything malformed.
 */
export function loadCorpus(dir: string): Corpus {
  if (isDirectory(join(dir, 'marked'))) return loadMarkedCorpus(join(dir, 'marked'));
  const docsDir = join(dir, 'docs');
  const goldPath = join(dir, 'gold.jsonl');
  if (!isDirectory(docsDir)) throw new Error(`${docsDir} is not a folder: expected DIR/docs/ with the transcripts`);
  let goldText: string;
  try {
    goldText = readFileSync(goldPath, 'utf8');
  } catch {
    throw new Error(`cannot read ${goldPath}: expected one JSON span per line`);
  }

  const docs = readdirSync(docsDir)
    .filter((name) => !name.startsWith('.') && statSync(join(docsDir, name)).isFile())
    .sort()
    .map((name) => ({ name, text: readFileSync(join(docsDir, name), 'utf8').replace(/^\uFEFF/, ''), format: formatForPath(name) }));
  const textByDoc = new Map(docs.map((doc) => [doc.name, doc.text]));

  const gold = goldText
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => parseGoldLine(line, `${goldPath}:${number}`, textByDoc));
  return { docs, gold };
}

function loadMarkedCorpus(markedDir: string): Corpus {
  const docs: CorpusDoc[] = [];
  const gold: GoldSpan[] = [];
  for (const name of readdirSync(markedDir).filter((file) => !file.startsWith('.')).sort()) {
    const parsed = fromMarkup(name, readFileSync(join(markedDir, name), 'utf8').replace(/^\uFEFF/, ''));
    docs.push({ name, text: parsed.text, format: formatForPath(name) });
    gold.push(...parsed.gold);
  }
  return { docs, gold };
}

function parseGoldLine(line: string, where: string, textByDoc: Map<string, string>): GoldSpan {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
  const span = value as Partial<GoldSpan>;
  if (typeof span.doc !== 'string' || !textByDoc.has(span.doc)) throw new Error(`${where}: unknown doc ${JSON.stringify(span.doc)}`);
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start! < 0 || span.end! <= span.start!) {
    throw new Error(`${where}: start/end must be integers with start < end`);
  }
  if (!isFindingType(span.type)) throw new Error(`${where}: unknown type ${JSON.stringify(span.type)}`);
  if (span.identifier !== 'direct' && span.identifier !== 'quasi' && span.identifier !== 'none') {
    throw new Error(`${where}: identifier must be direct, quasi or none`);
  }
  const actual = textByDoc.get(span.doc)!.slice(span.start, span.end);
  if (typeof span.text === 'string' && actual !== span.text) {
    throw new Error(`${where}: text ${JSON.stringify(span.text)} does not match the document (${JSON.stringify(actual)})`);
  }
  return { doc: span.doc, start: span.start!, end: span.end!, type: span.type, identifier: span.identifier, text: actual };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
