import { MappingError } from './mapping-error';
import { cleanForm, formKey, normaliseSpacing } from './mapping-forms';
import { findJsonSyntaxProblem } from './mapping-json-syntax';
import { validateMapping } from './mapping-schema';
import { FINDING_TYPES, type FindingType, type KnownForm } from './types';

export { MappingError } from './mapping-error';
export { cleanForm, formKey } from './mapping-forms';

/**
 * The project key: every entity (one real-world person, place, organisation…) with its stable token and all the
 * surface forms it appears as, plus the project's "not an identifier" list. Pure functions over plain data; every
 * change returns a new mapping and leaves the old one untouched. File I/O lives in mapping-file.ts.
 */
export interface Entity {
  readonly token: string;
  readonly type: FindingType;
  readonly forms: readonly string[];
}

export interface Mapping {
  readonly version: 1;
  readonly entities: readonly Entity[];
  readonly ignore: readonly string[];
  /** Highest number ever issued per type, so a deleted entity's token is never handed out again. */
  readonly counters: Readonly<Partial<Record<FindingType, number>>>;
  /** Kept when the file names a JSON schema, so saving does not drop the user's editor validation. */
  readonly $schema?: string;
}

export const DEFAULT_MAPPING_PATH = '.redaction/mapping.json';

/** `[PERSON_3]` → type PERSON, number 3. */
export const ENTITY_TOKEN = new RegExp(`^\\[(${FINDING_TYPES.join('|')})_([1-9]\\d*)\\]$`);

export function emptyMapping(): Mapping {
  return { version: 1, entities: [], ignore: [], counters: {} };
}

/** Parses a key file's text. Throws a MappingError that says where the problem is (line/column or JSON path). */
export function parseMapping(jsonText: string, path?: string): Mapping {
  const text = jsonText.replace(/^\uFEFF/, '');
  const where = path ? `${path}: ` : '';
  if (text.trim() === '') throw new MappingError(`${where}the key file is empty (expected a JSON object)`, path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxProblem(text);
    const line = problem?.line;
    const column = problem?.column;
    const detail = problem ? `line ${line}, column ${column}: ${problem.message}` : 'invalid JSON';
    throw new MappingError(`${where}${detail}`, path, line, column);
  }
  return validateMapping(value, path);
}

