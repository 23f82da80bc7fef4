import { describe, expect, it } from 'vitest';
import type { TeamWorkQuery } from '../gql/graphql';
import { currentSubPeriod } from '@kinerja/shared';
import { openPeriodOf, teamOverview, type TeamPeriod } from './model';

const quarters: TeamPeriod['subPeriods'] = [1, 2, 3, 4].map((n) => ({
  id: `q${n}`,
  kind: 'QUARTER',
  number: n,
  name: `Triwulan ${n}`,
  nameEn: `Quarter ${n}`,
  startDate: `2026-${String(n * 3 - 2).padStart(2, '0')}-01`,
  endDate: `2026-${String(n * 3).padStart(2, '0')}-${n === 1 || n === 4 ? 31 : 30}`,
}));
const annual = {
  id: 'y',
  kind: 'ANNUAL' as const,
  number: 1,
  name: 'Tahunan',
  nameEn: 'Annual',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};

describe('openPeriodOf / currentSubPeriod', () => {
  it('picks the open period', () => {
    const periods: TeamPeriod[] = [
      { id: 'p25', year: 2025, state: 'CLOSED', subPeriods: [] },
      { id: 'p26', year: 2026, state: 'OPEN', subPeriods: quarters },
      { id: 'p27', year: 2027, state: 'PLANNING', subPeriods: [] },
    ];
    expect(openPeriodOf(periods)?.id).toBe('p26');
    expect(openPeriodOf([periods[0]!])).toBeNull();
  });

  it('picks the quarter containing today, never the annual one while quarters exist', () => {
    const all = [annual, ...quarters];
    expect(currentSubPeriod(all, '2026-11-28')?.id).toBe('q4');
    expect(currentSubPeriod(all, '2026-04-01')?.id).toBe('q2');
    expect(currentSubPeriod(all, '2025-12-01')?.id).toBe('q1');
    expect(currentSubPeriod(all, '2027-02-01')?.id).toBe('q4');
    expect(currentSubPeriod([annual], '2026-05-01')?.id).toBe('y');
  });
});

const work: TeamWorkQuery = {
  toApprove: {
    edges: [
      {
        node: {
          id: 'plan-b',
          revision: 1,
          status: 'SUBMITTED',
          submittedAt: '2026-01-20T00:00:00Z',
          employee: { id: 'b', name: 'Budi' },
        },
      },
    ],
  },
  teamPlans: {
    edges: [
      { node: { id: 'plan-a1', revision: 1, status: 'APPROVED', employee: { id: 'a' } } },
      { node: { id: 'plan-a2', revision: 2, status: 'DRAFT', employee: { id: 'a' } } },
      { node: { id: 'plan-b', revision: 1, status: 'SUBMITTED', employee: { id: 'b' } } },
      { node: { id: 'plan-me', revision: 1, status: 'APPROVED', employee: { id: 'me' } } },
    ],
  },
  drafts: {
    edges: [
      {
        node: {
          id: 'as-a3',
          status: 'DRAFT',
          employee: { id: 'a', name: 'Ani' },
          subPeriod: { id: 'q3', name: 'Triwulan III', nameEn: 'Quarter III' },
        },
      },
    ],
  },
  assessed: {
    edges: [
      {
        node: {
          id: 'as-a1',
          status: 'SUBMITTED',
          employee: { id: 'a' },
          subPeriod: { id: 'q1', number: 1, endDate: '2026-03-31' },
        },
      },
      {
        node: {
          id: 'as-a2',
          status: 'SUBMITTED',
          employee: { id: 'a' },
          subPeriod: { id: 'q2', number: 2, endDate: '2026-06-30' },
        },
      },
      {
        node: {
          id: 'as-a3',
          status: 'DRAFT',
          employee: { id: 'a' },
          subPeriod: { id: 'q3', number: 3, endDate: '2026-09-30' },
        },
      },
    ],
  },
  objections: {
    edges: [
      {
        node: {
          id: 'obj-1',
          status: 'PENDING',
          filedAt: '2026-10-05T00:00:00Z',
          deadline: '2026-10-15T00:00:00Z',
          employee: { id: 'c', name: 'Citra' },
        },
      },
    ],
  },
};

describe('teamOverview', () => {
  const subordinates = [
    { id: 'a', name: 'Ani', position: 'Pengadministrasi' },
    { id: 'b', name: 'Budi', position: 'Pengolah Data' },
    { id: 'c', name: 'Citra', position: 'Pengadministrasi' },
  ];

  it('groups what waits for the supervisor and counts it', () => {
    const overview = teamOverview(work, subordinates, 'q3');
    expect(overview.toApprove.map((p) => p.id)).toEqual(['plan-b']);
    expect(overview.drafts.map((d) => d.id)).toEqual(['as-a3']);
    expect(overview.objections.map((o) => o.id)).toEqual(['obj-1']);
    expect(overview.todoCount).toBe(3);
  });

  it('gives each subordinate their latest plan revision, whether an approved one is in force, and their assessments', () => {
    const [ani, budi, citra] = teamOverview(work, subordinates, 'q3').members;
    expect(ani).toMatchObject({
      plan: { id: 'plan-a2', revision: 2, status: 'DRAFT' },
      hasApprovedPlan: true,
      current: { id: 'as-a3', status: 'DRAFT' },
      lastSubmittedId: 'as-a2',
    });
    expect(budi).toMatchObject({
      plan: { id: 'plan-b', status: 'SUBMITTED' },
      hasApprovedPlan: false,
      current: null,
      lastSubmittedId: null,
    });
    expect(citra).toMatchObject({ plan: null, hasApprovedPlan: false, current: null });
  });

  it('finds each subordinate’s annual assessment when the annual sub-period is given', () => {
    const withAnnual: TeamWorkQuery = {
      ...work,
      assessed: {
        edges: [
          ...work.assessed!.edges,
          {
            node: {
              id: 'as-ay',
              status: 'DRAFT',
              employee: { id: 'a' },
              subPeriod: { id: 'y', number: 1, endDate: '2026-12-31' },
            },
          },
        ],
      },
    };
    const [ani, budi] = teamOverview(withAnnual, subordinates, 'q3', 'y').members;
    expect(ani).toMatchObject({ current: { id: 'as-a3' }, annual: { id: 'as-ay', status: 'DRAFT' } });
    expect(budi!.annual).toBeNull();
  });

  it('leaves out the supervisor’s own plan and copes with the lists HR does not get', () => {
    const overview = teamOverview({ ...work, drafts: undefined, assessed: undefined }, [], null);
    expect(overview.members).toEqual([]);
    expect(overview.drafts).toEqual([]);
    expect(overview.todoCount).toBe(2);
  });
});
