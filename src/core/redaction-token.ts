/**
 * An existing pseudonym or generalisation: `[PERSON_3]`, `[AGE 40-49]`, `[DATE 2019]`. In a module of its own so the
 * extension's decorations can use it without bundling the engine's lexicons.
 */
export const REDACTION_TOKEN = /\[(?:PERSON|LOCATION|ORGANIZATION|DATE|AGE|CONTACT|ID|OTHER)(?:_\d+|[ :][^\]\n]{1,40})\]/g;
