/**
 * V8 keeps a substring of 13 or more characters as a view into the string it was cut from, so a long-lived cache
 * keyed by a sentence or a speaker label of a transcript keeps the whole transcript alive: a corpus scan's workers
 * held every file they had read through their memos (about 20 MB each on the 20 MB benchmark corpus).
 */
const SHORTEST_VIEW = 13;

/** `text` as a string of its own, sharing no memory with the document it came from: a key for long-lived caches. */
export function detachedString(text: string): string {
  // JSON.parse builds a fresh string from the characters; the round trip keeps lone surrogates.
  return text.length < SHORTEST_VIEW ? text : (JSON.parse(JSON.stringify(text)) as string);
}
