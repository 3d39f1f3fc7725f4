/** How forms in the key are cleaned and compared; shared by the key's functions and its validation. */

/**
 * A form as stored: NFC, single spaces, trimmed, without a trailing possessive (`Maria's` → `Maria`), so that
 * redacting it leaves `[PERSON_1]'s`.
 */
export function cleanForm(form: string): string {
  return stripPossessive(normaliseSpacing(form));
}

/** NFC, single spaces, trimmed; the possessive kept (used for the ignore list, which is taken as written). */
export function normaliseSpacing(form: string): string {
  return form.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function stripPossessive(form: string): string {
  return form.replace(/(?<=\p{L}{2})['’ʼ]s$/u, '').replace(/(?<=\p{L}s)['’ʼ]$/u, '');
}

/** The comparison key of a form: cleaned, lower case, one kind of apostrophe. */
export function formKey(form: string): string {
  return cleanForm(form).replace(/[’ʼ]/g, "'").toLocaleLowerCase();
}
