import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Employee } from './employee.entity.js';
import { EmploymentType } from './organisation.enums.js';

@InputType({ description: 'A new employee.' })
export class CreateEmployeeInput {
  @Field(() => String, {
    description: 'NIP, 18 digits (spaces are ignored): birth date, appointment year-month, sex digit, sequence.',
  })
  nip!: string;

  @Field(() => String, { description: 'Full name, 1–200 characters.' })
  name!: string;

  @Field(() => String, { description: 'Position (jabatan), 1–200 characters.' })
  position!: string;

  @Field(() => String, { description: 'Grade (golongan ruang): I/a … IV/e for PNS, I … XVII for PPPK.' })
  grade!: string;

  @Field(() => EmploymentType, { description: 'PNS or PPPK.' })
  employmentType!: EmploymentType;

  @Field(() => ID, { description: 'The unit the employee works in.' })
  unitId!: string;

  @Field(() => ID, { description: 'The job family of the position.' })
  familyId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The direct supervisor (pejabat penilai); null or absent only for the top of a chain.',
  })
  supervisorId?: string | null;
}

@InputType({ description: 'Changes to an employee; absent fields stay as they are.' })
export class UpdateEmployeeInput {
  @Field(() => ID, { description: 'The employee to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Corrected NIP.' })
  nip?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New position (jabatan).' })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'New grade (golongan ruang).' })
  grade?: string | null;

  @Field(() => EmploymentType, { nullable: true, description: 'New employment type; the grade must fit it.' })
  employmentType?: EmploymentType | null;

  @Field(() => ID, { nullable: true, description: 'New unit.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New job family.' })
  familyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'New direct supervisor; explicit null leaves the employee without one. Refused when it would make a cycle.',
  })
  supervisorId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False deactivates the employee (refused while active subordinates report to them); true reactivates.',
  })
  active?: boolean | null;
}

@ObjectType({ description: 'Result of createEmployee and updateEmployee.' })
export class EmployeePayload {
  @Field(() => Employee, { description: 'The employee as stored.' })
  employee!: Employee;
}
