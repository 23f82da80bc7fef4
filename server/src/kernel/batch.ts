import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { isId } from './ids.js';

/** Loads entities by primary key in one query per batch; missing keys resolve to null. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const wellFormed = ids.filter(isId);
    const rows = wellFormed.length
      ? await em.find(entity, { id: { $in: wellFormed } } as unknown as FilterQuery<T>)
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads the children of many parents in one query per batch, grouped by the parent key. */
export function groupLoader<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await load(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
