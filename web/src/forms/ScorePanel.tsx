import {
  PREDIKAT_LABELS,
  RATING_LABELS,
  scoreAnswers,
  type AnswerSet,
  type RatingResult,
  type TemplateDefinition,
} from '@kinerja/shared';
import { useId, useMemo } from 'react';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { formMessages } from './messages';
import './forms.css';
import { formatScore } from '../common/format';

/**
 * Live numbers of a form, straight from `scoreAnswers(form, answers)`: section scores, the work-results
 * and behaviour scores with their suggested ratings, the suggested predikat and the completeness.
 */
export function ScorePanel({ form, answers }: { form: TemplateDefinition; answers: AnswerSet }) {
  const t = useT(formMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const headingId = useId();
  const result = useMemo(() => scoreAnswers(form, answers), [form, answers]);
  const titles = new Map(form.sections.map((section) => [section.key, section.title]));
  const rating = (group: RatingResult) =>
    group.rating ? t('score.suggested', { rating: localized(RATING_LABELS[group.rating]) }) : t('score.noRating');
  const { completeness } = result;
  return (
    <aside className="score-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('score.heading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('score.section')}</th>
            <th scope="col">{t('score.value')}</th>
            <th scope="col">{t('score.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {result.sections
            .filter((section) => section.kind !== 'feedback')
            .map((section) => (
              <tr key={section.key} data-section={section.key}>
                <th scope="row">{localized(titles.get(section.key))}</th>
                <td className="num">{formatScore(section.score, language)}</td>
                <td className="num">
                  {section.scoredCount}/{section.scorableCount}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <dl aria-live="polite">
        <div data-score="workResults">
          <dt>{t('score.workResults')}</dt>
          <dd>
            <strong>{formatScore(result.workResults.score, language)}</strong> · {rating(result.workResults)}
          </dd>
        </div>
        <div data-score="behaviour">
          <dt>{t('score.behaviour')}</dt>
          <dd>
            <strong>{formatScore(result.behaviour.score, language)}</strong> · {rating(result.behaviour)}
          </dd>
        </div>
        <div data-score="predikat">
          <dt>{t('score.predikat')}</dt>
          <dd>
            {result.predikat ? (
              <strong className="predikat">{localized(PREDIKAT_LABELS[result.predikat])}</strong>
            ) : (
              t('score.predikatPending')
            )}
          </dd>
        </div>
        <div data-score="completeness">
          <dt>{t('score.completeness')}</dt>
          <dd>
            {t('score.completenessValue', {
              answered: completeness.answeredRequired,
              total: completeness.totalRequired,
              percent: formatScore(completeness.percent, language),
            })}
            <progress
              max={Math.max(completeness.totalRequired, 1)}
              value={completeness.answeredRequired}
              aria-label={t('score.completeness')}
            />
          </dd>
        </div>
      </dl>
    </aside>
  );
}
