import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { JobFamily } from '../job-family/job-family.entity.js';
import { TemplateVersion } from '../template/template-version.entity.js';
import { Period } from './period.entity.js';

/**
 * The template version in force for one job family during one period, pinned when the period opens.
 * A database trigger checks it is a published version of that family and refuses any later change.
 */
@ObjectType('PinnedTemplateVersion', {
  description: 'The template version pinned for a job family when its period opened; assessments of the period use it.',
})
@Entity({ tableName: 'period_template' })
@Unique({ properties: ['period', 'family'] })
export class PeriodTemplate {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Period, { ref: true, deleteRule: 'restrict' })
  period!: Ref<Period>;

  @ManyToOne(() => JobFamily, { ref: true, deleteRule: 'restrict' })
  family!: Ref<JobFamily>;

  @ManyToOne(() => TemplateVersion, { ref: true, deleteRule: 'restrict' })
  templateVersion!: Ref<TemplateVersion>;

  @Field(() => Date, { description: 'When the version was pinned (the moment the period opened).' })
  @Property({ type: 'datetime' })
  pinnedAt: Opt<Date> = new Date();
}
