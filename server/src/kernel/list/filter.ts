import { Field } from 'type-graphql';
import type { Actor } from '../actor.js';
import { DomainError, localize, type Locale } from '../errors.js';
import { isId, NO_ID } from '../ids.js';
import type { Comparison, TextComparison } from './comparisons.js';

/** A MikroORM condition (filter query) on some entity. */
export type Condition = Record<string, unknown>;

/**
 * Bounds of filter operands: a pattern longer than any stored name or title cannot match anything useful and
 * only makes the database work; so do thousands of alternatives.
 */
export const FILTER_BOUNDS = {
  maxTextLength: 200,
  maxValues: 500,
  maxBranches: 20,
  maxConditionsPerRequest: 300,
} as const;

/** Conditions compiled so far in each request (the reader is the request's context). */
const conditionsUsed = new WeakMap<Reader, number>();

function countCondition(reader: Reader): void {
  const used = (conditionsUsed.get(reader) ?? 0) + 1;
  conditionsUsed.set(reader, used);
  if (used > FILTER_BOUNDS.maxConditionsPerRequest) {
    throw tooBig(reader, 'filter', {
      id: `Saringan terlalu rumit: lebih dari ${FILTER_BOUNDS.maxConditionsPerRequest} syarat dalam satu permintaan; sederhanakan.`,
      en: `The filter is too complex: more than ${FILTER_BOUNDS.maxConditionsPerRequest} conditions in one request; simplify it.`,
    });
  }
}

function tooBig(reader: Reader, field: string, message: { id: string; en: string }): DomainError {
  const text = localize(message, reader.locale);
  return new DomainError('BAD_USER_INPUT', text, { problems: [{ field, code: 'FILTER_TOO_LARGE', message: text }] });
}

function boundText(reader: Reader, field: string, text: string): string {
  if (text.length > FILTER_BOUNDS.maxTextLength) {
    throw tooBig(reader, field, {
      id: `Teks saringan '${field}' terlalu panjang: ${text.length} karakter, paling banyak ${FILTER_BOUNDS.maxTextLength}.`,
      en: `The filter text '${field}' is too long: ${text.length} characters, at most ${FILTER_BOUNDS.maxTextLength}.`,
    });
  }
  return text;
}

function boundValues<T>(
  reader: Reader,
  field: string,
  values: readonly T[],
  max: number = FILTER_BOUNDS.maxValues,
): readonly T[] {
  if (values.length > max) {
    throw tooBig(reader, field, {
      id: `Saringan '${field}' berisi ${values.length} nilai, paling banyak ${max}; pecah menjadi beberapa kueri.`,
      en: `The filter '${field}' has ${values.length} values, at most ${max}; split it into several queries.`,
    });
  }
  return values;
}

/** A condition no row meets (an empty in-list is `1 = 0` in SQL); a fresh object, as MikroORM rewrites conditions in place. */
export const nothing = (): Condition => ({ id: { $in: [] } });

const isEmpty = (condition: Condition) => Object.keys(condition).length === 0;

/**
 * How one field of a filter input becomes a condition. `path` names the entity property, dotted through
 * relations (`employee.unit`).
 *  - `ids`: a list of ids, "one of these" (a malformed id matches nothing);
 *  - `oneOf`: a list of values (enums), "one of these";
 *  - `equals`: a single value (booleans);
 *  - `compare`: an Int/Float/Date/DateTime comparison object;
 *  - `text`: a TextComparison;
 *  - `search`: free text matched, ignoring case, against any of several text properties;
 *  - `nested`: a filter of the related entity, compiled with its own rules;
 *  - `custom`: anything else, built by a function;
 *  - `personal`: another rule on a personal field of an employee (see policy/personal-data.ts), refused for
 *    readers `allowed` says may not filter on such fields (`policy.filterOnPersonalFields`).
 */
export type FilterRule =
  | { ids: string }
  | { oneOf: string }
  | { equals: string }
  | { compare: string }
  | { text: string }
  | { search: readonly string[] }
  | { nested: string; filter: () => FilterClass }
  | { custom: (value: never, reader: Reader) => Condition }
  | { personal: Exclude<FilterRule, { personal: unknown }>; allowed: (actor: Actor) => boolean };

/** Who is reading: a rule may depend on it (e.g. personal identifiers only for those who may see them). */
export interface Reader {
  readonly actor: Actor;
  readonly locale: Locale;
}

type FilterClass = abstract new (...args: any[]) => object;

/** How every filter's `not` reads: SQL's rule for empty values, said plainly. */
const NOT_DESCRIPTION =
  'This filter does not hold. As in SQL, a row whose compared value is empty (null) matches neither a condition nor its `not`; add `isNull: true` to include it.';

const rulesByClass = new WeakMap<object, Map<string, FilterRule>>();

function rulesOf(filterClass: object): Map<string, FilterRule> {
  let rules = rulesByClass.get(filterClass);
  if (!rules) {
    rules = new Map();
    rulesByClass.set(filterClass, rules);
  }
  return rules;
}

/**
 * A field of a filter input type together with the rule that turns it into SQL: the one place that says
 * both what the field is called in GraphQL and what it means for the database.
 */
export function FilterField(type: () => unknown, rule: FilterRule, description: string): PropertyDecorator {
  return (prototype, key) => {
    Field(type as Parameters<typeof Field>[0] & (() => unknown), { nullable: true, description })(prototype, key);
    rulesOf(prototype.constructor).set(String(key), rule);
  };
}

/**
 * Gives a filter input type the combinators `and`, `or` (lists of the same filter) and `not`, which
 * `compileFilter` reads: every filter has them, declared once here.
 */
