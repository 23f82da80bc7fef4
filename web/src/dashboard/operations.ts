import { graphql } from '../gql';

export const DashboardOptionsDocument = graphql(`
  query DashboardOptions {
    units: unitTree {
      id
      name
      depth
      path
      code
      employees {
        id
      }
    }
    periods(first: 100) {
      nodes {
        ...PeriodCalendar
      }
    }
  }
`);

export const UnitDistributionDocument = graphql(`
  query UnitDistribution(
    $unitId: ID!
    $periodId: ID!
    $subPeriodId: ID
    $subPeriodIds: [ID!]
    $includeSubUnits: Boolean!
  ) {
    predikatDistribution(
      unitId: $unitId
      periodId: $periodId
      subPeriodId: $subPeriodId
      includeSubUnits: $includeSubUnits
    ) {
      total
      organisationRating
      organisationRatingRecord {
        id
        version
        rating
        note
        recordedAt
        recordedByName
      }
      notice
      includeSubUnits
      rows {
        predikat
        count
        percent
      }
      guideline {
        kind
        percent
        predikat
      }
      warnings {
        code
        message
      }
      subPeriod {
        id
        name
        nameEn
      }
    }
    assessments(filter: { periodId: [$periodId], subPeriodId: $subPeriodIds, status: SUBMITTED }, first: 1) {
      totalCount
    }
  }
`);

export const OrganisationRatingPanelDocument = graphql(`
  query OrganisationRatingPanel($unitId: ID!, $subPeriodId: ID!) {
    organisationRatingHistory(unitId: $unitId, subPeriodId: $subPeriodId) {
      id
      version
      rating
      note
      recordedAt
      recordedByName
      inForce
    }
    distributionGuideline {
      id
      organisationRating
      matchesRegulation
      rules {
        kind
        predikat
        percent
      }
    }
  }
`);

export const RecordOrganisationRatingDocument = graphql(`
  mutation RecordOrganisationRating($input: RecordOrganisationRatingInput!) {
    recordOrganisationRating(input: $input) {
      record {
        id
        version
        rating
      }
    }
  }
`);
