import {
  validateAnswers,
  withoutHiddenAnswers,
  type AnswerSet,
  type AnswerValue,
  type TemplateDefinition,
} from '@kinerja/shared';
import { useId, useMemo, useRef, useState } from 'react';
import { FormRenderer, type TargetScope } from '../forms/FormRenderer';
import { ScorePanel } from '../forms/ScorePanel';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { messagesByIndicator, refusalOf } from '../common/refusal';
import { assessmentMessages } from './messages';
import { formatLongDateTime } from '../common/format';

/**
 * The employee's self-assessment on the same form, kept apart from the supervisor's answers: the form
 * with its own live score, "save draft" (partial) and "submit" (complete, checked with `validateAnswers`
 * before sending). Read-only once submitted, or when the viewer is not the employee. Typed input stays
 * on screen whatever the server answers.
 */
export function SelfAssessmentPanel(props: {
  form: TemplateDefinition;
  initialAnswers: AnswerSet;
  /** When the employee submitted it; set → read-only. */
  submittedAt: string | null;
  /** The viewer is not the employee (e.g. the assessor reading a submitted self-assessment). */
  readOnly?: boolean;
  /** Stores the answers (hidden ones already removed); rejects with the server's error. */
  onSave?: (answers: AnswerSet, submit: boolean) => Promise<void>;
  /** The evaluation the form is for (a sub-period's or the year's), named beside each target. */
  targetScope?: TargetScope;
}) {
  const t = useT(assessmentMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const id = useId();
  const { form } = props;
  const [answers, setAnswers] = useState<AnswerSet>(props.initialAnswers);
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const readOnly = props.readOnly === true || props.submittedAt !== null || !props.onSave;

  const onChange = (key: string, value: AnswerValue) => {
    setAnswers((current) => ({ ...current, [key]: value }));
    setStatus(null);
    if (problems[key]) setProblems(({ [key]: _removed, ...rest }) => rest);
  };

  const store = async (submit: boolean) => {
    if (!props.onSave) return;
    setError(null);
    setStatus(null);
    const current = withoutHiddenAnswers(form, answers);
    const found = validateAnswers(form, current, { partial: !submit });
    if (found.length > 0) {
      const byKey: Record<string, string[]> = {};
      for (const problem of found)
        if (problem.indicatorKey) (byKey[problem.indicatorKey] ??= []).push(localized(problem.message));
      setProblems(byKey);
      setError(submit ? t('self.incomplete', { count: Object.keys(byKey).length || found.length }) : t('self.invalid'));
      setTimeout(
        () =>
          sectionRef.current
            ?.querySelector<HTMLElement>('.indicator.invalid input, .indicator.invalid textarea')
            ?.focus(),
        0,
      );
      return;
    }
    setBusy(true);
    try {
      await props.onSave(current, submit);
      setProblems({});
      if (!submit) setStatus(t('self.saved'));
    } catch (failed) {
      const failure = refusalOf(failed, language);
      setProblems(messagesByIndicator(failure));
      setError(failure.code === 'CONFLICT' ? t('self.conflict') : t('self.failed', { message: failure.message }));
    } finally {
      setBusy(false);
    }
  };

  const submittedAt = useMemo(
    () => (props.submittedAt ? formatLongDateTime(props.submittedAt, language) : null),
    [props.submittedAt, language],
  );

  return (
    <section className="self-assessment" ref={sectionRef} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('self.heading')}</h2>
      <p className="hint">{props.readOnly ? t('self.othersIntro') : t('self.intro')}</p>
      {submittedAt && <p className="notice">{t('self.submittedAt', { date: submittedAt })}</p>}
      <div className="assessment-layout">
        <div className="assessment-form">
          <FormRenderer
            form={form}
            answers={answers}
            onChange={onChange}
            readOnly={readOnly}
            problems={problems}
            idPrefix="self"
            targetScope={props.targetScope}
          />
          {!readOnly && (
            <div className="self-actions">
              <div role="status" aria-live="polite" className="self-status">
                {status}
              </div>
              {error && (
                <p className="error" role="alert">
                  {error}
                </p>
              )}
              <div className="actions">
                <button type="button" disabled={busy} onClick={() => void store(false)}>
                  {busy ? t('self.busy') : t('self.save')}
                </button>
                <button type="button" className="primary" disabled={busy} onClick={() => void store(true)}>
                  {t('self.submit')}
                </button>
              </div>
            </div>
          )}
        </div>
        <div className="assessment-side">
          <ScorePanel form={form} answers={answers} />
        </div>
      </div>
    </section>
  );
}
