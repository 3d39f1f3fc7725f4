import { addEntity, addForm, emptyMapping, type Mapping } from '../../src/core/mapping';
import type { FindingType } from '../../src/core/types';

/** Builds a key from `[type, form, ...aliases]` rows; tokens are issued in row order. */
export function keyOf(...rows: [FindingType, string, ...string[]][]): Mapping {
  let mapping = emptyMapping();
  for (const [type, form, ...aliases] of rows) {
    const added = addEntity(mapping, type, form);
    mapping = added.mapping;
    for (const alias of aliases) mapping = addForm(mapping, added.entity.token, alias).mapping;
  }
  return mapping;
}
