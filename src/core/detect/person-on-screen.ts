/**
 * The name a film shows on screen (a lower third or title card) as a captioner writes it: `[ON SCREEN: LAGI TOLEAFOA,
 * NEIGHBOUR]`, `(CAPTION: Dr Mere Walker, GP)`, `LOWER THIRD: Sam Ortiz - organiser`. The words before the role are
 * the person's name, in capitals or not.
 */
import type { Candidate, DetectionContext } from './detector';

const ON_SCREEN =
  /(?:^|[[(])[ \t]*(?:ON[- ]SCREEN|ONSCREEN|CAPTION|LOWER[- ]THIRD|SUPER|CHYRON|NAME CARD|TITLE CARD|GRAPHIC|TEXT ON SCREEN)[ \t]*:[ \t]*((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Fr|Sr)\.?[ \t]+)?[\p{Lu}\u02bb][\p{L}\p{M}'’\u02bb-]*(?:[ \t]+[\p{Lu}\u02bb][\p{L}\p{M}'’\u02bb-]*){0,3})(?=[ \t]*(?:[,–—|]|[ \t]-[ \t]|[\])]|$))/gimu;

export function onScreenNames({ text }: DetectionContext): Candidate[] {
  if (!/screen|caption|third|super|chyron|card|graphic/i.test(text)) return [];
  const found: Candidate[] = [];
  ON_SCREEN.lastIndex = 0;
  for (let match = ON_SCREEN.exec(text); match; match = ON_SCREEN.exec(text)) {
    const start = match.index + match[0].length - match[1].length;
    found.push({ start, end: start + match[1].length, type: 'PERSON', confidence: 0.85, reason: 'a name shown on screen (a lower third or title card)' });
  }
  return found;
}
