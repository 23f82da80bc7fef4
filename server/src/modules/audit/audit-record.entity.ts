import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** One change to the record of the system: who did what to which entity, before and after. Append-only. */
@ObjectType({ description: 'An append-only audit record: who changed what, when, with the state before and after.' })
@Entity({ tableName: 'audit_record' })
export class AuditRecord {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** Database-assigned order of writing: records of one transaction keep the order they were made in. */
  @Property({ type: 'bigint', persist: false })
  seq?: string;

  @Field(() => Date, { description: 'When the change was made.' })
  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();

  @Field(() => ID, { nullable: true, description: 'The user who made the change; null for the system (seed, jobs).' })
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Name of the user at the time of the change.' })
  @Property({ type: 'text', nullable: true })
  actorName: string | null = null;

  @Field(() => String, { description: 'What was done, e.g. `publish`, `submit`, `approve`.' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { description: 'The kind of record changed, e.g. `TemplateVersion`.' })
  @Property({ type: 'text' })
  entityType!: string;

  @Field(() => ID, { description: 'The id of the record changed.' })
  @Property({ type: 'uuid' })
  entityId!: string;

  /** Exposed through AuditResolver, which masks personal identifiers (policy/personal-data.ts). */
  @Property({ type: 'json', nullable: true })
  before: unknown = null;

  /** Exposed through AuditResolver, like `before`. */
  @Property({ type: 'json', nullable: true })
  after: unknown = null;

  /** Exposed through AuditResolver, like `before`. */
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
