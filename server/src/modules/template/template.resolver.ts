import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { CreateTemplateInput, CreateTemplatePayload } from './template.input.js';
import { createTemplate } from './template.service.js';
import { Template } from './template.entity.js';
import { TemplateVersion, TemplateVersionStatus } from './template-version.entity.js';

@Resolver(() => Template)
export class TemplateResolver {
  @Query(() => Template, { nullable: true, description: 'One template by id, or null.' })
  template(@Arg('id', () => ID, { description: 'The id.' }) id: string, @Ctx() ctx: Context): Promise<Template | null> {
    return ctx.loaders.templateById.load(id);
  }

  @FieldResolver(() => TemplateVersion, {
    nullable: true,
    description: 'The newest published version (the one new periods use), or null.',
  })
  async latestPublished(@Root() template: Template, @Ctx() ctx: Context): Promise<TemplateVersion | null> {
    const versions = await ctx.loaders.versionsByTemplate.load(template.id);
    return versions.find((version) => version.status === TemplateVersionStatus.PUBLISHED) ?? null;
  }

  @FieldResolver(() => TemplateVersion, { nullable: true, description: 'The editable draft, if there is one.' })
  async draft(@Root() template: Template, @Ctx() ctx: Context): Promise<TemplateVersion | null> {
    const versions = await ctx.loaders.versionsByTemplate.load(template.id);
    return versions.find((version) => version.status === TemplateVersionStatus.DRAFT) ?? null;
  }

  @FieldResolver(() => JobFamily, { description: 'The job family this template belongs to.' })
  async family(@Root() template: Template, @Ctx() ctx: Context): Promise<JobFamily> {
    return (await ctx.loaders.jobFamilyById.load(template.family.id))!;
  }

  @FieldResolver(() => [TemplateVersion], { description: 'All versions, newest first, including the draft if any.' })
  async versions(@Root() template: Template, @Ctx() ctx: Context): Promise<TemplateVersion[]> {
    return ctx.loaders.versionsByTemplate.load(template.id);
  }

  @Mutation(() => CreateTemplatePayload, {
    description: 'Creates a template for a job family with an editable draft version 1.',
  })
  async createTemplate(
    @Arg('input', () => CreateTemplateInput, { description: 'What to change; see the input type for each field.' })
    input: CreateTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<CreateTemplatePayload> {
    return { template: await createTemplate(ctx, input) };
  }
}
