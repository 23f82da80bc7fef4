import { randomUUID } from 'node:crypto';
import type { AnswerSet } from '@kinerja/shared';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Employee } from '../organisation/employee.entity.js';
import { Period } from '../period/period.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';
import { Predikat, Rating } from '../template/definition.enums.js';
import { TemplateVersion } from '../template/template-version.entity.js';
import { WorkPlan } from '../work-plan/work-plan.entity.js';
import { AssessmentForm } from './assessment-form.entity.js';

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'A draft the supervisor is filling, or a submitted (locked) assessment.',
});

/**
 * The assessment of one employee for one sub-period (or the year). It points to its frozen form (the pinned
 * template version with the approved plan's targets, `AssessmentForm`), so later changes never alter it.
 */
@ObjectType({
  description: 'The assessment of one employee for one sub-period (quarter, semester, month) or the year.',
})
@Entity({ tableName: 'assessment' })
export class Assessment {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  employee!: Ref<Employee>;

  @ManyToOne(() => SubPeriod, { ref: true, deleteRule: 'restrict' })
  subPeriod!: Ref<SubPeriod>;

  @ManyToOne(() => Period, { ref: true, deleteRule: 'restrict' })
  period!: Ref<Period>;

  @ManyToOne(() => TemplateVersion, { ref: true, deleteRule: 'restrict' })
  templateVersion!: Ref<TemplateVersion>;

  @ManyToOne(() => WorkPlan, { ref: true, deleteRule: 'restrict' })
  workPlan!: Ref<WorkPlan>;

  /** The pejabat penilai: the employee's supervisor when the assessment started. */
  @ManyToOne(() => Employee, { ref: true, deleteRule: 'restrict' })
  assessor!: Ref<Employee>;

  @Field(() => AssessmentStatus, { description: 'Draft or submitted.' })
  @Enum({ items: () => AssessmentStatus })
  status: Opt<AssessmentStatus> = AssessmentStatus.DRAFT;

  @Field(() => Int, { description: 'Increases with every save; send it back as `expectedLockVersion`.' })
  @Property({ type: 'integer' })
  lockVersion: Opt<number> = 1;

  /** The frozen form, stored once per template version and plan revision; read it through `assessmentFormById`. */
  @ManyToOne(() => AssessmentForm, { ref: true, deleteRule: 'restrict' })
  form!: Ref<AssessmentForm>;

  /** The supervisor's answers (1–2 KB); read-only rows without them get them through `answersOf`. */
  @Property({ type: 'json' })
  answers: Opt<AnswerSet> = {};

  @Field(() => Float, { nullable: true, description: 'Work-results score stored at submission.' })
  @Property({ type: 'double', nullable: true })
  workResultsScore: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Behaviour score stored at submission.' })
  @Property({ type: 'double', nullable: true })
  behaviourScore: number | null = null;

  @Field(() => Rating, { nullable: true, description: 'Work-results rating the rules suggested at submission.' })
  @Enum({ items: () => Rating, nullable: true })
  suggestedWorkResultsRating: Rating | null = null;

  @Field(() => Rating, { nullable: true, description: 'Behaviour rating the rules suggested at submission.' })
  @Enum({ items: () => Rating, nullable: true })
  suggestedBehaviourRating: Rating | null = null;

  @Field(() => Rating, { nullable: true, description: 'Rating hasil kerja given by the supervisor.' })
  @Enum({ items: () => Rating, nullable: true })
  workResultsRating: Rating | null = null;

  @Field(() => Rating, { nullable: true, description: 'Rating perilaku kerja given by the supervisor.' })
  @Enum({ items: () => Rating, nullable: true })
  behaviourRating: Rating | null = null;

  @Field(() => String, { nullable: true, description: 'Why a rating departs from the suggested one.' })
  @Property({ type: 'text', nullable: true })
  ratingReason: string | null = null;

  @Field(() => Predikat, { nullable: true, description: 'Predikat kinerja, from the two ratings.' })
  @Enum({ items: () => Predikat, nullable: true })
  predikat: Predikat | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was submitted (locked).' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the employee first received the submitted result (opened it, acknowledged the feedback or objected); the objection window counts from that day (PP 30/2019). Null until then; cleared when reopened.',
  })
  @Property({ type: 'datetime', nullable: true })
  resultReceivedAt: Date | null = null;

  @Field(() => Int, { description: 'How often it was reopened after submission.' })
  @Property({ type: 'integer' })
  reopenedCount: Opt<number> = 0;

  /**
   * The employee's self-assessment on the same form, kept apart from the supervisor's answers. Lazy: rarely
   * read, so finds leave it out; resolvers read it through `answersOf` (one batched statement) unless the
   * entity holds it, and every write loads it.
   */
  @Property({ type: 'json', nullable: true, lazy: true })
  selfAnswers: Opt<AnswerSet> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the employee submitted the self-assessment.' })
  @Property({ type: 'datetime', nullable: true })
  selfSubmittedAt: Date | null = null;

  @Field(() => Date, { description: 'When the assessment was started.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When it last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
