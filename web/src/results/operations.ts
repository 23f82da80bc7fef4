import { graphql } from '../gql';

export const MyResultsDocument = graphql(`
  query MyResults($employeeId: ID!) {
    assessments(filter: { employeeId: [$employeeId] }, first: 50) {
      edges {
        node {
          id
          status
          submittedAt
          resultReceivedAt
          objectionDeadline
          selfSubmittedAt
          workResultsRating
          behaviourRating
          predikat
          assessor {
            id
            name
          }
          employee {
            id
            unit {
              id
              timeZone
            }
          }
          subPeriod {
            id
            name
            nameEn
            startDate
          }
        }
      }
    }
    objections(filter: { employeeId: [$employeeId] }, first: 100) {
      edges {
        node {
          id
          status
          reason
          filedAt
          decidedAt
          decisionReason
          predikat
          assessment {
            id
          }
        }
      }
    }
  }
`);

export const MyFeedbackDocument = graphql(`
  query MyAssessmentFeedback($assessmentId: ID!) {
    assessmentFeedback(assessmentId: $assessmentId) {
      id
      lockVersion
      strengths
      areasToImprove
      acknowledgedAt
      developmentActions {
        id
        kind
        description
        targetDate
        status
        doneAt
      }
    }
  }
`);

export const AcknowledgeMyFeedbackDocument = graphql(`
  mutation AcknowledgeMyFeedback($input: AcknowledgeFeedbackInput!) {
    acknowledgeFeedback(input: $input) {
      feedback {
        id
        lockVersion
        acknowledgedAt
      }
    }
  }
`);

export const SetMyActionStatusDocument = graphql(`
  mutation SetMyDevelopmentActionStatus($input: SetDevelopmentActionStatusInput!) {
    setDevelopmentActionStatus(input: $input) {
      action {
        id
        status
        doneAt
      }
    }
  }
`);

export const FileMyObjectionDocument = graphql(`
  mutation FileMyObjection($input: FileObjectionInput!) {
    fileObjection(input: $input) {
      objection {
        id
        status
      }
    }
  }
`);

export const ReceiveMyResultDocument = graphql(`
  mutation ReceiveMyResult($input: ReceiveAssessmentResultInput!) {
    receiveAssessmentResult(input: $input) {
      assessment {
        id
        resultReceivedAt
        objectionDeadline
      }
    }
  }
`);
