import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { Pager } from '@/components/ui/pager';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useFilterParams } from '@/lib/filter-params';
import { useI18n } from '@/lib/i18n';
import { useReceptionSessions } from '../api/get-reception-sessions';
import type { ReceptionSessionKind, ReceptionSessionsQuery, ReceptionSessionStatus } from '../api/types';
import { PetitionsNav } from '../components/petitions-nav';
import { ReceptionStatusChip } from '../components/status-chip';
import { formatWhen } from '../utils/dates';
import { RECEPTION_KINDS, RECEPTION_STATUSES, receptionKindLabel, receptionStatusLabel } from '../utils/labels';
import { isOfficeStaff, isUnitOfficer } from '../utils/permissions';
import '../components/petition.css';

const PAGE_SIZE = 20;

/**
 * /reception-sessions — "Tiếp công dân": the leaders' regular reception days and the offices' joint receptions, by start
 * time, filtered by period, kind and status; the offices plan new ones here.
 */
export function ReceptionSessionsRoute() {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const { params, date, page, go, toPage } = useFilterParams();
  const allowed = isOfficeStaff(me) || isUnitOfficer(me);
  const from = date('from');
  const to = date('to');
  const kind = RECEPTION_KINDS.find((k) => k === params.get('kind')) ?? '';
  const status = RECEPTION_STATUSES.find((s) => s === params.get('status')) ?? '';
  const query: ReceptionSessionsQuery = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
  };
  const list = useReceptionSessions({ ...query, page, size: PAGE_SIZE }, { enabled: allowed });

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <div>
          <h1 className="page__title">{t('reception.title')}</h1>
          <PetitionsNav />
        </div>
        {isOfficeStaff(me) && (
          <Link to="/reception-sessions/new" className="btn btn--primary" data-testid="session-new">
            {t('reception.new')}
          </Link>
        )}
      </div>
      <div className="ui-toolbar pt-toolbar" data-testid="sessions-filters">
        <div className="field">
          <label htmlFor="sessions-from">{t('reception.from')}</label>
          <input id="sessions-from" type="date" data-testid="sessions-from" value={from} onChange={(e) => go({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="sessions-to">{t('reception.to')}</label>
          <input id="sessions-to" type="date" data-testid="sessions-to" min={from || undefined} value={to} onChange={(e) => go({ to: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="sessions-kind">{t('reception.kind')}</label>
          <select id="sessions-kind" data-testid="sessions-kind" value={kind} onChange={(e) => go({ kind: e.target.value as ReceptionSessionKind | '' })}>
            <option value="">{t('petitions.any')}</option>
            {RECEPTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {receptionKindLabel(k, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sessions-status">{t('petition.status')}</label>
          <select id="sessions-status" data-testid="sessions-status" value={status} onChange={(e) => go({ status: e.target.value as ReceptionSessionStatus | '' })}>
            <option value="">{t('petitions.any')}</option>
            {RECEPTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {receptionStatusLabel(s, t)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState message={problemMessage(list.error, t)} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="empty" data-testid="sessions-empty">
          {t('reception.empty')}
        </p>
      ) : (
        <>
          <div className="ui-table-wrap">
            <table className="ui-table pt-table" data-testid="sessions-table">
              <thead>
                <tr>
                  <th>{t('reception.when')}</th>
                  <th>{t('reception.kind')}</th>
                  <th>{t('reception.receiving')}</th>
                  <th>{t('reception.venue')}</th>
                  <th>{t('reception.host')}</th>
                  <th>{t('petition.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((s) => (
                  <tr key={s.id} data-testid="session-row" data-id={s.id}>
                    <td className="nowrap">
                      <Link to={`/reception-sessions/${s.id}`} data-testid="session-link">
                        {formatWhen(s.startsAt, s.endsAt, t, lang)}
                      </Link>
                    </td>
                    <td>{receptionKindLabel(s.kind, t)}</td>
                    <td>
                      {s.leaders.map((l) => `${l.fullName} (${l.title})`).join('; ')}
                      {s.occasion && <div className="ui-meta">{s.occasion}</div>}
                    </td>
                    <td>{s.venue}</td>
                    <td>{s.hostOffice.name}</td>
                    <td>
                      <ReceptionStatusChip status={s.status} testId="session-row-status" />
                      {s.citizensCount !== null && <div className="ui-meta">{t('reception.citizens', { count: s.citizensCount })}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            totalPages={list.data.totalPages}
            onPage={toPage}
          />
        </>
      )}
    </div>
  );
}
