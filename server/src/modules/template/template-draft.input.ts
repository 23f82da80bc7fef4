import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IndicatorInput, RatingThresholdsInput, SectionInput } from './definition.inputs.js';
import { TemplateVersion } from './template-version.entity.js';

/** Names the draft to edit; the edit inputs inherit its fields. */
@InputType({ description: 'Names the draft to edit and the revision edited.' })
export abstract class DraftEditInput {
  @Field(() => ID, { description: 'The draft version.' })
  versionId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The revision you edited; when someone saved in between, the change is refused with CONFLICT.',
  })
  expectedRevision?: number | null;
}

@InputType({ description: 'Starts a new draft from the latest version of a template.' })
export class CreateTemplateDraftInput {
  @Field(() => ID, { description: 'The template.' })
  templateId!: string;
}

@InputType({ description: 'Adds a section to a draft.' })
export class AddTemplateSectionInput extends DraftEditInput {
  @Field(() => SectionInput, { description: 'The new section.' })
  section!: SectionInput;

  @Field(() => Int, { nullable: true, description: 'Position (0 = first); default last.' })
  position?: number | null;
}

@InputType({ description: "Replaces a section's own fields; its indicators stay." })
export class UpdateTemplateSectionInput extends DraftEditInput {
  @Field(() => String, { description: 'Current key of the section.' })
  sectionKey!: string;

  @Field(() => SectionInput, { description: 'The new fields (the key may change).' })
  section!: SectionInput;
}

@InputType({ description: 'Removes a section and its indicators from a draft.' })
export class RemoveTemplateSectionInput extends DraftEditInput {
  @Field(() => String, { description: 'Key of the section.' })
  sectionKey!: string;
}

@InputType({ description: 'Moves a section to another position.' })
export class MoveTemplateSectionInput extends DraftEditInput {
  @Field(() => String, { description: 'Key of the section.' })
  sectionKey!: string;

  @Field(() => Int, { description: 'New position (0 = first).' })
  position!: number;
}

@InputType({ description: 'Adds an indicator to a section of a draft.' })
export class AddTemplateIndicatorInput extends DraftEditInput {
  @Field(() => String, { description: 'Key of the section.' })
  sectionKey!: string;

  @Field(() => IndicatorInput, { description: 'The new indicator; its lineage starts here.' })
  indicator!: IndicatorInput;

  @Field(() => Int, { nullable: true, description: 'Position within the section; default last.' })
  position?: number | null;
}

@InputType({ description: 'Replaces the content of an indicator; its lineage key is kept.' })
export class UpdateTemplateIndicatorInput extends DraftEditInput {
  @Field(() => String, { description: 'Current key of the indicator.' })
  indicatorKey!: string;

  @Field(() => IndicatorInput, { description: 'The new content (the key may change; conditions follow).' })
  indicator!: IndicatorInput;
}

@InputType({ description: 'Removes an indicator from a draft.' })
export class RemoveTemplateIndicatorInput extends DraftEditInput {
  @Field(() => String, { description: 'Key of the indicator.' })
  indicatorKey!: string;
}

@InputType({ description: 'Moves an indicator within or across sections.' })
export class MoveTemplateIndicatorInput extends DraftEditInput {
  @Field(() => String, { description: 'Key of the indicator.' })
  indicatorKey!: string;

  @Field(() => String, { description: 'Key of the target section.' })
  sectionKey!: string;

  @Field(() => Int, { description: 'Position within the target section (0 = first).' })
  position!: number;
}

@InputType({ description: 'Sets the thresholds of the suggested ratings of a draft.' })
export class SetTemplateRatingThresholdsInput extends DraftEditInput {
  @Field(() => RatingThresholdsInput, { description: 'The thresholds.' })
  ratingThresholds!: RatingThresholdsInput;
}

@InputType({ description: 'Publishes a draft: validates it and freezes it for ever.' })
export class PublishTemplateVersionInput extends DraftEditInput {}

@InputType({ description: 'Retires a published version.' })
export class RetireTemplateVersionInput {
  @Field(() => ID, { description: 'The published version.' })
  versionId!: string;
}

@ObjectType({ description: 'The version after a change.' })
export class TemplateVersionPayload {
  @Field(() => TemplateVersion, { description: 'The version as stored now.' })
  version!: TemplateVersion;
}
