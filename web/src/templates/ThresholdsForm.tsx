import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n';
import type { Refusal } from '../common/refusal';
import { Field } from './IndicatorFormView';
import { templateMessages } from './messages';
import { parseNumber, type ApiVersion } from './model';
import { ProblemList } from './ProblemList';
import { RefusalAlert } from '../common/RefusalAlert';
import type { RunOperation } from './edit-operations';

export function ThresholdsForm({
  version,
  editable,
  run,
  onReload,
}: {
  version: ApiVersion;
  editable: boolean;
  run: RunOperation;
  onReload(): void;
}) {
  const t = useT(templateMessages);
  const current = version.ratingThresholds;
  const [values, setValues] = useState({
    wrMeets: String(current.workResults.meets),
    wrAbove: String(current.workResults.above),
    bMeets: String(current.behaviour.meets),
    bAbove: String(current.behaviour.above),
  });
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const num = (value: string) => parseNumber(value) ?? Number.NaN;
    const result = await run({
      type: 'setThresholds',
      ratingThresholds: {
        workResults: { meets: num(values.wrMeets), above: num(values.wrAbove) },
        behaviour: { meets: num(values.bMeets), above: num(values.bAbove) },
      },
    });
    setBusy(false);
    setRefusal(result);
  };
  const input = (key: keyof typeof values) => (id: string) => (
    <input
      id={id}
      inputMode="decimal"
      value={values[key]}
      readOnly={!editable}
      onChange={(e) => setValues({ ...values, [key]: e.target.value })}
    />
  );
  return (
    <form className="card thresholds" aria-labelledby="thresholds-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="thresholds-heading">{t('thresholds')}</h2>
      <div className="form-grid">
        <fieldset>
          <legend>{t('thresholdWorkResults')}</legend>
          <Field label={t('thresholdMeets')}>{input('wrMeets')}</Field>
          <Field label={t('thresholdAbove')}>{input('wrAbove')}</Field>
        </fieldset>
        <fieldset>
          <legend>{t('thresholdBehaviour')}</legend>
          <Field label={t('thresholdMeets')}>{input('bMeets')}</Field>
          <Field label={t('thresholdAbove')}>{input('bAbove')}</Field>
        </fieldset>
      </div>
      {refusal && (
        <RefusalAlert refusal={refusal}>
          <ProblemList problems={refusal.problems} />
          {refusal.code === 'CONFLICT' && (
            <button type="button" onClick={onReload}>
              {t('reload')}
            </button>
          )}
        </RefusalAlert>
      )}
      {editable && (
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('saveThresholds')}
        </button>
      )}
    </form>
  );
}
