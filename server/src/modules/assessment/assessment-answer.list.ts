import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { FloatComparison, TextComparison } from '../../kernel/list/comparisons.js';
import { at, FilterField, compileFilter, Combinable } from '../../kernel/list/filter.js';
import { orderInputType, resolveOrder, type OrderRule } from '../../kernel/list/order.js';
import { connectionType, PageArgs, paginate } from '../../kernel/list/page.js';
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

export enum AssessmentAnswerOrderField {
  LINEAGE_KEY = 'LINEAGE_KEY',
  INDICATOR_KEY = 'INDICATOR_KEY',
  SCORE = 'SCORE',
  ACHIEVEMENT = 'ACHIEVEMENT',
}
registerEnumType(AssessmentAnswerOrderField, {
  name: 'AssessmentAnswerOrderField',
  description: 'What a list of answers can be sorted by; rows without a value come last.',
});

const ORDER: Record<AssessmentAnswerOrderField, OrderRule> = {
  LINEAGE_KEY: { property: 'lineageKey', kind: 'text' },
  INDICATOR_KEY: { property: 'indicatorKey', kind: 'text' },
  SCORE: { property: 'score', kind: 'float', nullable: true },
  ACHIEVEMENT: { property: 'achievement', kind: 'float', nullable: true },
};

export const AssessmentAnswerOrder = orderInputType<AssessmentAnswerOrderField>(
  'AssessmentAnswerOrder',
  AssessmentAnswerOrderField,
  'answers',
);
export type AssessmentAnswerOrder = InstanceType<typeof AssessmentAnswerOrder>;

export const AssessmentAnswerConnection = connectionType(AssessmentAnswer, 'AssessmentAnswer', 'answer');
export type AssessmentAnswerConnection = InstanceType<typeof AssessmentAnswerConnection>;

@ArgsType()
export class AssessmentAnswerListArgs extends PageArgs {
  @Field(() => AssessmentAnswerFilter, {
    nullable: true,
    description: 'Which answers; all (within your read scope) when absent.',
  })
  filter?: AssessmentAnswerFilter | null;

  @Field(() => [AssessmentAnswerOrder], { nullable: true, description: 'Sort keys; by lineage key when absent.' })
  orderBy?: AssessmentAnswerOrder[] | null;
}

/** One page of answers of submitted assessments the reader may see. */
export async function listAssessmentAnswers(
  ctx: Context,
  args: AssessmentAnswerListArgs,
): Promise<AssessmentAnswerConnection> {
  const scope = await readScope(ctx);
  const visible = assessmentCondition(scope);
  const page = await paginate(ctx, AssessmentAnswer, {
    where: {
      $and: [
        compileFilter(args.filter, AssessmentAnswerFilter, ctx),
        Object.keys(visible).length ? at('assessment', visible) : {},
      ],
    },
    order: resolveOrder(args.orderBy, ORDER, [{ field: AssessmentAnswerOrderField.LINEAGE_KEY }]),
    first: args.first,
    after: args.after,
  });
  return Object.assign(new AssessmentAnswerConnection(), page);
}
