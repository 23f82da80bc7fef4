import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import { DomainError, localize } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import type { ServiceContext } from '../../kernel/service-context.js';
import { authorize, policy } from '../../policy/policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { User } from '../auth/user.entity.js';
import { visibleSavedQueries } from './saved-query.list.js';
import { SavedQuery } from './saved-query.entity.js';
import { MAX_NAME_LENGTH, queryProblems } from './saved-query.rules.js';
import { escapeLike } from '../../kernel/list/filter.js';

/** Said of a saved query that is missing or private to someone else (the two look the same). */
export const SAVED_QUERY_NOT_FOUND = { id: 'Kueri tersimpan tidak ditemukan.', en: 'Saved query not found.' } as const;

const savedQueryNotFound = (ctx: ServiceContext) =>
  new DomainError('NOT_FOUND', localize(SAVED_QUERY_NOT_FOUND, ctx.locale));

/** One saved query the actor reads, or null: someone else's private query looks exactly like a missing one. */
export async function findSavedQuery(ctx: ServiceContext, id: string): Promise<SavedQuery | null> {
  if (!isId(id)) return null;
  return ctx.em.findOne(SavedQuery, { $and: [{ id }, visibleSavedQueries(ctx)] }, { populate: ['owner'] });
}

const snapshot = (q: SavedQuery) => ({
  name: q.name,
  description: q.description,
  query: q.query,
  variables: q.variables,
  shared: q.shared,
  version: q.version,
});

/** BAD_USER_INPUT with the problem NAME_TAKEN on `name`, so a form shows it next to the field. */
function nameTaken(ctx: ServiceContext, name: string): never {
  new InputChecker(ctx.locale)
    .add('name', 'NAME_TAKEN', {
      id: `Anda sudah punya kueri tersimpan bernama '${name}'.`,
      en: `You already have a saved query named '${name}'.`,
    })
    .throwIfAny();
  throw new Error('unreachable');
}

export interface SaveSavedQuery {
  id?: string | null;
  expectedVersion?: number | null;
  name: string;
  description?: string | null;
  query: string;
  variables?: unknown;
  shared?: boolean | null;
}

/** Checks everything about the input that needs no database; fails with BAD_USER_INPUT listing each problem. */
function checkInput(ctx: ServiceContext, schema: GraphQLSchema, input: SaveSavedQuery) {
  const check = new InputChecker(ctx.locale);
  const name = check.text('name', input.name, { id: 'Nama kueri', en: 'Query name' }, MAX_NAME_LENGTH);
  const description = input.description?.trim() ? input.description.trim() : null;
  if (description && description.length > 2_000) {
    check.add('description', 'TOO_LONG', {
      id: 'Keterangan paling banyak 2000 karakter.',
      en: 'The description must be at most 2000 characters.',
    });
  }
  for (const problem of queryProblems(schema, input.query)) check.add('query', problem.code, problem.message);
  const variables = input.variables ?? null;
  if (variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    check.add('variables', 'NOT_AN_OBJECT', {
      id: 'Variabel harus berupa objek JSON, mis. {"periodId": "…"}.',
      en: 'Variables must be a JSON object, e.g. {"periodId": "…"}.',
    });
  }
  check.throwIfAny();
  return {
    name,
    description,
    query: input.query,
    variables: variables as Record<string, unknown> | null,
    shared: input.shared ?? false,
  };
}

/** Creates a saved query, or changes one of the actor's own; audited in the same transaction. */
export async function saveSavedQuery(
  ctx: ServiceContext,
  schema: GraphQLSchema,
  input: SaveSavedQuery,
): Promise<SavedQuery> {
  authorize(ctx.actor, ctx.locale, ctx.actor.userId !== null);
  const fields = checkInput(ctx, schema, input);
  try {
    return await ctx.em.transactional(async (tx) => {
      const clash = await tx.findOne(SavedQuery, {
        owner: ctx.actor.userId!,
        name: { $ilike: escapeLike(fields.name) },
      });
      let saved: SavedQuery;
      if (input.id == null) {
        if (clash) nameTaken(ctx, fields.name);
        saved = tx.create(SavedQuery, { ...fields, owner: tx.getReference(User, ctx.actor.userId!) });
        recordAudit(tx, ctx.actor, {
          action: 'create',
          entityType: 'SavedQuery',
          entityId: saved.id,
          after: snapshot(saved),
        });
      } else {
        const found = isId(input.id)
          ? await tx.findOne(
              SavedQuery,
              { $and: [{ id: input.id }, visibleSavedQueries(ctx)] },
              { lockMode: LockMode.PESSIMISTIC_WRITE },
            )
          : null;
        if (!found) throw savedQueryNotFound(ctx);
        authorize(ctx.actor, ctx.locale, policy.editSavedQuery(ctx.actor, { ownerId: found.owner.id }));
        if (input.expectedVersion != null && input.expectedVersion !== found.version)
          throw staleSavedQuery(ctx, found, input.expectedVersion);
        if (clash && clash.id !== found.id) nameTaken(ctx, fields.name);
        const before = snapshot(found);
        Object.assign(found, fields, { updatedAt: new Date(), version: found.version + 1 });
        recordAudit(tx, ctx.actor, {
          action: 'update',
          entityType: 'SavedQuery',
          entityId: found.id,
          before,
          after: snapshot(found),
        });
        saved = found;
      }
      await tx.flush();
      await tx.populate(saved, ['owner']);
      return saved;
    });
  } catch (error) {
    // Two saves racing for the same name: the unique index decides, the loser hears NAME_TAKEN.
    if (
      error instanceof UniqueConstraintViolationException &&
      error.message.includes('saved_query_owner_name_unique')
    ) {
      nameTaken(ctx, fields.name);
    }
    throw error;
  }
}

function staleSavedQuery(ctx: ServiceContext, saved: SavedQuery, expected: number): DomainError {
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `Kueri ini sudah diubah di tempat lain (versi ${saved.version}, Anda mengubah versi ${expected}). Muat ulang; perubahan Anda tidak disimpan.`,
        en: `This saved query was changed elsewhere (version ${saved.version}; you edited version ${expected}). Reload; your change was not saved.`,
      },
      ctx.locale,
    ),
    { currentVersion: saved.version },
  );
}

/** Deletes one of the actor's own saved queries; audited. Someone else's private one reads as missing. */
export async function deleteSavedQuery(ctx: ServiceContext, id: string): Promise<string> {
  return ctx.em.transactional(async (tx) => {
    const found = isId(id)
      ? await tx.findOne(
          SavedQuery,
          { $and: [{ id }, visibleSavedQueries(ctx)] },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!found) throw savedQueryNotFound(ctx);
    authorize(ctx.actor, ctx.locale, policy.editSavedQuery(ctx.actor, { ownerId: found.owner.id }));
    recordAudit(tx, ctx.actor, {
      action: 'delete',
      entityType: 'SavedQuery',
      entityId: found.id,
      before: snapshot(found),
    });
    tx.remove(found);
    return found.id;
  });
}
