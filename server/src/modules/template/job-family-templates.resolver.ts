import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { Template } from './template.entity.js';

/** `JobFamily.templates`: the template module adds it, as a job family knows nothing of templates. */
@Resolver(() => JobFamily)
export class JobFamilyTemplatesResolver {
  @FieldResolver(() => [Template], { description: 'Templates of this family, by name.' })
  async templates(@Root() family: JobFamily, @Ctx() ctx: Context): Promise<Template[]> {
    return ctx.loaders.templatesByFamily.load(family.id);
  }
}
