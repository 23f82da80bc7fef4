import { graphql } from '../gql';

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
