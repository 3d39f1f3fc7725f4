import nlp from 'compromise';
import type { FindingType } from '../../src/core/types';

export interface BaselineSpan {
  start: number;
  end: number;
  type: FindingType;
  text: string;
}

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

/** What `compromise` alone finds: people(), places() and organizations() over the whole text, with offsets. */
export function compromiseBaseline(text: string): BaselineSpan[] {
  const doc = nlp(text);
  const spans: BaselineSpan[] = [];
  const add = (matches: OffsetJson[], type: FindingType): void => {
    for (const match of matches) {
      const start = match.offset.start;
      let end = start + match.offset.length;
      // compromise counts trailing punctuation as part of a term; trim it so spans compare fairly.
      while (end > start && /[\s.,;:!?"'’)\]]/.test(text[end - 1]) && !/^(?:Dr|Mr|Mrs|Ms|St)\.$/.test(text.slice(start, end).split(' ').pop() ?? '')) end--;
      if (end > start) spans.push({ start, end, type, text: text.slice(start, end) });
    }
  };
  add(doc.people().json({ offset: true }) as OffsetJson[], 'PERSON');
  add(doc.places().json({ offset: true }) as OffsetJson[], 'LOCATION');
  add(doc.organizations().json({ offset: true }) as OffsetJson[], 'ORGANIZATION');
  return spans;
}
