import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../kernel/list/page-size.js';
import type { Context } from '../../kernel/context.js';
import { isId } from '../../kernel/ids.js';
import { Employee } from '../organisation/employee.entity.js';
import { Period } from '../period/period.entity.js';
import { BehaviourExpectation } from './behaviour-expectation.entity.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { workPlanList } from './work-plan.list.js';
import { approveWorkPlan, returnWorkPlan, reviseWorkPlan, submitWorkPlan } from './work-plan-transitions.service.js';
import { WorkPlan } from './work-plan.entity.js';
import {
  ApproveWorkPlanInput,
  CreateWorkPlanInput,
  ReturnWorkPlanInput,
  ReviseWorkPlanInput,
  SaveWorkPlanInput,
  SetBehaviourExpectationsInput,
  SubmitWorkPlanInput,
  WorkPlanPayload,
} from './work-plan.input.js';
import { revisionsKey } from './work-plan.loader.js';
import { createWorkPlan, saveWorkPlan, setBehaviourExpectations } from './work-plan.service.js';
import { WorkResult } from './work-result.entity.js';
import { canSeePlan, readScope } from '../../policy/read-scope.js';

const payload = async (plan: Promise<WorkPlan>): Promise<WorkPlanPayload> => ({ plan: await plan });

@Resolver(() => WorkPlan)
export class WorkPlanResolver {
  @Query(() => WorkPlan, { nullable: true, description: 'One work plan revision by id, or null when there is none.' })
  async workPlan(
    @Arg('id', () => ID, { description: 'The work plan id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<WorkPlan | null> {
    const plan = isId(id) ? await ctx.loaders.workPlanById.load(id) : null;
    return plan && canSeePlan(await readScope(ctx), { employeeId: plan.employee.id, status: plan.status })
      ? plan
      : null;
  }

  @Query(() => workPlanList.Connection, {
    description: `Work plan revisions matching the filter, most recently started first unless ordered otherwise, a page at a time (at most ${MAX_PAGE_SIZE} per page).`,
  })
  async workPlans(
    @Args(() => workPlanList.Args) args: ListArgsOf<typeof workPlanList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof workPlanList>> {
    return workPlanList.list(ctx, args);
  }

  @FieldResolver(() => Employee, { description: 'The employee whose plan it is.' })
  async employee(@Root() plan: WorkPlan, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.loaders.employeeById.load(plan.employee.id))!;
  }

  @FieldResolver(() => Period, { description: 'The period the plan is for.' })
  async period(@Root() plan: WorkPlan, @Ctx() ctx: Context): Promise<Period> {
    return (await ctx.loaders.periodById.load(plan.period.id))!;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The supervisor who decides, fixed at submission; null before the first submission.',
  })
  async approver(@Root() plan: WorkPlan, @Ctx() ctx: Context): Promise<Employee | null> {
    return plan.approver ? ctx.loaders.employeeById.load(plan.approver.id) : null;
  }

  @FieldResolver(() => WorkPlan, {
    nullable: true,
    description: 'The approved revision this one revises; null for revision 1.',
  })
  async previous(@Root() plan: WorkPlan, @Ctx() ctx: Context): Promise<WorkPlan | null> {
    return plan.previous ? ctx.loaders.workPlanById.load(plan.previous.id) : null;
  }

  @FieldResolver(() => [WorkResult], { description: 'The work results (RHK), in order.' })
  async results(@Root() plan: WorkPlan, @Ctx() ctx: Context): Promise<WorkResult[]> {
    return ctx.loaders.workResultsByPlan.load(plan.id);
  }

  @FieldResolver(() => [BehaviourExpectation], {
    description:
      'The supervisor’s specific expectations (ekspektasi khusus pimpinan), in BerAKHLAK order; values without one are left out.',
  })
  async behaviourExpectations(@Root() plan: WorkPlan, @Ctx() ctx: Context): Promise<BehaviourExpectation[]> {
    return ctx.loaders.behaviourExpectationsByPlan.load(plan.id);
  }

  @FieldResolver(() => [WorkPlan], {
    description: 'Every revision of this employee’s plan for the period, oldest first (this one included).',
  })
  async revisions(@Root() plan: WorkPlan, @Ctx() ctx: Context): Promise<WorkPlan[]> {
    return ctx.loaders.workPlanRevisions.load(revisionsKey(plan.employee.id, plan.period.id));
  }

  @Mutation(() => WorkPlanPayload, {
    description:
      'Starts revision 1 of a work plan, prefilled from the template in force for the employee’s job family. Yourself, or anyone for HR. Refused in a closed period or when a plan exists (CONFLICT). Audited.',
  })
  createWorkPlan(
    @Arg('input', () => CreateWorkPlanInput, { description: 'What to change; see the input type for each field.' })
    input: CreateWorkPlanInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPlanPayload> {
    return payload(createWorkPlan(ctx, input));
  }

  @Mutation(() => WorkPlanPayload, {
    description:
      'Replaces the whole content of a DRAFT or RETURNED plan, by its employee. Refused with BAD_USER_INPUT listing every problem. Audited.',
  })
  saveWorkPlan(
    @Arg('input', () => SaveWorkPlanInput, { description: 'What to change; see the input type for each field.' })
    input: SaveWorkPlanInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPlanPayload> {
    return payload(saveWorkPlan(ctx, input));
  }

  @Mutation(() => WorkPlanPayload, {
    description:
      'DRAFT or RETURNED → SUBMITTED, by the employee; the current direct supervisor becomes the approver. Audited.',
  })
  submitWorkPlan(
    @Arg('input', () => SubmitWorkPlanInput, { description: 'What to change; see the input type for each field.' })
    input: SubmitWorkPlanInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPlanPayload> {
    return payload(submitWorkPlan(ctx, input));
  }

  @Mutation(() => WorkPlanPayload, {
    description:
      'SUBMITTED → APPROVED, by the approver or HR; a previously approved revision becomes SUPERSEDED. Audited.',
  })
  approveWorkPlan(
    @Arg('input', () => ApproveWorkPlanInput, { description: 'What to change; see the input type for each field.' })
    input: ApproveWorkPlanInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPlanPayload> {
    return payload(approveWorkPlan(ctx, input));
  }

  @Mutation(() => WorkPlanPayload, {
    description: 'SUBMITTED → RETURNED with a comment, by the approver or HR. Audited.',
  })
  returnWorkPlan(
    @Arg('input', () => ReturnWorkPlanInput, { description: 'What to change; see the input type for each field.' })
    input: ReturnWorkPlanInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPlanPayload> {
    return payload(returnWorkPlan(ctx, input));
  }

  @Mutation(() => WorkPlanPayload, {
    description:
      'Starts revision n+1 (DRAFT) of an APPROVED plan, by its employee; the approved one stays in force until the new one is approved. Audited.',
  })
  reviseWorkPlan(
    @Arg('input', () => ReviseWorkPlanInput, { description: 'What to change; see the input type for each field.' })
    input: ReviseWorkPlanInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPlanPayload> {
    return payload(reviseWorkPlan(ctx, input));
  }

  @Mutation(() => WorkPlanPayload, {
    description:
      'Replaces the supervisor’s specific BerAKHLAK expectations of a plan not yet approved, by the supervisor or HR. Audited.',
  })
  setBehaviourExpectations(
    @Arg('input', () => SetBehaviourExpectationsInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: SetBehaviourExpectationsInput,
    @Ctx() ctx: Context,
  ): Promise<WorkPlanPayload> {
    return payload(setBehaviourExpectations(ctx, input));
  }
}
