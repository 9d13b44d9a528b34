import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { Pager } from '@/components/ui/pager';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { usePetitions } from '../api/get-petitions';
import type { PetitionChannel, PetitionKind, PetitionStatus, PetitionSummary } from '../api/types';
import { DueCountdown } from '../components/due-countdown';
import { PetitionsNav } from '../components/petitions-nav';
import { FlagBadges, PetitionStatusChip } from '../components/status-chip';
import { formatDay } from '../utils/dates';
import { filtersOf, paramsOf, toPetitionsQuery, type Filters, type Tab } from '../utils/filters';
import {
  PETITION_CHANNELS,
  PETITION_KINDS,
  PETITION_STATUSES,
  petitionChannelLabel,
  petitionKindLabel,
  petitionStatusLabel,
} from '../utils/labels';
import { isOfficeStaff } from '../utils/permissions';
import '../components/petition.css';

const PAGE_SIZE = 20;

/** The badges a list can show without any identity: crowd (đông người) and anonymous (nặc danh). */
function listFlags(p: PetitionSummary): string[] {
  return [...(p.crowd ? ['CROWD'] : []), ...(p.anonymous ? ['ANONYMOUS'] : [])];
}

/**
 * /petitions — "Đơn thư": the specialist's worklist ("Việc của tôi": the open petitions they handle, soonest due first, with
 * the statutory countdown) and every petition of the office ("Tất cả đơn", filtered). Never an identity: the API sends none.
 */
export function PetitionsRoute() {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const [search, setSearch] = useState(filters.q);
  const staff = isOfficeStaff(me);
  const list = usePetitions({ ...toPetitionsQuery(filters), page: filters.page, size: PAGE_SIZE }, { enabled: staff });

  if (!staff) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  function go(patch: Partial<Filters>) {
    // a new filter starts again at the first page
    setParams(paramsOf({ ...filters, page: 0, ...patch }));
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go({ q: search.trim() });
  }

  const tabs: { tab: Tab; label: string }[] = [
    { tab: 'mine', label: t('petitions.mine') },
    { tab: 'all', label: t('petitions.all') },
  ];

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <div>
          <h1 className="page__title">{t('petitions.title')}</h1>
          <PetitionsNav />
        </div>
        <div className="ui-actions">
          <Link to="/petitions/new" className="btn btn--primary" data-testid="petition-new">
            {t('petitions.new')}
          </Link>
        </div>
      </div>

      <div className="tabs" role="group" aria-label={t('petitions.views')}>
        {tabs.map((x) => (
          <button
            key={x.tab}
            type="button"
            className={x.tab === filters.tab ? 'tab is-active' : 'tab'}
            aria-pressed={x.tab === filters.tab}
            data-testid={`petitions-tab-${x.tab}`}
            onClick={() => go({ tab: x.tab })}
          >
            {x.label}
          </button>
        ))}
      </div>

      {filters.tab === 'all' && (
        <form className="ui-toolbar pt-toolbar" role="search" onSubmit={submitSearch} data-testid="petitions-filters">
          <div className="field">
            <label htmlFor="petitions-kind">{t('petition.kind')}</label>
            <select id="petitions-kind" data-testid="petitions-kind" value={filters.kind} onChange={(e) => go({ kind: e.target.value as PetitionKind | '' })}>
              <option value="">{t('petitions.any')}</option>
              {PETITION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {petitionKindLabel(k, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="petitions-status">{t('petition.status')}</label>
            <select
              id="petitions-status"
              data-testid="petitions-status"
              value={filters.status}
              onChange={(e) => go({ status: e.target.value as PetitionStatus | '' })}
            >
              <option value="">{t('petitions.any')}</option>
              {PETITION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {petitionStatusLabel(s, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="petitions-channel">{t('petition.channel')}</label>
            <select
              id="petitions-channel"
              data-testid="petitions-channel"
              value={filters.channel}
              onChange={(e) => go({ channel: e.target.value as PetitionChannel | '' })}
            >
              <option value="">{t('petitions.any')}</option>
              {PETITION_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {petitionChannelLabel(c, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="petitions-from">{t('petitions.receivedFrom')}</label>
            <input
              id="petitions-from"
              type="date"
              data-testid="petitions-from"
              value={filters.receivedFrom}
              onChange={(e) => go({ receivedFrom: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="petitions-to">{t('petitions.receivedTo')}</label>
            <input
              id="petitions-to"
              type="date"
              data-testid="petitions-to"
              min={filters.receivedFrom || undefined}
              value={filters.receivedTo}
              onChange={(e) => go({ receivedTo: e.target.value })}
            />
          </div>
          <label className="ui-check pt-check">
            <input type="checkbox" data-testid="petitions-overdue" checked={filters.overdue} onChange={(e) => go({ overdue: e.target.checked })} />
            {t('petitions.overdueOnly')}
          </label>
          <div className="field">
            <label htmlFor="petitions-q">{t('petitions.q')}</label>
            <input
              id="petitions-q"
              type="search"
              data-testid="petitions-q"
              value={search}
              placeholder={t('petitions.qHint')}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <button type="submit" className="btn btn--secondary" data-testid="petitions-search">
            {t('petitions.search')}
          </button>
        </form>
      )}
      {filters.tab === 'mine' && (
        <p className="ui-meta" data-testid="petitions-mine-hint">
          {t('petitions.mineHint')}
        </p>
      )}

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState message={problemMessage(list.error, t)} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="empty" data-testid="petitions-empty">
          {filters.tab === 'mine' ? t('petitions.mineEmpty') : t('petitions.empty')}
        </p>
      ) : (
        <>
          <p className="ui-meta" role="status" data-testid="petitions-count">
            {t('petitions.count', { count: list.data.totalItems })}
          </p>
          <div className="ui-table-wrap">
            <table className="ui-table pt-table" data-testid="petitions-table">
              <thead>
                <tr>
                  <th>{t('petition.number')}</th>
                  <th>{t('petition.kind')}</th>
                  <th>{t('petition.channel')}</th>
                  <th>{t('petition.receivedOn')}</th>
                  <th>{t('petition.subject')}</th>
                  <th>{t('petition.status')}</th>
                  <th>{t('petition.dueOn')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((p) => (
                  <tr key={p.id} className={p.overdue ? 'is-overdue' : undefined} data-testid="petition-row" data-id={p.id}>
                    <td className="nowrap">
                      <Link to={`/petitions/${p.id}`} data-testid="petition-link">
                        {p.number}
                      </Link>
                    </td>
                    <td>{petitionKindLabel(p.kind, t)}</td>
                    <td>{petitionChannelLabel(p.channel, t)}</td>
                    <td className="nowrap">{formatDay(p.receivedOn, lang)}</td>
                    <td>
                      <span data-testid="petition-row-subject">{p.subject}</span> <FlagBadges flags={listFlags(p)} testId="petition-row-flags" />
                      {p.crowd && <div className="ui-meta">{t('petitions.people', { count: p.petitionerCount })}</div>}
                    </td>
                    <td>
                      <PetitionStatusChip status={p.status} testId="petition-row-status" />
                    </td>
                    <td>
                      <DueCountdown dueOn={p.dueOn} daysLeft={p.daysLeft} testId="petition-row-due" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={filters.page} totalPages={list.data.totalPages} onPage={(p) => setParams(paramsOf({ ...filters, page: p }))} />
        </>
      )}
    </div>
  );
}
