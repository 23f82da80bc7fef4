import { ID, InputType } from 'type-graphql';
import { FloatComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { at, FilterField, Combinable } from '../../kernel/list/filter.js';
import { defineList } from '../../kernel/list/define-list.js';
import { assessmentCondition, readScope } from '../../policy/read-scope.js';
import { AssessmentAnswer } from './assessment-answer.entity.js';
import { AssessmentFilter } from './assessment.list.js';

@InputType({
  description:
    'Which answers of submitted assessments to list: every given condition must hold; `and`, `or` and `not` combine filters.',
})
@Combinable()
export class AssessmentAnswerFilter {
  @FilterField(() => [ID], { ids: 'assessment' }, 'Answers of one of these assessments.')
  assessmentId?: string[] | null;

  @FilterField(
    () => TextComparison,
    { text: 'lineageKey' },
    'Conditions on the lineage key: the same indicator across template versions.',
  )
  lineageKey?: TextComparison | null;

  @FilterField(() => TextComparison, { text: 'indicatorKey' }, 'Conditions on the indicator key within its form.')
  indicatorKey?: TextComparison | null;

  @FilterField(
    () => TextComparison,
    { text: 'sectionKey' },
    'Conditions on the section key, e.g. `{ eq: "behaviour" }`.',
  )
  sectionKey?: TextComparison | null;

  @FilterField(
    () => TextComparison,
    { text: 'kind' },
    'Conditions on the indicator kind, e.g. `{ in: ["scale", "target"] }`.',
  )
  kind?: TextComparison | null;

  @FilterField(
    () => FloatComparison,
    { compare: 'score' },
    'Conditions on the normalised score (`isNull: true`: unscored).',
  )
  score?: FloatComparison | null;

  @FilterField(() => FloatComparison, { compare: 'achievement' }, 'Conditions on the target achievement in percent.')
  achievement?: FloatComparison | null;

  @FilterField(
    () => AssessmentFilter,
    { nested: 'assessment', filter: () => AssessmentFilter },
    'Conditions on the assessment (employee, sub-period, predikat…).',
  )
  assessment?: AssessmentFilter | null;
}

/** The list of answers of submitted assessments the reader may see. */
export const assessmentAnswerList = defineList({
  name: 'AssessmentAnswer',
  entity: AssessmentAnswer,
  noun: 'answer',
  orderNoun: 'answers',
  orderDescription: 'What a list of answers can be sorted by; rows without a value come last.',
  orderKeys: {
    LINEAGE_KEY: { property: 'lineageKey', kind: 'text' },
    INDICATOR_KEY: { property: 'indicatorKey', kind: 'text' },
    SCORE: { property: 'score', kind: 'float', nullable: true },
    ACHIEVEMENT: { property: 'achievement', kind: 'float', nullable: true },
  },
  defaultOrder: [{ field: 'LINEAGE_KEY' }],
  orderByDescription: 'Sort keys; by lineage key when absent.',
  filter: AssessmentAnswerFilter,
  filterDescription: 'Which answers; all (within your read scope) when absent.',
  scope: async (ctx) => {
    const visible = assessmentCondition(await readScope(ctx));
    return Object.keys(visible).length ? at('assessment', visible) : {};
  },
});
