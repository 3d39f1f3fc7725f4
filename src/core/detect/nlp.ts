import nlp from 'compromise';
import type { FindingType, Span } from '../types';
import { detachedString } from '../detached-string';

export interface TaggedSpan extends Span {
  type: Extract<FindingType, 'PERSON' | 'LOCATION' | 'ORGANIZATION'>;
}

interface OffsetJson {
  offset: { start: number; length: number };
}

const CACHE_LIMIT = 500;
/**
 * Only the offsets: by default compromise also copies every term of every match and its text, which we never read.
 * (Its types describe `terms` as term options; its json() skips any key set to false.)
 */
const OFFSETS_ONLY = { offset: true, text: false, terms: false } as unknown as { offset: true };
const cache = new Map<string, TaggedSpan[]>();

/**
 * compromise's people/places/organisations in one sentence or line, with offsets into it. compromise is the slowest
 * part of detection, so callers ask only about text that holds an ambiguous candidate, and answers are memoised.
 */
export function taggedEntities(text: string): TaggedSpan[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const doc = nlp(text);
  const spans: TaggedSpan[] = [];
  const add = (matches: OffsetJson[], type: TaggedSpan['type']): void => {
    for (const { offset } of matches) spans.push({ start: offset.start, end: offset.start + offset.length, type });
  };
  add(doc.people().json(OFFSETS_ONLY) as OffsetJson[], 'PERSON');
  add(doc.places().json(OFFSETS_ONLY) as OffsetJson[], 'LOCATION');
  add(doc.organizations().json(OFFSETS_ONLY) as OffsetJson[], 'ORGANIZATION');
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(detachedString(text), spans);
  return spans;
}

/** The type compromise gives the words at [start, end) of `sentence`, if any. */
export function compromiseTypeOf(sentence: string, start: number, end: number): TaggedSpan['type'] | undefined {
  return taggedEntities(sentence).find((span) => span.start < end && start < span.end)?.type;
}
