import { HEAD_WORK_RESULTS_RATING } from '@kinerja/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { UnitHeadSuggestion } from '../distribution/distribution.types.js';
import type { Rating } from '../template/definition.enums.js';
import { Assessment } from './assessment.entity.js';

@Resolver(() => Assessment)
export class AssessmentUnitHeadResolver {
  @FieldResolver(() => UnitHeadSuggestion, {
    nullable: true,
    description:
      'When the employee assessed heads a unit: the unit’s capaian kinerja organisasi for this sub-period and the rating hasil kerja it suggests (SE MenPANRB 3/2023); null for anyone else.',
  })
  async unitHead(@Root() a: Assessment, @Ctx() ctx: Context): Promise<UnitHeadSuggestion | null> {
    const headed = await ctx.loaders.headedUnit.load(`${a.employee.id}:${a.subPeriod.id}`);
    if (!headed) return null;
    return {
      unit: (await ctx.loaders.unitById.load(headed.unitId))!,
      organisationRating: headed.rating,
      suggestedWorkResultsRating: headed.rating ? (HEAD_WORK_RESULTS_RATING[headed.rating] as Rating) : null,
    };
  }
}
