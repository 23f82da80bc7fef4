import type { EntityManager } from '@mikro-orm/postgresql';

/** The two self-referencing trees of the organisation, with the advisory-lock keys their triggers use. */
const TREES = {
  unit: { column: 'parent_id', lock: 4712 },
  employee: { column: 'supervisor_id', lock: 4713 },
} as const;
export type Tree = keyof typeof TREES;

/**
 * Serialises changes of one tree for the rest of the transaction (the database trigger takes the same
 * lock), so a check made now stays true until commit.
 */
export async function lockTree(tx: EntityManager, tree: Tree): Promise<void> {
  await tx
    .getConnection()
    .execute('select pg_advisory_xact_lock(?)', [TREES[tree].lock], 'all', tx.getTransactionContext());
}

/**
 * True when walking up from `startId` (through parents or supervisors) reaches `targetId`, i.e. when
 * hanging `targetId` below `startId` would close a cycle. One recursive query, whatever the depth.
 */
export async function reachesUp(tx: EntityManager, tree: Tree, startId: string, targetId: string): Promise<boolean> {
  const { column } = TREES[tree];
  const rows = await tx.getConnection().execute<{ found: boolean }[]>(
    `with recursive chain("id") as (
       select ?::uuid
       union
       select t."${column}" from "${tree}" t join chain c on t."id" = c."id" where t."${column}" is not null
     )
     select exists (select 1 from chain where "id" = ?::uuid) as "found"`,
    [startId, targetId],
    'all',
    tx.getTransactionContext(),
  );
  return rows[0]?.found === true;
}
