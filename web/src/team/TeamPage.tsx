import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { QueryState } from '../common/QueryState';
import { useViewer } from '../common/viewer';
import { useT } from '../i18n/i18n';
import { useAnnualEvaluation } from './AnnualEvaluation';
import { StartAssessmentDocument, TeamMembersDocument, TeamPeriodsDocument, TeamWorkDocument } from './operations';
import { refusalOf } from '../common/refusal';
import { teamMessages } from './messages';
import { openPeriodOf, teamOverview } from './model';
import { TeamOverview } from './TeamOverview';
import './team.css';
import { todayIso, useSubPeriodName } from '../common/periods';
import { currentSubPeriod } from '@kinerja/shared';

/** /tim: what the signed-in supervisor (or HR) needs to do for their team in the open period. */
export function TeamPage() {
  const t = useT(teamMessages);
  const subName = useSubPeriodName();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const me = viewer?.employeeId ?? null;

  const periods = useQuery(TeamPeriodsDocument);
  const members = useQuery(TeamMembersDocument, me ? { variables: { employeeId: me } } : skipToken);
  const period = periods.data ? openPeriodOf(periods.data.periods.nodes) : null;
  const current = period ? currentSubPeriod(period.subPeriods, todayIso()) : null;
  const annual = useAnnualEvaluation(period, todayIso());
  const annualSubPeriodId = period?.subPeriods.find((sub) => sub.kind === 'ANNUAL')?.id ?? null;
  const work = useQuery(
    TeamWorkDocument,
    period
      ? {
          variables: {
            hasTeam: me !== null,
            toApprove: me ? { approverId: [me], status: ['SUBMITTED'] } : { status: ['SUBMITTED'] },
            teamPlans: { periodId: [period.id] },
            drafts: { assessorId: me ? [me] : null, status: ['DRAFT'] },
            assessed: { assessorId: me ? [me] : null, periodId: [period.id] },
            objections: me ? { deciderId: [me], status: ['PENDING'] } : { status: ['PENDING'] },
          },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const workData = work.dataState === 'complete' ? work.data : undefined;

  const [start] = useMutation(StartAssessmentDocument);
  const [startingId, setStartingId] = useState<string | null>(null);
  const [startError, setStartError] = useState<{ memberId: string; message: string } | null>(null);
  const onStart = async (memberId: string) => {
    if (!current) return;
    setStartingId(memberId);
    setStartError(null);
    try {
      const result = await start({ variables: { input: { employeeId: memberId, subPeriodId: current.id } } });
      const id = result.data?.startAssessment.assessment.id;
      if (id) void navigate(`/penilaian/${id}`);
    } catch (error) {
      setStartError({ memberId, message: refusalOf(error).message });
    } finally {
      setStartingId(null);
    }
  };

  const loading =
    (periods.loading && !periods.data) || (members.loading && !members.data) || (work.loading && !workData);
  const error = periods.error ?? members.error ?? work.error;
  const subordinates = members.data?.employee?.subordinates ?? [];
  const overview = workData ? teamOverview(workData, subordinates, current?.id ?? null, annualSubPeriodId) : null;
  return (
    <section aria-labelledby="team-heading" className="team-page">
      <h1 id="team-heading">{t('heading')}</h1>
      <p>{t('intro')}</p>
      {!me && <p className="hint">{t('noEmployee')}</p>}
      <QueryState
        loading={loading}
        error={error}
        empty={!period}
        emptyText={t('noOpenPeriod')}
        onRetry={() => {
          void periods.refetch();
          if (me) void members.refetch();
          if (period) void work.refetch();
        }}
      >
        {period && (
          <p className="team-muted">
            {t('period', { year: period.year })}
            {current && <> · {t('currentSubPeriod', { name: subName(current) })}</>}
          </p>
        )}
        {overview && (
          <TeamOverview
            overview={overview}
            hasTeam={me !== null}
            currentSubPeriod={current}
            startingId={startingId}
            startError={startError}
            onStart={(id) => void onStart(id)}
            annual={annual}
          />
        )}
      </QueryState>
    </section>
  );
}
