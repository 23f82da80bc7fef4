import { objectionWindow, PREDIKAT_LABELS } from '@kinerja/shared';
import { useState, type FormEvent } from 'react';
import type { ObjectionStatus, Predikat } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { refusalOf, type Refusal } from '../common/refusal';
import { resultsMessages } from './messages';
import { formatDate, formatDay } from '../common/format';
import { RefusalAlert } from '../common/RefusalAlert';

export interface ObjectionRow {
  id: string;
  status: ObjectionStatus;
  reason: string;
  filedAt: string;
  decidedAt?: string | null;
  decisionReason?: string | null;
  predikat?: Predikat | null;
}

/**
 * The objection of one submitted assessment: its status and decision, or the form while the window is open. The
 * window is the shared rule of PP 30/2019: 14 calendar days from the day the employee received the result, in
 * their unit's time zone (until the receipt is recorded, filing now would record it, so it counts from now).
 */
export function ObjectionPanel(props: {
  assessmentId: string;
  /** When the employee received the result (ISO), or null while that is being recorded. */
  receivedAt: string | null;
  /** The IANA time zone of the employee's unit (WIB: Asia/Jakarta). */
  timeZone: string;
  now: Date;
  objection: ObjectionRow | null;
  onFile(reason: string): Promise<void>;
}) {
  const t = useT(resultsMessages);
  const { language } = useLanguage();
  const localized = useLocalized();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { lastDay, deadline } = objectionWindow(
    props.receivedAt ? new Date(props.receivedAt) : props.now,
    props.timeZone,
  );
  const open = props.now.getTime() <= deadline.getTime();
  const id = `objection-${props.assessmentId}`;
  const { objection } = props;

  if (objection) {
    return (
      <section aria-labelledby={`${id}-heading`} className="objection">
        <h4 id={`${id}-heading`}>{t('objection')}</h4>
        <p>
          <span className={`badge badge-objection-${objection.status.toLowerCase()}`}>
            {t(`objectionStatus.${objection.status}`)}
          </span>{' '}
          {t('objectionFiled', { date: formatDate(objection.filedAt, language) })}
          {objection.decidedAt && (
            <> · {t('objectionDecidedAt', { date: formatDate(objection.decidedAt, language) })}</>
          )}
        </p>
        <p>
          <strong>{t('objectionYourReason')}:</strong> {objection.reason}
        </p>
        {objection.decisionReason && (
          <p>
            <strong>{t('objectionDecision')}:</strong> {objection.decisionReason}
          </p>
        )}
        {objection.predikat && (
          <p>{t('objectionNewPredikat', { predikat: localized(PREDIKAT_LABELS[objection.predikat]) })}</p>
        )}
      </section>
    );
  }

  const trimmed = reason.trim();
  const invalid = trimmed.length === 0 || trimmed.length > 2000;
  const serverProblem = refusal?.problems.find((p) => p.path === 'reason')?.message ?? null;
  const problem = (touched && invalid ? t('objectionReasonRequired') : null) ?? serverProblem;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (invalid) return;
    setBusy(true);
    setRefusal(null);
    try {
      await props.onFile(trimmed);
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="objection">
      <h4 id={`${id}-heading`}>{t('objection')}</h4>
      {open ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p>{t('objectionOpen', { date: formatDay(lastDay, language) })}</p>
          <label htmlFor={`${id}-reason`}>
            {t('objectionReason')}
            <textarea
              id={`${id}-reason`}
              rows={3}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
            />
          </label>
          {problem && (
            <p id={`${id}-problem`} className="error">
              {problem}
            </p>
          )}
          {refusal && !serverProblem && <RefusalAlert refusal={refusal} />}
          <button type="submit" disabled={busy}>
            {busy ? t('objectionFiling') : t('objectionFile')}
          </button>
        </form>
      ) : (
        <p className="hint">{t('objectionClosed', { date: formatDay(lastDay, language) })}</p>
      )}
    </section>
  );
}
