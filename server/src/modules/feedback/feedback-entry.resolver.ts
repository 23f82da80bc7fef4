import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../kernel/list/page-size.js';
import type { Context } from '../../kernel/context.js';
import { Employee } from '../organisation/employee.entity.js';
import { Period } from '../period/period.entity.js';
import { WorkResult } from '../work-plan/work-result.entity.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { feedbackEntryList } from './feedback-entry.list.js';
import { FeedbackEntry } from './feedback-entry.entity.js';
import { addFeedback } from './feedback-entry.service.js';
import { AddFeedbackInput, FeedbackEntryPayload } from './feedback.input.js';

@Resolver(() => FeedbackEntry)
export class FeedbackEntryResolver {
  @Query(() => feedbackEntryList.Connection, {
    description: `Continuous feedback entries matching the filter, newest first unless ordered otherwise, a page at a time (at most ${MAX_PAGE_SIZE} per page).`,
  })
  feedbackEntries(
    @Args(() => feedbackEntryList.Args) args: ListArgsOf<typeof feedbackEntryList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof feedbackEntryList>> {
    return feedbackEntryList.list(ctx, args);
  }

  @FieldResolver(() => Employee, { description: 'The employee the feedback is about.' })
  async employee(@Root() entry: FeedbackEntry, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.loaders.employeeById.load(entry.employee.id))!;
  }

  @FieldResolver(() => Employee, { description: 'Who wrote it: the employee or their supervisor.' })
  async author(@Root() entry: FeedbackEntry, @Ctx() ctx: Context): Promise<Employee> {
    return (await ctx.loaders.employeeById.load(entry.author.id))!;
  }

  @FieldResolver(() => Period, { description: 'The period.' })
  async period(@Root() entry: FeedbackEntry, @Ctx() ctx: Context): Promise<Period> {
    return (await ctx.loaders.periodById.load(entry.period.id))!;
  }

  @FieldResolver(() => WorkResult, { nullable: true, description: 'The work result it is about, if any.' })
  async workResult(@Root() entry: FeedbackEntry, @Ctx() ctx: Context): Promise<WorkResult | null> {
    return entry.workResult ? ctx.loaders.workResultById.load(entry.workResult.id) : null;
  }

  @Mutation(() => FeedbackEntryPayload, {
    description:
      'Adds continuous feedback (the employee or their direct supervisor) about the employee’s plan, a work result or a BerAKHLAK value, while the period is not closed.',
  })
  async addFeedback(
    @Arg('input', () => AddFeedbackInput, { description: 'What to change; see the input type for each field.' })
    input: AddFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<FeedbackEntryPayload> {
    return { entry: await addFeedback(ctx, input) };
  }
}
