import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { isId } from '../../kernel/ids.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { AssessmentFeedback } from './assessment-feedback.entity.js';
import { acknowledgeFeedback, saveAssessmentFeedback } from './assessment-feedback.service.js';
import { DevelopmentAction } from './development-action.entity.js';
import { AcknowledgeFeedbackInput, AssessmentFeedbackPayload, SaveAssessmentFeedbackInput } from './feedback.input.js';
import { canSeeAssessment, readScope } from '../../policy/read-scope.js';

@Resolver(() => AssessmentFeedback)
export class AssessmentFeedbackResolver {
  @Query(() => AssessmentFeedback, {
    nullable: true,
    description: 'The final feedback on an assessment, or null while none is written.',
  })
  async assessmentFeedback(
    @Arg('assessmentId', () => ID, { description: 'The assessment.' }) assessmentId: string,
    @Ctx() ctx: Context,
  ): Promise<AssessmentFeedback | null> {
    const assessment = isId(assessmentId) ? await ctx.loaders.assessmentById.load(assessmentId) : null;
    if (
      !assessment ||
      !canSeeAssessment(await readScope(ctx), {
        id: assessment.id,
        employeeId: assessment.employee.id,
        assessorId: assessment.assessor.id,
      })
    )
      return null;
    return (await ctx.loaders.assessmentFeedbackByAssessment.load(assessmentId))[0] ?? null;
  }

  @FieldResolver(() => Assessment, { description: 'The assessment the feedback concludes.' })
  async assessment(@Root() feedback: AssessmentFeedback, @Ctx() ctx: Context): Promise<Assessment> {
    return (await ctx.loaders.assessmentById.load(feedback.assessment.id))!;
  }

  @FieldResolver(() => Employee, { description: 'Who wrote it: the assessor (pejabat penilai).' })
  async author(@Root() feedback: AssessmentFeedback, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.loaders.employeeById.load(feedback.author.id))!;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee who acknowledged it; null until then.' })
  async acknowledgedBy(@Root() feedback: AssessmentFeedback, @Ctx() ctx: Context): Promise<Employee | null> {
    return feedback.acknowledgedBy ? ctx.loaders.employeeById.load(feedback.acknowledgedBy.id) : null;
  }

  @FieldResolver(() => [DevelopmentAction], { description: 'The recommended development actions, in order.' })
  developmentActions(@Root() feedback: AssessmentFeedback, @Ctx() ctx: Context): Promise<DevelopmentAction[]> {
    return ctx.loaders.developmentActionsByFeedback.load(feedback.id);
  }

  @Mutation(() => AssessmentFeedbackPayload, {
    description:
      'Writes or rewrites the final feedback on a submitted assessment (its assessor, until the employee acknowledges).',
  })
  async saveAssessmentFeedback(
    @Arg('input', () => SaveAssessmentFeedbackInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: SaveAssessmentFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<AssessmentFeedbackPayload> {
    return { feedback: await saveAssessmentFeedback(ctx, input) };
  }

  @Mutation(() => AssessmentFeedbackPayload, {
    description: 'The employee acknowledges the final feedback; it is locked afterwards.',
  })
  async acknowledgeFeedback(
    @Arg('input', () => AcknowledgeFeedbackInput, { description: 'What to change; see the input type for each field.' })
    input: AcknowledgeFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<AssessmentFeedbackPayload> {
    return { feedback: await acknowledgeFeedback(ctx, input) };
  }
}
