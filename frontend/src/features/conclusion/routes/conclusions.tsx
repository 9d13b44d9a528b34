import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useConclusions } from '../api/get-conclusions';
import type { DocumentKind } from '../api/types';
import { Pager } from '@/components/ui/pager';
import { StatusCountChips } from '../components/status-chip';
import { DOCUMENT_KINDS, kindLabel } from '../utils/labels';
import { isOfficeStaff } from '../utils/permissions';
import '../components/conclusion.css';

const PAGE_SIZE = 20;

function asKind(value: string | null): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k === value);
}

/** /conclusions — the concluding notices (and other documents) the user's office or unit deals with. */
export function ConclusionsRoute() {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = asKind(params.get('kind'));
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const [search, setSearch] = useState(q);
  const query = useConclusions({ page, size: PAGE_SIZE, q: q || undefined, kind });

  function go(next: { q?: string; kind?: DocumentKind | ''; page?: number }) {
    const p = new URLSearchParams();
    const nextQ = next.q ?? q;
    const nextKind = next.kind === undefined ? kind : next.kind;
    if (nextQ) p.set('q', nextQ);
    if (nextKind) p.set('kind', nextKind);
    if (next.page) p.set('page', String(next.page));
    setParams(p);
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go({ q: search.trim() });
  }

  const data = query.data;
  return (
    <div className="page">
      <div className="page__head page__head--row">
        <h1 className="page__title">{t('conclusions.title')}</h1>
        {isOfficeStaff(me) && (
          <Link to="/conclusions/new" className="btn btn--primary" data-testid="conclusion-new">
            {t('conclusions.new')}
          </Link>
        )}
      </div>

      <form className="toolbar" role="search" onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor="conclusions-q">{t('conclusions.searchButton')}</label>
          <input
            id="conclusions-q"
            type="search"
            data-testid="conclusions-search"
            placeholder={t('conclusions.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="conclusions-kind">{t('conclusions.kindFilter')}</label>
          <select
            id="conclusions-kind"
            data-testid="conclusions-kind"
            value={kind ?? ''}
            onChange={(e) => go({ kind: (e.target.value as DocumentKind | '') || '', q: search.trim() })}
          >
            <option value="">{t('conclusions.allKinds')}</option>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k, t)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn--secondary">
          {t('conclusions.searchButton')}
        </button>
      </form>

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState message={problemMessage(query.error, t)} onRetry={() => query.refetch()} />
      ) : data && data.items.length === 0 ? (
        <p className="empty" data-testid="conclusions-empty">
          {t('conclusions.empty')}
        </p>
      ) : data ? (
        <>
          <div className="ui-table-wrap">
            <table className="ui-table ct-table" data-testid="conclusions-table">
              <thead>
                <tr>
                  <th>{t('conclusions.number')}</th>
                  <th>{t('conclusions.issuedOn')}</th>
                  <th>{t('conclusions.kind')}</th>
                  <th>{t('conclusions.body')}</th>
                  <th>{t('conclusions.summary')}</th>
                  <th>{t('conclusions.tasks')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((doc) => (
                  <tr key={doc.id} data-testid="conclusion-row" data-id={doc.id}>
                    <td className="nowrap">
                      <Link to={`/conclusions/${doc.id}`} data-testid="conclusion-link">
                        {doc.number}
                      </Link>
                    </td>
                    <td className="nowrap">{formatDate(doc.issuedOn, lang)}</td>
                    <td>{kindLabel(doc.kind, t)}</td>
                    <td>{doc.issuingBodyName}</td>
                    <td>
                      <span className="ct-summary">{doc.summary}</span>
                    </td>
                    <td>
                      <StatusCountChips counts={doc.tasks} emptyText={t('conclusions.noTasks')} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} totalPages={data.totalPages} onPage={(p) => go({ page: p })} />
        </>
      ) : null}
    </div>
  );
}
