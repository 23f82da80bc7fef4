import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { AssessmentAnswer } from './assessment-answer.entity.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { assessmentAnswerList } from './assessment-answer.list.js';
import { Assessment } from './assessment.entity.js';

@Resolver(() => AssessmentAnswer)
export class AssessmentAnswerResolver {
  @Query(() => assessmentAnswerList.Connection, {
    description:
      'Answers of submitted assessments, one row per indicator, matching the filter; follow an indicator across versions by `lineageKey`.',
  })
  async assessmentAnswers(
    @Args(() => assessmentAnswerList.Args) args: ListArgsOf<typeof assessmentAnswerList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof assessmentAnswerList>> {
    return assessmentAnswerList.list(ctx, args);
  }

  @FieldResolver(() => Assessment, { description: 'The assessment this answer belongs to.' })
  async assessment(@Root() answer: AssessmentAnswer, @Ctx() ctx: Context): Promise<Assessment> {
    return (await ctx.loaders.assessmentById.load(answer.assessment.id))!;
  }
}
