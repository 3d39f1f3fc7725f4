/** Which transcript format a text or a file name is in: no lexicon needed, so light modules may import it. */
import type { TranscriptFormat } from './types';

/** The format a transcript's text is in, from its first lines (a header, a cue, front matter or bold labels). */
export function sniffFormat(text: string): TranscriptFormat {
  if (/^\uFEFF?WEBVTT/.test(text)) return 'vtt';
  if (/^\s*\d+\r?\n\d{1,2}:\d{2}:\d{2},\d{3}\s+-->/.test(text)) return 'srt';
  if (/^---\r?\n[\s\S]*?\r?\n---/.test(text) || /^#{1,6} /m.test(text) || /\*\*[^*\n]+:\*\*/.test(text)) return 'markdown';
  return 'plain';
}

/** Maps a file name to the format its text is in (by extension). */
export function formatForPath(path: string): TranscriptFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.vtt')) return 'vtt';
  if (lower.endsWith('.srt')) return 'srt';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return 'plain';
}
