import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { Pager } from '@/components/ui/pager';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useDisclosures } from '../api/get-disclosures';
import { PetitionsNav } from '../components/petitions-nav';
import { isAdmin } from '../utils/permissions';
import '../components/petition.css';

const PAGE_SIZE = 20;

/**
 * /petition-disclosures — "Nhật ký tiết lộ danh tính": for administrators, every time a handler saw a petitioner's
 * identity — who, when, why and on which petition — newest first.
 */
export function PetitionDisclosuresRoute() {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const allowed = isAdmin(me);
  const log = useDisclosures({ page, size: PAGE_SIZE, ...(q.trim() ? { q: q.trim() } : {}) }, { enabled: allowed });

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (search.trim()) next.set('q', search.trim());
    setParams(next);
  }

  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('disclosures.title')}</h1>
        <PetitionsNav />
        <p className="page__subtitle">{t('disclosures.subtitle')}</p>
      </div>
      <form className="ui-toolbar pt-toolbar" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="disclosures-q">{t('petitions.q')}</label>
          <input id="disclosures-q" type="search" data-testid="disclosures-q" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <button type="submit" className="btn btn--secondary" data-testid="disclosures-search">
          {t('petitions.search')}
        </button>
      </form>
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState message={problemMessage(log.error, t)} onRetry={() => log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <p className="empty" data-testid="disclosures-empty">
          {t('disclosures.empty')}
        </p>
      ) : (
        <>
          <div className="ui-table-wrap">
            <table className="ui-table pt-table" data-testid="disclosures-table">
              <thead>
                <tr>
                  <th>{t('disclosures.at')}</th>
                  <th>{t('disclosures.who')}</th>
                  <th>{t('disclosures.petition')}</th>
                  <th>{t('disclosures.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((d) => (
                  <tr key={d.id} data-testid="disclosure-row" data-id={d.id}>
                    <td className="nowrap" data-testid="disclosure-at">
                      {formatDateTime(d.disclosedAt, lang)}
                    </td>
                    <td data-testid="disclosure-who">{d.userName}</td>
                    <td className="nowrap" data-testid="disclosure-petition">
                      {d.petitionNumber}
                    </td>
                    <td className="ui-pre" data-testid="disclosure-reason">
                      {d.reason}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            totalPages={log.data.totalPages}
            onPage={(p) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              setParams(next);
            }}
          />
        </>
      )}
    </div>
  );
}
