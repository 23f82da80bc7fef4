import { isHttpUrl } from '@kinerja/shared';
import { useState, type FormEvent } from 'react';
import { useLanguage, useT } from '../i18n/i18n';
import { refusalOf, type Refusal } from '../common/refusal';
import { planMessages } from './messages';
import { localeOf } from '../common/format';
import { RefusalAlert } from '../common/RefusalAlert';

interface RealisationValues {
  value: number;
  evidenceUrl: string | null;
  note: string | null;
}

interface RecordedRealisation {
  value: number;
  recordedAt: string;
}

/** Records the realisation of one target with its evidence; the input stays when the server refuses. */
export function RealisationForm(props: {
  targetId: string;
  unit: string;
  onRecord(values: RealisationValues): Promise<RecordedRealisation>;
}) {
  const t = useT(planMessages);
  const { language } = useLanguage();
  const [value, setValue] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [recorded, setRecorded] = useState<RecordedRealisation | null>(null);
  const [touched, setTouched] = useState(false);

  const number = value.trim() === '' ? Number.NaN : Number(value.replace(',', '.'));
  const valueProblem = touched && (!Number.isFinite(number) || number < 0) ? t('valueInvalid') : null;
  const urlProblem = evidenceUrl.trim() !== '' && !isHttpUrl(evidenceUrl.trim()) ? t('evidenceInvalid') : null;
  const serverProblem = (field: string) => refusal?.problems.find((p) => p.path === field)?.message ?? null;
  const id = `real-${props.targetId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!Number.isFinite(number) || number < 0 || urlProblem) return;
    setBusy(true);
    setRefusal(null);
    try {
      setRecorded(
        await props.onRecord({ value: number, evidenceUrl: evidenceUrl.trim() || null, note: note.trim() || null }),
      );
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  }

  const valueError = valueProblem ?? serverProblem('value');
  const urlError = urlProblem ?? serverProblem('evidenceUrl');
  const noteError = serverProblem('note');
  return (
    <form className="realisation-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="plan-target-grid">
        <label htmlFor={`${id}-value`}>
          {t('value', { unit: props.unit })}
          <input
            id={`${id}-value`}
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={valueError ? true : undefined}
            aria-describedby={valueError ? `${id}-value-error` : undefined}
          />
        </label>
        <label htmlFor={`${id}-url`} className="span-2">
          {t('evidenceUrl')}
          <input
            id={`${id}-url`}
            type="url"
            value={evidenceUrl}
            placeholder="https://"
            onChange={(e) => setEvidenceUrl(e.target.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? `${id}-url-error` : undefined}
          />
        </label>
        <label htmlFor={`${id}-note`} className="span-3">
          {t('note')}
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteError ? true : undefined}
          />
        </label>
      </div>
      {valueError && (
        <p id={`${id}-value-error`} className="error">
          {valueError}
        </p>
      )}
      {urlError && (
        <p id={`${id}-url-error`} className="error">
          {urlError}
        </p>
      )}
      {noteError && <p className="error">{noteError}</p>}
      {refusal && refusal.problems.length === 0 && <RefusalAlert refusal={refusal} />}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('recording') : t('record')}
      </button>
      {recorded && (
        <p role="status" className="success">
          {t('recorded', {
            value: recorded.value,
            unit: props.unit,
            date: new Date(recorded.recordedAt).toLocaleString(localeOf(language)),
          })}
        </p>
      )}
    </form>
  );
}
