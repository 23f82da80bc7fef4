import { BERAKHLAK_VALUES } from '@kinerja/shared';
import { useId, useState } from 'react';
import { useLocalized, useT } from '../i18n/i18n';
import { type Refusal, messageByField } from '../common/refusal';
import { teamMessages } from './messages';
import { RefusalAlert } from '../common/RefusalAlert';

export interface ExpectationEntry {
  valueCode: string;
  expectation: string;
}

/** The entries to send: one per BerAKHLAK value with a non-blank text, in BerAKHLAK order. */
export function expectationsToSave(texts: Readonly<Record<string, string>>): ExpectationEntry[] {
  return BERAKHLAK_VALUES.map((value) => ({
    valueCode: value.code,
    expectation: (texts[value.code] ?? '').trim(),
  })).filter((e) => e.expectation !== '');
}

/** The supervisor's specific expectation per BerAKHLAK value (ekspektasi khusus pimpinan); read-only when `locked`. */
export function ExpectationsForm(props: {
  current: readonly ExpectationEntry[];
  locked: boolean;
  onSave(entries: ExpectationEntry[]): Promise<Refusal | null>;
}) {
  const t = useT(teamMessages);
  const localized = useLocalized();
  const id = useId();
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.current.map((e) => [e.valueCode, e.expectation])),
  );
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  if (props.locked) {
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('expectations.heading')}</h2>
        <p className="hint">{t('expectations.locked')}</p>
        {props.current.length === 0 ? (
          <p className="empty">{t('expectations.none')}</p>
        ) : (
          <dl className="team-dl">
            {props.current.map((entry) => {
              const value = BERAKHLAK_VALUES.find((v) => v.code === entry.valueCode);
              return (
                <div key={entry.valueCode} style={{ display: 'contents' }}>
                  <dt>{value ? localized(value.label) : entry.valueCode}</dt>
                  <dd>{entry.expectation}</dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>
    );
  }

  const save = async () => {
    setBusy(true);
    setSaved(false);
    setRefusal(null);
    setFieldErrors({});
    const entries = expectationsToSave(texts);
    const result = await props.onSave(entries);
    setBusy(false);
    if (!result) return setSaved(true);
    setRefusal(result);
    // The server names fields by the position in what was sent: map them back to the value.
    const byValue: Record<string, string> = {};
    for (const [field, message] of Object.entries(messageByField(result))) {
      const index = /^expectations\.(\d+)/.exec(field)?.[1];
      const entry = index === undefined ? undefined : entries[Number(index)];
      if (entry) byValue[entry.valueCode] ??= message;
    }
    setFieldErrors(byValue);
  };

  return (
    <form className="team-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => (e.preventDefault(), void save())}>
      <h2 id={`${id}-heading`}>{t('expectations.heading')}</h2>
      <p className="hint">{t('expectations.intro')}</p>
      {BERAKHLAK_VALUES.map((value) => (
        <div key={value.code}>
          <label htmlFor={`${id}-${value.code}`}>{localized(value.label)}</label>
          <span className="hint" id={`${id}-${value.code}-desc`}>
            {localized(value.description)}
          </span>
          <textarea
            id={`${id}-${value.code}`}
            rows={2}
            maxLength={1000}
            value={texts[value.code] ?? ''}
            aria-describedby={`${id}-${value.code}-desc`}
            onChange={(e) => setTexts((old) => ({ ...old, [value.code]: e.target.value }))}
          />
          {fieldErrors[value.code] && <p className="field-error">{fieldErrors[value.code]}</p>}
        </div>
      ))}
      <div className="buttons">
        <button type="submit" disabled={busy}>
          {busy ? t('busy') : t('expectations.save')}
        </button>
      </div>
      {refusal && <RefusalAlert refusal={refusal} />}
      {saved && (
        <p role="status" className="success">
          {t('expectations.saved')}
        </p>
      )}
    </form>
  );
}