export function Combinable(): ClassDecorator {
  return (filterClass) => {
    const self = filterClass as unknown as FilterClass;
    Field(() => [self], { nullable: true, description: 'Every one of these filters holds.' })(
      filterClass.prototype,
      'and',
    );
    Field(() => [self], { nullable: true, description: 'At least one of these filters holds.' })(
      filterClass.prototype,
      'or',
    );
    Field(() => self, { nullable: true, description: NOT_DESCRIPTION })(filterClass.prototype, 'not');
  };
}

/** `{ employee: { unit: condition } }` for the path `employee.unit`. */
export function at(path: string, condition: unknown): Condition {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), condition) as Condition;
}

/** Text for a LIKE pattern that matches itself only: `%`, `_` and `\\` escaped. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function compare(value: Comparison<unknown>): Condition | null {
  const operators: Condition = {};
  for (const op of ['eq', 'gt', 'gte', 'lt', 'lte'] as const) {
    if (value[op] != null) operators[`$${op}`] = value[op];
  }
  if (value.isNull != null) operators[value.isNull ? '$eq' : '$ne'] = null;
  if (value.isNull === true && Object.keys(operators).length > 1) return null;
  return Object.keys(operators).length ? operators : {};
}

function textCondition(path: string, value: TextComparison, reader: Reader, field: string): Condition {
  const parts: Condition[] = [];
  if (value.eq != null) parts.push(at(path, boundText(reader, `${field}.eq`, value.eq)));
  if (value.in != null)
    parts.push(
      at(path, {
        $in: boundValues(reader, `${field}.in`, value.in).map((text) => boundText(reader, `${field}.in`, text)),
      }),
    );
  if (value.contains != null)
    parts.push(at(path, { $ilike: `%${escapeLike(boundText(reader, `${field}.contains`, value.contains))}%` }));
  if (value.startsWith != null)
    parts.push(at(path, { $ilike: `${escapeLike(boundText(reader, `${field}.startsWith`, value.startsWith))}%` }));
  if (value.isNull != null) parts.push(at(path, value.isNull ? null : { $ne: null }));
  return all(parts);
}

function all(parts: Condition[]): Condition {
  const kept = parts.filter((part) => !isEmpty(part));
  if (kept.length === 0) return {};
  return kept.length === 1 ? kept[0]! : { $and: kept };
}

/** Some of the conditions: none given matches nothing; an empty one (always true) makes the whole true. */
function any(parts: Condition[]): Condition {
  if (parts.length === 0) return nothing();
  return parts.some(isEmpty) ? {} : { $or: parts };
}

function not(condition: Condition): Condition {
  return isEmpty(condition) ? nothing() : { $not: condition };
}

function ruleCondition(rule: FilterRule, value: unknown, reader: Reader, field: string): Condition {
  if ('personal' in rule) {
    if (!rule.allowed(reader.actor)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        localize(
          {
            id: `Penyaringan menurut '${field}' hanya untuk pengelola kinerja, admin dan analis; hapus syarat itu.`,
            en: `Filtering by '${field}' is for HR, administrators and analysts only; remove that condition.`,
          },
          reader.locale,
        ),
        { field },
      );
    }
    return ruleCondition(rule.personal, value, reader, field);
  }
  if ('ids' in rule) {
    const ids = boundValues(reader, field, value as string[]).map((id) => (isId(id) ? id : NO_ID));
    return at(rule.ids, { $in: ids.length ? ids : [NO_ID] });
  }
  if ('oneOf' in rule)
    return (value as unknown[]).length
      ? at(rule.oneOf, { $in: boundValues(reader, field, value as unknown[]) })
      : nothing();
  if ('equals' in rule) return at(rule.equals, value);
  if ('compare' in rule) {
    const operators = compare(value as Comparison<unknown>);
    if (operators === null) return nothing();
    return Object.keys(operators).length ? at(rule.compare, operators) : {};
  }
  if ('text' in rule) return textCondition(rule.text, value as TextComparison, reader, field);
  if ('search' in rule) {
    const text = boundText(reader, field, (value as string).trim());
    if (!text) return {};
    const pattern = `%${escapeLike(text)}%`;
    return any(rule.search.map((path) => at(path, { $ilike: pattern })));
  }
  if ('nested' in rule) {
    const inner = compileFilter(value as object, rule.filter(), reader);
    return isEmpty(inner) ? {} : at(rule.nested, inner);
  }
  if (typeof value === 'string') boundText(reader, field, value);
  return rule.custom(value as never, reader);
}

/**
 * The MikroORM condition of a filter input: every given field must hold; `and`, `or` and `not` combine
 * filters of the same type. An empty `or` matches nothing, an empty `and` everything.
 */
export function compileFilter(filter: object | null | undefined, filterClass: FilterClass, reader: Reader): Condition {
  if (!filter) return {};
  const rules = rulesOf(filterClass);
  const parts: Condition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value == null) continue;
    if (key === 'and')
      parts.push(
        all(
          boundValues(reader, key, value as object[], FILTER_BOUNDS.maxBranches).map((f) =>
            compileFilter(f, filterClass, reader),
          ),
        ),
      );
    else if (key === 'or')
      parts.push(
        any(
          boundValues(reader, key, value as object[], FILTER_BOUNDS.maxBranches).map((f) =>
            compileFilter(f, filterClass, reader),
          ),
        ),
      );
    else if (key === 'not') parts.push(not(compileFilter(value as object, filterClass, reader)));
    else {
      const rule = rules.get(key);
      if (!rule) throw new Error(`${filterClass.name}.${key} has no filter rule`);
      countCondition(reader);
      parts.push(ruleCondition(rule, value, reader, key));
    }
  }
  return all(parts);
}
