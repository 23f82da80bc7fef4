import { Field, InputType } from 'type-graphql';
import { DomainError, localize, type Locale } from '../errors.js';
import { isId } from '../ids.js';
import { at, type Condition } from './filter.js';
import { OrderDirection } from './comparisons.js';

/**
 * A sortable property: its entity property name, how its cursor value is read back, and whether it may be null.
 * `int` is a PostgreSQL int, `bigint` a bigint, `float` a double precision; `date` is a moment (timestamptz, a JS
 * Date); `day` a calendar date column, kept as its `YYYY-MM-DD` text. The kind bounds what a cursor may carry,
 * so a forged cursor is refused before it reaches the database.
 */
export interface OrderRule {
  readonly property: string;
  readonly kind: 'text' | 'int' | 'bigint' | 'float' | 'date' | 'day';
  readonly nullable?: boolean;
}

/** One sort key as a client asks for it. */
export interface OrderInput<F extends string> {
  field: F;
  direction?: OrderDirection | null;
}

/** The sort keys of a query, the entity id last (so every order is total and cursors are exact). */
export type ResolvedOrder = readonly (OrderRule & { readonly direction: OrderDirection })[];

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INT_MAX = 2_147_483_647;
const BIGINT_MAX = 9_223_372_036_854_775_807n;
/** Longest text a cursor may carry: sort keys are names, codes and titles, far shorter. */
const CURSOR_TEXT_MAX = 2_000;

/** A cursor's value for a key of this kind, or undefined when it cannot be one. */
function cursorValue(kind: OrderRule['kind'], value: unknown): unknown {
  switch (kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT_MAX ? value : undefined;
    case 'bigint': {
      const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
      return typeof text === 'string' &&
        /^-?\d{1,19}$/.test(text) &&
        BigInt(text) <= BIGINT_MAX &&
        BigInt(text) >= -BIGINT_MAX
        ? text
        : undefined;
    }
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'date': {
      if (typeof value !== 'string') return undefined;
      const date = new Date(value);
      const year = date.getUTCFullYear();
      return Number.isNaN(date.getTime()) || year < 1 || year > 9999 ? undefined : date;
    }
    case 'day':
      return typeof value === 'string' &&
        LOCAL_DATE.test(value) &&
        !Number.isNaN(Date.parse(value)) &&
        value >= '0001-01-01'
        ? value
        : undefined;
    case 'text':
      return typeof value === 'string' && value.length <= CURSOR_TEXT_MAX && !value.includes('\u0000')
        ? value
        : undefined;
  }
}
const ID_ORDER: OrderRule = { property: 'id', kind: 'text' };

/**
 * The GraphQL input type `<Name>Order { field, direction }` for an enum of sortable fields.
 * `fieldEnum` must already be registered with type-graphql.
 */
export function orderInputType<F extends string>(name: string, fieldEnum: object, noun: string) {
  @InputType(name, { description: `One sort key of a list of ${noun}; several keys sort by the first, then the next…` })
  class Order implements OrderInput<F> {
    @Field(() => fieldEnum, { description: 'What to sort by.' })
    field!: F;

    @Field(() => OrderDirection, {
      nullable: true,
      defaultValue: OrderDirection.ASC,
      description: 'ASC (default) or DESC.',
    })
    direction?: OrderDirection | null;
  }
  return Order;
}

/** The client's order (or the default when none), with the id appended as the final tie-breaker. */
export function resolveOrder<F extends string>(
  requested: readonly OrderInput<F>[] | null | undefined,
  rules: Readonly<Record<F, OrderRule>>,
  fallback: readonly OrderInput<F>[],
): ResolvedOrder {
  const chosen = requested?.length ? requested : fallback;
  const keys = chosen.map((key) => ({ ...rules[key.field], direction: key.direction ?? OrderDirection.ASC }));
  const last = keys.at(-1)?.direction ?? OrderDirection.ASC;
  return [
    ...keys.filter((key) => key.property !== 'id'),
    { ...ID_ORDER, direction: keys.find((k) => k.property === 'id')?.direction ?? last },
  ];
}

