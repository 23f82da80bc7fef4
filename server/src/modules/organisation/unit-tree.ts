import { KIND_RANK } from './organisation.enums.js';
import type { Unit } from './unit.entity.js';

/** Where a unit stands in the tree. */
export interface UnitPlace {
  /** 0 for a root. */
  depth: number;
  /** Codes from the root down to the unit itself. */
  path: string[];
}

export interface UnitTree {
  /** Every unit, depth-first: a parent before its children; siblings by kind, then name. */
  ordered: Unit[];
  placeOf: Map<string, UnitPlace>;
}

const bySiblingOrder = (a: Unit, b: Unit) =>
  KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id);

/** Orders a whole set of units as a tree. Units are few (tens to hundreds), so this runs in memory. */
export function buildUnitTree(units: readonly Unit[]): UnitTree {
  const children = new Map<string | null, Unit[]>();
  const known = new Set(units.map((unit) => unit.id));
  for (const unit of units) {
    const parentId = unit.parent && known.has(unit.parent.id) ? unit.parent.id : null;
    children.set(parentId, [...(children.get(parentId) ?? []), unit]);
  }
  const ordered: Unit[] = [];
  const placeOf = new Map<string, UnitPlace>();
  const visit = (unit: Unit, parentPath: string[]) => {
    if (placeOf.has(unit.id)) return;
    const place = { depth: parentPath.length, path: [...parentPath, unit.code] };
    placeOf.set(unit.id, place);
    ordered.push(unit);
    for (const child of (children.get(unit.id) ?? []).sort(bySiblingOrder)) visit(child, place.path);
  };
  for (const root of (children.get(null) ?? []).sort(bySiblingOrder)) visit(root, []);
  return { ordered, placeOf };
}
