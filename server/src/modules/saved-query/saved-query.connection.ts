import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { SavedQuery } from './saved-query.entity.js';

@ObjectType({ description: 'One saved query of a page, with its cursor.' })
export class SavedQueryEdge {
  @Field(() => SavedQuery, { description: 'The saved query.' })
  node!: SavedQuery;

  @Field(() => String, { description: 'Opaque cursor of this saved query; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of saved queries ordered by name, then id (Relay cursor connection).' })
export class SavedQueryConnection {
  @Field(() => [SavedQueryEdge], { description: 'The saved queries of this page.' })
  edges!: SavedQueryEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to get the next one.' })
  pageInfo!: PageInfo;

  /** Counted only when a client asks for `totalCount`. */
  countAll!: () => Promise<number>;

  @Field(() => Int, { description: 'How many saved queries match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.countAll();
  }
}
