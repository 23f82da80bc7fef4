import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Employee } from '../organisation/employee.entity.js';
import { AssessmentFeedback } from './assessment-feedback.entity.js';
import { setDevelopmentActionStatus } from './assessment-feedback.service.js';
import { DevelopmentActionConnection, DevelopmentActionFilter, listDevelopmentActions } from './development-action.connection.js';
import { DevelopmentAction } from './development-action.entity.js';
import { DevelopmentActionPayload, SetDevelopmentActionStatusInput } from './feedback.input.js';

@Resolver(() => DevelopmentAction)
export class DevelopmentActionResolver {
  @Query(() => DevelopmentActionConnection, { description: 'Recommended development actions, earliest target date first, filtered and paginated.' })
  developmentActions(
    @Arg('filter', () => DevelopmentActionFilter, { nullable: true, description: 'Which actions; all when absent.' }) filter: DevelopmentActionFilter | null,
    @Arg('first', () => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default 20).` }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<DevelopmentActionConnection> {
    return listDevelopmentActions(ctx, { filter, first, after });
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

  @Mutation(() => DevelopmentActionPayload, { description: 'Marks a development action planned or done (the employee or the assessor).' })
  async setDevelopmentActionStatus(
    @Arg('input', () => SetDevelopmentActionStatusInput, { description: 'What to change; see the input type for each field.' }) input: SetDevelopmentActionStatusInput,
    @Ctx() ctx: Context,
  ): Promise<DevelopmentActionPayload> {
    return { action: await setDevelopmentActionStatus(ctx, input) };
  }
}
