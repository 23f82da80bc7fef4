import { PREDIKAT_LABELS, predikatOf, RATING_LABELS, RATINGS, type Predikat, type Rating } from '@kinerja/shared';
import { useId, useRef, useState } from 'react';
import type { DecideObjectionInput } from '../gql/graphql';
import { useLocalized, useT } from '../i18n/i18n';
import { type Refusal, messageByField } from '../common/refusal';
import { teamMessages } from './messages';

type Outcome = 'UPHELD' | 'CHANGED';

/** The final decision on an objection: keep the ratings, or change them with a reason; shows the resulting predikat live. */
export function ObjectionDecisionForm(props: {
  objectionId: string;
  workResultsRating: Rating;
  behaviourRating: Rating;
  predikat: Predikat;
  onDecide(input: DecideObjectionInput): Promise<Refusal | null>;
}) {
  const t = useT(teamMessages);
  const localized = useLocalized();
  const id = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<Outcome>('UPHELD');
  const [work, setWork] = useState<Rating>(props.workResultsRating);
  const [behaviour, setBehaviour] = useState<Rating>(props.behaviourRating);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const changed = outcome === 'CHANGED';
  const resulting = changed ? predikatOf(work, behaviour) : props.predikat;

  const submit = async () => {
    setRefusal(null);
    const local: Record<string, string> = {};
    if (changed && reason.trim() === '') local.reason = t('decide.reasonRequired');
    if (changed && work === props.workResultsRating && behaviour === props.behaviourRating)
      local.workResultsRating = t('decide.unchanged');
    setFields(local);
    if (Object.keys(local).length > 0) {
      if (local.reason) reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    const input: DecideObjectionInput = changed
      ? {
          objectionId: props.objectionId,
          outcome,
          workResultsRating: work,
          behaviourRating: behaviour,
          reason: reason.trim(),
        }
      : { objectionId: props.objectionId, outcome, reason: reason.trim() || null };
    const result = await props.onDecide(input);
    setBusy(false);
    if (result) {
      setRefusal(result.message);
      setFields(messageByField(result));
    } else setDone(true);
  };

  const ratingSelect = (
    key: 'workResultsRating' | 'behaviourRating',
    label: string,
    value: Rating,
    set: (r: Rating) => void,
  ) => (
    <div>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={value}
        onChange={(e) => set(e.target.value as Rating)}
        aria-invalid={fields[key] ? true : undefined}
        aria-describedby={fields[key] ? `${id}-${key}-error` : undefined}
      >
        {RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {localized(RATING_LABELS[rating])}
          </option>
        ))}
      </select>
      {fields[key] && (
        <p id={`${id}-${key}-error`} className="field-error">
          {fields[key]}
        </p>
      )}
    </div>
  );

  return (
    <form
      className="team-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => (e.preventDefault(), void submit())}
      noValidate
    >
      <h2 id={`${id}-heading`}>{t('decide.heading')}</h2>
      <fieldset>
        <legend>{t('decide.outcome')}</legend>
        {(['UPHELD', 'CHANGED'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {t(`decide.${value}`)}
          </label>
        ))}
      </fieldset>
      {changed && (
        <>
          {ratingSelect('workResultsRating', t('decide.newWork'), work, setWork)}
          {ratingSelect('behaviourRating', t('decide.newBehaviour'), behaviour, setBehaviour)}
        </>
      )}
      <p aria-live="polite">
        {t('decide.resulting')}:{' '}
        <span className="predikat-live" data-testid="resulting-predikat">
          {localized(PREDIKAT_LABELS[resulting])}
        </span>
        {resulting !== props.predikat && (
          <span className="team-muted">
            {' '}
            ({t('decide.was', { predikat: localized(PREDIKAT_LABELS[props.predikat]) })})
          </span>
        )}
      </p>
      <label htmlFor={`${id}-reason`}>{t('decide.reason')}</label>
      <span className="hint" id={`${id}-reason-hint`}>
        {changed ? t('decide.reasonHintChanged') : t('decide.reasonHintUpheld')}
      </span>
      <textarea
        id={`${id}-reason`}
        ref={reasonRef}
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={fields.reason ? true : undefined}
        aria-describedby={`${id}-reason-hint${fields.reason ? ` ${id}-reason-error` : ''}`}
      />
      {fields.reason && (
        <p id={`${id}-reason-error`} className="field-error">
          {fields.reason}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy || done}>
          {busy ? t('busy') : t('decide.submit')}
        </button>
      </div>
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
      {done && (
        <p role="status" className="success">
          {t('decide.done')}
        </p>
      )}
    </form>
  );
}
