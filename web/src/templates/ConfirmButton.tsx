import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { templateMessages } from './messages';

export function ConfirmButton({
  label,
  confirmText,
  onConfirm,
  disabled,
}: {
  label: string;
  confirmText: string;
  onConfirm(): void;
  disabled?: boolean;
}) {
  const t = useT(templateMessages);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" aria-label={label} onClick={() => setAsking(true)} disabled={disabled}>
        {t('remove')}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={confirmText}>
      <span>{confirmText}</span>
      <button
        type="button"
        className="danger"
        // the question replaces the button, so focus moves with it
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('remove')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
