import * as rules from '@kinerja/shared';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { toIndicator, toSection, toThresholds } from './input-to-model.js';
import { editDraft } from './template-draft.service.js';
import {
  AddTemplateIndicatorInput,
  AddTemplateSectionInput,
  CreateTemplateDraftInput,
  MoveTemplateIndicatorInput,
  MoveTemplateSectionInput,
  PublishTemplateVersionInput,
  RemoveTemplateIndicatorInput,
  RemoveTemplateSectionInput,
  RetireTemplateVersionInput,
  SetTemplateRatingThresholdsInput,
  TemplateVersionPayload,
  UpdateTemplateIndicatorInput,
  UpdateTemplateSectionInput,
} from './template-draft.input.js';
import { createDraft, publishVersion, retireVersion } from './template-version.service.js';

/** Converts an indicator input, failing with every shape problem at once. */
function indicatorFrom(ctx: Context, input: AddTemplateIndicatorInput | UpdateTemplateIndicatorInput): rules.Indicator {
  const check = new InputChecker(ctx.locale);
  const indicator = toIndicator(input.indicator, input.indicator.key.trim(), check);
  check.throwIfAny();
  return indicator;
}

const payload = async (version: Promise<TemplateVersionPayload['version']>) => ({ version: await version });

@Resolver()
export class TemplateDraftResolver {
  @Mutation(() => TemplateVersionPayload, {
    description: 'Starts a new draft from the latest version (one draft per template).',
  })
  createTemplateDraft(
    @Arg('input', () => CreateTemplateDraftInput, { description: 'What to change; see the input type for each field.' })
    input: CreateTemplateDraftInput,
    @Ctx() ctx: Context,
  ) {
    return payload(createDraft(ctx, input.templateId));
  }

  @Mutation(() => TemplateVersionPayload, { description: 'Adds a section to a draft.' })
  addTemplateSection(
    @Arg('input', () => AddTemplateSectionInput, { description: 'What to change; see the input type for each field.' })
    input: AddTemplateSectionInput,
    @Ctx() ctx: Context,
  ) {
    const { indicators: _none, ...fields } = toSection(input.section, []);
    return payload(
      editDraft(ctx, input, 'addSection', (def) => rules.addSection(def, fields, input.position ?? undefined)),
    );
  }

  @Mutation(() => TemplateVersionPayload, { description: "Replaces a section's own fields in a draft." })
  updateTemplateSection(
    @Arg('input', () => UpdateTemplateSectionInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: UpdateTemplateSectionInput,
    @Ctx() ctx: Context,
  ) {
    const { indicators: _none, ...fields } = toSection(input.section, []);
    return payload(editDraft(ctx, input, 'updateSection', (def) => rules.updateSection(def, input.sectionKey, fields)));
  }

  @Mutation(() => TemplateVersionPayload, { description: 'Removes a section and its indicators from a draft.' })
  removeTemplateSection(
    @Arg('input', () => RemoveTemplateSectionInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: RemoveTemplateSectionInput,
    @Ctx() ctx: Context,
  ) {
    return payload(editDraft(ctx, input, 'removeSection', (def) => rules.removeSection(def, input.sectionKey)));
  }

  @Mutation(() => TemplateVersionPayload, { description: 'Moves a section of a draft.' })
  moveTemplateSection(
    @Arg('input', () => MoveTemplateSectionInput, { description: 'What to change; see the input type for each field.' })
    input: MoveTemplateSectionInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      editDraft(ctx, input, 'moveSection', (def) => rules.moveSection(def, input.sectionKey, input.position)),
    );
  }

  @Mutation(() => TemplateVersionPayload, { description: 'Adds an indicator to a section of a draft.' })
  addTemplateIndicator(
    @Arg('input', () => AddTemplateIndicatorInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: AddTemplateIndicatorInput,
    @Ctx() ctx: Context,
  ) {
    const indicator = indicatorFrom(ctx, input);
    return payload(
      editDraft(ctx, input, 'addIndicator', (def) =>
        rules.addIndicator(def, input.sectionKey, indicator, input.position ?? undefined),
      ),
    );
  }

  @Mutation(() => TemplateVersionPayload, {
    description: 'Replaces the content of an indicator of a draft (lineage kept).',
  })
  updateTemplateIndicator(
    @Arg('input', () => UpdateTemplateIndicatorInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: UpdateTemplateIndicatorInput,
    @Ctx() ctx: Context,
  ) {
    const indicator = indicatorFrom(ctx, input);
    return payload(
      editDraft(ctx, input, 'updateIndicator', (def) => rules.updateIndicator(def, input.indicatorKey, indicator)),
    );
  }

  @Mutation(() => TemplateVersionPayload, { description: 'Removes an indicator from a draft.' })
  removeTemplateIndicator(
    @Arg('input', () => RemoveTemplateIndicatorInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: RemoveTemplateIndicatorInput,
    @Ctx() ctx: Context,
  ) {
    return payload(editDraft(ctx, input, 'removeIndicator', (def) => rules.removeIndicator(def, input.indicatorKey)));
  }

  @Mutation(() => TemplateVersionPayload, { description: 'Moves an indicator within or across sections of a draft.' })
  moveTemplateIndicator(
    @Arg('input', () => MoveTemplateIndicatorInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: MoveTemplateIndicatorInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      editDraft(ctx, input, 'moveIndicator', (def) =>
        rules.moveIndicator(def, input.indicatorKey, input.sectionKey, input.position),
      ),
    );
  }

  @Mutation(() => TemplateVersionPayload, { description: 'Sets the thresholds of the suggested ratings of a draft.' })
  setTemplateRatingThresholds(
    @Arg('input', () => SetTemplateRatingThresholdsInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: SetTemplateRatingThresholdsInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      editDraft(ctx, input, 'setRatingThresholds', (def) =>
        rules.setRatingThresholds(def, toThresholds(input.ratingThresholds)),
      ),
    );
  }

  @Mutation(() => TemplateVersionPayload, {
    description:
      'Publishes a draft. Refused with BAD_USER_INPUT listing every problem (each with its section/indicator) when invalid.',
  })
  publishTemplateVersion(
    @Arg('input', () => PublishTemplateVersionInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: PublishTemplateVersionInput,
    @Ctx() ctx: Context,
  ) {
    return payload(publishVersion(ctx, input));
  }

  @Mutation(() => TemplateVersionPayload, { description: 'Retires a published version: no new period will use it.' })
  retireTemplateVersion(
    @Arg('input', () => RetireTemplateVersionInput, {
      description: 'What to change; see the input type for each field.',
    })
    input: RetireTemplateVersionInput,
    @Ctx() ctx: Context,
  ) {
    return payload(retireVersion(ctx, input.versionId));
  }
}
