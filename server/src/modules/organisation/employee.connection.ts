import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { Employee } from './employee.entity.js';

@ObjectType({ description: 'One employee of a page, with its cursor.' })
export class EmployeeEdge {
  @Field(() => Employee, { description: 'The employee.' })
  node!: Employee;

  @Field(() => String, { description: 'Opaque cursor of this employee; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of employees ordered by name, then id (Relay cursor connection).' })
export class EmployeeConnection {
  @Field(() => [EmployeeEdge], { description: 'The employees of this page.' })
  edges!: EmployeeEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to get the next one.' })
  pageInfo!: PageInfo;

  /** Counted only when a client asks for `totalCount`. */
  countAll!: () => Promise<number>;

  @Field(() => Int, { description: 'How many employees match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.countAll();
  }
}
