import { detachedString } from './detached-string';

/**
 * A memo of a pure function of one string, for the document-level step that runs on every keystroke and asks the same
 * questions of the same few hundred names each time. Bounded: it forgets everything once it holds `limit` answers, so
 * a long scan of many files never grows it (a larger memo of name clippings once raised the two-worker scan's peak).
 */
export function memoOfString<Result>(compute: (input: string) => Result, limit = 4096): (input: string) => Result {
  const answers = new Map<string, Result>();
  return (input: string): Result => {
    let answer = answers.get(input);
    if (answer === undefined && !answers.has(input)) {
      if (answers.size >= limit) answers.clear();
      answer = compute(input);
      answers.set(detachedString(input), answer);
    }
    return answer as Result;
  };
}
