import * as rules from '@kinerja/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { Employee } from '../organisation/employee.entity.js';
import { Period } from '../period/period.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { SubPeriodKind } from '../period/period.enums.js';
import { answerSet } from '../template/answer-set.js';
import { TemplateSection } from '../template/definition.types.js';
import { ScoreResult } from '../template/score.types.js';
import { localizeProblems } from '../template/template-errors.js';
import { TemplateVersion } from '../template/template-version.entity.js';
import { WorkPlan } from '../work-plan/work-plan.entity.js';
import { AnswerEntry, entriesOf } from './answer.types.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { assessmentList } from './assessment.list.js';
import { Assessment } from './assessment.entity.js';
import type { StoredAnswers } from './assessment.loader.js';
import {
  AssessmentPayload,
  RealisationPayload,
  RecordRealisationInput,
  ReopenAssessmentInput,
  SaveAssessmentDraftInput,
  SaveSelfAssessmentInput,
  StartAssessmentInput,
  SubmitAssessmentInput,
} from './assessment.input.js';
import {
  reopenAssessment,
  saveAssessmentDraft,
  saveSelfAssessment,
  submitAssessment,
} from './assessment-fill.service.js';
import { startAssessment } from './assessment-start.service.js';
import { recordRealisation } from './realisation.service.js';
import { TargetRealisation } from './target-realisation.entity.js';
import { canSeeAssessment, readScope } from '../../policy/read-scope.js';
import { EmbeddedList } from '../../kernel/limits/embedded-list.js';

/** Live numbers of a set of answers, as the form shows them, with what is still wrong or missing. */
function liveScore(ctx: Context, form: rules.TemplateDefinition, answers: rules.AnswerSet) {
  return {
    ...rules.scoreAnswers(form, answers),
    problems: localizeProblems(rules.validateAnswers(form, answers), ctx.locale),
  };
}

/**
 * The supervisor's or the employee's answers: from the entity when it holds them (`selfAnswers` is lazy, and
 * read-only rows such as `latestAssessment` carry neither), else one batched statement.
 */
