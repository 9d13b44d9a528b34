import { useT } from '@/lib/i18n';

export function Pager({ page, totalPages, onPage }: { page: number; totalPages: number; onPage: (page: number) => void }) {
  const t = useT();
  if (totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pagination.label')}>
      <button type="button" className="btn btn--secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <span className="pager__status">{t('pagination.status', { page: page + 1, total: totalPages })}</span>
      <button type="button" className="btn btn--secondary" disabled={page + 1 >= totalPages} onClick={() => onPage(page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
