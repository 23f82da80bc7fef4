import { ID, InputType } from 'type-graphql';
import { DateTimeComparison, IntComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { Combinable, FilterField, nothing, type Condition } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
import { OrderDirection } from '../../kernel/list/comparisons.js';
import { OrganisationRating } from '../organisation/organisation.enums.js';
import { UnitFilter } from '../organisation/unit.list.js';
import { SubPeriodFilter } from '../period/sub-period.filter.js';
import { OrganisationRatingRecord } from './organisation-rating.entity.js';
import { ratingUnitScope } from './rating-scope.js';

const inForce = (value: boolean): Condition => ({ supersededAt: value ? null : { $ne: null } });

@InputType({
  description:
    'Which recordings of capaian kinerja organisasi to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class OrganisationRatingFilter {
  @FilterField(() => [ID], { ids: 'unit' }, 'Of one of these units.')
  unitId?: string[] | null;

  @FilterField(() => UnitFilter, { nested: 'unit', filter: () => UnitFilter }, 'Conditions on the unit.')
  unit?: UnitFilter | null;

  @FilterField(() => [ID], { ids: 'subPeriod' }, 'For one of these sub-periods.')
  subPeriodId?: string[] | null;

  @FilterField(() => [ID], { ids: 'subPeriod.period' }, 'For a sub-period of one of these periods.')
  periodId?: string[] | null;

  @FilterField(
    () => SubPeriodFilter,
    { nested: 'subPeriod', filter: () => SubPeriodFilter },
    'Conditions on the sub-period (kind, number, dates, year).',
  )
  subPeriod?: SubPeriodFilter | null;

  @FilterField(() => [OrganisationRating], { oneOf: 'rating' }, 'With one of these capaian.')
  rating?: OrganisationRating[] | null;

  @FilterField(
    () => Boolean,
    { custom: inForce },
    'Only the recordings in force (true) or only the superseded ones (false); both when absent.',
  )
  inForce?: boolean | null;

  @FilterField(() => IntComparison, { compare: 'version' }, 'Conditions on the version.')
  version?: IntComparison | null;

  @FilterField(() => DateTimeComparison, { compare: 'recordedAt' }, 'When it was recorded.')
  recordedAt?: DateTimeComparison | null;

  @FilterField(() => TextComparison, { text: 'note' }, 'Conditions on the note.')
  note?: TextComparison | null;
}

/** Recordings of capaian kinerja organisasi: HR, admins and analysts read every unit's; a supervisor their own units' (rating-scope.ts). */
export const organisationRatingList = defineList({
  name: 'OrganisationRating',
  entity: OrganisationRatingRecord,
  connectionName: 'OrganisationRatingRecord',
  noun: 'recorded capaian kinerja organisasi',
  plural: 'recorded capaian kinerja organisasi',
  orderNoun: 'recorded capaian kinerja organisasi',
  orderDescription: 'What a list of recorded capaian kinerja organisasi can be sorted by.',
  orderKeys: {
    RECORDED_AT: { property: 'recordedAt', kind: 'date' },
    VERSION: { property: 'version', kind: 'int' },
    RATING: { property: 'rating', kind: 'text' },
  },
  defaultOrder: [{ field: 'RECORDED_AT', direction: OrderDirection.DESC }],
  orderByDescription: 'Sort keys; the latest recorded first when absent.',
  filter: OrganisationRatingFilter,
  filterDescription: 'Which recordings; all you may read when absent.',
  scope: async (ctx) => {
    const scope = await ratingUnitScope(ctx);
    return scope.kind === 'all' ? {} : scope.unitIds.size ? { unit: { $in: [...scope.unitIds] } } : nothing();
  },
});
