/** A problem with the project key, worded for the person who has to fix it. Never carries a form from the key. */
export class MappingError extends Error {
  override readonly name = 'MappingError';
  constructor(
    message: string,
    /** Where it is: the key file's path, when known. */
    readonly file?: string,
    /** 1-based position of a JSON syntax error. */
    readonly line?: number,
    readonly column?: number,
    /** JSON path of a schema problem, e.g. `entities[2].type`. */
    readonly jsonPath?: string,
  ) {
    super(message);
  }
}
