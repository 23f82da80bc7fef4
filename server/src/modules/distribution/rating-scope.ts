import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, Role } from '../../kernel/actor.js';

/**
 * Whose capaian kinerja organisasi an actor reads: HR, admins and analysts every unit's; anyone else (a
 * supervisor) the unit they work in and the units they head, each with every unit below it (a camat reads
 * the kelurahan of the kecamatan, a lurah their own kelurahan). A unit outside the scope reads as if nothing
 * were recorded, as every record outside a read scope looks missing.
 */
export type RatingUnitScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'units'; readonly unitIds: ReadonlySet<string> };

const ORGANISATION_READERS: readonly Role[] = ['HR', 'ADMIN', 'ANALYST'];
const cache = new WeakMap<Actor, Promise<RatingUnitScope>>();

const UNITS_OF = `
  with recursive "own"("id") as (
    select "unit_id" from "employee" where "id" = ?
    union select "id" from "unit" where "head_id" = ?
  ), "tree"("id") as (
    select "id" from "own"
    union select u."id" from "unit" u join "tree" t on u."parent_id" = t."id"
  )
  select "id" from "tree"`;

async function compute(em: EntityManager, actor: Actor): Promise<RatingUnitScope> {
  if (actor.roles.some((role) => ORGANISATION_READERS.includes(role))) return { kind: 'all' };
  if (!actor.employeeId) return { kind: 'units', unitIds: new Set() };
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>(UNITS_OF, [actor.employeeId, actor.employeeId], 'all', em.getTransactionContext());
  return { kind: 'units', unitIds: new Set(rows.map((row) => row.id)) };
}

/** The actor's rating scope, computed once per request (one statement at most). */
export function ratingUnitScope(ctx: { em: EntityManager; actor: Actor }): Promise<RatingUnitScope> {
  let scope = cache.get(ctx.actor);
  if (!scope) {
    scope = compute(ctx.em, ctx.actor);
    cache.set(ctx.actor, scope);
  }
  return scope;
}

export const canReadRatingOf = (scope: RatingUnitScope, unitId: string) =>
  scope.kind === 'all' || scope.unitIds.has(unitId);
