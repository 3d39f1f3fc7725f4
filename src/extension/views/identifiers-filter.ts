/**
 * Which entities the Identifiers view shows, and the counts on its type nodes. Free of `vscode` so it can be unit
 * tested on plain data.
 */
import { FINDING_TYPES, type FindingType } from '../../core/types';
import type { IndexedEntity, ProjectIndex } from '../../server/project-index-protocol';

/**
 * `toReview`: findings the key does not know yet (decide: redact, same as, not an identifier);
 * `toRedact`: anything still in the text; `done`: entities of the key with nothing left in the text.
 */
export const ENTITY_STATUSES = ['toReview', 'toRedact', 'done'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

export interface IdentifierFilter {
  /** Only these types (empty or undefined: all). */
  types?: readonly FindingType[];
  /** Only entities in one of these states (empty or undefined: all). */
  statuses?: readonly EntityStatus[];
  /** Only entities whose token, label, forms or occurrence files contain this text (case-insensitive). */
  text?: string;
}

export function isFilterActive(filter: IdentifierFilter): boolean {
  return (filter.types?.length ?? 0) > 0 || (filter.statuses?.length ?? 0) > 0 || (filter.text ?? '').trim() !== '';
}

export function matchesStatus(entity: IndexedEntity, status: EntityStatus): boolean {
  if (status === 'toReview') return entity.token === undefined;
  if (status === 'toRedact') return entity.remaining > 0;
  return entity.token !== undefined && entity.remaining === 0;
}

export function filterEntities(entities: readonly IndexedEntity[], filter: IdentifierFilter): IndexedEntity[] {
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : undefined;
  const text = (filter.text ?? '').trim().toLocaleLowerCase();
  return entities.filter((entity) => {
    if (types && !types.has(entity.type)) return false;
    if (filter.statuses?.length && !filter.statuses.some((status) => matchesStatus(entity, status))) return false;
    if (!text) return true;
    const haystack = [entity.token ?? '', entity.label, ...entity.forms, ...entity.occurrences.map((occurrence) => occurrence.relativePath)];
    return haystack.some((value) => value.toLocaleLowerCase().includes(text));
  });
}

export interface TypeGroup {
  type: FindingType;
  entities: IndexedEntity[];
  /** Occurrences still in the text, over the group. */
  remaining: number;
  /** Entities the key does not know yet. */
  toReview: number;
}

/** The filtered entities by type, in FINDING_TYPES order; types with nothing to show are left out. */
export function groupByType(index: ProjectIndex, filter: IdentifierFilter): TypeGroup[] {
  const shown = filterEntities(index.entities, filter);
  return FINDING_TYPES.map((type) => {
    const entities = shown.filter((entity) => entity.type === type);
    return {
      type,
      entities,
      remaining: entities.reduce((sum, entity) => sum + entity.remaining, 0),
      toReview: entities.filter((entity) => entity.token === undefined).length,
    };
  }).filter((group) => group.entities.length > 0);
}

/** Turns a command argument (e.g. from a test or a keybinding) into a filter; unknown values are dropped. */
export function parseFilter(value: unknown): IdentifierFilter | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const list = (key: string): unknown[] => (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []);
  return {
    types: FINDING_TYPES.filter((type) => list('types').includes(type)),
    statuses: ENTITY_STATUSES.filter((status) => list('statuses').includes(status)),
    text: typeof raw.text === 'string' ? raw.text : '',
  };
}

/** A short summary of the active filter for the view's message, e.g. `People, Places · not in key · "ashby"`. */
export function describeFilter(filter: IdentifierFilter, typeName: (type: FindingType) => string, statusName: (status: EntityStatus) => string): string {
  const parts: string[] = [];
  if (filter.types?.length) parts.push(filter.types.map(typeName).join(', '));
  if (filter.statuses?.length) parts.push(filter.statuses.map(statusName).join(', '));
  if (filter.text?.trim()) parts.push(`"${filter.text.trim()}"`);
  return parts.join(' · ');
}
