import type { TemplateDefinition } from '@kinerja/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/**
 * The id of a stored form, as SQL over a `jsonb` expression: the first 128 bits of the SHA-256 of its
 * canonical `jsonb` text, as a uuid. The same form (same template version and plan revision) always gets the
 * same id, so it is stored once; the `assessment_form_guard` trigger (migration 0800, which spells the same
 * expression) refuses a row whose id is not this.
 */
export const formIdSql = (jsonb: string) =>
  `encode(substring(sha256(convert_to((${jsonb})::text, 'UTF8')) from 1 for 16), 'hex')::uuid`;

/** Stores a form unless the same one is already stored; returns its id. One statement. */
export async function storeForm(em: EntityManager, definition: TemplateDefinition): Promise<string> {
  const rows = await em.execute<{ id: string }[]>(
    `with "f" as (select ${formIdSql('"x"."d"')} as "id", "x"."d" from (select cast(? as jsonb) as "d") as "x"),
     "stored" as (insert into "assessment_form" ("id", "definition", "created_at") select "id", "d", now() from "f" on conflict ("id") do nothing)
     select "id" from "f"`,
    [JSON.stringify(definition)],
  );
  return rows[0]!.id;
}

/** A small least-recently-used map. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Parsed forms by id, shared by all requests: a stored form never changes (the database refuses it), so a
 * cached one is never stale. Frozen, so no caller can alter what another request reads. A seeded form
 * (10.5 KB of JSON) parses to about 15 KB of heap (measured), so 5,000 forms (2,500 employees over two
 * years) take about 75 MB.
 */
const FORM_CACHE = new Lru<string, TemplateDefinition>(5000);

async function fetchForms(em: EntityManager, ids: readonly string[]): Promise<Map<string, TemplateDefinition>> {
  const found = new Map<string, TemplateDefinition>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const cached = FORM_CACHE.get(id);
    if (cached) found.set(id, cached);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await em.execute<{ id: string; definition: TemplateDefinition }[]>(
      `select "id", "definition" from "assessment_form" where "id" in (?)`,
      [missing] as never[],
    );
    for (const row of rows) {
      const definition = deepFreeze(
        typeof row.definition === 'string' ? (JSON.parse(row.definition) as TemplateDefinition) : row.definition,
      );
      FORM_CACHE.set(row.id, definition);
      found.set(row.id, definition);
    }
  }
  return found;
}

/** The form of an assessment (by its form id), from the cache or one statement; for services. */
export async function loadForm(em: EntityManager, formId: string): Promise<TemplateDefinition> {
  const form = (await fetchForms(em, [formId])).get(formId);
  if (!form) throw new Error(`assessment form ${formId} is missing`);
  return form;
}

/** Per-request loader of forms: at most one statement per batch, none for forms already cached. */
export function assessmentFormLoader(em: EntityManager) {
  return new DataLoader<string, TemplateDefinition>(async (ids) => {
    const found = await fetchForms(em, ids);
    return ids.map((id) => found.get(id) ?? new Error(`assessment form ${id} is missing`));
  });
}
