import { PREDIKAT_LABELS, RATING_LABELS } from '@kinerja/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../app/QueryState';
import type { DecideObjectionInput, Predikat, Rating } from '../gql/graphql';
import { useLocalized, useT } from '../i18n/i18n';
import { DecideObjectionDocument, ObjectionDecisionDocument } from './api';
import { refusalOf, type Refusal } from './errors';
import { useFormatDate, useSubPeriodName } from './format';
import { teamMessages } from './messages';
import { ObjectionDecisionForm } from './ObjectionDecisionForm';
import { StatusBadge } from './StatusBadge';
import './team.css';

/** /tim/keberatan/:id — the assessor's supervisor decides an objection, finally. */
export function ObjectionPage() {
  const t = useT(teamMessages);
  const localized = useLocalized();
  const formatDate = useFormatDate();
  const subName = useSubPeriodName();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ObjectionDecisionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [decide] = useMutation(DecideObjectionDocument);
  const objection = data?.objection ?? null;
  const assessment = objection?.assessment;

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

  return (
    <section aria-labelledby="objection-heading" className="team-page">
      <p>
        <Link className="team-link" to="/tim">
          ← {t('back')}
        </Link>
      </p>
      <QueryState loading={loading && !data} error={error} empty={!objection} emptyText={t('notFoundObjection')} onRetry={() => void refetch()}>
        {objection && assessment && (
          <>
            <h1 id="objection-heading">{t('objection.heading', { name: objection.employee.name })}</h1>
            <p>
              {objection.employee.position} · {t('objection.meta', { filed: formatDate(objection.filedAt), deadline: formatDate(objection.deadline) })}{' '}
              <StatusBadge objection={objection.status} />
            </p>
            <div className="plan-result">
              <h2>{t('objection.reason')}</h2>
              <p>{objection.reason}</p>
            </div>
            <div className="plan-result">
              <h2>{t('objection.assessment', { subPeriod: subName(assessment.subPeriod), assessor: assessment.assessor.name })}</h2>
              <dl className="team-dl">
                <dt>{t('objection.ratingWork')}</dt>
                <dd>
                  {rating(assessment.workResultsRating)}
                  {assessment.workResultsScore != null && (
                    <span className="team-muted"> ({t('objection.score', { score: assessment.workResultsScore, suggested: rating(assessment.suggestedWorkResultsRating) })})</span>
                  )}
                </dd>
                <dt>{t('objection.ratingBehaviour')}</dt>
                <dd>
                  {rating(assessment.behaviourRating)}
                  {assessment.behaviourScore != null && (
                    <span className="team-muted"> ({t('objection.score', { score: assessment.behaviourScore, suggested: rating(assessment.suggestedBehaviourRating) })})</span>
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
            {objection.status === 'PENDING' && assessment.workResultsRating && assessment.behaviourRating && assessment.predikat ? (
              <ObjectionDecisionForm
                key={objection.id}
                objectionId={objection.id}
                workResultsRating={assessment.workResultsRating}
                behaviourRating={assessment.behaviourRating}
                predikat={assessment.predikat}
                onDecide={onDecide}
              />
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
