import type { GraphQLResolveInfo } from 'graphql';
import { selects } from '../../kernel/selection.js';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { Unit } from '../organisation/unit.entity.js';
import { Period } from '../period/period.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { TemplateVersion } from '../template/template-version.entity.js';
import { assessmentStatistics, indicatorStatistics } from './analytics.service.js';
import {
  AssessmentStatisticsGroup,
  IndicatorStatisticsGroup,
  StatisticsDimension,
  StatisticsFilter,
  StatisticsKey,
} from './analytics.types.js';

const GROUP_BY = {
  description: 'The dimensions to group by, in the order of the key; none gives one group of everything.',
};
const FILTER = { nullable: true, description: 'Which submitted assessments count; all readable ones when absent.' };
const ROLL_UP = {
  defaultValue: false,
  description:
    'With `filter.unitId` and UNIT: count every unit below a direct sub-unit in that sub-unit (e.g. per kelurahan of a kecamatan).',
};

@Resolver(() => AssessmentStatisticsGroup)
export class AnalyticsResolver {
  @Query(() => [AssessmentStatisticsGroup], {
    description:
      'Grouped statistics of submitted assessments (count, scores with percentiles, predikat distribution), within the actor’s read scope: HR, admins and analysts see everything, a supervisor their team. Served from rollups kept as assessments are submitted.',
  })
  assessmentStatistics(
    @Arg('groupBy', () => [StatisticsDimension], GROUP_BY) groupBy: StatisticsDimension[],
    @Arg('filter', () => StatisticsFilter, FILTER) filter: StatisticsFilter | null,
    @Arg('rollUpSubUnits', () => Boolean, ROLL_UP) rollUpSubUnits: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssessmentStatisticsGroup[]> {
    const percentiles = selects(info, ['p50', 'p90']);
    return assessmentStatistics(ctx, { groupBy, filter: filter ?? {}, rollUpSubUnits, percentiles });
  }

  @Query(() => [IndicatorStatisticsGroup], {
    description:
      'Statistics of one indicator’s scores, followed across template versions by its lineage key, grouped and filtered like `assessmentStatistics`.',
  })
  indicatorStatistics(
    @Arg('lineageKey', () => String, { description: 'The indicator’s lineage key (stable across template versions).' })
    lineageKey: string,
    @Arg('groupBy', () => [StatisticsDimension], GROUP_BY) groupBy: StatisticsDimension[],
    @Arg('filter', () => StatisticsFilter, FILTER) filter: StatisticsFilter | null,
    @Arg('rollUpSubUnits', () => Boolean, ROLL_UP) rollUpSubUnits: boolean,
    @Ctx() ctx: Context,
  ): Promise<IndicatorStatisticsGroup[]> {
    return indicatorStatistics(ctx, lineageKey, { groupBy, filter: filter ?? {}, rollUpSubUnits });
  }
}

/** The entities of a group's key, each kind loaded in one batch for all groups. */
@Resolver(() => StatisticsKey)
export class StatisticsKeyResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'The unit, when grouped by UNIT.' })
  unit(@Root() key: StatisticsKey, @Ctx() ctx: Context): Promise<Unit | null> | null {
    return key.unitId ? ctx.loaders.unitById.load(key.unitId) : null;
  }

  @FieldResolver(() => JobFamily, { nullable: true, description: 'The job family, when grouped by FAMILY.' })
  family(@Root() key: StatisticsKey, @Ctx() ctx: Context): Promise<JobFamily | null> | null {
    return key.familyId ? ctx.loaders.jobFamilyById.load(key.familyId) : null;
  }

  @FieldResolver(() => Period, { nullable: true, description: 'The period, when grouped by PERIOD.' })
  period(@Root() key: StatisticsKey, @Ctx() ctx: Context): Promise<Period | null> | null {
    return key.periodId ? ctx.loaders.periodById.load(key.periodId) : null;
  }

  @FieldResolver(() => SubPeriod, { nullable: true, description: 'The sub-period, when grouped by SUB_PERIOD.' })
  subPeriod(@Root() key: StatisticsKey, @Ctx() ctx: Context): Promise<SubPeriod | null> | null {
    return key.subPeriodId ? ctx.loaders.subPeriodById.load(key.subPeriodId) : null;
  }

  @FieldResolver(() => TemplateVersion, {
    nullable: true,
    description: 'The template version, when grouped by TEMPLATE_VERSION.',
  })
  templateVersion(@Root() key: StatisticsKey, @Ctx() ctx: Context): Promise<TemplateVersion | null> | null {
    return key.templateVersionId ? ctx.loaders.templateVersionById.load(key.templateVersionId) : null;
  }
}

/** Kept here so the organisation module stays as it is. */
@Resolver(() => Employee)
export class EmployeeLatestAssessmentResolver {
  @FieldResolver(() => Assessment, {
    nullable: true,
    description:
      'The employee’s latest submitted assessment (by submission time); null when there is none or the reader may not see it.',
  })
  latestAssessment(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Assessment | null> {
    return ctx.loaders.latestAssessmentByEmployee.load(employee.id);
  }
}
