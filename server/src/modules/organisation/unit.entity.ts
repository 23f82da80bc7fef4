import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Employee } from './employee.entity.js';
import { UnitKind } from './organisation.enums.js';

/**
 * An organisational unit (unit kerja). Units form a tree through `parent`; a database trigger refuses a
 * parent that would make the tree a cycle.
 */
@ObjectType({
  description:
    'An organisational unit (unit kerja): kecamatan, sekretariat, seksi, kelurahan, or an external unit such as a school or puskesmas.',
})
@Entity({ tableName: 'unit' })
export class Unit {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Field(() => String, {
    description: 'Stable short code, lower-case letters, digits and underscores, e.g. `kel_bukit_sari`.',
  })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Name of the unit, e.g. "Kelurahan Bukit Sari".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => UnitKind, { description: 'What kind of unit this is.' })
  @Enum({ items: () => UnitKind })
  kind!: UnitKind;

  @ManyToOne(() => Unit, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent: Ref<Unit> | null = null;

  /** The head of the unit (camat, lurah, kepala sekolah, kepala puskesmas …), an active employee of the unit; set by an administrator. */
  // By name: employee.entity.ts imports this file, so a class reference here would make an import cycle.
  @ManyToOne('Employee', { ref: true, nullable: true, deleteRule: 'set null' })
  head: Ref<Employee> | null = null;

  @Field(() => String, {
    description:
      'IANA time zone of the unit, e.g. `Asia/Jakarta` (WIB, the default), `Asia/Makassar` (WITA); calendar days such as the objection window count in it.',
  })
  @Property({ type: 'text' })
  timeZone: Opt<string> = 'Asia/Jakarta';

  @Field(() => Date, { description: 'When the unit was created.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When the unit was last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