/** Stable text for the key: entities by type then number, sorted forms, 2-space indent, trailing newline. */
export function serializeMapping(mapping: Mapping): string {
  const entities = [...mapping.entities].sort(compareEntities).map((entity) => ({
    token: entity.token,
    type: entity.type,
    forms: [...entity.forms].sort(compareForms),
  }));
  const counters: Partial<Record<FindingType, number>> = {};
  for (const type of FINDING_TYPES) {
    const count = mapping.counters[type];
    if (count) counters[type] = count;
  }
  const ordered = {
    ...(mapping.$schema ? { $schema: mapping.$schema } : {}),
    version: 1,
    entities,
    ignore: [...mapping.ignore].sort(compareForms),
    counters,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The entity one of whose forms matches `form` (case-insensitive, possessive `'s` ignored), if any. */
export function findEntity(mapping: Mapping, form: string): Entity | undefined {
  const key = formKey(form);
  if (!key) return undefined;
  return mapping.entities.find((entity) => entity.forms.some((known) => formKey(known) === key));
}

export function findEntityByToken(mapping: Mapping, token: string): Entity | undefined {
  return mapping.entities.find((entity) => entity.token === token);
}

export function isIgnored(mapping: Mapping, form: string): boolean {
  const key = formKey(form);
  return key !== '' && mapping.ignore.some((ignored) => formKey(ignored) === key);
}

/**
 * Adds a new entity with the next unused token of its type (`[PERSON_4]` after `counters.PERSON === 3`).
 * When the form already belongs to an entity, that entity is returned and nothing changes (`created: false`).
 * The form leaves the ignore list: the user has just said it is an identifier.
 */
export function addEntity(mapping: Mapping, type: FindingType, form: string): { mapping: Mapping; entity: Entity; created: boolean } {
  const clean = requireForm(form);
  const existing = findEntity(mapping, clean);
  if (existing) return { mapping, entity: existing, created: false };
  const number = nextNumber(mapping, type);
  const entity: Entity = { token: `[${type}_${number}]`, type, forms: [clean] };
  return {
    mapping: {
      ...mapping,
      entities: [...mapping.entities, entity],
      ignore: withoutForm(mapping.ignore, clean),
      counters: { ...mapping.counters, [type]: number },
    },
    entity,
    created: true,
  };
}

/** Records `form` as another surface form of the entity with `token` ("Same as…"). */
export function addForm(mapping: Mapping, token: string, form: string): { mapping: Mapping; entity: Entity } {
  const clean = requireForm(form);
  const target = findEntityByToken(mapping, token);
  if (!target) throw new MappingError(`the key has no entity with token ${token}`);
  const owner = findEntity(mapping, clean);
  if (owner === target) return { mapping, entity: target };
  if (owner) throw new MappingError(`that form already belongs to ${owner.token}; remove it there before adding it to ${token}`);
  const entity: Entity = { ...target, forms: [...target.forms, clean] };
  return {
    mapping: {
      ...mapping,
      entities: mapping.entities.map((candidate) => (candidate === target ? entity : candidate)),
      ignore: withoutForm(mapping.ignore, clean),
    },
    entity,
  };
}

/** Adds `form` to the project's "not an identifier" list. Refused when the key says it is an identifier. */
export function addIgnore(mapping: Mapping, form: string): Mapping {
  const clean = requireForm(form, false);
  const owner = findEntity(mapping, clean);
  if (owner) throw new MappingError(`that form belongs to ${owner.token} in the key; remove it there before marking it "not an identifier"`);
  if (isIgnored(mapping, clean)) return mapping;
  return { ...mapping, ignore: [...mapping.ignore, clean] };
}

/** Removes a form from whichever entity holds it; an entity left without forms is removed (its token stays retired). */
export function removeForm(mapping: Mapping, form: string): Mapping {
  const owner = findEntity(mapping, form);
  if (!owner) return mapping;
  const key = formKey(form);
  const forms = owner.forms.filter((known) => formKey(known) !== key);
  const entities = forms.length
    ? mapping.entities.map((entity) => (entity === owner ? { ...owner, forms } : entity))
    : mapping.entities.filter((entity) => entity !== owner);
  return { ...mapping, entities };
}

export function removeIgnore(mapping: Mapping, form: string): Mapping {
  return { ...mapping, ignore: withoutForm(mapping.ignore, form) };
}

/** Every form in the key with its type and token, for `AnalyzeOptions.knownForms`. */
export function knownFormsOf(mapping: Mapping): KnownForm[] {
  return mapping.entities.flatMap((entity) => entity.forms.map((form) => ({ form, type: entity.type, token: entity.token })));
}

/** The "not an identifier" list, for `AnalyzeOptions.ignore`. */
export function ignoreListOf(mapping: Mapping): string[] {
  return [...mapping.ignore];
}

function requireForm(form: string, stripPossessive = true): string {
  const clean = stripPossessive ? cleanForm(form) : normaliseSpacing(form);
  if (!/[\p{L}\p{N}]/u.test(clean)) throw new MappingError('a form must contain at least one letter or digit');
  if (/[[\]]/.test(clean)) throw new MappingError('a form cannot contain square brackets (they mark redaction tokens)');
  return clean;
}

function withoutForm(list: readonly string[], form: string): string[] {
  const key = formKey(form);
  return list.filter((item) => formKey(item) !== key);
}

function nextNumber(mapping: Mapping, type: FindingType): number {
  let highest = mapping.counters[type] ?? 0;
  for (const entity of mapping.entities) {
    const match = ENTITY_TOKEN.exec(entity.token);
    if (match && match[1] === type) highest = Math.max(highest, Number(match[2]));
  }
  return highest + 1;
}

function tokenNumber(token: string): number {
  const match = ENTITY_TOKEN.exec(token);
  return match ? Number(match[2]) : Number.MAX_SAFE_INTEGER;
}

function compareEntities(a: Entity, b: Entity): number {
  return FINDING_TYPES.indexOf(a.type) - FINDING_TYPES.indexOf(b.type) || tokenNumber(a.token) - tokenNumber(b.token);
}

/** Locale-independent, so the same key serialises identically on every machine. */
function compareForms(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
