import type { TemplateDefinition } from '@kinerja/shared';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * A frozen assessment form (the pinned template version with an approved plan's targets), stored once and
 * shared by every assessment built from the same template version and plan revision: its id is derived
 * from its content (`FORM_ID_SQL`), and the database refuses any change to a stored form
 * (`assessment_form_guard`) and any change of the form an assessment points to (`assessment_form_fixed`).
 * Not a GraphQL type: resolvers read it through `assessmentFormById` (a per-request loader in front of a
 * process-wide cache, since a stored form never changes).
 */
@Entity({ tableName: 'assessment_form' })
export class AssessmentForm {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'json' })
  definition!: TemplateDefinition;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
