import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { isId } from '../../kernel/ids.js';
import { PeriodTemplate } from './period-template.entity.js';
import { Period } from './period.entity.js';
import { CreatePeriodInput, PeriodPayload, PeriodTransitionInput, UpdatePeriodInput } from './period.input.js';
import { closePeriod, createPeriod, openPeriod, updatePeriod } from './period.service.js';
import { annualEvaluationOpensOn } from '@kinerja/shared';
import { LocalDateResolver } from 'graphql-scalars';
import { SubPeriodKind } from './period.enums.js';
import { SubPeriod } from './sub-period.entity.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { periodList } from './period.list.js';

@Resolver(() => Period)
export class PeriodResolver {
  @Query(() => periodList.Connection, {
    description: 'Periods matching the filter, newest year first unless ordered otherwise, a page at a time.',
  })
  async periods(
    @Args(() => periodList.Args) args: ListArgsOf<typeof periodList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof periodList>> {
    return periodList.list(ctx, args);
  }

  @Query(() => Period, { nullable: true, description: 'One period by id, or null when there is none.' })
  async period(
    @Arg('id', () => ID, { description: 'The period id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Period | null> {
    return isId(id) ? ctx.loaders.periodById.load(id) : null;
  }

  @FieldResolver(() => [SubPeriod], {
    description: 'The sub-periods of the cadence in calendar order, then the annual one.',
  })
  async subPeriods(@Root() period: Period, @Ctx() ctx: Context): Promise<SubPeriod[]> {
    return ctx.loaders.subPeriodsByPeriod.load(period.id);
  }

  @FieldResolver(() => LocalDateResolver, {
    description: 'The first day the annual evaluation may be started and submitted (see `annualEvaluationOpens`).',
  })
  async annualEvaluationOpensOn(@Root() period: Period, @Ctx() ctx: Context): Promise<string> {
    const subPeriods = await ctx.loaders.subPeriodsByPeriod.load(period.id);
    const annual = subPeriods.find((sub) => sub.kind === SubPeriodKind.ANNUAL);
    return annualEvaluationOpensOn(
      period.annualEvaluationOpens,
      subPeriods.filter((sub) => sub.kind !== SubPeriodKind.ANNUAL),
      annual?.endDate ?? `${period.year}-12-31`,
    );
  }

  @FieldResolver(() => [PeriodTemplate], {
    description:
      'The template version in force per job family (by family name), pinned when the period opened; empty while planning.',
  })
  async pinnedVersions(@Root() period: Period, @Ctx() ctx: Context): Promise<PeriodTemplate[]> {
    return ctx.loaders.pinsByPeriod.load(period.id);
  }

  @Mutation(() => PeriodPayload, {
    description: 'Creates the period of a year in PLANNING, with sub-periods generated from the cadence. Audited.',
  })
  async createPeriod(
    @Arg('input', () => CreatePeriodInput, { description: 'What to do; see the input type.' }) input: CreatePeriodInput,
    @Ctx() ctx: Context,
  ): Promise<PeriodPayload> {
    return { period: await createPeriod(ctx, input) };
  }

  @Mutation(() => PeriodPayload, {
    description: 'Changes a period’s settings (when its annual evaluation opens) while it is not closed. Audited.',
  })
  async updatePeriod(
    @Arg('input', () => UpdatePeriodInput, { description: 'What to change; see the input type.' })
    input: UpdatePeriodInput,
    @Ctx() ctx: Context,
  ): Promise<PeriodPayload> {
    return { period: await updatePeriod(ctx, input) };
  }

  @Mutation(() => PeriodPayload, {
    description:
      'PLANNING → OPEN: pins the latest published template version of every job family. Refused (INVALID_STATE) when a family with active employees has none. Audited.',
  })
  async openPeriod(
    @Arg('input', () => PeriodTransitionInput, { description: 'What to do; see the input type.' })
    input: PeriodTransitionInput,
    @Ctx() ctx: Context,
  ): Promise<PeriodPayload> {
    return { period: await openPeriod(ctx, input.periodId) };
  }

  @Mutation(() => PeriodPayload, { description: 'OPEN → CLOSED. Audited.' })
  async closePeriod(
    @Arg('input', () => PeriodTransitionInput, { description: 'What to do; see the input type.' })
    input: PeriodTransitionInput,
    @Ctx() ctx: Context,
  ): Promise<PeriodPayload> {
    return { period: await closePeriod(ctx, input.periodId) };
  }
}
