import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { Period } from './period.entity.js';
import { SubPeriod } from './sub-period.entity.js';

@Resolver(() => SubPeriod)
export class SubPeriodResolver {
  @FieldResolver(() => Period, { description: 'The period this sub-period belongs to.' })
  async period(@Root() sub: SubPeriod, @Ctx() ctx: Context): Promise<Period> {
    return (await ctx.loaders.periodById.load(sub.period.id))!;
  }
}
