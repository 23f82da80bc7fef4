import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Employee } from '../organisation/employee.entity.js';
import type { Role } from '../../kernel/actor.js';

/** A sign-in account. ASN accounts link to their employee; admin and analyst accounts may not. */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** Lower-case; unique. */
  @Property({ type: 'text', unique: true })
  username!: string;

  @Property({ type: 'text' })
  displayName!: string;

  /** argon2id (PHC string). */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @OneToOne(() => Employee, { ref: true, nullable: true, owner: true, unique: true, deleteRule: 'restrict' })
  employee: Ref<Employee> | null = null;

  /** Granted roles (ADMIN, HR, ANALYST); EMPLOYEE and SUPERVISOR follow from the employee link. */
  @Property({ type: 'text[]' })
  roles: Opt<Role[]> = [];

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime' })
  passwordChangedAt: Opt<Date> = new Date();
}
