import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TargetAggregation, TargetAspect, TargetDirection } from '../template/definition.enums.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkResultKind } from './work-plan.enums.js';

@InputType({
  description:
    'Starts the first work plan (revision 1) of an employee for a period, prefilled from the template in force.',
})
export class CreateWorkPlanInput {
  @Field(() => ID, { description: 'The period (not closed).' })
  periodId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The employee; yourself when absent. Only HR may start a plan for someone else.',
  })
  employeeId?: string | null;
}

/** Names the plan to change and the version edited; the other inputs inherit its fields. */
@InputType({ description: 'Names the work plan to change and the version you edited.' })
export abstract class WorkPlanEditInput {
  @Field(() => ID, { description: 'The work plan revision.' })
  planId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The `lockVersion` you edited; when someone changed the plan in between, the change is refused with CONFLICT and nothing is stored.',
  })
  expectedLockVersion?: number | null;
}

@InputType({ description: 'The target of one sub-period (rencana aksi).' })
export class PeriodicTargetInput {
  @Field(() => Int, {
    description: 'The sub-period’s number within the period: 1–4 for quarters, 1–2 for semesters, 1–12 for months.',
  })
  number!: number;

  @Field(() => Float, { description: 'Its target: 0 or more.' })
  target!: number;
}

@InputType({ description: 'An indicator with its target for a work result.' })
export class WorkTargetInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The existing target of this plan it replaces (keeps its identity and lineage); absent for a new one.',
  })
  id?: string | null;

  @Field(() => String, { description: 'The indicator, e.g. "Persentase surat selesai tepat waktu".' })
  label!: string;

  @Field(() => TargetAspect, { description: 'Quantity, quality, time or cost.' })
  aspect!: TargetAspect;

  @Field(() => Float, { description: 'The target value: more than 0, or 0 when lower is better.' })
  target!: number;

  @Field(() => String, { description: 'Unit of the target, e.g. "dokumen", "%", "hari".' })
  unit!: string;

  @Field(() => TargetDirection, { description: 'Whether more or less is better.' })
  direction!: TargetDirection;

  @Field(() => String, {
    nullable: true,
    description: 'Lineage key of the template indicator it was taken from, if any.',
  })
  templateLineageKey?: string | null;

  @Field(() => TargetAggregation, {
    nullable: true,
    description:
      'How periodic realisations add up to the annual one; when absent, the target’s current one, or by aspect for a new target (quantity and cost SUM, quality and time AVERAGE).',
  })
  aggregation?: TargetAggregation | null;

  @Field(() => [PeriodicTargetInput], {
    nullable: true,
    description:
      'The target of every sub-period of the period (rencana aksi); together they must make the annual target. When absent, the annual target is split evenly (sum) or repeated (last, average).',
  })
  periodicTargets?: PeriodicTargetInput[] | null;
}

@InputType({ description: 'A work result (RHK) with its indicators and targets.' })
export class WorkResultInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The existing result of this plan it replaces (keeps its identity and lineage); absent for a new one.',
  })
  id?: string | null;

  @Field(() => WorkResultKind, { description: 'Main (utama) or additional (tambahan).' })
  kind!: WorkResultKind;

  @Field(() => String, { description: 'What will be delivered, 1–500 characters.' })
  title!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Cascading: a result of the approved plan of your current supervisor for the same period that this result supports.',
  })
  parentResultId?: string | null;

  @Field(() => [WorkTargetInput], { description: 'Indicators with targets, in order; a draft may have none yet.' })
  targets!: WorkTargetInput[];
}

@InputType({ description: 'Replaces the whole content of a draft or returned work plan.' })
export class SaveWorkPlanInput extends WorkPlanEditInput {
  @Field(() => [WorkResultInput], { description: 'The work results, in order.' })
  results!: WorkResultInput[];
}

@InputType({ description: 'Submits a draft or returned work plan to the supervisor.' })
export class SubmitWorkPlanInput extends WorkPlanEditInput {}

@InputType({ description: 'Approves a submitted work plan.' })
export class ApproveWorkPlanInput extends WorkPlanEditInput {
  @Field(() => String, { nullable: true, description: 'An optional comment to the employee.' })
  comment?: string | null;
}

@InputType({ description: 'Returns a submitted work plan to the employee for changes.' })
export class ReturnWorkPlanInput extends WorkPlanEditInput {
  @Field(() => String, { description: 'What to change; required, not blank.' })
  comment!: string;
}

@InputType({ description: 'Starts a new revision of an approved work plan.' })
export class ReviseWorkPlanInput extends WorkPlanEditInput {}

@InputType({ description: 'The supervisor’s specific expectation for one BerAKHLAK value.' })
export class BehaviourExpectationInput {
  @Field(() => String, { description: 'BerAKHLAK value code, e.g. `berorientasi_pelayanan`, `akuntabel`.' })
  valueCode!: string;

  @Field(() => String, { description: 'What the supervisor specifically expects, 1–1000 characters.' })
  expectation!: string;
}

@InputType({
  description: 'Replaces the supervisor’s specific expectations (ekspektasi khusus pimpinan) of a work plan.',
})
export class SetBehaviourExpectationsInput extends WorkPlanEditInput {
  @Field(() => [BehaviourExpectationInput], {
    description: 'At most one per BerAKHLAK value; values left out have no specific expectation.',
  })
  expectations!: BehaviourExpectationInput[];
}

@ObjectType({ description: 'The work plan after a change.' })
export class WorkPlanPayload {
  @Field(() => WorkPlan, {
    description: 'The work plan revision as stored now (for reviseWorkPlan: the new revision).',
  })
  plan!: WorkPlan;
}
