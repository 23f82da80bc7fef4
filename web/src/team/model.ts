import type { TeamMembersQuery, TeamPeriodsQuery, TeamWorkQuery, WorkPlanStatus } from '../gql/graphql';

export type TeamPeriod = TeamPeriodsQuery['periods']['nodes'][number];
export type TeamSubPeriod = TeamPeriod['subPeriods'][number];
type Subordinate = NonNullable<TeamMembersQuery['employee']>['subordinates'][number];

/** The open period (the latest year when, unusually, several are open). */
export function openPeriodOf(periods: readonly TeamPeriod[]): TeamPeriod | null {
  return [...periods].filter((p) => p.state === 'OPEN').sort((a, b) => b.year - a.year)[0] ?? null;
}

interface MemberPlan {
  id: string;
  revision: number;
  status: WorkPlanStatus;
}

interface MemberAssessment {
  id: string;
  status: 'DRAFT' | 'SUBMITTED';
}

/** One direct subordinate and where they stand. */
export interface MemberRow {
  id: string;
  name: string;
  position: string;
  /** The latest revision of their plan for the period; null when none was started. */
  plan: MemberPlan | null;
  /** Whether an approved revision is in force (an assessment needs one). */
  hasApprovedPlan: boolean;
  /** The assessment of the current sub-period, if started. */
  current: MemberAssessment | null;
  /** The annual assessment of the period, if started (known when the annual sub-period is given). */
  annual?: MemberAssessment | null;
  /** The most recent submitted assessment (for the final feedback), if any. */
  lastSubmittedId: string | null;
}

export interface TeamOverviewData {
  toApprove: TeamWorkQuery['toApprove']['edges'][number]['node'][];
  drafts: NonNullable<TeamWorkQuery['drafts']>['edges'][number]['node'][];
  objections: TeamWorkQuery['objections']['edges'][number]['node'][];
  members: MemberRow[];
  /** How many things wait for the supervisor. */
  todoCount: number;
}

/** Groups the typed query data into "who needs what". */
export function teamOverview(
  work: TeamWorkQuery,
  subordinates: readonly Subordinate[],
  currentSubPeriodId: string | null,
  annualSubPeriodId: string | null = null,
): TeamOverviewData {
  const plans = work.teamPlans.edges.map((e) => e.node);
  const assessed = (work.assessed?.edges ?? []).map((e) => e.node);
  const members = subordinates.map((person): MemberRow => {
    const own = plans.filter((p) => p.employee.id === person.id).sort((a, b) => b.revision - a.revision);
    const latest = own[0];
    const mine = assessed.filter((a) => a.employee.id === person.id);
    const current = mine.find((a) => a.subPeriod.id === currentSubPeriodId);
    const annual = annualSubPeriodId ? mine.find((a) => a.subPeriod.id === annualSubPeriodId) : undefined;
    const submitted = mine
      .filter((a) => a.status === 'SUBMITTED')
      .sort((a, b) => b.subPeriod.endDate.localeCompare(a.subPeriod.endDate));
    return {
      id: person.id,
      name: person.name,
      position: person.position,
      plan: latest ? { id: latest.id, revision: latest.revision, status: latest.status } : null,
      hasApprovedPlan: own.some((p) => p.status === 'APPROVED'),
      current: current ? { id: current.id, status: current.status } : null,
      annual: annual ? { id: annual.id, status: annual.status } : null,
      lastSubmittedId: submitted[0]?.id ?? null,
    };
  });
  const toApprove = work.toApprove.edges.map((e) => e.node);
  const drafts = (work.drafts?.edges ?? []).map((e) => e.node);
  const objections = work.objections.edges.map((e) => e.node);
  return { toApprove, drafts, objections, members, todoCount: toApprove.length + drafts.length + objections.length };
}
