import { graphql } from '../gql';

export const ViewerQueryDocument = graphql(`
  query Viewer {
    viewer {
      id
      name
      employeeId
      roles
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    logout
  }
`);

/** What the pages that pick a period and its sub-periods read of each period (team, work plan, dashboard). */
graphql(`
  fragment PeriodCalendar on Period {
    id
    year
    state
    subPeriods {
      id
      kind
      number
      name
      nameEn
      startDate
      endDate
    }
  }
`);
