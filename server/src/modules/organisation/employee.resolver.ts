import { formatNip } from '@kinerja/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../../kernel/list/page-size.js';
import type { Context } from '../../kernel/context.js';
import { isId } from '../../kernel/ids.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { employeeList } from './employee.list.js';
import { Employee } from './employee.entity.js';
import { CreateEmployeeInput, EmployeePayload, UpdateEmployeeInput } from './employee.input.js';
import { createEmployee, updateEmployee } from './employee.service.js';
import { Unit } from './unit.entity.js';
import { canSeeEmployee, readScope } from '../../policy/read-scope.js';
import { LocalDateResolver } from 'graphql-scalars';
import { maskNip } from '../../policy/policy.js';
import { personalAccess } from '../../policy/personal-data.js';
import { EmploymentType, Sex } from './organisation.enums.js';

@Resolver(() => Employee)
export class EmployeeResolver {
  @Query(() => employeeList.Connection, {
    description: `Employees matching the filter, by name unless ordered otherwise, a page at a time (at most ${MAX_PAGE_SIZE} per page).`,
  })
  async employees(
    @Args(() => employeeList.Args) args: ListArgsOf<typeof employeeList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof employeeList>> {
    return employeeList.list(ctx, args);
  }

  @Query(() => Employee, { nullable: true, description: 'One employee by id, or null when there is none.' })
  async employee(
    @Arg('id', () => ID, { description: 'The employee id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Employee | null> {
    const employee = isId(id) ? await ctx.loaders.employeeById.load(id) : null;
    return employee && canSeeEmployee(await readScope(ctx), employee.id) ? employee : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'NIP, the 18-digit civil-servant number, digits only; unique. Personal: null outside your read scope; masked (all but the last 3 digits) for analysts.',
  })
  async nip(@Root() employee: Employee, @Ctx() ctx: Context): Promise<string | null> {
    const access = await personalAccess(ctx, employee.id);
    return access === 'full' ? employee.nip : access === 'masked' ? maskNip(employee.nip) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The NIP grouped the usual way, e.g. "19850412 201001 1 003". Personal: null outside your read scope; masked for analysts.',
  })
  async nipFormatted(@Root() employee: Employee, @Ctx() ctx: Context): Promise<string | null> {
    const access = await personalAccess(ctx, employee.id);
    return access === 'full' ? formatNip(employee.nip) : access === 'masked' ? maskNip(employee.nip) : null;
  }

  @FieldResolver(() => LocalDateResolver, {
    nullable: true,
    description:
      'Birth date, from the first 8 digits of the NIP. Personal: null outside your read scope and for analysts.',
  })
  async birthDate(@Root() employee: Employee, @Ctx() ctx: Context): Promise<string | null> {
    return (await personalAccess(ctx, employee.id)) === 'full' ? employee.birthDate : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Appointment (TMT CPNS/PPPK) year-month from the NIP, e.g. "2010-01". Personal: null outside your read scope and for analysts.',
  })
  async appointment(@Root() employee: Employee, @Ctx() ctx: Context): Promise<string | null> {
    return (await personalAccess(ctx, employee.id)) === 'full'
      ? `${employee.nip.slice(8, 12)}-${employee.nip.slice(12, 14)}`
      : null;
  }

  @FieldResolver(() => Sex, {
    nullable: true,
    description: 'Sex, from digit 15 of the NIP. Personal: null outside your read scope.',
  })
  async sex(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Sex | null> {
    return (await personalAccess(ctx, employee.id)) === 'none' ? null : employee.sex;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Grade (golongan ruang): I/a … IV/e for PNS, I … XVII for PPPK. Personal: null outside your read scope.',
  })
  async grade(@Root() employee: Employee, @Ctx() ctx: Context): Promise<string | null> {
    return (await personalAccess(ctx, employee.id)) === 'none' ? null : employee.grade;
  }

  @FieldResolver(() => EmploymentType, {
    nullable: true,
    description: 'PNS or PPPK. Personal: null outside your read scope.',
  })
  async employmentType(@Root() employee: Employee, @Ctx() ctx: Context): Promise<EmploymentType | null> {
    return (await personalAccess(ctx, employee.id)) === 'none' ? null : employee.employmentType;
  }

  @FieldResolver(() => Unit, { description: 'The unit the employee works in.' })
  async unit(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unitById.load(employee.unit.id))!;
  }

  @FieldResolver(() => JobFamily, { description: 'The job family of the position; it decides the indicator template.' })
  async family(@Root() employee: Employee, @Ctx() ctx: Context): Promise<JobFamily> {
    return (await ctx.loaders.jobFamilyById.load(employee.family.id))!;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The direct supervisor (pejabat penilai kinerja); null at the top of a chain.',
  })
  async supervisor(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Employee | null> {
    return employee.supervisor ? ctx.loaders.employeeById.load(employee.supervisor.id) : null;
  }

  @FieldResolver(() => [Employee], {
    description:
      'Active direct subordinates, by name (inactive ones: `employees(filter: {supervisorId, active: false})`).',
  })
  async subordinates(@Root() employee: Employee, @Ctx() ctx: Context): Promise<Employee[]> {
    return ctx.loaders.activeSubordinatesBySupervisor.load(employee.id);
  }

  @Mutation(() => EmployeePayload, {
    description: 'Registers an employee; the NIP is validated and must be unique. Audited.',
  })
  async createEmployee(
    @Arg('input', () => CreateEmployeeInput, { description: 'What to do; see the input type.' })
    input: CreateEmployeeInput,
    @Ctx() ctx: Context,
  ): Promise<EmployeePayload> {
    return { employee: await createEmployee(ctx, input) };
  }

  @Mutation(() => EmployeePayload, {
    description:
      'Changes an employee: data, unit, family, supervisor (never into a cycle), or deactivates/reactivates them. Audited.',
  })
  async updateEmployee(
    @Arg('input', () => UpdateEmployeeInput, { description: 'What to do; see the input type.' })
    input: UpdateEmployeeInput,
    @Ctx() ctx: Context,
  ): Promise<EmployeePayload> {
    return { employee: await updateEmployee(ctx, input) };
  }
}
