import { Field } from 'type-graphql';
import type { Actor } from '../../modules/auth/actor.js';
import { isId, NO_ID } from '../ids.js';
import type { Comparison, TextComparison } from './comparisons.js';

/** A MikroORM condition (filter query) on some entity. */
export type Condition = Record<string, unknown>;

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
 *  - `custom`: anything else, built by a function.
 */
export type FilterRule =
  | { ids: string }
  | { oneOf: string }
  | { equals: string }
  | { compare: string }
  | { text: string }
  | { search: readonly string[] }
  | { nested: string; filter: () => FilterClass }
  | { custom: (value: never, reader: Reader) => Condition };

/** Who is reading: a rule may depend on it (e.g. personal identifiers only for those who may see them). */
export interface Reader {
  readonly actor: Actor;
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
    Field(() => [self], { nullable: true, description: 'Every one of these filters holds.' })(filterClass.prototype, 'and');
    Field(() => [self], { nullable: true, description: 'At least one of these filters holds.' })(filterClass.prototype, 'or');
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

function textCondition(path: string, value: TextComparison): Condition {
  const parts: Condition[] = [];
  if (value.eq != null) parts.push(at(path, value.eq));
  if (value.in != null) parts.push(at(path, { $in: value.in }));
  if (value.contains != null) parts.push(at(path, { $ilike: `%${escapeLike(value.contains)}%` }));
  if (value.startsWith != null) parts.push(at(path, { $ilike: `${escapeLike(value.startsWith)}%` }));
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

function ruleCondition(rule: FilterRule, value: unknown, reader: Reader): Condition {
  if ('ids' in rule) {
    const ids = (value as string[]).map((id) => (isId(id) ? id : NO_ID));
    return at(rule.ids, { $in: ids.length ? ids : [NO_ID] });
  }
  if ('oneOf' in rule) return (value as unknown[]).length ? at(rule.oneOf, { $in: value }) : nothing();
  if ('equals' in rule) return at(rule.equals, value);
  if ('compare' in rule) {
    const operators = compare(value as Comparison<unknown>);
    if (operators === null) return nothing();
    return Object.keys(operators).length ? at(rule.compare, operators) : {};
  }
  if ('text' in rule) return textCondition(rule.text, value as TextComparison);
  if ('search' in rule) {
    const text = (value as string).trim();
    if (!text) return {};
    const pattern = `%${escapeLike(text)}%`;
    return any(rule.search.map((path) => at(path, { $ilike: pattern })));
  }
  if ('nested' in rule) {
    const inner = compileFilter(value as object, rule.filter(), reader);
    return isEmpty(inner) ? {} : at(rule.nested, inner);
  }
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
    if (key === 'and') parts.push(all((value as object[]).map((f) => compileFilter(f, filterClass, reader))));
    else if (key === 'or') parts.push(any((value as object[]).map((f) => compileFilter(f, filterClass, reader))));
    else if (key === 'not') parts.push(not(compileFilter(value as object, filterClass, reader)));
    else {
      const rule = rules.get(key);
      if (!rule) throw new Error(`${filterClass.name}.${key} has no filter rule`);
      parts.push(ruleCondition(rule, value, reader));
    }
  }
  return all(parts);
}
