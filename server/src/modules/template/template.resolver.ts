import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { CreateTemplateInput, CreateTemplatePayload } from './template.input.js';
import { createTemplate } from './template.service.js';
import { Template } from './template.entity.js';
import { TemplateVersion } from './template-version.entity.js';

@Resolver(() => Template)
export class TemplateResolver {
  @FieldResolver(() => JobFamily, { description: 'The job family this template belongs to.' })
  async family(@Root() template: Template, @Ctx() ctx: Context): Promise<JobFamily> {
    return (await ctx.loaders.jobFamilyById.load(template.family.id))!;
  }

  @FieldResolver(() => [TemplateVersion], { description: 'All versions, newest first, including the draft if any.' })
  async versions(@Root() template: Template, @Ctx() ctx: Context): Promise<TemplateVersion[]> {
    return ctx.loaders.versionsByTemplate.load(template.id);
  }

  @Mutation(() => CreateTemplatePayload, { description: 'Creates a template for a job family with an editable draft version 1.' })
  async createTemplate(
    @Arg('input', () => CreateTemplateInput) input: CreateTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<CreateTemplatePayload> {
    return { template: await createTemplate(ctx.em, ctx.locale, input) };
  }
}
