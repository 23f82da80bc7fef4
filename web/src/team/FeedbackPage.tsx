import { PREDIKAT_LABELS } from '@kinerja/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../common/QueryState';
import { useLocalized, useT } from '../i18n/i18n';
import { FinalFeedbackDocument, SaveFeedbackDocument } from './operations';
import { type Refusal, refusalOf } from '../common/refusal';
import { FeedbackForm, type FeedbackDraft } from './FeedbackForm';
import { teamMessages } from './messages';
import './team.css';
import { useSubPeriodName } from '../common/periods';

/** /tim/umpan-balik/:assessmentId — the assessor writes the final feedback on a submitted assessment. */
export function FeedbackPage() {
  const t = useT(teamMessages);
  const localized = useLocalized();
  const subName = useSubPeriodName();
  const { assessmentId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FinalFeedbackDocument, {
    variables: { assessmentId },
    fetchPolicy: 'cache-and-network',
  });
  const [save] = useMutation(SaveFeedbackDocument);
  const assessment = data?.assessment ?? null;
  const feedback = data?.assessmentFeedback ?? null;

  const initial: FeedbackDraft = {
    strengths: feedback?.strengths ?? '',
    areasToImprove: feedback?.areasToImprove ?? '',
    developmentActions: [...(feedback?.developmentActions ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({ kind: a.kind, description: a.description, targetDate: a.targetDate, status: a.status })),
  };
  const onSave = async (
    input: Parameters<Parameters<typeof FeedbackForm>[0]['onSave']>[0],
  ): Promise<Refusal | null> => {
    try {
      await save({
        variables: { input: { ...input, assessmentId, expectedLockVersion: feedback?.lockVersion ?? null } },
      });
      await refetch();
      return null;
    } catch (failure) {
      return refusalOf(failure);
    }
  };

  return (
    <section aria-labelledby="feedback-heading" className="team-page">
      <p>
        <Link className="team-link" to="/tim">
          ← {t('back')}
        </Link>
      </p>
      <QueryState
        loading={loading && !data}
        error={error}
        empty={!assessment}
        emptyText={t('notFoundAssessment')}
        onRetry={() => void refetch()}
      >
        {assessment && (
          <>
            <h1 id="feedback-heading">{t('feedback.heading', { name: assessment.employee.name })}</h1>
            <p>
              {t('feedback.meta', {
                subPeriod: subName(assessment.subPeriod),
                predikat: assessment.predikat ? localized(PREDIKAT_LABELS[assessment.predikat]) : '—',
              })}
            </p>
            {assessment.status !== 'SUBMITTED' ? (
              <p className="hint">{t('feedback.notSubmitted')}</p>
            ) : (
              <FeedbackForm
                key={assessmentId}
                initial={initial}
                acknowledgedAt={feedback?.acknowledgedAt ?? null}
                onSave={onSave}
              />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
