import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../kernel/list/page-size.js';
import type { Context } from '../../kernel/context.js';
import { Employee } from '../organisation/employee.entity.js';
import { AssessmentFeedback } from './assessment-feedback.entity.js';
import { setDevelopmentActionStatus } from './assessment-feedback.service.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { developmentActionList } from './development-action.list.js';
import { DevelopmentAction } from './development-action.entity.js';
import { DevelopmentActionPayload, SetDevelopmentActionStatusInput } from './feedback.input.js';

@Resolver(() => DevelopmentAction)
export class DevelopmentActionResolver {
  @Query(() => developmentActionList.Connection, {
    description: `Recommended development actions matching the filter, earliest target date first unless ordered otherwise, a page at a time (at most ${MAX_PAGE_SIZE} per page).`,
  })
  developmentActions(
    @Args(() => developmentActionList.Args) args: ListArgsOf<typeof developmentActionList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof developmentActionList>> {
    return developmentActionList.list(ctx, args);
  }

  @FieldResolver(() => AssessmentFeedback, { description: 'The final feedback that recommends it.' })
  async feedback(@Root() action: DevelopmentAction, @Ctx() ctx: Context): Promise<AssessmentFeedback> {
    return (await ctx.loaders.assessmentFeedbackById.load(action.feedback.id))!;
  }

  @FieldResolver(() => Employee, { description: 'The employee it is recommended to.' })
  async employee(@Root() action: DevelopmentAction, @Ctx() ctx: Context): Promise<Employee> {
    const feedback = (await ctx.loaders.assessmentFeedbackById.load(action.feedback.id))!;
    const assessment = (await ctx.loaders.assessmentById.load(feedback.assessment.id))!;
    return (await ctx.loaders.employeeById.load(assessment.employee.id))!;
  }

  @Mutation(() => DevelopmentActionPayload, {
    description: 'Marks a development action planned or done (the employee or the assessor).',
  })
  async setDevelopmentActionStatus(
    @Arg('input', () => SetDevelopmentActionStatusInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: SetDevelopmentActionStatusInput,
    @Ctx() ctx: Context,
  ): Promise<DevelopmentActionPayload> {
    return { action: await setDevelopmentActionStatus(ctx, input) };
  }
}