async function answersOf<K extends keyof StoredAnswers>(
  a: Assessment,
  ctx: Context,
  which: K,
): Promise<StoredAnswers[K]> {
  const held = a[which] as StoredAnswers[K] | undefined;
  return held !== undefined ? held : (await ctx.loaders.assessmentAnswersById.load(a.id))[which];
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => Assessment, { nullable: true, description: 'One assessment by id, or null.' })
  async assessment(
    @Arg('id', () => ID, { description: 'The id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Assessment | null> {
    const assessment = await ctx.loaders.assessmentById.load(id);
    const visible =
      assessment &&
      canSeeAssessment(await readScope(ctx), {
        id: assessment.id,
        employeeId: assessment.employee.id,
        assessorId: assessment.assessor.id,
      });
    return visible ? assessment : null;
  }

  @Query(() => assessmentList.Connection, {
    description: 'Assessments matching the filter, newest first unless ordered otherwise, a page at a time.',
  })
  assessments(
    @Args(() => assessmentList.Args) args: ListArgsOf<typeof assessmentList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof assessmentList>> {
    return assessmentList.list(ctx, args);
  }

  @FieldResolver(() => Employee, { description: 'The employee assessed.' })
  async employee(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.employeeById.load(a.employee.id))!;
  }

  @FieldResolver(() => Employee, { description: 'The assessor (pejabat penilai).' })
  async assessor(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.employeeById.load(a.assessor.id))!;
  }

  @FieldResolver(() => SubPeriod, { description: 'The sub-period assessed.' })
  async subPeriod(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.subPeriodById.load(a.subPeriod.id))!;
  }

  @FieldResolver(() => Period, { description: 'The period.' })
  async period(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.periodById.load(a.period.id))!;
  }

  @FieldResolver(() => TemplateVersion, { description: 'The template version the form was built from.' })
  async templateVersion(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.templateVersionById.load(a.templateVersion.id))!;
  }

  @FieldResolver(() => WorkPlan, { description: 'The approved work-plan revision whose targets are assessed.' })
  async workPlan(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.workPlanById.load(a.workPlan.id))!;
  }

  @FieldResolver(() => [Assessment], {
    description:
      'For an annual assessment: the employee’s submitted periodic assessments of the same period (in sub-period order), the context the annual evaluation draws on; empty for a periodic one. Only those you may read.',
  })
  async periodicResults(@Root() a: Assessment, @Ctx() ctx: Context): Promise<Assessment[]> {
    const subPeriod = await ctx.loaders.subPeriodById.load(a.subPeriod.id);
    if (subPeriod?.kind !== SubPeriodKind.ANNUAL) return [];
    const [periodic, scope] = await Promise.all([
      ctx.loaders.periodicAssessmentsByEmployeePeriod.load(`${a.employee.id}|${a.period.id}`),
      readScope(ctx),
    ]);
    return periodic.filter((p) =>
      canSeeAssessment(scope, { id: p.id, employeeId: p.employee.id, assessorId: p.assessor.id }),
    );
  }

  @EmbeddedList()
  @FieldResolver(() => [TemplateSection], {
    description:
      'The form: the template version with the plan’s targets in Hasil Kerja. Kept with the assessment, never changes.',
  })
  async sections(@Root() a: Assessment, @Ctx() ctx: Context): Promise<rules.Section[]> {
    return (await ctx.loaders.assessmentFormById.load(a.form.id)).sections;
  }

  @EmbeddedList()
  @FieldResolver(() => [AnswerEntry], { description: 'The supervisor’s answers (draft or submitted).' })
  async answers(@Root() a: Assessment, @Ctx() ctx: Context): Promise<AnswerEntry[]> {
    return entriesOf(await answersOf(a, ctx, 'answers'));
  }

  @FieldResolver(() => ScoreResult, {
    description: 'Scores of the supervisor’s answers, computed by the shared rules engine.',
  })
  async score(@Root() a: Assessment, @Ctx() ctx: Context) {
    const [form, answers] = await Promise.all([
      ctx.loaders.assessmentFormById.load(a.form.id),
      answersOf(a, ctx, 'answers'),
    ]);
    return liveScore(ctx, form, answers);
  }

  @EmbeddedList()
  @FieldResolver(() => [AnswerEntry], {
    nullable: true,
    description: 'The employee’s self-assessment answers, if any.',
  })
  async selfAnswers(@Root() a: Assessment, @Ctx() ctx: Context): Promise<AnswerEntry[] | null> {
    const selfAnswers = await answersOf(a, ctx, 'selfAnswers');
    return selfAnswers ? entriesOf(selfAnswers) : null;
  }

  @FieldResolver(() => ScoreResult, { nullable: true, description: 'Scores of the self-assessment, if any.' })
  async selfScore(@Root() a: Assessment, @Ctx() ctx: Context) {
    const selfAnswers = await answersOf(a, ctx, 'selfAnswers');
    return selfAnswers ? liveScore(ctx, await ctx.loaders.assessmentFormById.load(a.form.id), selfAnswers) : null;
  }

  @FieldResolver(() => [TargetRealisation], {
    description: 'Realisation recorded during the sub-period for the plan’s targets.',
  })
  async realisations(@Root() a: Assessment, @Ctx() ctx: Context): Promise<TargetRealisation[]> {
    const form = await ctx.loaders.assessmentFormById.load(a.form.id);
    const targetKeys = new Set(
      form.sections.flatMap((section) => section.indicators.map((indicator) => indicator.key)),
    );
    const all = await ctx.loaders.realisationsBySubPeriod.load(a.subPeriod.id);
    return all.filter((realisation) => targetKeys.has(rules.planTargetKey({ id: realisation.target.id })));
  }

  @Mutation(() => AssessmentPayload, {
    description: 'Starts the assessment of a subordinate for a sub-period (or returns the one started).',
  })
  async startAssessment(
    @Arg('input', () => StartAssessmentInput, { description: 'What to change; see the input type for each field.' })
    input: StartAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    return { assessment: await startAssessment(ctx, input) };
  }

  @Mutation(() => AssessmentPayload, { description: 'Saves a partial draft of the form (autosave).' })
  async saveAssessmentDraft(
    @Arg('input', () => SaveAssessmentDraftInput, { description: 'What to change; see the input type for each field.' })
    input: SaveAssessmentDraftInput,
    @Ctx() ctx: Context,
  ) {
    return { assessment: await saveAssessmentDraft(ctx, { ...input, answers: answerSet(ctx, input.answers) }) };
  }

  @Mutation(() => AssessmentPayload, {
    description: 'Validates, scores and submits; stores the ratings and predikat and locks the assessment.',
  })
  async submitAssessment(
    @Arg('input', () => SubmitAssessmentInput, { description: 'What to change; see the input type for each field.' })
    input: SubmitAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    const answers = input.answers ? answerSet(ctx, input.answers) : null;
    return { assessment: await submitAssessment(ctx, { ...input, answers }) };
  }

  @Mutation(() => AssessmentPayload, { description: 'Reopens a submitted assessment; an explicit, recorded act.' })
  async reopenAssessment(
    @Arg('input', () => ReopenAssessmentInput, { description: 'What to change; see the input type for each field.' })
    input: ReopenAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    return { assessment: await reopenAssessment(ctx, input) };
  }

  @Mutation(() => AssessmentPayload, {
    description: 'Saves or submits the employee’s self-assessment, kept apart from the supervisor’s.',
  })
  async saveSelfAssessment(
    @Arg('input', () => SaveSelfAssessmentInput, { description: 'What to change; see the input type for each field.' })
    input: SaveSelfAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    return { assessment: await saveSelfAssessment(ctx, { ...input, answers: answerSet(ctx, input.answers) }) };
  }

  @Mutation(() => RealisationPayload, {
    description: 'Records or corrects the realisation of a plan target, with evidence.',
  })
  async recordRealisation(
    @Arg('input', () => RecordRealisationInput, { description: 'What to change; see the input type for each field.' })
    input: RecordRealisationInput,
    @Ctx() ctx: Context,
  ) {
    return { realisation: await recordRealisation(ctx, input) };
  }
}
