import { objectionWindow } from '@kinerja/shared';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../kernel/list/page-size.js';
import type { Context } from '../../kernel/context.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { AssessmentPayload } from '../assessment/assessment.input.js';
import { Employee } from '../organisation/employee.entity.js';
import { decideObjection } from './objection-decide.service.js';
import { fileObjection } from './objection-file.service.js';
import { reassignObjection } from './objection-reassign.service.js';
import { receiveAssessmentResult } from './result-receipt.service.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { objectionList } from './objection.list.js';
import { Objection } from './objection.entity.js';
import {
  DecideObjectionInput,
  FileObjectionInput,
  ObjectionPayload,
  ReassignObjectionInput,
  ReceiveAssessmentResultInput,
} from './objection.input.js';
import { canSeeObjection, readScope } from '../../policy/read-scope.js';

@Resolver(() => Objection)
export class ObjectionResolver {
  @Query(() => Objection, { nullable: true, description: 'One objection by id, or null.' })
  async objection(
    @Arg('id', () => ID, { description: 'The objection id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Objection | null> {
    const objection = await ctx.loaders.objectionById.load(id);
    const visible =
      objection &&
      canSeeObjection(await readScope(ctx), {
        employeeId: objection.employee.id,
        deciderId: objection.decidedBy?.id ?? null,
      });
    return visible ? objection : null;
  }

  @Query(() => objectionList.Connection, {
    description: `Objections matching the filter, most recently filed first unless ordered otherwise, a page at a time (at most ${MAX_PAGE_SIZE} per page).`,
  })
  objections(
    @Args(() => objectionList.Args) args: ListArgsOf<typeof objectionList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof objectionList>> {
    return objectionList.list(ctx, args);
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
    description:
      'Who decides (PP 30/2019): the assessor’s own supervisor at filing time, or the official HR handed it to; null when there is none yet (HR hands it to someone).',
  })
  async decider(@Root() objection: Objection, @Ctx() ctx: Context): Promise<Employee | null> {
    return objection.decidedBy ? ctx.loaders.employeeById.load(objection.decidedBy.id) : null;
  }

  @Mutation(() => ObjectionPayload, {
    description:
      'Files an objection (keberatan) to your submitted assessment, within 14 calendar days from receiving the result, in your unit’s time zone (PP 30/2019).',
  })
  async fileObjection(
    @Arg('input', () => FileObjectionInput, { description: 'What to change; see the input type for each field.' })
    input: FileObjectionInput,
    @Ctx() ctx: Context,
  ): Promise<ObjectionPayload> {
    return { objection: await fileObjection(ctx, input) };
  }

  @Mutation(() => ObjectionPayload, {
    description:
      'Decides an objection, finally (PP 30/2019), by its decider only: UPHELD keeps the ratings, CHANGED sets new ratings (and so the predikat) on the assessment, which can then no longer be reopened.',
  })
  async decideObjection(
    @Arg('input', () => DecideObjectionInput, { description: 'What to change; see the input type for each field.' })
    input: DecideObjectionInput,
    @Ctx() ctx: Context,
  ): Promise<ObjectionPayload> {
    return { objection: await decideObjection(ctx, input) };
  }

  @Mutation(() => ObjectionPayload, {
    description:
      'HR hands a pending objection to another official (e.g. a Plt) when its decider is absent or there is none, with a reason; audited.',
  })
  async reassignObjection(
    @Arg('input', () => ReassignObjectionInput, { description: 'Whom to and why; see the input type for each field.' })
    input: ReassignObjectionInput,
    @Ctx() ctx: Context,
  ): Promise<ObjectionPayload> {
    return { objection: await reassignObjection(ctx, input) };
  }

  @Mutation(() => AssessmentPayload, {
    description:
      'Records that you received the result of your submitted assessment (the SPA calls it when you open it): the first call starts the 14-day objection window (PP 30/2019); later calls change nothing.',
  })
  async receiveAssessmentResult(
    @Arg('input', () => ReceiveAssessmentResultInput, { description: 'Which assessment.' })
    input: ReceiveAssessmentResultInput,
    @Ctx() ctx: Context,
  ): Promise<AssessmentPayload> {
    return { assessment: await receiveAssessmentResult(ctx, input) };
  }
}

/** The objection window of an assessment, from when the employee received the result (PP 30/2019). */
@Resolver(() => Assessment)
export class AssessmentObjectionWindowResolver {
  @FieldResolver(() => LocalDateResolver, {
    nullable: true,
    description:
      'The last day (in the employee’s unit’s time zone) on which the employee may object: 14 calendar days after the day they received the result (PP 30/2019); the whole day counts. Null until the result is received.',
  })
  async objectionDeadline(@Root() assessment: Assessment, @Ctx() ctx: Context): Promise<string | null> {
    if (!assessment.resultReceivedAt) return null;
    const employee = await ctx.loaders.employeeById.load(assessment.employee.id);
    const unit = employee ? await ctx.loaders.unitById.load(employee.unit.id) : null;
    return unit ? objectionWindow(assessment.resultReceivedAt, unit.timeZone).lastDay : null;
  }
}
