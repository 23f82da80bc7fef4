import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { LocalizedText } from './definition.types.js';
import { EmbeddedList } from '../../kernel/limits/embedded-list.js';

@ObjectType({ description: 'One changed field: its value before and after.' })
export class FieldChange {
  @Field(() => String, { description: 'Field name, e.g. `label`, `weight`, `levels`, `workResults.meets`.' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value in the older version.' })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value in the newer version.' })
  after?: unknown;
}

@ObjectType({ description: 'A section named in a diff.' })
export class SectionRef {
  @Field(() => String, { description: 'Section key.' })
  key!: string;

  @Field(() => LocalizedText, { description: 'Section title.' })
  title!: LocalizedText;
}

@ObjectType({ description: 'A section present in both versions whose own fields changed.' })
export class SectionChange extends SectionRef {
  @EmbeddedList()
  @Field(() => [FieldChange], { description: 'The changed fields.' })
  changes!: FieldChange[];
}

@ObjectType({ description: 'An indicator named in a diff (matched across versions by lineage key).' })
export class IndicatorRef {
  @Field(() => String, { description: 'Stable identity across versions.' })
  lineageKey!: string;

  @Field(() => String, { description: 'Key in the newer version (older, for a removed one).' })
  key!: string;

  @Field(() => String, { description: 'Section in the newer version (older, for a removed one).' })
  sectionKey!: string;

  @Field(() => LocalizedText, { description: 'Indicator text.' })
  label!: LocalizedText;
}

@ObjectType({ description: 'An indicator present in both versions whose content changed.' })
export class IndicatorChange extends IndicatorRef {
  @Field(() => String, { description: 'Key in the older version (differs when renamed).' })
  fromKey!: string;

  @EmbeddedList()
  @Field(() => [FieldChange], { description: 'The changed fields.' })
  changes!: FieldChange[];
}

@ObjectType({ description: 'An indicator that moved to another section.' })
export class IndicatorMove extends IndicatorRef {
  @Field(() => String, { description: 'Section in the older version.' })
  fromSectionKey!: string;
}

@ObjectType({ description: 'Section differences.' })
export class SectionDiff {
  @EmbeddedList()
  @Field(() => [SectionRef], { description: 'Sections only in the newer version.' })
  added!: SectionRef[];

  @EmbeddedList()
  @Field(() => [SectionRef], { description: 'Sections only in the older version.' })
  removed!: SectionRef[];

  @EmbeddedList()
  @Field(() => [SectionChange], { description: 'Sections whose fields changed.' })
  changed!: SectionChange[];
}

@ObjectType({ description: 'Indicator differences, matched by lineage key.' })
export class IndicatorDiff {
  @EmbeddedList()
  @Field(() => [IndicatorRef], { description: 'Indicators only in the newer version.' })
  added!: IndicatorRef[];

  @EmbeddedList()
  @Field(() => [IndicatorRef], { description: 'Indicators only in the older version.' })
  removed!: IndicatorRef[];

  @EmbeddedList()
  @Field(() => [IndicatorChange], { description: 'Indicators whose content changed.' })
  changed!: IndicatorChange[];

  @EmbeddedList()
  @Field(() => [IndicatorMove], { description: 'Indicators that moved between sections.' })
  moved!: IndicatorMove[];
}

@ObjectType({ description: 'What changed between two versions of a template.' })
export class TemplateDiff {
  @Field(() => SectionDiff, { description: 'Section differences.' })
  sections!: SectionDiff;

  @Field(() => IndicatorDiff, { description: 'Indicator differences.' })
  indicators!: IndicatorDiff;

  @EmbeddedList()
  @Field(() => [FieldChange], { description: 'Changed rating thresholds.' })
  ratingThresholds!: FieldChange[];

  @Field(() => Boolean, { description: 'Whether sections or indicators appear in a different order.' })
  reordered!: boolean;

  @Field(() => Boolean, { description: 'Whether the two definitions are the same.' })
  identical!: boolean;
}
