import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { common } from '../i18n/messages';

/** The loading, error and empty states every screen shows the same way. */
export function QueryState(props: {
  loading: boolean;
  error: Error | undefined;
  empty: boolean;
  emptyText: string;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const t = useT(common);
  if (props.loading)
    return (
      <p role="status" aria-live="polite">
        {t('state.loading')}
      </p>
    );
  if (props.error) {
    return (
      <div role="alert" className="error">
        <p>{t('state.error')}</p>
        {props.onRetry && (
          <button type="button" onClick={props.onRetry}>
            {t('state.retry')}
          </button>
        )}
      </div>
    );
  }
  if (props.empty) return <p className="empty">{props.emptyText}</p>;
  return <>{props.children}</>;
}
