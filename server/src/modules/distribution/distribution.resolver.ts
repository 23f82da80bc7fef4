import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { predikatDistribution } from './distribution.service.js';
import { PredikatDistribution } from './distribution.types.js';

@Resolver(() => PredikatDistribution)
export class DistributionResolver {
  @Query(() => PredikatDistribution, {
    description:
      'The predikat distribution of a unit’s submitted assessments against the guideline for its capaian kinerja organisasi recorded for that sub-period (SE MenPANRB 3/2023); with none recorded nothing is expected. Warns, never blocks.',
  })
  predikatDistribution(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('periodId', () => ID, { description: 'The period.' }) periodId: string,
    @Arg('subPeriodId', () => ID, {
      nullable: true,
      description: 'A sub-period of that period; the annual one when absent.',
    })
    subPeriodId: string | null,
    @Arg('includeSubUnits', () => Boolean, {
      defaultValue: true,
      description: 'Count the employees of every unit below it too (default true).',
    })
    includeSubUnits: boolean,
    @Ctx() ctx: Context,
  ): Promise<PredikatDistribution> {
    return predikatDistribution(ctx, { unitId, periodId, subPeriodId, includeSubUnits });
  }
}
