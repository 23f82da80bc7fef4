import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../kernel/batch.js';
import { Employee } from './employee.entity.js';
import { Unit } from './unit.entity.js';
import { employeeCondition, type ReadScope } from '../../policy/read-scope.js';
import { buildUnitTree, type UnitTree } from './unit-tree.js';

/** Most employees a `Unit.employees` list returns; the `employees` connection pages through any number. */
export const UNIT_EMPLOYEES_CAP = 200;

/** `scope` narrows the lists of people to what the actor may read, inside the batched SQL. */
export function organisationLoaders(em: EntityManager, scope: () => Promise<ReadScope>) {
  const unitById = byIdLoader(em, Unit);
  return {
    unitById,
    employeeById: byIdLoader(em, Employee),
    unitsByParent: groupLoader(
      (parentIds) => em.find(Unit, { parent: { $in: [...parentIds] } }, { orderBy: { name: 'asc', id: 'asc' } }),
      (unit) => unit.parent!.id,
    ),
    activeEmployeesByUnit: groupLoader(
      async (unitIds) =>
        em.find(
          Employee,
          { unit: { $in: [...unitIds] }, active: true, ...employeeCondition(await scope()) },
          { orderBy: { name: 'asc', id: 'asc' } },
        ),
      (employee) => employee.unit.id,
    ),
    activeSubordinatesBySupervisor: groupLoader(
      async (supervisorIds) =>
        em.find(
          Employee,
          { supervisor: { $in: [...supervisorIds] }, active: true, ...employeeCondition(await scope()) },
          { orderBy: { name: 'asc', id: 'asc' } },
        ),
      (employee) => employee.supervisor!.id,
    ),
    /** The whole unit tree, loaded once per request in one statement (units are few). */
    unitTree: new DataLoader<'all', UnitTree>(async (keys) => {
      const units = await em.find(Unit, {});
      for (const unit of units) unitById.prime(unit.id, unit);
      const tree = buildUnitTree(units);
      return keys.map(() => tree);
    }),
  };
}
