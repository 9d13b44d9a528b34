import { useT } from '@/lib/i18n';

export function LoadingState({ fullPage = false }: { fullPage?: boolean }) {
  const t = useT();
  return (
    <div className={fullPage ? 'state state--page' : 'state'} role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="state state--error" role="alert">
      <p>{message ?? t('common.loadError')}</p>
      {onRetry && (
        <button type="button" className="btn btn--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
