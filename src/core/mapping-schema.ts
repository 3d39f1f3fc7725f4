import { MappingError } from './mapping-error';
import { formKey, normaliseSpacing } from './mapping-forms';
import type { Entity, Mapping } from './mapping';
import { FINDING_TYPES, isFindingType, type FindingType } from './types';

/**
 * Checks a parsed key against its schema and the rules a schema cannot express (unique tokens, a form in one
 * place only). Errors name the JSON path (`entities[2].type must be one of PERSON, …`), never a form's text.
 * schemas/mapping.schema.json is the same contract for editors; a unit test keeps the two in step.
 */
export function validateMapping(value: unknown, file?: string): Mapping {
  const fail = (jsonPath: string, problem: string): never => {
    throw new MappingError(`${file ? `${file}: ` : ''}${jsonPath} ${problem}`, file, undefined, undefined, jsonPath);
  };

  if (!isPlainObject(value)) return fail('the key', 'must be a JSON object');
  checkKeys(value, ['$schema', 'version', 'entities', 'ignore', 'counters'], '', fail);
  if (value.version !== 1) fail('version', 'must be 1');
  if (value.$schema !== undefined && typeof value.$schema !== 'string') fail('$schema', 'must be a string');

  const entitiesValue = value.entities ?? [];
  if (!Array.isArray(entitiesValue)) return fail('entities', 'must be an array');
  const entities: Entity[] = [];
  const ownerOfForm = new Map<string, string>();
  const tokens = new Set<string>();
  const highest: Partial<Record<FindingType, number>> = {};
  entitiesValue.forEach((raw: unknown, index) => {
    const at = `entities[${index}]`;
    if (!isPlainObject(raw)) return fail(at, 'must be an object with token, type and forms');
    checkKeys(raw, ['token', 'type', 'forms'], at, fail);
    if (!isFindingType(raw.type)) return fail(`${at}.type`, `must be one of ${FINDING_TYPES.join(', ')}`);
    const type = raw.type;
    const tokenMatch = typeof raw.token === 'string' ? /^\[([A-Z]+)_([1-9]\d*)\]$/.exec(raw.token) : null;
    if (!tokenMatch) return fail(`${at}.token`, `must look like [${type}_1]`);
    if (tokenMatch[1] !== type) fail(`${at}.token`, `must start with ${type} to match the entity's type`);
    const token = raw.token as string;
    if (tokens.has(token)) fail(`${at}.token`, `repeats ${token}; every entity needs its own token`);
    tokens.add(token);
    highest[type] = Math.max(highest[type] ?? 0, Number(tokenMatch[2]));
    if (!Array.isArray(raw.forms) || raw.forms.length === 0) return fail(`${at}.forms`, 'must be a non-empty array of strings');
    const forms: string[] = [];
    raw.forms.forEach((form: unknown, formIndex) => {
      const formAt = `${at}.forms[${formIndex}]`;
      if (typeof form !== 'string' || !/[\p{L}\p{N}]/u.test(form)) return fail(formAt, 'must be a string with at least one letter or digit');
      if (/[[\]]/.test(form)) fail(formAt, 'cannot contain square brackets');
      const key = formKey(form);
      const owner = ownerOfForm.get(key);
      if (owner === token) fail(formAt, 'repeats another form of the same entity (forms are compared ignoring case)');
      if (owner) fail(formAt, `is also a form of ${owner}; a form can belong to one entity only`);
      ownerOfForm.set(key, token);
      forms.push(normaliseSpacing(form));
    });
    entities.push({ token, type, forms });
  });

  const ignoreValue = value.ignore ?? [];
  if (!Array.isArray(ignoreValue)) return fail('ignore', 'must be an array of strings');
  const ignore: string[] = [];
  ignoreValue.forEach((form: unknown, index) => {
    if (typeof form !== 'string' || form.trim() === '') return fail(`ignore[${index}]`, 'must be a non-empty string');
    const owner = ownerOfForm.get(formKey(form));
    if (owner) fail(`ignore[${index}]`, `is also a form of ${owner}; keep it in one place`);
    ignore.push(normaliseSpacing(form));
  });

  const countersValue = value.counters ?? {};
  if (!isPlainObject(countersValue)) return fail('counters', 'must be an object such as {"PERSON": 3}');
  const counters: Partial<Record<FindingType, number>> = {};
  for (const [type, count] of Object.entries(countersValue)) {
    if (!isFindingType(type)) fail(`counters.${type}`, `is not a type; use one of ${FINDING_TYPES.join(', ')}`);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) fail(`counters.${type}`, 'must be a whole number ≥ 0');
    counters[type as FindingType] = count as number;
  }
  // A hand-edited key may lag behind its tokens; never let that make a token reusable.
  for (const type of FINDING_TYPES) {
    const used = highest[type] ?? 0;
    if (used > (counters[type] ?? 0)) counters[type] = used;
  }

  return {
    ...(typeof value.$schema === 'string' ? { $schema: value.$schema } : {}),
    version: 1,
    entities,
    ignore,
    counters,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  at: string,
  fail: (jsonPath: string, problem: string) => never,
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(at ? `${at}.${key}` : key, `is not a known property (expected ${allowed.filter((k) => k !== '$schema').join(', ')})`);
  }
}
