import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../common/QueryState';
import type { PlanReviewQuery } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import { PeriodicTargetsTable } from '../common/PeriodicTargetsTable';
import { ApprovePlanDocument, PlanReviewDocument, ReturnPlanDocument, SetExpectationsDocument } from './operations';
import { type Refusal, refusalOf } from '../common/refusal';
import { ExpectationsForm, type ExpectationEntry } from './ExpectationsForm';
import { teamMessages } from './messages';
import { PlanDecisionForm, type PlanDecision } from './PlanDecisionForm';
import { StatusBadge } from './StatusBadge';
import './team.css';
import { periodicSubPeriods } from '../common/periods';
import { useFormatDate } from '../common/format';

type Plan = NonNullable<PlanReviewQuery['workPlan']>;

/** /tim/rencana/:planId — the supervisor reviews a subordinate's plan and decides on it. */
export function PlanReviewPage() {
  const t = useT(teamMessages);
  const { planId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PlanReviewDocument, {
    variables: { id: planId },
    fetchPolicy: 'cache-and-network',
  });
  const [approve] = useMutation(ApprovePlanDocument);
  const [giveBack] = useMutation(ReturnPlanDocument);
  const [setExpectations] = useMutation(SetExpectationsDocument);
  const plan = data?.workPlan ?? null;
  /** The decision just taken here: the form leaves once the plan is decided, so the confirmation lives on the page. */
  const [decided, setDecided] = useState<{ planId: string; decision: PlanDecision } | null>(null);

  const onDecide = async (decision: PlanDecision, comment: string): Promise<Refusal | null> => {
    if (!plan) return null;
    try {
      if (decision === 'approve') {
        await approve({
          variables: { input: { planId: plan.id, expectedLockVersion: plan.lockVersion, comment: comment || null } },
        });
      } else {
        await giveBack({ variables: { input: { planId: plan.id, expectedLockVersion: plan.lockVersion, comment } } });
      }
      setDecided({ planId: plan.id, decision });
      void refetch();
      return null;
    } catch (failure) {
      return refusalOf(failure);
    }
  };
  const onSaveExpectations = async (entries: ExpectationEntry[]): Promise<Refusal | null> => {
    if (!plan) return null;
    try {
      await setExpectations({
        variables: { input: { planId: plan.id, expectedLockVersion: plan.lockVersion, expectations: entries } },
      });
      return null;
    } catch (failure) {
      return refusalOf(failure);
    }
  };

  return (
    <section aria-labelledby="plan-review-heading" className="team-page">
      <p>
        <Link className="team-link" to="/tim">
          ← {t('back')}
        </Link>
      </p>
      <QueryState
        loading={loading && !data}
        error={error}
        empty={!plan}
        emptyText={t('notFoundPlan')}
        onRetry={() => void refetch()}
      >
        {plan && (
          <>
            <PlanView plan={plan} />
            {plan.status === 'SUBMITTED' ? (
              <PlanDecisionForm key={`${plan.id}-${plan.status}`} onDecide={onDecide} />
            ) : (
              <>
                {decided?.planId === plan.id && (
                  <p role="status" className="success">
                    {t(decided.decision === 'approve' ? 'decision.approved' : 'decision.returned')}
                  </p>
                )}
                <p className="hint">{t('decision.notSubmitted')}</p>
              </>
            )}
            <ExpectationsForm
              key={plan.id}
              current={plan.behaviourExpectations}
              locked={plan.status === 'APPROVED' || plan.status === 'SUPERSEDED'}
              onSave={onSaveExpectations}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** The plan as submitted: results with targets, the last decision and the revision history. */
export function PlanView({ plan }: { plan: Plan }) {
  const t = useT(teamMessages);
  const { language } = useLanguage();
  const formatDate = useFormatDate();
  const subPeriods = periodicSubPeriods(plan.period.subPeriods, language);
  const number = (value: number) => value.toLocaleString('id-ID');
  return (
    <>
      <h1 id="plan-review-heading">{t('plan.heading', { name: plan.employee.name })}</h1>
      <p>
        {plan.employee.position} · {t('plan.meta', { year: plan.period.year, revision: plan.revision })}{' '}
        <StatusBadge plan={plan.status} />
      </p>
      {plan.decisionComment && (
        <div className="plan-result">
          <h2>{t('plan.lastComment')}</h2>
          <p>{plan.decisionComment}</p>
          {plan.decidedAt && <p className="team-muted">{t('plan.decidedAt', { date: formatDate(plan.decidedAt) })}</p>}
        </div>
      )}
      <h2>{t('plan.results')}</h2>
      {plan.results.length === 0 ? (
        <p className="empty">{t('plan.noResults')}</p>
      ) : (
        [...plan.results]
          .sort((a, b) => a.position - b.position)
          .map((result, index) => (
            <article key={result.id} className="plan-result" aria-labelledby={`result-${result.id}`}>
              <h3 id={`result-${result.id}`}>
                {index + 1}. {result.title} <span className="team-status">{t(`plan.${result.kind}`)}</span>
              </h3>
              {result.parentResult && (
                <p className="team-muted">{t('plan.supports', { title: result.parentResult.title })}</p>
              )}
              {result.targets.length > 0 && (
                <table className="plan-targets">
                  <thead>
                    <tr>
                      <th scope="col">{t('plan.indicator')}</th>
                      <th scope="col">{t('plan.aspect')}</th>
                      <th scope="col">{t('plan.target')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.targets.map((target) => (
                      <tr key={target.id}>
                        <td>{target.label}</td>
                        <td>{t(`plan.${target.aspect}`)}</td>
                        <td>
                          {number(target.target)} {target.unit}{' '}
                          {target.direction === 'LOWER_IS_BETTER' && (
                            <span className="team-muted">{t('plan.lowerBetter')}</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <PeriodicTargetsTable subPeriods={subPeriods} targets={result.targets} />
            </article>
          ))
      )}
      {plan.revisions.length > 1 && (
        <>
          <h2>{t('plan.history')}</h2>
          <ol className="team-list">
            {plan.revisions.map((revision) => (
              <li key={revision.id}>
                {revision.id === plan.id ? (
                  <strong>{t('plan.historyItem', { revision: revision.revision })}</strong>
                ) : (
                  <Link to={`/tim/rencana/${revision.id}`}>
                    {t('plan.historyItem', { revision: revision.revision })}
                  </Link>
                )}{' '}
                <StatusBadge plan={revision.status} />
                {revision.submittedAt && (
                  <span className="team-muted">
                    {' '}
                    · {t('plan.submittedAt', { date: formatDate(revision.submittedAt) })}
                  </span>
                )}
                {revision.decidedAt && (
                  <span className="team-muted"> · {t('plan.decidedAt', { date: formatDate(revision.decidedAt) })}</span>
                )}
                {revision.decisionComment && <div className="team-muted">“{revision.decisionComment}”</div>}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
