import { randomUUID } from 'node:crypto';
import type { GuidelineRule } from '@kinerja/shared';
import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { OrganisationRating } from '../organisation/organisation.enums.js';

/**
 * One row of the distribution guideline: the bounds on the predikat of a unit's employees for one capaian
 * kinerja organisasi. Shipped by migration with the rows of SE MenPANRB 3/2023; an administrator may adjust
 * them. The installation is the instansi (one per installation), so rows have no instansi key.
 */
@Entity({ tableName: 'distribution_guideline' })
export class DistributionGuideline {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Enum({ items: () => OrganisationRating })
  organisationRating!: OrganisationRating;

  /** The bounds, in the shape of the shared `GuidelineRule` (validated by `validateGuidelineRules`). */
  @Property({ type: 'json' })
  rules!: GuidelineRule[];

  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();

  @Property({ type: 'uuid', nullable: true })
  updatedById: string | null = null;

  @Property({ type: 'text', nullable: true })
  updatedByName: string | null = null;
}
