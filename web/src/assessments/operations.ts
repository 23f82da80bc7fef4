import { graphql } from '../gql';

export const AssessmentDetailFragmentDoc = graphql(`
  fragment AssessmentDetail on Assessment {
    id
    status
    lockVersion
    submittedAt
    updatedAt
    employee {
      id
      name
      nipFormatted
      position
      unit {
        id
        name
      }
    }
    assessor {
      id
      name
    }
    subPeriod {
      id
      kind
      number
      name
      nameEn
    }
    periodicResults {
      id
      status
      subPeriod {
        id
        number
        name
        nameEn
      }
      workResultsRating
      behaviourRating
      workResultsScore
      behaviourScore
      predikat
    }
    templateVersion {
      id
      number
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
    }
    sections {
      ...FormSectionFields
    }
    answers {
      indicatorKey
      value
    }
    selfAnswers {
      indicatorKey
      value
    }
    selfSubmittedAt
    realisations {
      id
      value
      note
      evidenceUrl
      recordedAt
    }
    workResultsRating
    behaviourRating
    suggestedWorkResultsRating
    suggestedBehaviourRating
    unitHead {
      unit {
        id
        name
      }
      organisationRating
      suggestedWorkResultsRating
    }
    workResultsScore
    behaviourScore
    predikat
    ratingReason
  }
`);

export const AssessmentPageQueryDocument = graphql(`
  query AssessmentPage($id: ID!) {
    assessment(id: $id) {
      ...AssessmentDetail
    }
  }
`);

export const ReopenAssessmentDocument = graphql(`
  mutation ReopenAssessment($input: ReopenAssessmentInput!) {
    reopenAssessment(input: $input) {
      assessment {
        ...AssessmentDetail
      }
    }
  }
`);

export const SaveSelfAssessmentDocument = graphql(`
  mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {
    saveSelfAssessment(input: $input) {
      assessment {
        id
        lockVersion
        updatedAt
        selfAnswers {
          indicatorKey
          value
        }
        selfSubmittedAt
      }
    }
  }
`);

export const SaveDraftDocument = graphql(`
  mutation SaveAssessmentDraft($input: SaveAssessmentDraftInput!) {
    saveAssessmentDraft(input: $input) {
      assessment {
        id
        lockVersion
        updatedAt
        answers {
          indicatorKey
          value
        }
      }
    }
  }
`);

export const SubmitDocument = graphql(`
  mutation SubmitAssessment($input: SubmitAssessmentInput!) {
    submitAssessment(input: $input) {
      assessment {
        ...AssessmentDetail
      }
    }
  }
`);
