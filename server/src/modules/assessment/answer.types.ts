import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The answer to one indicator of a form.' })
export class AnswerEntry {
  @Field(() => String, { description: 'Indicator key.' })
  indicatorKey!: string;

  @Field(() => GraphQLJSON, { description: 'The answer as given (shape depends on the indicator kind).' })
  value!: unknown;
}

export const entriesOf = (answers: Record<string, unknown> | null): AnswerEntry[] =>
  Object.entries(answers ?? {}).map(([indicatorKey, value]) => ({ indicatorKey, value }));
