import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES } from '../../kernel/actor.js';

export enum RoleName {
  ADMIN = 'ADMIN',
  HR = 'HR',
  SUPERVISOR = 'SUPERVISOR',
  EMPLOYEE = 'EMPLOYEE',
  ANALYST = 'ANALYST',
}
registerEnumType(RoleName, {
  name: 'Role',
  description: 'What a user may do. SUPERVISOR and EMPLOYEE follow from the organisation; the others are granted.',
  valuesConfig: {
    ADMIN: { description: 'Manages users, units and employees.' },
    HR: { description: 'Pengelola kinerja: templates, periods, all records.' },
    SUPERVISOR: { description: 'Pejabat penilai: anyone with active subordinates.' },
    EMPLOYEE: { description: 'An ASN with their own plan and assessments.' },
    ANALYST: { description: 'Reads everything, changes nothing.' },
  },
});
// The GraphQL enum and the policy's role list are the same set.
void (ROLES satisfies readonly `${RoleName}`[]);

@ObjectType({ description: 'The signed-in user.' })
export class Viewer {
  @Field(() => ID, { description: 'User id.' })
  id!: string;

  @Field(() => String, { description: 'Name to greet the user with.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The employee this user is, if any.' })
  employeeId!: string | null;

  @Field(() => [RoleName], { description: 'The roles the user holds now.' })
  roles!: RoleName[];
}

@InputType({ description: 'Credentials.' })
export class LoginInput {
  @Field(() => String, { description: 'Username (case-insensitive).' })
  username!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType({ description: 'A new password for the signed-in user.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The current password.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password: at least 10 characters, not containing the username.' })
  newPassword!: string;
}

@ObjectType({ description: 'Result of a sign-in: the session cookie is set on the response.' })
export class LoginPayload {
  @Field(() => Viewer, { description: 'The user now signed in.' })
  viewer!: Viewer;
}
