import { INDICATOR_KIND_REGISTRY } from '@kinerja/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { IndicatorKind, Predikat, Rating, SectionKind } from './definition.enums.js';
import { RuleProblem } from './definition.types.js';
import { EmbeddedList } from '../../graphql/limits/embedded-list.js';

@InputType({ description: 'The answer to one indicator.' })
export class AnswerInput {
  @Field(() => String, { description: 'Key of the indicator.' })
  indicatorKey!: string;

  @Field(() => GraphQLJSON, {
    description: `${Object.values(INDICATOR_KIND_REGISTRY)
      .map((entry) => `${entry.graphqlName}: ${entry.answerShape}`)
      .join('; ')}.`,
  })
  value!: unknown;
}

@ObjectType({ description: 'The score of one indicator.' })
export class IndicatorScore {
  @Field(() => String, { description: 'Indicator key.' })
  key!: string;

  @Field(() => String, { description: 'Stable identity across versions.' })
  lineageKey!: string;

  @Field(() => String, { description: 'Section key.' })
  sectionKey!: string;

  @Field(() => IndicatorKind, { description: 'Indicator kind.' })
  kind!: IndicatorKind;

  @Field(() => Boolean, { description: 'Whether the indicator is shown, given the answers.' })
  visible!: boolean;

  @Field(() => Boolean, { description: 'Whether it has an answer.' })
  answered!: boolean;

  @Field(() => Boolean, { description: 'Whether its kind and configuration produce a score.' })
  scored!: boolean;

  @Field(() => Float, { nullable: true, description: 'Weight in its section.' })
  weight?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Normalised score (0–100, targets up to 120); null when not scored.',
  })
  score?: number | null;

  @Field(() => Float, { nullable: true, description: 'Target achievement in percent, uncapped; null for other kinds.' })
  achievement?: number | null;
}

@ObjectType({ description: 'The score of one section.' })
export class SectionScore {
  @Field(() => String, { description: 'Section key.' })
  key!: string;

  @Field(() => SectionKind, { description: 'Section kind.' })
  kind!: SectionKind;

  @Field(() => Float, { nullable: true, description: 'Section weight within its rating, if set.' })
  weight?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Weighted or plain mean of the indicator scores; null when none.',
  })
  score?: number | null;

  @Field(() => Int, { description: 'Scored indicators with a score.' })
  scoredCount!: number;

  @Field(() => Int, { description: 'Scored, visible indicators.' })
  scorableCount!: number;
}

@ObjectType({ description: 'A score and the rating it suggests.' })
export class RatingScore {
  @Field(() => Float, { nullable: true, description: 'The score; null without any scored answer.' })
  score?: number | null;

  @Field(() => Rating, { nullable: true, description: 'Suggested rating from the version thresholds.' })
  rating?: Rating | null;
}

@ObjectType({ description: 'How much of the required form is filled.' })
export class Completeness {
  @Field(() => Int, { description: 'Required, visible indicators answered.' })
  answeredRequired!: number;

  @Field(() => Int, { description: 'Required, visible indicators.' })
  totalRequired!: number;

  @Field(() => Float, { description: 'Percent answered.' })
  percent!: number;

  @Field(() => Boolean, { description: 'Whether every required visible indicator is answered.' })
  complete!: boolean;
}

@ObjectType({
  description: 'Scores of a set of answers against a template version, computed by the shared rules engine.',
})
export class ScoreResult {
  @EmbeddedList()
  @Field(() => [IndicatorScore], { description: 'Per indicator, in form order.' })
  indicators!: IndicatorScore[];

  @EmbeddedList()
  @Field(() => [SectionScore], { description: 'Per section.' })
  sections!: SectionScore[];

  @Field(() => RatingScore, { description: 'Work results (Hasil Kerja).' })
  workResults!: RatingScore;

  @Field(() => RatingScore, { description: 'Behaviour (Perilaku Kerja).' })
  behaviour!: RatingScore;

  @Field(() => Predikat, { nullable: true, description: 'Suggested predikat; null until both ratings are suggested.' })
  predikat?: Predikat | null;

  @Field(() => Completeness, { description: 'How much of the form is filled.' })
  completeness!: Completeness;

  @EmbeddedList()
  @Field(() => [RuleProblem], { description: 'Problems with the answers (wrong type, out of range, missing, hidden).' })
  problems!: RuleProblem[];
}
