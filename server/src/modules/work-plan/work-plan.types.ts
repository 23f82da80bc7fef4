import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkPlanStatus } from './work-plan.enums.js';

@InputType({ description: 'Which work plans to list; every given condition must hold.' })
export class WorkPlanFilter {
  @Field(() => ID, { nullable: true, description: 'Only plans of this period.' })
  periodId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only plans of this employee.' })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only plans submitted to this supervisor (the approver fixed at submission).' })
  approverId?: string | null;

  @Field(() => [WorkPlanStatus], { nullable: true, description: 'Only plans in one of these statuses.' })
  status?: WorkPlanStatus[] | null;
}

@ObjectType({ description: 'One work plan of a page, with its cursor.' })
export class WorkPlanEdge {
  @Field(() => WorkPlan, { description: 'The work plan revision.' })
  node!: WorkPlan;

  @Field(() => String, { description: 'Opaque cursor of this plan; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of work plans, most recently started first (Relay cursor connection).' })
export class WorkPlanConnection {
  @Field(() => [WorkPlanEdge], { description: 'The work plans of this page.' })
  edges!: WorkPlanEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to get the next one.' })
  pageInfo!: PageInfo;

  /** Counted only when a client asks for `totalCount`. */
  countAll!: () => Promise<number>;

  @Field(() => Int, { description: 'How many work plans match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.countAll();
  }
}
