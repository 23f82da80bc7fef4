import { graphql } from '../gql';

/**
 * One version's whole definition (with the levels, options and guidance inside indicators), revision and
 * problems. The lists inside a definition are values stored in the version's row, so the server's
 * query-cost estimate counts them once (see server/src/graphql/limits/embedded-list.ts).
 */
export const TemplateVersionFieldsFragment = graphql(`
  fragment TemplateVersionFields on TemplateVersion {
    id
    number
    status
    revision
    publishedAt
    createdAt
    problems {
      code
      message
      path
      sectionKey
      indicatorKey
    }
    ratingThresholds {
      workResults {
        meets
        above
      }
      behaviour {
        meets
        above
      }
    }
    sections {
      key
      kind
      weighted
      weight
      title {
        id
        en
      }
      description {
        id
        en
      }
      indicators {
        __typename
        key
        lineageKey
        kind
        required
        weight
        label {
          id
          en
        }
        help {
          id
          en
        }
        visibleWhen {
          indicatorKey
          operator
          value
        }
        ... on TargetIndicator {
          aspect
          target
          unit
          direction
          aggregation
        }
        ... on ScaleIndicator {
          levels {
            value
            score
            label {
              id
              en
            }
          }
        }
        ... on ExpectationIndicator {
          guidance {
            id
            en
          }
        }
        ... on NumberIndicator {
          min
          max
          numberUnit: unit
          integer
        }
        ... on ChoiceIndicator {
          multiple
          options {
            value
            score
            label {
              id
              en
            }
          }
        }
        ... on TextIndicator {
          maxLength
        }
      }
    }
  }
`);

export const TemplatesOverviewDocument = graphql(`
  query TemplatesOverview {
    jobFamilies {
      id
      code
      name
      nameEn
      templates {
        id
        name
        draft {
          id
          number
        }
        versions {
          id
          number
          status
          publishedAt
        }
      }
    }
  }
`);

export const CreateTemplateDocument = graphql(`
  mutation CreateTemplate($input: CreateTemplateInput!) {
    createTemplate(input: $input) {
      template {
        id
        name
        draft {
          id
          number
        }
        versions {
          id
          number
          status
          publishedAt
        }
      }
    }
  }
`);

export const CreateTemplateDraftDocument = graphql(`
  mutation CreateTemplateDraft($input: CreateTemplateDraftInput!) {
    createTemplateDraft(input: $input) {
      version {
        id
        number
        status
      }
    }
  }
`);

export const TemplateVersionDocument = graphql(`
  query TemplateVersion($id: ID!) {
    templateVersion(id: $id) {
      ...TemplateVersionFields
      template {
        id
        name
        family {
          id
          name
          nameEn
        }
        versions {
          id
          number
          status
          publishedAt
        }
      }
    }
  }
`);

export const TemplateVersionDiffDocument = graphql(`
  query TemplateVersionDiff($fromId: ID!, $toId: ID!) {
    templateVersionDiff(fromId: $fromId, toId: $toId) {
      identical
      reordered
      ratingThresholds {
        field
        before
        after
      }
      sections {
        added {
          key
          title {
            id
            en
          }
        }
        removed {
          key
          title {
            id
            en
          }
        }
        changed {
          key
          title {
            id
            en
          }
          changes {
            field
            before
            after
          }
        }
      }
      indicators {
        added {
          key
          sectionKey
          lineageKey
          label {
            id
            en
          }
        }
        removed {
          key
          sectionKey
          lineageKey
          label {
            id
            en
          }
        }
        moved {
          key
          sectionKey
          fromSectionKey
          lineageKey
          label {
            id
            en
          }
        }
        changed {
          key
          fromKey
          sectionKey
          lineageKey
          label {
            id
            en
          }
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

export const AddTemplateSectionDocument = graphql(`
  mutation AddTemplateSection($input: AddTemplateSectionInput!) {
    addTemplateSection(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const UpdateTemplateSectionDocument = graphql(`
  mutation UpdateTemplateSection($input: UpdateTemplateSectionInput!) {
    updateTemplateSection(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const RemoveTemplateSectionDocument = graphql(`
  mutation RemoveTemplateSection($input: RemoveTemplateSectionInput!) {
    removeTemplateSection(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const MoveTemplateSectionDocument = graphql(`
  mutation MoveTemplateSection($input: MoveTemplateSectionInput!) {
    moveTemplateSection(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const AddTemplateIndicatorDocument = graphql(`
  mutation AddTemplateIndicator($input: AddTemplateIndicatorInput!) {
    addTemplateIndicator(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const UpdateTemplateIndicatorDocument = graphql(`
  mutation UpdateTemplateIndicator($input: UpdateTemplateIndicatorInput!) {
    updateTemplateIndicator(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const RemoveTemplateIndicatorDocument = graphql(`
  mutation RemoveTemplateIndicator($input: RemoveTemplateIndicatorInput!) {
    removeTemplateIndicator(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const MoveTemplateIndicatorDocument = graphql(`
  mutation MoveTemplateIndicator($input: MoveTemplateIndicatorInput!) {
    moveTemplateIndicator(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const SetTemplateRatingThresholdsDocument = graphql(`
  mutation SetTemplateRatingThresholds($input: SetTemplateRatingThresholdsInput!) {
    setTemplateRatingThresholds(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);

export const PublishTemplateVersionDocument = graphql(`
  mutation PublishTemplateVersion($input: PublishTemplateVersionInput!) {
    publishTemplateVersion(input: $input) {
      version {
        ...TemplateVersionFields
      }
    }
  }
`);
