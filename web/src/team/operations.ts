import { graphql } from '../gql';

/** The supervisor's direct subordinates. */
export const TeamMembersDocument = graphql(`
  query TeamMembers($employeeId: ID!) {
    employee(id: $employeeId) {
      id
      name
      subordinates {
        id
        name
        position
      }
    }
  }
`);

/** Every period with its sub-periods, to find the open one. */
export const TeamPeriodsDocument = graphql(`
  query TeamPeriods {
    periods(first: 100) {
      nodes {
        ...PeriodCalendar
      }
    }
  }
`);

/** Who needs what in the open period; the server scopes every list to the actor's team. */
export const TeamWorkDocument = graphql(`
  query TeamWork(
    $toApprove: WorkPlanFilter!
    $teamPlans: WorkPlanFilter!
    $drafts: AssessmentFilter!
    $assessed: AssessmentFilter!
    $objections: ObjectionFilter!
    $hasTeam: Boolean!
  ) {
    toApprove: workPlans(filter: $toApprove, first: 100) {
      edges {
        node {
          id
          revision
          status
          submittedAt
          employee {
            id
            name
          }
        }
      }
    }
    teamPlans: workPlans(filter: $teamPlans, first: 100) {
      edges {
        node {
          id
          revision
          status
          employee {
            id
          }
        }
      }
    }
    drafts: assessments(filter: $drafts, first: 100) @include(if: $hasTeam) {
      edges {
        node {
          id
          status
          employee {
            id
            name
          }
          subPeriod {
            id
            name
            nameEn
          }
        }
      }
    }
    assessed: assessments(filter: $assessed, first: 100) @include(if: $hasTeam) {
      edges {
        node {
          id
          status
          employee {
            id
          }
          subPeriod {
            id
            number
            endDate
          }
        }
      }
    }
    objections(filter: $objections, first: 100) {
      edges {
        node {
          id
          status
          filedAt
          deadline
          employee {
            id
            name
          }
        }
      }
    }
  }
`);

export const StartAssessmentDocument = graphql(`
  mutation TeamStartAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      assessment {
        id
        status
      }
    }
  }
`);

export const PlanReviewDocument = graphql(`
  query PlanReview($id: ID!) {
    workPlan(id: $id) {
      id
      revision
      status
      lockVersion
      submittedAt
      decidedAt
      decisionComment
      employee {
        id
        name
        position
      }
      period {
        id
        year
        subPeriods {
          id
          kind
          number
          name
          nameEn
        }
      }
      results {
        id
        kind
        title
        position
        parentResult {
          id
          title
        }
        targets {
          id
          aspect
          direction
          label
          target
          unit
          aggregation
          periodicTargets {
            number
            target
          }
        }
      }
      behaviourExpectations {
        id
        valueCode
        expectation
      }
      revisions {
        id
        revision
        status
        submittedAt
        decidedAt
        decisionComment
      }
    }
  }
`);

export const ApprovePlanDocument = graphql(`
  mutation TeamApprovePlan($input: ApproveWorkPlanInput!) {
    approveWorkPlan(input: $input) {
      plan {
        id
        status
        lockVersion
        decidedAt
        decisionComment
      }
    }
  }
`);

export const ReturnPlanDocument = graphql(`
  mutation TeamReturnPlan($input: ReturnWorkPlanInput!) {
    returnWorkPlan(input: $input) {
      plan {
        id
        status
        lockVersion
        decidedAt
        decisionComment
      }
    }
  }
`);

export const SetExpectationsDocument = graphql(`
  mutation TeamSetExpectations($input: SetBehaviourExpectationsInput!) {
    setBehaviourExpectations(input: $input) {
      plan {
        id
        lockVersion
        behaviourExpectations {
          id
          valueCode
          expectation
        }
      }
    }
  }
`);

export const ObjectionDecisionDocument = graphql(`
  query ObjectionDecision($id: ID!) {
    objection(id: $id) {
      id
      status
      reason
      filedAt
      deadline
      decidedAt
      decisionReason
      reassignedAt
      reassignmentReason
      previousWorkResultsRating
      previousBehaviourRating
      previousPredikat
      employee {
        id
        name
        position
      }
      decider {
        id
        name
        position
      }
      assessment {
        id
        objectionDeadline
        workResultsRating
        behaviourRating
        predikat
        ratingReason
        workResultsScore
        behaviourScore
        suggestedWorkResultsRating
        suggestedBehaviourRating
        submittedAt
        assessor {
          id
          name
        }
        subPeriod {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export const DecideObjectionDocument = graphql(`
  mutation TeamDecideObjection($input: DecideObjectionInput!) {
    decideObjection(input: $input) {
      objection {
        id
        status
        decidedAt
        decisionReason
        workResultsRating
        behaviourRating
        predikat
        assessment {
          id
          workResultsRating
          behaviourRating
          predikat
          ratingReason
        }
      }
    }
  }
`);

/** HR hands a pending objection to another official (e.g. a Plt) with a reason (PP 30/2019). */
export const ReassignObjectionDocument = graphql(`
  mutation TeamReassignObjection($input: ReassignObjectionInput!) {
    reassignObjection(input: $input) {
      objection {
        id
        reassignedAt
        reassignmentReason
        decider {
          id
          name
          position
        }
      }
    }
  }
`);

/** Active employees matching a name or position, to pick the official who will decide an objection. */
export const DeciderCandidatesDocument = graphql(`
  query DeciderCandidates($search: String!) {
    employees(filter: { search: $search, active: true }, first: 10) {
      nodes {
        id
        name
        position
        unit {
          id
          name
        }
      }
    }
  }
`);

export const FinalFeedbackDocument = graphql(`
  query FinalFeedback($assessmentId: ID!) {
    assessment(id: $assessmentId) {
      id
      status
      predikat
      employee {
        id
        name
      }
      assessor {
        id
      }
      subPeriod {
        id
        name
        nameEn
      }
    }
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
        position
      }
    }
  }
`);

export const SaveFeedbackDocument = graphql(`
  mutation TeamSaveFeedback($input: SaveAssessmentFeedbackInput!) {
    saveAssessmentFeedback(input: $input) {
      feedback {
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
          position
        }
      }
    }
  }
`);

/** When the open period's annual evaluation opens (HR's setting: in the last sub-period or after the period's end). */
export const TeamAnnualEvaluationDocument = graphql(`
  query TeamAnnualEvaluation($periodId: ID!) {
    period(id: $periodId) {
      id
      annualEvaluationOpens
      annualEvaluationOpensOn
    }
  }
`);
