import { useId, useState } from 'react';
import type { DevelopmentActionKind, DevelopmentActionStatus, SaveAssessmentFeedbackInput } from '../gql/graphql';
import { useT } from '../i18n/i18n';
import { type Refusal, messageByField } from '../common/refusal';
import { teamMessages } from './messages';
import { useFormatDate } from '../common/format';
import { RefusalAlert } from '../common/RefusalAlert';

const KINDS: readonly DevelopmentActionKind[] = ['TRAINING', 'MENTORING', 'COACHING', 'ASSIGNMENT', 'OTHER'];

export interface FeedbackDraft {
  strengths: string;
  areasToImprove: string;
  developmentActions: {
    kind: DevelopmentActionKind;
    description: string;
    targetDate: string;
    status: DevelopmentActionStatus;
  }[];
}

type Input = Omit<SaveAssessmentFeedbackInput, 'assessmentId' | 'expectedLockVersion'>;

/** What to send: texts trimmed, development actions in order. */
function feedbackInput(draft: FeedbackDraft): Input {
  return {
    strengths: draft.strengths.trim(),
    areasToImprove: draft.areasToImprove.trim(),
    developmentActions: draft.developmentActions.map((a) => ({
      kind: a.kind,
      description: a.description.trim(),
      targetDate: a.targetDate,
      status: a.status,
    })),
  };
}

/** The final feedback: strengths, areas to improve and development actions; read-only once acknowledged. */
export function FeedbackForm(props: {
  initial: FeedbackDraft;
  acknowledgedAt: string | null;
  onSave(input: Input): Promise<Refusal | null>;
}) {
  const t = useT(teamMessages);
  const formatDate = useFormatDate();
  const id = useId();
  const [draft, setDraft] = useState<FeedbackDraft>(props.initial);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saved, setSaved] = useState(false);

  if (props.acknowledgedAt) {
    return (
      <div className="plan-result">
        <p role="status">{t('feedback.acknowledged', { date: formatDate(props.acknowledgedAt) })}</p>
        <dl className="team-dl">
          <dt>{t('feedback.strengths')}</dt>
          <dd>{draft.strengths}</dd>
          <dt>{t('feedback.areas')}</dt>
          <dd>{draft.areasToImprove}</dd>
        </dl>
        <h2>{t('feedback.actions')}</h2>
        {draft.developmentActions.length === 0 ? (
          <p className="empty">{t('feedback.noActions')}</p>
        ) : (
          <ol>
            {draft.developmentActions.map((action, index) => (
              <li key={index}>
                <strong>{t(`kind.${action.kind}`)}</strong>: {action.description} · {formatDate(action.targetDate)} ·{' '}
                {t(`action.${action.status}`)}
              </li>
            ))}
          </ol>
        )}
      </div>
    );
  }

  const fieldError = (field: string) => messageByField(refusal)[field];
  const update = (index: number, change: Partial<FeedbackDraft['developmentActions'][number]>) =>
    setDraft((old) => ({
      ...old,
      developmentActions: old.developmentActions.map((a, i) => (i === index ? { ...a, ...change } : a)),
    }));

  const save = async () => {
    setBusy(true);
    setSaved(false);
    setRefusal(null);
    const result = await props.onSave(feedbackInput(draft));
    setBusy(false);
    if (result) setRefusal(result);
    else setSaved(true);
  };

  const textField = (key: 'strengths' | 'areasToImprove', label: string) => (
    <div>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <textarea
        id={`${id}-${key}`}
        rows={4}
        value={draft[key]}
        required
        onChange={(e) => setDraft((old) => ({ ...old, [key]: e.target.value }))}
        aria-invalid={fieldError(key) ? true : undefined}
        aria-describedby={fieldError(key) ? `${id}-${key}-error` : undefined}
      />
      {fieldError(key) && (
        <p id={`${id}-${key}-error`} className="field-error">
          {fieldError(key)}
        </p>
      )}
    </div>
  );

  return (
    <form
      className="team-form"
      aria-label={t('feedback.save')}
      onSubmit={(e) => (e.preventDefault(), void save())}
      noValidate
    >
      {textField('strengths', t('feedback.strengths'))}
      {textField('areasToImprove', t('feedback.areas'))}
      <h2>{t('feedback.actions')}</h2>
      {draft.developmentActions.length === 0 && <p className="empty">{t('feedback.noActions')}</p>}
      {draft.developmentActions.map((action, index) => {
        const base = `developmentActions.${index}`;
        const n = index + 1;
        const errors = ['kind', 'description', 'targetDate'].map((f) => fieldError(`${base}.${f}`)).filter(Boolean);
        return (
          <fieldset key={index} className="action-row">
            <legend>{t('feedback.actionN', { n })}</legend>
            <label>
              {t('feedback.kind')}
              <select
                value={action.kind}
                onChange={(e) => update(index, { kind: e.target.value as DevelopmentActionKind })}
              >
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('feedback.description')}
              <input
                value={action.description}
                maxLength={1000}
                onChange={(e) => update(index, { description: e.target.value })}
                aria-invalid={fieldError(`${base}.description`) ? true : undefined}
              />
            </label>
            <label>
              {t('feedback.targetDate')}
              <input
                type="date"
                value={action.targetDate}
                onChange={(e) => update(index, { targetDate: e.target.value })}
                aria-invalid={fieldError(`${base}.targetDate`) ? true : undefined}
              />
            </label>
            <button
              type="button"
              aria-label={t('feedback.removeAction', { n })}
              onClick={() =>
                setDraft((old) => ({
                  ...old,
                  developmentActions: old.developmentActions.filter((_, i) => i !== index),
                }))
              }
            >
              ✕
            </button>
            {errors.map((message) => (
              <p key={message} className="field-error" style={{ gridColumn: '1 / -1' }}>
                {message}
              </p>
            ))}
          </fieldset>
        );
      })}
      <div className="buttons">
        <button
          type="button"
          onClick={() =>
            setDraft((old) => ({
              ...old,
              developmentActions: [
                ...old.developmentActions,
                { kind: 'TRAINING', description: '', targetDate: '', status: 'PLANNED' },
              ],
            }))
          }
        >
          {t('feedback.addAction')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('busy') : t('feedback.save')}
        </button>
      </div>
      {refusal && <RefusalAlert refusal={refusal} />}
      {saved && (
        <p role="status" className="success">
          {t('feedback.saved')}
        </p>
      )}
    </form>
  );
}
