import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { JobFamily } from './job-family.entity.js';
import { CreateJobFamilyInput, JobFamilyPayload, UpdateJobFamilyInput } from './job-family.input.js';
import { createJobFamily, updateJobFamily } from './job-family.service.js';

@Resolver(() => JobFamily)
export class JobFamilyResolver {
  @Query(() => [JobFamily], { description: 'All job families, by name. A short configuration list, so not paginated.' })
  async jobFamilies(@Ctx() ctx: Context): Promise<JobFamily[]> {
    return ctx.em.find(JobFamily, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => JobFamily, { nullable: true, description: 'One job family by id, or null when there is none.' })
  async jobFamily(
    @Arg('id', () => ID, { description: 'The id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<JobFamily | null> {
    return ctx.loaders.jobFamilyById.load(id);
  }

  @Mutation(() => JobFamilyPayload, { description: 'Adds a job family (e.g. Bidan); give it a template next.' })
  async createJobFamily(
    @Arg('input', () => CreateJobFamilyInput, { description: 'What to change; see the input type for each field.' })
    input: CreateJobFamilyInput,
    @Ctx() ctx: Context,
  ) {
    return { family: await createJobFamily(ctx, input) };
  }

  @Mutation(() => JobFamilyPayload, { description: 'Renames or describes a job family.' })
  async updateJobFamily(
    @Arg('input', () => UpdateJobFamilyInput, { description: 'What to change; see the input type for each field.' })
    input: UpdateJobFamilyInput,
    @Ctx() ctx: Context,
  ) {
    return { family: await updateJobFamily(ctx, input) };
  }
}
