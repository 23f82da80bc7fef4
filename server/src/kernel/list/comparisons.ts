import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** Conditions on one value of a list filter; every one given must hold. */
export interface Comparison<T> {
  eq?: T | null;
  gt?: T | null;
  gte?: T | null;
  lt?: T | null;
  lte?: T | null;
  isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a whole number; every one given must hold.' })
export class IntComparison implements Comparison<number> {
  @Field(() => Int, { nullable: true, description: 'Equal to.' }) eq?: number | null;
  @Field(() => Int, { nullable: true, description: 'Greater than.' }) gt?: number | null;
  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' }) gte?: number | null;
  @Field(() => Int, { nullable: true, description: 'Less than.' }) lt?: number | null;
  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' }) lte?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'True: has no value; false: has one.' }) isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a number (e.g. a score); every one given must hold.' })
export class FloatComparison implements Comparison<number> {
  @Field(() => Float, { nullable: true, description: 'Equal to.' }) eq?: number | null;
  @Field(() => Float, { nullable: true, description: 'Greater than.' }) gt?: number | null;
  @Field(() => Float, { nullable: true, description: 'Greater than or equal to.' }) gte?: number | null;
  @Field(() => Float, { nullable: true, description: 'Less than.' }) lt?: number | null;
  @Field(() => Float, { nullable: true, description: 'Less than or equal to.' }) lte?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'True: has no value; false: has one.' }) isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a moment in time; every one given must hold.' })
export class DateTimeComparison implements Comparison<Date> {
  @Field(() => Date, { nullable: true, description: 'At exactly this moment.' }) eq?: Date | null;
  @Field(() => Date, { nullable: true, description: 'After.' }) gt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'At or after.' }) gte?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before.' }) lt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'At or before.' }) lte?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'True: has no value; false: has one.' }) isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a calendar date; every one given must hold.' })
export class DateComparison implements Comparison<string> {
  @Field(() => LocalDateResolver, { nullable: true, description: 'On this date.' }) eq?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'After.' }) gt?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'On or after.' }) gte?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'Before.' }) lt?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: 'On or before.' }) lte?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True: has no value; false: has one.' }) isNull?: boolean | null;
}

@InputType({ description: 'Conditions on a text; every one given must hold. `contains` and `startsWith` ignore case.' })
export class TextComparison {
  @Field(() => String, { nullable: true, description: 'Exactly this text.' }) eq?: string | null;
  @Field(() => [String], { nullable: true, description: 'One of these texts exactly.' }) in?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case.' }) contains?: string | null;
  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case.' }) startsWith?:
    | string
    | null;
  @Field(() => Boolean, { nullable: true, description: 'True: has no value; false: has one.' }) isNull?: boolean | null;
}

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction; rows without a value come last either way.',
  valuesConfig: {
    ASC: { description: 'Smallest (or earliest, or A) first.' },
    DESC: { description: 'Largest (or latest, or Z) first.' },
  },
});
