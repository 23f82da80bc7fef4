import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkResult } from './work-result.entity.js';
import { WorkTarget } from './work-target.entity.js';

@Resolver(() => WorkResult)
export class WorkResultResolver {
  @FieldResolver(() => [WorkTarget], { description: 'The indicators with their targets, in order.' })
  async targets(@Root() result: WorkResult, @Ctx() ctx: Context): Promise<WorkTarget[]> {
    return ctx.loaders.workTargetsByResult.load(result.id);
  }

  @FieldResolver(() => WorkResult, {
    nullable: true,
    description: 'Cascading: the result of the supervisor’s approved plan this one supports.',
  })
  async parentResult(@Root() result: WorkResult, @Ctx() ctx: Context): Promise<WorkResult | null> {
    return result.parentResult ? ctx.loaders.workResultById.load(result.parentResult.id) : null;
  }

  @FieldResolver(() => WorkPlan, { description: 'The work plan revision this result belongs to.' })
  async plan(@Root() result: WorkResult, @Ctx() ctx: Context): Promise<WorkPlan> {
    return (await ctx.loaders.workPlanById.load(result.plan.id))!;
  }
}
