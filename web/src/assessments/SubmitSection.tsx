import { predikatOf, PREDIKAT_LABELS, RATING_LABELS, RATINGS, isRating, type Rating } from '@kinerja/shared';
import { useId, useRef, useState } from 'react';
import { useLocalized, useT } from '../i18n/i18n';
import { assessmentMessages } from './messages';

export interface SubmitChoice {
  workResultsRating: Rating;
  behaviourRating: Rating;
  ratingReason: string | null;
}

/**
 * The two ratings, preselected to the suggested ones (they follow the suggestion until the assessor
 * picks another), the live predikat, and the reason — required, and enforced here, when a rating departs.
 */
export function SubmitSection(props: {
  suggested: { workResults: Rating | null; behaviour: Rating | null };
  /** Where the work-results suggestion comes from, when it is not plainly the score (a unit head's, SE MenPANRB 3/2023). */
  workResultsNote?: string | null;
  busy: boolean;
  /** A failure to show above the button (the server's message, or incomplete answers). */
  error?: string | null;
  /** Server problems about the reason. */
  reasonProblems?: readonly string[];
  onSubmit: (choice: SubmitChoice) => void;
}) {
  const t = useT(assessmentMessages);
  const localized = useLocalized();
  const id = useId();
  const [workResults, setWorkResults] = useState<Rating | null>(null);
  const [behaviour, setBehaviour] = useState<Rating | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [ratingError, setRatingError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const wr = workResults ?? props.suggested.workResults;
  const bh = behaviour ?? props.suggested.behaviour;
  const departs =
    (wr !== null && wr !== props.suggested.workResults) || (bh !== null && bh !== props.suggested.behaviour);
  const reasonMessages = [...(reasonError ? [reasonError] : []), ...(props.reasonProblems ?? [])];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setRatingError(null);
    setReasonError(null);
    if (!wr || !bh) {
      setRatingError(t('submit.ratingRequired'));
      return;
    }
    if (departs && reason.trim() === '') {
      setReasonError(t('submit.reasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    props.onSubmit({
      workResultsRating: wr,
      behaviourRating: bh,
      ratingReason: reason.trim() === '' ? null : reason.trim(),
    });
  };

  const ratingSelect = (
    name: 'workResults' | 'behaviour',
    value: Rating | null,
    suggestion: Rating | null,
    set: (rating: Rating | null) => void,
    note?: string | null,
  ) => (
    <label htmlFor={`${id}-${name}`}>
      {t(name === 'workResults' ? 'submit.workResults' : 'submit.behaviour')}
      <select
        id={`${id}-${name}`}
        value={value ?? ''}
        aria-describedby={note ? `${id}-${name}-note` : undefined}
        onChange={(event) => set(isRating(event.target.value) ? event.target.value : null)}
      >
        {value === null && <option value="">{t('submit.choose')}</option>}
        {RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {rating === suggestion
              ? t('submit.suggestedOption', { rating: localized(RATING_LABELS[rating]) })
              : localized(RATING_LABELS[rating])}
          </option>
        ))}
      </select>
      {note && (
        <span className="hint suggestion-note" id={`${id}-${name}-note`}>
          {note}
        </span>
      )}
      {suggestion === null && <span className="hint">{t('submit.noSuggestion')}</span>}
    </label>
  );

  return (
    <section className="submit-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('submit.heading')}</h2>
      <p className="hint">{t('submit.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="rating-row">
          {ratingSelect('workResults', wr, props.suggested.workResults, setWorkResults, props.workResultsNote)}
          {ratingSelect('behaviour', bh, props.suggested.behaviour, setBehaviour)}
        </div>
        {wr && bh && (
          <p className="live-predikat" aria-live="polite">
            {t('submit.predikat', { predikat: localized(PREDIKAT_LABELS[predikatOf(wr, bh)]) })}
          </p>
        )}
        <label htmlFor={`${id}-reason`}>
          <span>
            {t('submit.reason')}
            {departs && <span className="required-mark"> *</span>}
          </span>
          <textarea
            id={`${id}-reason`}
            ref={reasonRef}
            rows={3}
            maxLength={2000}
            value={reason}
            required={departs}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={reasonMessages.length > 0 || undefined}
            aria-describedby={`${id}-reason-hint${reasonMessages.length > 0 ? ` ${id}-reason-error` : ''}`}
          />
        </label>
        <p className="hint" id={`${id}-reason-hint`}>
          {t('submit.reasonHint')}
        </p>
        {reasonMessages.length > 0 && (
          <p className="field-error" id={`${id}-reason-error`} role="alert">
            {reasonMessages.join(' ')}
          </p>
        )}
        {(ratingError || props.error) && (
          <p className="error" role="alert">
            {ratingError ?? props.error}
          </p>
        )}
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? t('submit.busy') : t('submit.button')}
        </button>
      </form>
    </section>
  );
}
