import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../graphql/list/page-size.js';
import type { Context } from '../../graphql/context.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { decideObjection } from './objection-decide.service.js';
import { fileObjection } from './objection-file.service.js';
import { listObjections, ObjectionConnection, ObjectionListArgs } from './objection.list.js';
import { Objection } from './objection.entity.js';
import { DecideObjectionInput, FileObjectionInput, ObjectionPayload } from './objection.input.js';
import { canSeeObjection, readScope } from '../../policy/read-scope.js';

@Resolver(() => Objection)
export class ObjectionResolver {
  @Query(() => Objection, { nullable: true, description: 'One objection by id, or null.' })
  async objection(@Arg('id', () => ID, { description: 'The objection id.' }) id: string, @Ctx() ctx: Context): Promise<Objection | null> {
    const objection = await ctx.loaders.objectionById.load(id);
    const visible = objection && canSeeObjection(await readScope(ctx), { employeeId: objection.employee.id, deciderId: objection.decidedBy?.id ?? null });
    return visible ? objection : null;
  }

  @Query(() => ObjectionConnection, {
    description: `Objections matching the filter, most recently filed first unless ordered otherwise, a page at a time (at most ${MAX_PAGE_SIZE} per page).`,
  })
  objections(@Args(() => ObjectionListArgs) args: ObjectionListArgs, @Ctx() ctx: Context): Promise<ObjectionConnection> {
    return listObjections(ctx, args);
  }

  @FieldResolver(() => Assessment, { description: 'The assessment objected to.' })
  async assessment(@Root() objection: Objection, @Ctx() ctx: Context): Promise<Assessment> {
    return (await ctx.loaders.assessmentById.load(objection.assessment.id))!;
  }

  @FieldResolver(() => Employee, { description: 'The objecting employee.' })
  async employee(@Root() objection: Objection, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.loaders.employeeById.load(objection.employee.id))!;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'Who decides: the assessor’s own supervisor at filing time; null when there was none (HR decides). HR may always decide.',
  })
  async decider(@Root() objection: Objection, @Ctx() ctx: Context): Promise<Employee | null> {
    return objection.decidedBy ? ctx.loaders.employeeById.load(objection.decidedBy.id) : null;
  }

  @Mutation(() => ObjectionPayload, { description: 'Files an objection (keberatan) to your submitted assessment, within 14 days of its submission.' })
  async fileObjection(@Arg('input', () => FileObjectionInput, { description: 'What to change; see the input type for each field.' }) input: FileObjectionInput, @Ctx() ctx: Context): Promise<ObjectionPayload> {
    return { objection: await fileObjection(ctx, input) };
  }

  @Mutation(() => ObjectionPayload, {
    description: 'Decides an objection, finally: UPHELD keeps the ratings, CHANGED sets new ratings (and so the predikat) on the assessment.',
  })
  async decideObjection(@Arg('input', () => DecideObjectionInput, { description: 'What to change; see the input type for each field.' }) input: DecideObjectionInput, @Ctx() ctx: Context): Promise<ObjectionPayload> {
    return { objection: await decideObjection(ctx, input) };
  }
}
