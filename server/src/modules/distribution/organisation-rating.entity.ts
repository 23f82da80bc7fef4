import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OrganisationRating } from '../organisation/organisation.enums.js';
import { Unit } from '../organisation/unit.entity.js';
import { SubPeriod } from '../period/sub-period.entity.js';

/** Longest note HR may keep with a recording. */
export const ORGANISATION_RATING_NOTE_MAX = 2000;

/**
 * One recording of a unit's capaian kinerja organisasi for a sub-period (SE MenPANRB 3/2023), made by HR on
 * behalf of the head of the organisation above. Recordings are never changed or deleted (a database trigger
 * refuses it): a new recording supersedes the one in force, and the latest is the one in force.
 */
@ObjectType({
  description:
    'A recorded capaian kinerja organisasi of a unit for a sub-period (SE MenPANRB 3/2023), entered by HR on behalf of the head of the organisation above; every recording is kept, the latest is in force.',
})
@Entity({ tableName: 'organisation_rating' })
export class OrganisationRatingRecord {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Unit, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @ManyToOne(() => SubPeriod, { ref: true, deleteRule: 'restrict' })
  subPeriod!: Ref<SubPeriod>;

  @Field(() => OrganisationRating, { description: 'The capaian kinerja organisasi recorded.' })
  @Enum({ items: () => OrganisationRating })
  rating!: OrganisationRating;

  @Field(() => Int, {
    description:
      'The how-manieth recording for this unit and sub-period (1 for the first); send the one in force as `expectedVersion`.',
  })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'HR’s note, e.g. the decision it follows (at most 2 000 characters).',
  })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** The account that recorded it. */
  @Property({ type: 'uuid', nullable: true })
  recordedById: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who recorded it (the account’s display name).' })
  @Property({ type: 'text', nullable: true })
  recordedByName: string | null = null;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'datetime' })
  recordedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When a later recording replaced it; null while it is in force.' })
  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;
}
