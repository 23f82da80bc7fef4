import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { JobFamily } from '../job-family/job-family.entity.js';
import { EmploymentType, Sex } from './organisation.enums.js';
import { Unit } from './unit.entity.js';

/**
 * An ASN (PNS or PPPK). Birth date and sex are derived from the NIP and stored beside it; the database
 * checks they agree. The direct supervisor (pejabat penilai) chain can never form a cycle: a trigger
 * refuses it, whatever route a change takes.
 */
@ObjectType({
  description:
    'An employee (pegawai ASN, PNS or PPPK) with their unit, job family and direct supervisor (pejabat penilai).',
})
@Entity({ tableName: 'employee' })
export class Employee {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** Personal: exposed through EmployeeResolver, which applies policy/personal-data.ts. */
  @Property({ type: 'text', unique: true })
  nip!: string;

  /** Personal: exposed through EmployeeResolver, like `nip`. */
  @Property({ type: 'date' })
  birthDate!: string;

  /** Personal: exposed through EmployeeResolver (see policy/personal-data.ts), like `nip`. */
  @Enum({ items: () => Sex })
  sex!: Sex;

  @Field(() => String, { description: 'Full name, e.g. "Siti Rahmawati, S.Pd.".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Position (jabatan), e.g. "Guru Ahli Pertama".' })
  @Property({ type: 'text' })
  position!: string;

  /** Personal: exposed through EmployeeResolver. */
  @Property({ type: 'text' })
  grade!: string;

  /** Personal: exposed through EmployeeResolver. */
  @Enum({ items: () => EmploymentType })
  employmentType!: EmploymentType;

  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @ManyToOne(() => JobFamily, { ref: true, deleteRule: 'restrict' })
  family!: Ref<JobFamily>;

  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'restrict' })
  supervisor: Ref<Employee> | null = null;

  @Field(() => Boolean, {
    description: 'False once the employee has left; inactive employees are not assessed and cannot supervise.',
  })
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Field(() => Date, { description: 'When the employee was registered.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When the employee record was last changed.' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
