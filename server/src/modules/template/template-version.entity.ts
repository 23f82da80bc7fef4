import { randomUUID } from 'node:crypto';
import type { TemplateDefinition } from '@kinerja/shared';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Template } from './template.entity.js';

export enum TemplateVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(TemplateVersionStatus, {
  name: 'TemplateVersionStatus',
  description: 'Lifecycle of a template version: an editable draft, a frozen published version, or a retired one.',
  valuesConfig: {
    DRAFT: { description: 'Editable; not yet usable for assessments.' },
    PUBLISHED: { description: 'Frozen and usable for assessments; can never change again.' },
    RETIRED: { description: 'Frozen and no longer offered for new periods; existing assessments keep it.' },
  },
});

/**
 * One version of a template. The definition (sections and indicators) is a JSON document validated by
 * `@kinerja/shared`; once published, a database trigger refuses any change to it.
 */
@ObjectType({ description: 'One version of an indicator template. Published versions are immutable.' })
@Entity({ tableName: 'template_version' })
export class TemplateVersion {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => Template, { ref: true, deleteRule: 'restrict' })
  template!: Ref<Template>;

  @Field(() => Int, { description: 'Version number within the template, starting at 1.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => TemplateVersionStatus, { description: 'Draft, published or retired.' })
  @Enum({ items: () => TemplateVersionStatus })
  status: Opt<TemplateVersionStatus> = TemplateVersionStatus.DRAFT;

  @Property({ type: 'json' })
  definition!: TemplateDefinition;

  @Field(() => Int, {
    description: 'Increases with every edit of a draft; send it back as `expectedRevision` to detect concurrent edits.',
  })
  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  @Field(() => Date, { description: 'When the version was created.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When the version was published; null for a draft.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the version was retired.' })
  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;
}
