import { graphql } from '../gql';

graphql(`
  fragment MyPlanFields on WorkPlan {
    id
    revision
    status
    lockVersion
    decisionComment
    decidedAt
    submittedAt
    createdAt
    approver {
      id
      name
    }
    results {
      id
      kind
      title
      parentResult {
        id
        title
      }
      targets {
        id
        label
        aspect
        target
        unit
        direction
        templateLineageKey
        aggregation
        periodicTargets {
          number
          target
        }
      }
    }
    previous {
      id
      status
      results {
        id
        kind
        title
        targets {
          id
          label
          aspect
          target
          unit
          direction
          aggregation
          periodicTargets {
            number
            target
          }
        }
      }
    }
    revisions {
      id
      revision
      status
      createdAt
      submittedAt
      decidedAt
      decisionComment
    }
  }
`);

export const MyPlanContextDocument = graphql(`
  query MyPlanContext($employeeId: ID!) {
    periods(first: 100) {
      nodes {
        ...PeriodCalendar
      }
    }
    employee(id: $employeeId) {
      id
      supervisor {
        id
        name
      }
    }
  }
`);

export const MyPlanDocument = graphql(`
  query MyPlan($employeeId: ID!, $periodId: ID!) {
    workPlans(filter: { employeeId: [$employeeId], periodId: [$periodId] }, first: 1) {
      edges {
        node {
          ...MyPlanFields
        }
      }
    }
  }
`);

export const SupervisorResultsDocument = graphql(`
  query SupervisorApprovedResults($employeeId: ID!, $periodId: ID!) {
    workPlans(filter: { employeeId: [$employeeId], periodId: [$periodId], status: [APPROVED] }, first: 1) {
      edges {
        node {
          id
          results {
            id
            title
          }
        }
      }
    }
  }
`);

export const CreateMyPlanDocument = graphql(`
  mutation CreateMyWorkPlan($input: CreateWorkPlanInput!) {
    createWorkPlan(input: $input) {
      plan {
        ...MyPlanFields
      }
    }
  }
`);

export const SaveMyPlanDocument = graphql(`
  mutation SaveMyWorkPlan($input: SaveWorkPlanInput!) {
    saveWorkPlan(input: $input) {
      plan {
        ...MyPlanFields
      }
    }
  }
`);

export const SubmitMyPlanDocument = graphql(`
  mutation SubmitMyWorkPlan($input: SubmitWorkPlanInput!) {
    submitWorkPlan(input: $input) {
      plan {
        ...MyPlanFields
      }
    }
  }
`);

export const ReviseMyPlanDocument = graphql(`
  mutation ReviseMyWorkPlan($input: ReviseWorkPlanInput!) {
    reviseWorkPlan(input: $input) {
      plan {
        ...MyPlanFields
      }
    }
  }
`);

export const RecordMyRealisationDocument = graphql(`
  mutation RecordMyRealisation($input: RecordRealisationInput!) {
    recordRealisation(input: $input) {
      realisation {
        id
        value
        evidenceUrl
        note
        recordedAt
      }
    }
  }
`);