/** MikroORM `orderBy`; rows without a value sort last in both directions. */
export function orderByOf(order: ResolvedOrder): Record<string, string>[] {
  return order.map((key) => ({ [key.property]: `${key.direction.toLowerCase()} nulls last` }));
}

type CursorValue = string | number | null;

/** The sort-key values of a row, as stored in its cursor. */
export function cursorValues(order: ResolvedOrder, row: object): CursorValue[] {
  return order.map((key) => {
    const value: unknown = (row as Record<string, unknown>)[key.property];
    if (value == null) return null;
    if (value instanceof Date) return value.toISOString();
    return typeof value === 'number' ? value : String(value);
  });
}

/** Names the order a cursor was made for, so a cursor of one order is never read in another. */
const signatureOf = (order: ResolvedOrder) => order.map((key) => `${key.property} ${key.direction}`).join(',');

export function encodeCursor(order: ResolvedOrder, values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([signatureOf(order), ...values]), 'utf8').toString('base64url');
}

function badCursor(locale: Locale): DomainError {
  return new DomainError(
    'BAD_USER_INPUT',
    localize(
      {
        id: 'Kursor halaman (after) tidak dikenal untuk urutan ini.',
        en: 'The page cursor (after) is not recognised for this order.',
      },
      locale,
    ),
    {
      problems: [
        {
          field: 'after',
          code: 'BAD_CURSOR',
          message: localize({ id: 'Kursor tidak dikenal.', en: 'Unknown cursor.' }, locale),
        },
      ],
    },
  );
}

/** Reads a cursor made for the same order; a foreign, damaged or other-order cursor is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, order: ResolvedOrder, locale: Locale): unknown[] {
  let parts: unknown;
  if (cursor.length > 4 * CURSOR_TEXT_MAX) throw badCursor(locale);
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor(locale);
  }
  if (!Array.isArray(parts) || parts[0] !== signatureOf(order) || parts.length !== order.length + 1)
    throw badCursor(locale);
  const values = parts.slice(1);
  return order.map((key, i) => {
    const value: unknown = values[i];
    if (value === null && key.nullable) return null;
    if (key.property === 'id') {
      if (typeof value === 'string' && isId(value)) return value;
      throw badCursor(locale);
    }
    const read = value === null ? undefined : cursorValue(key.kind, value);
    if (read === undefined) throw badCursor(locale);
    return read;
  });
}

/**
 * Rows strictly after the cursor's row in this order (keyset pagination, nulls last):
 * for some i, the first i-1 keys equal the cursor's and key i comes after it.
 */
export function afterCondition(order: ResolvedOrder, values: readonly unknown[]): Condition {
  const branches: Condition[] = [];
  for (let i = 0; i < order.length; i++) {
    const key = order[i]!;
    const value = values[i];
    if (value === null) continue; // nothing sorts after a null: nulls are last
    const op = key.direction === OrderDirection.ASC ? '$gt' : '$lt';
    const later = key.nullable
      ? { $or: [at(key.property, { [op]: value }), at(key.property, null)] }
      : at(key.property, { [op]: value });
    const equalBefore = order.slice(0, i).map((k, j) => at(k.property, values[j] ?? null));
    branches.push(equalBefore.length ? { $and: [...equalBefore, later] } : later);
  }
  const first = order[0]!;
  if (first.nullable || values[0] == null) return { $or: branches };
  // The same rows, with the first key's bound stated on its own: PostgreSQL then walks the order's index from
  // the cursor instead of filtering (and sorting) the whole table for every page.
  const bound = at(first.property, { [first.direction === OrderDirection.ASC ? '$gte' : '$lte']: values[0] });
  return { $and: [bound, { $or: branches }] };
}
