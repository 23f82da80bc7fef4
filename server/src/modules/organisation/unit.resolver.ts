import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { isId } from '../../kernel/ids.js';
import { Employee } from './employee.entity.js';
import { UNIT_EMPLOYEES_CAP } from './organisation.loader.js';
import { CreateUnitInput, UnitPayload, UpdateUnitInput } from './unit.input.js';
import { Unit } from './unit.entity.js';
import { createUnit, updateUnit } from './unit.service.js';
import type { ConnectionOf, ListArgsOf } from '../../kernel/list/define-list.js';
import { unitList } from './unit.list.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => unitList.Connection, {
    description: 'Units matching the filter, a page at a time (at most 100 per page).',
  })
  async units(
    @Args(() => unitList.Args) args: ListArgsOf<typeof unitList>,
    @Ctx() ctx: Context,
  ): Promise<ConnectionOf<typeof unitList>> {
    return unitList.list(ctx, args);
  }

  @Query(() => [Unit], {
    description:
      'Every unit as a flat list in tree order (a parent before its children; siblings by kind, then name), for pickers and charts; use `depth` to indent.',
  })
  async unitTree(@Ctx() ctx: Context): Promise<Unit[]> {
    return (await ctx.loaders.unitTree.load('all')).ordered;
  }

  @Query(() => Unit, { nullable: true, description: 'One unit by id, or null when there is none.' })
  async unit(
    @Arg('id', () => ID, { description: 'The unit id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Unit | null> {
    return isId(id) ? ctx.loaders.unitById.load(id) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The parent unit; null for a root.' })
  async parent(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> {
    return unit.parent ? ctx.loaders.unitById.load(unit.parent.id) : null;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description:
      'The head of the unit (kepala unit: camat, lurah, kepala sekolah …), set by an administrator; null when none. Their suggested rating hasil kerja follows the unit’s capaian kinerja organisasi (SE MenPANRB 3/2023).',
  })
  async head(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Employee | null> {
    return unit.head ? ctx.loaders.employeeById.load(unit.head.id) : null;
  }

  @FieldResolver(() => [Unit], { description: 'Direct child units, by name.' })
  async children(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit[]> {
    return ctx.loaders.unitsByParent.load(unit.id);
  }

  @FieldResolver(() => [Employee], {
    description: `Active employees of this unit (not of its sub-units), by name; at most ${UNIT_EMPLOYEES_CAP}. Use the \`employees\` query to page through more.`,
  })
  async employees(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Employee[]> {
    return (await ctx.loaders.activeEmployeesByUnit.load(unit.id)).slice(0, UNIT_EMPLOYEES_CAP);
  }

  @FieldResolver(() => Int, { description: 'Depth in the tree: 0 for a root, 1 for its children, and so on.' })
  async depth(@Root() unit: Unit, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.unitTree.load('all')).placeOf.get(unit.id)?.depth ?? 0;
  }

  @FieldResolver(() => [String], { description: 'Codes of the units from the root down to this one.' })
  async path(@Root() unit: Unit, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.unitTree.load('all')).placeOf.get(unit.id)?.path ?? [unit.code];
  }

  @Mutation(() => UnitPayload, { description: 'Creates a unit. Audited.' })
  async createUnit(
    @Arg('input', () => CreateUnitInput, { description: 'What to do; see the input type.' }) input: CreateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<UnitPayload> {
    return { unit: await createUnit(ctx, input) };
  }

  @Mutation(() => UnitPayload, {
    description: 'Changes a unit: name, code, kind, parent (never into a cycle) or head. Audited.',
  })
  async updateUnit(
    @Arg('input', () => UpdateUnitInput, { description: 'What to do; see the input type.' }) input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<UnitPayload> {
    return { unit: await updateUnit(ctx, input) };
  }
}
