import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UnitKind } from './organisation.enums.js';
import { Unit } from './unit.entity.js';

@InputType({ description: 'A new organisational unit.' })
export class CreateUnitInput {
  @Field(() => String, {
    description: 'Unique code: lower-case letters, digits and underscores, 2–40 characters, starting with a letter.',
  })
  code!: string;

  @Field(() => String, { description: 'Name of the unit, 1–200 characters.' })
  name!: string;

  @Field(() => UnitKind, { description: 'Kind of unit; sekretariat, seksi and kelurahan need a parent.' })
  kind!: UnitKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The parent unit; null or absent for a root (a kecamatan or an external unit).',
  })
  parentId?: string | null;
}

@InputType({ description: 'Changes to a unit; absent fields stay as they are.' })
export class UpdateUnitInput {
  @Field(() => ID, { description: 'The unit to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => UnitKind, { nullable: true, description: 'New kind.' })
  kind?: UnitKind | null;

  @Field(() => ID, {
    nullable: true,
    description: 'New parent; explicit null makes the unit a root. Refused when it would make a cycle.',
  })
  parentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'New head of the unit (kepala unit): an active employee of this unit, whose suggested rating hasil kerja follows the unit’s capaian kinerja organisasi; explicit null leaves the unit without a head.',
  })
  headId?: string | null;
}

@ObjectType({ description: 'Result of createUnit and updateUnit.' })
export class UnitPayload {
  @Field(() => Unit, { description: 'The unit as stored.' })
  unit!: Unit;
}
