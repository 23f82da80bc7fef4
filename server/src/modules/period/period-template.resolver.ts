import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { TemplateVersion } from '../template/template-version.entity.js';
import { PeriodTemplate } from './period-template.entity.js';

@Resolver(() => PeriodTemplate)
export class PeriodTemplateResolver {
  @FieldResolver(() => JobFamily, { description: 'The job family.' })
  async family(@Root() pin: PeriodTemplate, @Ctx() ctx: Context): Promise<JobFamily> {
    return (await ctx.loaders.jobFamilyById.load(pin.family.id))!;
  }

  @FieldResolver(() => TemplateVersion, {
    description: 'The published template version in force for the family during the period.',
  })
  async templateVersion(@Root() pin: PeriodTemplate, @Ctx() ctx: Context): Promise<TemplateVersion> {
    return (await ctx.loaders.templateVersionById.load(pin.templateVersion.id))!;
  }
}
