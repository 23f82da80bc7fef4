import { useMutation } from '@apollo/client/react';
import {
  scoreAnswers,
  validateAnswers,
  withoutHiddenAnswers,
  type AnswerSet,
  type AnswerValue,
  type TemplateDefinition,
} from '@kinerja/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { answersToApi } from '../forms/definition-from-api';
import { FormRenderer, type TargetScope } from '../forms/FormRenderer';
import { ScorePanel } from '../forms/ScorePanel';
import type { AnswerInput } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import type { AssessmentDetailFragment as AssessmentDetail } from '../gql/graphql';
import { messagesByField, messagesByIndicator, refusalOf } from '../common/refusal';
import { assessmentMessages } from './messages';
import { SubmitSection, type SubmitChoice } from './SubmitSection';
import { workResultsSuggestion } from './unit-head';
import { SaveDraftDocument, SubmitDocument } from './operations';

/** How long the form waits after the last edit before saving the draft. */
const AUTOSAVE_DELAY_MS = 1500;

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'invalid' | 'error' | 'conflict';

const toInput = (form: TemplateDefinition, answers: AnswerSet): AnswerInput[] =>
  answersToApi(form, withoutHiddenAnswers(form, answers)).map((entry) => ({
    indicatorKey: entry.indicatorKey,
    value: entry.value,
  }));

/**
 * The assessor's draft: the form with the live score panel, autosave (debounced, with the lock version;
 * a conflict stops autosaving and keeps the input), and the submit section. Typed input is never lost
 * on an error: the answers live here and only a deliberate "load the saved version" replaces them.
 */
