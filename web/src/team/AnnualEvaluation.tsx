import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../i18n/i18n';
import { annualMessages } from './annual-messages';
import { StartAssessmentDocument } from './operations';
import type { MemberRow } from './model';
import { StatusBadge } from './StatusBadge';
import { useFormatDate } from '../common/format';
import { refusalOf } from '../common/refusal';
import { TeamAnnualEvaluationDocument } from './operations';

/** A refused start of an annual assessment, next to the subordinate: the server's message and, when it is not open yet, the day it opens. */
interface AnnualStartRefusal {
  memberId: string;
  message: string;
  opensOn: string | null;
}

/** Reads the server's refusal; `opensOn` when the annual evaluation is not open yet (INVALID_STATE, reason ANNUAL_EVALUATION_NOT_OPEN). */
function annualRefusalOf(memberId: string, error: unknown): AnnualStartRefusal {
  const refusal = refusalOf(error);
  const { reason, opensOn } = refusal.extensions;
  const notOpen = refusal.code === 'INVALID_STATE' && reason === 'ANNUAL_EVALUATION_NOT_OPEN';
  return { memberId, message: refusal.message, opensOn: notOpen && typeof opensOn === 'string' ? opensOn : null };
}

/** What the team table needs to offer the annual evaluation. */
export interface AnnualColumn {
  year: number;
  /** The first day it may be started (YYYY-MM-DD). */
  opensOn: string;
  /** Whether it is open today (the server decides; this only words the hint). */
  open: boolean;
  startingId: string | null;
  error: AnnualStartRefusal | null;
  onStart(memberId: string): void;
}

/**
 * The annual evaluation of the open period for the team page: when it opens, and the start of one subordinate's
 * annual assessment (opening it on success; the server's refusal, with the opening day, next to them otherwise).
 */
export function useAnnualEvaluation(
  period: { id: string; year: number; subPeriods: readonly { id: string; kind: string }[] } | null,
  today: string,
): AnnualColumn | null {
  const navigate = useNavigate();
  const annualSubPeriod = period?.subPeriods.find((sub) => sub.kind === 'ANNUAL') ?? null;
  const info = useQuery(
    TeamAnnualEvaluationDocument,
    period && annualSubPeriod ? { variables: { periodId: period.id } } : skipToken,
  );
  const [start] = useMutation(StartAssessmentDocument);
  const [startingId, setStartingId] = useState<string | null>(null);
  const [error, setError] = useState<AnnualStartRefusal | null>(null);
  const opensOn = info.data?.period?.annualEvaluationOpensOn ?? null;
  if (!period || !annualSubPeriod || !opensOn) return null;
  const onStart = async (memberId: string) => {
    setStartingId(memberId);
    setError(null);
    try {
      const result = await start({ variables: { input: { employeeId: memberId, subPeriodId: annualSubPeriod.id } } });
      const id = result.data?.startAssessment.assessment.id;
      if (id) void navigate(`/penilaian/${id}`);
    } catch (failure) {
      setError(annualRefusalOf(memberId, failure));
    } finally {
      setStartingId(null);
    }
  };
  return {
    year: period.year,
    opensOn,
    open: today >= opensOn,
    startingId,
    error,
    onStart: (memberId) => void onStart(memberId),
  };
}

/** Says when the annual evaluation opens, above the team table. */
export function AnnualOpening({ annual }: { annual: AnnualColumn }) {
  const t = useT(annualMessages);
  const formatDate = useFormatDate();
  return (
    <p className="team-muted annual-opening">
      {t(annual.open ? 'open' : 'notYet', { year: annual.year, date: formatDate(annual.opensOn) })}
    </p>
  );
}

/** One subordinate's annual assessment: continue it, or start it once their plan is approved; a refusal shows here. */
export function AnnualCell({ annual, member, busy }: { annual: AnnualColumn; member: MemberRow; busy: boolean }) {
  const t = useT(annualMessages);
  const formatDate = useFormatDate();
  const error = annual.error?.memberId === member.id ? annual.error : null;
  return (
    <td>
      <div className="actions">
        {member.annual ? (
          <>
            <StatusBadge assessment={member.annual.status} />
            {member.annual.status === 'DRAFT' && (
              <Link className="team-link" to={`/penilaian/${member.annual.id}`}>
                {t('continue')}
              </Link>
            )}
          </>
        ) : member.hasApprovedPlan ? (
          <>
            <button
              type="button"
              onClick={() => annual.onStart(member.id)}
              disabled={busy}
              aria-label={t('startFor', { name: member.name })}
            >
              {annual.startingId === member.id ? t('starting') : t('start')}
            </button>
            {!annual.open && <span className="muted">{t('opensOn', { date: formatDate(annual.opensOn) })}</span>}
          </>
        ) : (
          <span className="muted">{t('needsPlan')}</span>
        )}
      </div>
      {error && (
        <div role="alert" className="field-error">
          <p>{error.message}</p>
        </div>
      )}
    </td>
  );
}
