import * as rules from '@kinerja/shared';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { RatingThresholds, RuleProblem, TemplateSection } from './definition.types.js';
import { TemplateDiff } from './diff.types.js';
import { answerSet } from './answer-set.js';
import { AnswerInput, ScoreResult } from './score.types.js';
import { localizeProblems, versionNotFound } from './template-errors.js';
import { Template } from './template.entity.js';
import { TemplateVersion, TemplateVersionStatus } from './template-version.entity.js';
import { EmbeddedList } from '../../kernel/limits/embedded-list.js';

async function loadVersion(ctx: Context, id: string): Promise<TemplateVersion> {
  const version = await ctx.loaders.templateVersionById.load(id);
  if (!version) throw versionNotFound(ctx.locale);
  return version;
}

@Resolver(() => TemplateVersion)
export class TemplateVersionResolver {
  @Query(() => TemplateVersion, { nullable: true, description: 'One template version by id, or null.' })
  templateVersion(
    @Arg('id', () => ID, { description: 'The id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<TemplateVersion | null> {
    return ctx.loaders.templateVersionById.load(id);
  }

  @Query(() => TemplateDiff, {
    description:
      'What changed from one version to another (usually older → newer); indicators are matched by lineage key.',
  })
  async templateVersionDiff(
    @Arg('fromId', () => ID, { description: 'The older version.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'The newer version.' }) toId: string,
    @Ctx() ctx: Context,
  ): Promise<rules.TemplateDiff> {
    const [from, to] = await Promise.all([loadVersion(ctx, fromId), loadVersion(ctx, toId)]);
    return rules.diffDefinitions(from.definition, to.definition);
  }

  @Query(() => ScoreResult, {
    description:
      'Scores answers against a version without storing anything, with the same rules engine the form and the ' +
      'assessment submission use. Problems with the answers are listed, not thrown.',
  })
  async scoreAnswers(
    @Arg('versionId', () => ID, { description: 'The template version.' }) versionId: string,
    @Arg('answers', () => [AnswerInput], { description: 'The answers, one per indicator.' }) answers: AnswerInput[],
    @Ctx() ctx: Context,
  ) {
    const version = await loadVersion(ctx, versionId);
    const set = answerSet(ctx, answers);
    return {
      ...rules.scoreAnswers(version.definition, set),
      problems: localizeProblems(rules.validateAnswers(version.definition, set), ctx.locale),
    };
  }

  @FieldResolver(() => Template, { description: 'The template this version belongs to.' })
  async template(@Root() version: TemplateVersion, @Ctx() ctx: Context): Promise<Template> {
    return (await ctx.loaders.templateById.load(version.template.id))!;
  }

  @EmbeddedList()
  @FieldResolver(() => [TemplateSection], { description: 'The sections with their indicators, in form order.' })
  sections(@Root() version: TemplateVersion): rules.Section[] {
    return version.definition.sections;
  }

  @FieldResolver(() => RatingThresholds, { description: 'Thresholds of the suggested ratings.' })
  ratingThresholds(@Root() version: TemplateVersion): rules.RatingThresholds {
    return version.definition.ratingThresholds;
  }

  @EmbeddedList()
  @FieldResolver(() => [RuleProblem], {
    description: 'What stops this draft from being published (empty when it is ready, and for published versions).',
  })
  problems(@Root() version: TemplateVersion, @Ctx() ctx: Context) {
    if (version.status !== TemplateVersionStatus.DRAFT) return [];
    return localizeProblems(rules.validateDefinition(version.definition), ctx.locale);
  }
}