export function AssessmentEditor(props: {
  assessment: AssessmentDetail;
  form: TemplateDefinition;
  initialAnswers: AnswerSet;
  reload: () => Promise<AssessmentDetail | null>;
  discardAndReload: () => Promise<void>;
  /** The evaluation the form is for (a sub-period's or the year's), named beside each target. */
  targetScope?: TargetScope;
}) {
  const t = useT(assessmentMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const { form } = props;
  const assessmentId = props.assessment.id;
  const [answers, setAnswers] = useState<AnswerSet>(props.initialAnswers);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [serverProblems, setServerProblems] = useState<Record<string, string[]>>({});
  const [submitProblems, setSubmitProblems] = useState<Record<string, string[]>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [reasonProblems, setReasonProblems] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  const [saveDraft] = useMutation(SaveDraftDocument);
  const [submitAssessment] = useMutation(SubmitDocument);

  const latest = useRef(answers);
  const lockVersion = useRef(props.assessment.lockVersion);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const needsSave = useRef(false);
  const conflicted = useRef(false);

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    if (!needsSave.current) return true;
    if (conflicted.current) return false;
    const current = withoutHiddenAnswers(form, latest.current);
    if (validateAnswers(form, current, { partial: true }).length > 0) {
      setSaveState('invalid');
      return false;
    }
    needsSave.current = false;
    setSaveState('saving');
    const run = (async () => {
      try {
        const result = await saveDraft({
          variables: {
            input: { assessmentId, expectedLockVersion: lockVersion.current, answers: toInput(form, current) },
          },
        });
        const saved = result.data?.saveAssessmentDraft.assessment;
        if (saved) lockVersion.current = saved.lockVersion;
        setServerProblems({});
        setSaveError(null);
        setSaveState(needsSave.current ? 'dirty' : 'saved');
        return true;
      } catch (error) {
        needsSave.current = true;
        const failure = refusalOf(error, language);
        if (failure.code === 'CONFLICT') {
          conflicted.current = true;
          setSaveState('conflict');
        } else {
          setServerProblems(messagesByIndicator(failure));
          setSaveError(failure.message);
          setSaveState('error');
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [assessmentId, form, language, saveDraft]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void save();
    }, AUTOSAVE_DELAY_MS);
  }, [save]);

  // Leaving the page with unsaved input: save it now, and warn before a reload or close.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (needsSave.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (timer.current) {
        clearTimeout(timer.current);
        void save();
      }
    };
  }, [save]);

  const onChange = (key: string, value: AnswerValue) => {
    const next = { ...latest.current, [key]: value };
    latest.current = next;
    setAnswers(next);
    needsSave.current = true;
    if (submitProblems[key]) setSubmitProblems(({ [key]: _removed, ...rest }) => rest);
    if (serverProblems[key]) setServerProblems(({ [key]: _removed, ...rest }) => rest);
    if (conflicted.current) return;
    setSaveState('dirty');
    schedule();
  };

  const keepMine = async () => {
    const fresh = await props.reload();
    if (!fresh || fresh.status !== 'DRAFT') return;
    lockVersion.current = fresh.lockVersion;
    conflicted.current = false;
    needsSave.current = true;
    await save();
  };

  const score = useMemo(() => scoreAnswers(form, answers), [form, answers]);
  // A unit head's suggested rating hasil kerja follows the unit's capaian kinerja organisasi (SE MenPANRB 3/2023).
  const workSuggestion = workResultsSuggestion(score.workResults.rating, props.assessment);

  const submit = async (choice: SubmitChoice) => {
    setSubmitError(null);
    setReasonProblems([]);
    const current = withoutHiddenAnswers(form, latest.current);
    const problems = validateAnswers(form, current);
    if (problems.length > 0) {
      const byKey: Record<string, string[]> = {};
      for (const problem of problems)
        if (problem.indicatorKey) (byKey[problem.indicatorKey] ??= []).push(localized(problem.message));
      setSubmitProblems(byKey);
      setSubmitError(t('submit.incomplete', { count: Object.keys(byKey).length || problems.length }));
      document.querySelector<HTMLElement>('.indicator.invalid input, .indicator.invalid textarea')?.focus();
      return;
    }
    if (conflicted.current) {
      setSaveState('conflict');
      return;
    }
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    setSubmitting(true);
    if (inFlight.current) await inFlight.current;
    try {
      const result = await submitAssessment({
        variables: {
          input: {
            assessmentId,
            expectedLockVersion: lockVersion.current,
            answers: toInput(form, current),
            workResultsRating: choice.workResultsRating,
            behaviourRating: choice.behaviourRating,
            ratingReason: choice.ratingReason,
          },
        },
      });
      needsSave.current = false;
      if (result.data) document.getElementById('assessment-heading')?.focus();
    } catch (error) {
      const failure = refusalOf(error, language);
      if (failure.code === 'CONFLICT') {
        conflicted.current = true;
        needsSave.current = true;
        setSaveState('conflict');
      }
      setServerProblems(messagesByIndicator(failure));
      setReasonProblems(messagesByField(failure).ratingReason ?? []);
      setSubmitError(t('submit.failed', { message: failure.message }));
    } finally {
      setSubmitting(false);
    }
  };

  const problems = useMemo(() => {
    const merged: Record<string, string[]> = {};
    for (const source of [serverProblems, submitProblems]) {
      for (const [key, messages] of Object.entries(source))
        merged[key] = [...new Set([...(merged[key] ?? []), ...messages])];
    }
    return merged;
  }, [serverProblems, submitProblems]);

  return (
    <>
      <div className="save-status" role="status" aria-live="polite">
        {saveState === 'error' ? (
          <span className="error">
            {t('save.error', { message: saveError ?? '' })}{' '}
            <button type="button" onClick={() => void save()}>
              {t('save.retry')}
            </button>
          </span>
        ) : saveState === 'conflict' ? null : (
          <span className={saveState === 'invalid' ? 'error' : undefined}>{t(`save.${saveState}`)}</span>
        )}
      </div>
      {saveState === 'conflict' && (
        <div className="conflict" role="alert">
          <h2>{t('conflict.title')}</h2>
          <p>{t('conflict.body')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void keepMine()}>
              {t('conflict.keepMine')}
            </button>
            <button type="button" onClick={() => void props.discardAndReload()}>
              {t('conflict.loadTheirs')}
            </button>
          </div>
        </div>
      )}
      <div className="assessment-layout">
        <div className="assessment-form">
          <FormRenderer
            form={form}
            answers={answers}
            onChange={onChange}
            problems={problems}
            idPrefix="assessment"
            targetScope={props.targetScope}
          />
          <SubmitSection
            suggested={{ workResults: workSuggestion.rating, behaviour: score.behaviour.rating }}
            workResultsNote={workSuggestion.note ? localized(workSuggestion.note) : null}
            busy={submitting}
            error={submitError}
            reasonProblems={reasonProblems}
            onSubmit={(choice) => void submit(choice)}
          />
        </div>
        <div className="assessment-side">
          <ScorePanel form={form} answers={answers} />
        </div>
      </div>
    </>
  );
}
