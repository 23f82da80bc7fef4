import { PREDIKAT_LABELS, RATING_LABELS, type Rating } from '@kinerja/shared';
import { Link } from 'react-router';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import type { AssessmentDetailFragment as AssessmentDetail } from '../gql/graphql';
import { assessmentMessages } from './messages';
import { formatScore } from '../common/format';
import { subPeriodShortName } from '../common/periods';

/**
 * The context of an annual assessment (PermenPANRB 6/2022): the employee's submitted periodic assessments of the
 * year — sub-period, the two ratings with their scores, and the predikat — above the annual form.
 */
export function PeriodicResults({ results }: { results: AssessmentDetail['periodicResults'] }) {
  const t = useT(assessmentMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const rating = (given: Rating | null | undefined, score: number | null | undefined) =>
    given ? (
      <>
        {localized(RATING_LABELS[given])}
        {typeof score === 'number' && (
          <span className="hint"> · {t('result.score', { score: formatScore(score, language) })}</span>
        )}
      </>
    ) : (
      t('result.none')
    );
  const ordered = [...results].sort((a, b) => a.subPeriod.number - b.subPeriod.number);
  return (
    <section className="periodic-results" aria-labelledby="periodic-results-heading">
      <h2 id="periodic-results-heading">{t('periodic.heading')}</h2>
      <p className="hint">{t('periodic.intro')}</p>
      {ordered.length === 0 ? (
        <p className="empty">{t('periodic.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="periodic-results-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('periodic.subPeriod')}</th>
                <th scope="col">{t('result.workResults')}</th>
                <th scope="col">{t('result.behaviour')}</th>
                <th scope="col">{t('result.predikat')}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((result) => (
                <tr key={result.id}>
                  <th scope="row">
                    <Link to={`/penilaian/${result.id}`}>
                      {subPeriodShortName(language === 'id' ? result.subPeriod.name : result.subPeriod.nameEn)}
                    </Link>
                  </th>
                  <td>{rating(result.workResultsRating, result.workResultsScore)}</td>
                  <td>{rating(result.behaviourRating, result.behaviourScore)}</td>
                  <td>
                    <strong>{result.predikat ? localized(PREDIKAT_LABELS[result.predikat]) : t('result.none')}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
