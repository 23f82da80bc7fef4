import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SavedQuery } from './saved-query.entity.js';

@InputType({ description: 'A saved query to create (without `id`) or to change (with the `id` of one of your own).' })
export class SaveSavedQueryInput {
  @Field(() => ID, { nullable: true, description: 'The saved query to change; absent = create a new one.' })
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you edited; when it was changed in between, the save is refused with CONFLICT.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { description: 'Name, 1–120 characters, unique among your saved queries (ignoring case).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the query answers.' })
  description?: string | null;

  @Field(() => String, {
    description:
      'The GraphQL document: exactly one `query` operation, valid against the schema, at most 20 000 characters.',
  })
  query!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Variables as a JSON object, or null.' })
  variables?: unknown;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Share it with the other explorer users (default false).',
  })
  shared?: boolean | null;
}

@ObjectType({ description: 'The saved query after a save.' })
export class SaveSavedQueryPayload {
  @Field(() => SavedQuery, { description: 'The saved query as stored now.' })
  savedQuery!: SavedQuery;
}

@ObjectType({ description: 'What a delete removed.' })
export class DeleteSavedQueryPayload {
  @Field(() => ID, { description: 'The id of the deleted saved query.' })
  deletedId!: string;
}
