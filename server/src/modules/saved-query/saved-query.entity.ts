import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';

/**
 * A named GraphQL query an analyst (or HR, an admin) keeps for the explorer. Private to its owner unless
 * shared; only the owner changes or deletes it. The name is unique per owner, ignoring case.
 */
@ObjectType({
  description:
    'A named GraphQL query saved in the explorer (Eksplorasi Data); private to its owner unless shared with the other explorer users.',
})
@Entity({ tableName: 'saved_query' })
export class SavedQuery {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** The account that saved it; the only one that may change or delete it. */
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  owner!: Ref<User>;

  @Field(() => String, { description: 'Name, unique per owner (ignoring case), 1–120 characters.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the query answers, for the people it is shared with.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, {
    description:
      'The GraphQL document: exactly one `query` operation (fragments allowed), valid against the schema when saved.',
  })
  @Property({ type: 'text' })
  query!: string;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Variables to run the query with (a JSON object), or null.',
  })
  @Property({ type: 'json', nullable: true })
  variables: Record<string, unknown> | null = null;

  @Field(() => Boolean, { description: 'Whether the other explorer users (analysts, HR, admins) see and run it too.' })
  @Property({ type: 'boolean' })
  shared: Opt<boolean> = false;

  @Field(() => Date, { description: 'When it was first saved.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When it was last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Int, { description: 'Increases with every change; send it back as `expectedVersion`.' })
  @Property({ type: 'integer' })
  version: Opt<number> = 1;
}
