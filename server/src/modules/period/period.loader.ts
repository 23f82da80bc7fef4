import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../kernel/batch.js';
import { PeriodTemplate } from './period-template.entity.js';
import { Period } from './period.entity.js';
import { SubPeriod } from './sub-period.entity.js';

const KIND_ORDER = ['QUARTER', 'SEMESTER', 'MONTH', 'ANNUAL'];

export function periodLoaders(em: EntityManager) {
  return {
    periodById: byIdLoader(em, Period),
    subPeriodById: byIdLoader(em, SubPeriod),
    subPeriodsByPeriod: groupLoader(
      async (periodIds) =>
        (
          await em.find(
            SubPeriod,
            { period: { $in: [...periodIds] } },
            { orderBy: { startDate: 'asc', number: 'asc' } },
          )
        ).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.number - b.number),
      (sub) => sub.period.id,
    ),
    pinsByPeriod: groupLoader(
      (periodIds) =>
        em.find(
          PeriodTemplate,
          { period: { $in: [...periodIds] } },
          { orderBy: { family: { name: 'asc' }, id: 'asc' } },
        ),
      (pin) => pin.period.id,
    ),
  };
}
