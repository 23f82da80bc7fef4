import { PREDIKAT_LABELS, RATING_LABELS } from '@kinerja/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../common/QueryState';
import { useViewer } from '../common/viewer';
import type { DecideObjectionInput, Predikat, Rating } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import {
  DecideObjectionDocument,
  DeciderCandidatesDocument,
  ObjectionDecisionDocument,
  ReassignObjectionDocument,
} from './operations';
import { type Refusal, refusalOf } from '../common/refusal';
import { teamMessages } from './messages';
import { ObjectionDecisionForm } from './ObjectionDecisionForm';
import { ReassignObjectionForm } from './ReassignObjectionForm';
import { StatusBadge } from './StatusBadge';
import './team.css';
import { formatDay, useFormatDate } from '../common/format';
import { useSubPeriodName } from '../common/periods';

/**
 * /tim/keberatan/:id — the objection's decider (the assessor's supervisor, or the official HR handed it to) decides
 * it, finally (PP 30/2019); anyone else reading it is told who decides. HR may hand a pending one to another official.
 */
export function ObjectionPage() {
  const t = useT(teamMessages);
  const { language } = useLanguage();
  const { viewer, hasRole } = useViewer();
  const isHr = hasRole('HR');
  const [search, setSearch] = useState('');
  const candidates = useQuery(DeciderCandidatesDocument, { variables: { search }, skip: !isHr || search.length < 2 });
  const [reassign] = useMutation(ReassignObjectionDocument);
  const localized = useLocalized();
  const formatDate = useFormatDate();
  const subName = useSubPeriodName();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ObjectionDecisionDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [decide] = useMutation(DecideObjectionDocument);
  const objection = data?.objection ?? null;
  const assessment = objection?.assessment;
  const isDecider = !!viewer?.employeeId && viewer.employeeId === objection?.decider?.id;

  const rating = (value: Rating | null | undefined) => (value ? localized(RATING_LABELS[value]) : '—');
  const predikat = (value: Predikat | null | undefined) => (value ? localized(PREDIKAT_LABELS[value]) : '—');
  const onDecide = async (input: DecideObjectionInput): Promise<Refusal | null> => {
    try {
      await decide({ variables: { input } });
      return null;
    } catch (failure) {
      return refusalOf(failure);
    }
  };
  const onReassign = async (input: {
    objectionId: string;
    deciderId: string;
    reason: string;
  }): Promise<Refusal | null> => {
    try {
      await reassign({ variables: { input } });
      return null;
    } catch (failure) {
      return refusalOf(failure);
    }
  };

  return (
    <section aria-labelledby="objection-heading" className="team-page">
      <p>
        <Link className="team-link" to="/tim">
          ← {t('back')}
        </Link>
      </p>
      <QueryState
        loading={loading && !data}
        error={error}
        empty={!objection}
        emptyText={t('notFoundObjection')}
        onRetry={() => void refetch()}
      >
        {objection && assessment && (
          <>
            <h1 id="objection-heading">{t('objection.heading', { name: objection.employee.name })}</h1>
            <p>
              {objection.employee.position} ·{' '}
              {t('objection.meta', {
                filed: formatDate(objection.filedAt),
                deadline: assessment.objectionDeadline
                  ? formatDay(assessment.objectionDeadline, language)
                  : formatDate(objection.deadline),
              })}{' '}
              <StatusBadge objection={objection.status} />
            </p>
            <p className="objection-decider">
              {objection.decider
                ? t('objection.decider', { name: objection.decider.name, position: objection.decider.position })
                : t('objection.noDecider')}
              {objection.reassignedAt && objection.reassignmentReason && (
                <>
                  {' '}
                  {t('objection.reassigned', {
                    date: formatDate(objection.reassignedAt),
                    reason: objection.reassignmentReason,
                  })}
                </>
              )}
            </p>
            <div className="plan-result">
              <h2>{t('objection.reason')}</h2>
              <p>{objection.reason}</p>
            </div>
            <div className="plan-result">
              <h2>
                {t('objection.assessment', {
                  subPeriod: subName(assessment.subPeriod),
                  assessor: assessment.assessor.name,
                })}
              </h2>
              <dl className="team-dl">
                <dt>{t('objection.ratingWork')}</dt>
                <dd>
                  {rating(assessment.workResultsRating)}
                  {assessment.workResultsScore != null && (
                    <span className="team-muted">
                      {' '}
                      (
                      {t('objection.score', {
                        score: assessment.workResultsScore,
                        suggested: rating(assessment.suggestedWorkResultsRating),
                      })}
                      )
                    </span>
                  )}
                </dd>
                <dt>{t('objection.ratingBehaviour')}</dt>
                <dd>
                  {rating(assessment.behaviourRating)}
                  {assessment.behaviourScore != null && (
                    <span className="team-muted">
                      {' '}
                      (
                      {t('objection.score', {
                        score: assessment.behaviourScore,
                        suggested: rating(assessment.suggestedBehaviourRating),
                      })}
                      )
                    </span>
                  )}
                </dd>
                <dt>{t('objection.predikat')}</dt>
                <dd>{predikat(assessment.predikat)}</dd>
                {assessment.ratingReason && (
                  <>
                    <dt>{t('objection.ratingReason')}</dt>
                    <dd>{assessment.ratingReason}</dd>
                  </>
                )}
              </dl>
            </div>
            {objection.status === 'PENDING' && !isDecider && (
              <p className="hint" role="note">
                {objection.decider
                  ? t('objection.onlyDecider', { name: objection.decider.name })
                  : t('objection.awaitingDecider')}
              </p>
            )}
            {objection.status === 'PENDING' && isHr && (
              <ReassignObjectionForm
                key={`${objection.id}-${objection.decider?.id ?? 'none'}`}
                objectionId={objection.id}
                excludedIds={[
                  objection.employee.id,
                  assessment.assessor.id,
                  ...(objection.decider ? [objection.decider.id] : []),
                  ...(viewer?.employeeId ? [viewer.employeeId] : []),
                ]}
                candidates={candidates.data?.employees.nodes ?? []}
                searching={candidates.loading}
                onSearch={setSearch}
                onReassign={onReassign}
              />
            )}
            {objection.status === 'PENDING' ? (
              isDecider &&
              assessment.workResultsRating &&
              assessment.behaviourRating &&
              assessment.predikat && (
                <ObjectionDecisionForm
                  key={objection.id}
                  objectionId={objection.id}
                  workResultsRating={assessment.workResultsRating}
                  behaviourRating={assessment.behaviourRating}
                  predikat={assessment.predikat}
                  onDecide={onDecide}
                />
              )
            ) : (
              <div className="plan-result">
                <p>{t('objection.decided', { status: t(`objection.${objection.status}`) })}</p>
                {objection.decisionReason && (
                  <dl className="team-dl">
                    <dt>{t('objection.decisionReason')}</dt>
                    <dd>{objection.decisionReason}</dd>
                  </dl>
                )}
              </div>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
