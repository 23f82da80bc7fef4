import type { EntityManager, EntityMetadata } from '@mikro-orm/postgresql';
import { Assessment } from './assessment.entity.js';

interface Column {
  property: string;
  column: string;
  target: string | null;
  date: boolean;
}

let cached: { columns: Column[]; select: (alias: string) => string } | null = null;

/** The eager columns of `assessment` but the answer sets (JSON), from the entity's metadata. */
function eagerColumns(em: EntityManager) {
  if (!cached) {
    const meta: EntityMetadata<Assessment> = em.getMetadata().get(Assessment);
    const columns = meta.props
      .filter(
        (prop) =>
          !prop.lazy &&
          prop.type !== 'json' &&
          prop.persist !== false &&
          (prop.kind === 'scalar' || prop.kind === 'm:1'),
      )
      .map((prop) => ({
        property: prop.name as string,
        column: prop.fieldNames[0]!,
        target: prop.kind === 'm:1' ? prop.type : null,
        date: prop.runtimeType === 'Date',
      }));
    cached = { columns, select: (alias) => columns.map((c) => `${alias}."${c.column}"`).join(', ') };
  }
  return cached;
}

/** `a."id", a."employee_id", …`: the columns `readOnlyAssessment` needs, for raw SQL. */
export const assessmentColumns = (em: EntityManager, alias: string) => eagerColumns(em).select(alias);

/**
 * A read-only Assessment for the GraphQL layer from a raw row of `assessmentColumns`, without the entity
 * manager: hydrating and merging a managed entity costs about 100 µs per row (references, identity map,
 * change-tracking snapshot; even `getReference` costs tens of µs), which dominated lists such as
 * `Employee.latestAssessment`. Relations are frozen `{ id }` stubs — the resolvers of `Assessment` read only
 * the id of a relation and load the rest through DataLoaders; the answer sets stay undefined, so they
 * are read through `answersOf`. Never persist, modify or `load()` it.
 */
export function readOnlyAssessment(em: EntityManager, row: Record<string, unknown>): Assessment {
  const assessment = Object.create(Assessment.prototype) as Record<string, unknown>;
  for (const { property, column, target, date } of eagerColumns(em).columns) {
    const value = row[column];
    // The driver leaves timestamps as text (the ORM converts them when it hydrates).
    assessment[property] =
      value == null
        ? null
        : target
          ? Object.freeze({ id: value })
          : date && !(value instanceof Date)
            ? new Date(value as string)
            : value;
  }
  return Object.freeze(assessment) as unknown as Assessment;
}
