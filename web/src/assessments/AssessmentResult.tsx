import { PREDIKAT_LABELS, RATING_LABELS, type Rating } from '@kinerja/shared';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { assessmentMessages } from './messages';
import type { AssessmentDetailFragment as AssessmentDetail } from '../gql/graphql';
import { formatLongDateTime, formatScore } from '../common/format';

/** The stored outcome of a submitted assessment: the two ratings (with the suggestions), the predikat and the reason. */
export function AssessmentResult({ assessment }: { assessment: AssessmentDetail }) {
  const t = useT(assessmentMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const rating = (given: Rating | null, suggested: Rating | null, score: number | null) => (
    <>
      <strong>{given ? localized(RATING_LABELS[given]) : t('result.none')}</strong>
      {score !== null && <> · {t('result.score', { score: formatScore(score, language) })}</>}
      {suggested && suggested !== given && (
        <> {t('result.suggested', { rating: localized(RATING_LABELS[suggested]) })}</>
      )}
    </>
  );
  const submittedAt = assessment.submittedAt ? formatLongDateTime(assessment.submittedAt, language) : '';
  return (
    <section className="assessment-result" aria-labelledby="assessment-result-heading">
      <h2 id="assessment-result-heading">{t('result.heading')}</h2>
      {submittedAt && <p role="status">{t('result.submittedAt', { date: submittedAt })}</p>}
      <dl>
        <div>
          <dt>{t('result.workResults')}</dt>
          <dd>
            {rating(
              assessment.workResultsRating ?? null,
              assessment.suggestedWorkResultsRating ?? null,
              assessment.workResultsScore ?? null,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('result.behaviour')}</dt>
          <dd>
            {rating(
              assessment.behaviourRating ?? null,
              assessment.suggestedBehaviourRating ?? null,
              assessment.behaviourScore ?? null,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('result.predikat')}</dt>
          <dd>
            <strong className="predikat">
              {assessment.predikat ? localized(PREDIKAT_LABELS[assessment.predikat]) : t('result.none')}
            </strong>
          </dd>
        </div>
        {assessment.ratingReason && (
          <div>
            <dt>{t('result.reason')}</dt>
            <dd>{assessment.ratingReason}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
