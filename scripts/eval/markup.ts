import type { FindingType } from '../../src/core/types';
import { isFindingType } from '../../src/core/types';
import type { GoldSpan, IdentifierKind } from './corpus';

/**
 * Self-annotating fixtures: `[[PERSON/d|Maria]]` marks a span inline (`d` direct, `q` quasi, `n` none), so a
 * hand-written transcript and its gold spans can never drift apart. Returns the plain text and its gold spans.
 */
export function fromMarkup(doc: string, marked: string): { text: string; gold: GoldSpan[] } {
  const pattern = /\[\[([A-Z]+)\/([dqn])\|([^\]]+)\]\]/g;
  const kinds: Record<string, IdentifierKind> = { d: 'direct', q: 'quasi', n: 'none' };
  const gold: GoldSpan[] = [];
  let text = '';
  let last = 0;
  for (let match = pattern.exec(marked); match; match = pattern.exec(marked)) {
    const type = match[1];
    if (!isFindingType(type)) throw new Error(`${doc}: unknown type ${type} in ${match[0]}`);
    text += marked.slice(last, match.index);
    gold.push({ doc, start: text.length, end: text.length + match[3].length, type: type as FindingType, identifier: kinds[match[2]], text: match[3] });
    text += match[3];
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${doc}: unbalanced [[ ]] markup`);
  return { text, gold };
}
