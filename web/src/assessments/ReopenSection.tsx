import { useId, useRef, useState } from 'react';
import { useLanguage, useT } from '../i18n/i18n';
import { messagesByField, refusalOf } from '../common/refusal';
import { assessmentMessages } from './messages';

/**
 * Reopening a submitted assessment (the assessor's supervisor or HR; the server decides): a required
 * reason, enforced before sending. A refusal shows the server's message and keeps the reason typed.
 */
export function ReopenSection(props: { onReopen: (reason: string) => Promise<void> }) {
  const t = useT(assessmentMessages);
  const { language } = useLanguage();
  const id = useId();
  const [reason, setReason] = useState('');
  const [reasonProblems, setReasonProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setReasonProblems([]);
    const trimmed = reason.trim();
    if (!trimmed) {
      setReasonProblems([t('reopen.reasonRequired')]);
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await props.onReopen(trimmed);
    } catch (failed) {
      const failure = refusalOf(failed, language);
      const fieldProblems = messagesByField(failure).reason ?? [];
      setReasonProblems(fieldProblems);
      const forbidden = failure.code === 'FORBIDDEN' || failure.code === 'NOT_FOUND';
      setError(t(forbidden ? 'reopen.forbidden' : 'reopen.failed', { message: failure.message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="reopen-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('reopen.heading')}</h2>
      <p className="hint">{t('reopen.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={`${id}-reason`}>
          <span>
            {t('reopen.reason')}
            <span className="required-mark"> *</span>
          </span>
          <textarea
            id={`${id}-reason`}
            ref={reasonRef}
            rows={3}
            maxLength={2000}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={reasonProblems.length > 0 || undefined}
            aria-describedby={reasonProblems.length > 0 ? `${id}-reason-error` : undefined}
          />
        </label>
        {reasonProblems.length > 0 && (
          <p className="field-error" id={`${id}-reason-error`} role="alert">
            {reasonProblems.join(' ')}
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('reopen.busy') : t('reopen.button')}
        </button>
      </form>
    </section>
  );
}
