import { formatForPath, type TranscriptFormat } from '../core';

const FORMAT_EXTENSION = /\.(?:vtt|srt|md|markdown)$/i;

/**
 * The transcript format to analyse a document as: from the file extension when it names one, `markdown` for
 * markdown buffers without one (untitled), otherwise undefined so the engine sniffs the text.
 */
export function formatForDocument(uri: string, languageId: string): TranscriptFormat | undefined {
  const path = uriPath(uri);
  if (FORMAT_EXTENSION.test(path)) return formatForPath(path);
  if (languageId === 'markdown') return 'markdown';
  return undefined;
}

function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
