import type { EntityName } from '@mikro-orm/postgresql';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import type { Context } from '../context.js';
import { compileFilter, type Condition } from './filter.js';
import { orderInputType, resolveOrder, type OrderInput, type OrderRule } from './order.js';
import { connectionType, PageArgs, paginate } from './page.js';

/** One sort key of a list: how it sorts, and what the enum value says in the schema. */
export interface OrderKey extends OrderRule {
  readonly description?: string;
}

/**
 * Everything a list connection needs but its filter: the `<Name>OrderField` enum and `<Name>Order` input, the
 * `<Name>Edge`/`<Name>Connection` types, the arguments (`filter`, `orderBy`, `first`, `after`) and the function
 * that reads one page. The filter class (`@Combinable()` + `@FilterField`) stays beside it in the module.
 */
export function defineList<T extends object, F extends string, Filter extends object>(spec: {
  /** The prefix of the type names, e.g. `WorkPlan`. */
  readonly name: string;
  readonly entity: abstract new (...args: never[]) => T;
  /** The prefix of the edge and connection types when it is not `name`. */
  readonly connectionName?: string;
  /** In the connection's descriptions: one `noun`, several `plural` (the noun + s when absent). */
  readonly noun: string;
  readonly plural?: string;
  /** In the order input's description ("One sort key of a list of …"). */
  readonly orderNoun: string;
  readonly orderDescription: string;
  readonly orderKeys: Readonly<Record<F, OrderKey>>;
  /** The order when the client gives none; the id always breaks ties. */
  readonly defaultOrder: readonly OrderInput<NoInfer<F>>[];
  readonly orderByDescription: string;
  readonly filter: abstract new (...args: any[]) => Filter;
  readonly filterDescription: string;
  /** What the reader may see, added to their filter; nothing when absent (everyone reads every row). */
  readonly scope?: (ctx: Context) => Condition | Promise<Condition>;
  /** Called with each row of the page, e.g. to prime the by-id loader. */
  readonly prime?: (ctx: Context, row: T) => void;
  readonly populate?: readonly string[];
}) {
  const fieldEnum = Object.fromEntries(Object.keys(spec.orderKeys).map((key) => [key, key])) as Record<F, F>;
  const valuesConfig = Object.fromEntries(
    Object.entries<OrderKey>(spec.orderKeys)
      .filter(([, key]) => key.description !== undefined)
      .map(([field, key]) => [field, { description: key.description }]),
  ) as Partial<Record<F, { description: string }>>;
  registerEnumType(fieldEnum, {
    name: `${spec.name}OrderField`,
    description: spec.orderDescription,
    ...(Object.keys(valuesConfig).length ? { valuesConfig } : {}),
  });
  const rules = Object.fromEntries(
    Object.entries<OrderKey>(spec.orderKeys).map(([field, { description: _description, ...rule }]) => [field, rule]),
  ) as Record<F, OrderRule>;

  const Order = orderInputType<F>(`${spec.name}Order`, fieldEnum, spec.orderNoun);
  const Connection = connectionType(spec.entity, spec.connectionName ?? spec.name, spec.noun, spec.plural);

  @ArgsType()
  class Args extends PageArgs {
    @Field(() => spec.filter, { nullable: true, description: spec.filterDescription })
    filter?: Filter | null;

    @Field(() => [Order], { nullable: true, description: spec.orderByDescription })
    orderBy?: OrderInput<F>[] | null;
  }
  Object.defineProperty(Args, 'name', { value: `${spec.name}ListArgs` });

  /** One page of the list: the reader's filter within their scope, in the order asked for. */
  async function list(ctx: Context, args: Args): Promise<InstanceType<typeof Connection>> {
    const scope = spec.scope ? await spec.scope(ctx) : undefined;
    const filter = compileFilter(args.filter, spec.filter, ctx);
    const page = await paginate(ctx, spec.entity as EntityName<T>, {
      where: scope === undefined ? filter : { $and: [filter, scope] },
      order: resolveOrder(args.orderBy, rules, spec.defaultOrder),
      first: args.first,
      after: args.after,
      ...(spec.prime ? { prime: (row: T) => spec.prime!(ctx, row) } : {}),
      ...(spec.populate ? { populate: spec.populate } : {}),
    });
    return Object.assign(new Connection(), page);
  }

  return { Order, Connection, Args, list };
}

/** The arguments and the page of a list made by `defineList`, as types. */
export type ListArgsOf<L extends { Args: abstract new () => object }> = InstanceType<L['Args']>;
export type ConnectionOf<L extends { Connection: abstract new () => object }> = InstanceType<L['Connection']>;
