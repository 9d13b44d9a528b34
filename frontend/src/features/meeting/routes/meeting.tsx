import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDate, isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/types';
import { useMeeting } from '../api/get-meeting';
import type { Meeting, MeetingAction } from '../api/types';
import { AgendaTab } from '../components/agenda-tab';
import { BridgePointsTab } from '../components/bridge-points-tab';
import { ChecklistTab } from '../components/checklist-tab';
import { ClashAlert } from '../components/clash-alert';
import { DocumentsTab } from '../components/documents-tab';
import { HistoryTab } from '../components/history-tab';
import { InviteesTab } from '../components/invitees-tab';
import { MeetingActions } from '../components/meeting-actions';
import { MeetingForm } from '../components/meeting-form';
import { MinutesTab } from '../components/minutes-tab';
import { MeetingStatusChip } from '../components/status-chip';
import { formatWhen } from '../utils/datetime';
import { confidentialityLabel, meetingActionLabel, meetingFormatLabel } from '../utils/labels';
import '../components/meeting.css';

const TABS = ['agenda', 'documents', 'invitees', 'checklist', 'bridge', 'minutes', 'history'] as const;
type Tab = (typeof TABS)[number];

const TAB_KEYS: Record<Tab, MessageKey> = {
  agenda: 'meeting.tab.agenda',
  documents: 'meeting.tab.documents',
  invitees: 'meeting.tab.invitees',
  checklist: 'meeting.tab.checklist',
  bridge: 'meeting.tab.bridge',
  minutes: 'meeting.tab.minutes',
  history: 'meeting.tab.history',
};

function tabCount(tab: Tab, meeting: Meeting): number | null {
  const c = meeting.counts;
  switch (tab) {
    case 'agenda':
      return c.agendaItems;
    case 'documents':
      return meeting.documentsVisible ? c.documents : null;
    case 'invitees':
      return c.invitees;
    case 'checklist':
      return c.tasks;
    case 'bridge':
      return c.bridgePoints;
    default:
      return null;
  }
}

/** What the page says after a change: the meeting was planned (from /meetings/new), saved, or a transition was made. */
type Done = { key: MessageKey; action?: MeetingAction } | null;

/**
 * /meetings/:id — a meeting: its status, time, venue and host; the actions the user may take (the server's
 * allowedActions); the clashes of its calendar item; and its agenda, documents, invitees, preparation checklist, bridge
 * points, minutes and history in tabs.
 */
export function MeetingRoute({ today = isoDate() }: { today?: string }) {
  const { id = '' } = useParams();
  const { lang, t } = useI18n();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const meeting = useMeeting(id);
  const [editing, setEditing] = useState(false);
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [done, setDone] = useState<Done>(created ? { key: 'meeting.created' } : null);
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'agenda';

  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) return <ErrorState message={problemMessage(meeting.error, t)} onRetry={() => meeting.refetch()} />;
  const m = meeting.data;

  function select(next: Tab) {
    const p = new URLSearchParams(params);
    p.set('tab', next);
    setParams(p, { replace: true });
  }

  const facts: [string, string, string][] = [
    ['fact-kind', t('meeting.kind'), m.kind.name],
    ['fact-when', t('meeting.when'), formatWhen(m.startsAt, m.endsAt, t, lang)],
    ['fact-venue', t('meeting.venue'), m.venue ?? ''],
    ['fact-format', t('meeting.format'), meetingFormatLabel(m.format, t)],
    ['fact-body', t('meeting.body'), m.body.name],
    ['fact-host', t('meeting.host'), m.hostOffice.name],
    ['fact-supporting', t('meeting.supporting'), m.supportingOffices.map((o) => o.name).join('; ')],
    ['fact-leaders', t('meeting.leaders'), m.leaders.map((l) => `${l.fullName} (${l.title})`).join('; ')],
    ['fact-confidentiality', t('meeting.confidentiality'), confidentialityLabel(m.confidentiality, t)],
    ['fact-description', t('meeting.description'), m.description ?? ''],
  ];

  return (
    <div className="page" data-testid="meeting" data-meeting-id={m.id}>
      <div className="page__head">
        <Link to="/meetings">← {t('meeting.back')}</Link>
        <h1 className="page__title" data-testid="meeting-heading">
          {m.title}
        </h1>
        <p className="page__subtitle">
          <MeetingStatusChip status={m.status} /> <span data-testid="meeting-subtitle">{formatWhen(m.startsAt, m.endsAt, t, lang)}</span>
          {m.venue ? ` · ${m.venue}` : ''}
        </p>
      </div>

      <section className="card">
        <dl className="facts">
          {m.statusReason && (m.status === 'POSTPONED' || m.status === 'CANCELLED') && (
            <div className="facts__row">
              <dt>{t('meeting.statusReason')}</dt>
              <dd data-testid="fact-status-reason">{m.statusReason}</dd>
            </div>
          )}
          {facts
            .filter(([, , value]) => value)
            .map(([testId, label, value]) => (
              <div className="facts__row" key={testId}>
                <dt>{label}</dt>
                <dd data-testid={testId}>{value}</dd>
              </div>
            ))}
          {m.conclusions.length > 0 && (
            <div className="facts__row">
              <dt>{t('meeting.conclusions')}</dt>
              <dd>
                {m.conclusions.map((c) => (
                  <div key={c.id}>
                    <Link to={`/conclusions/${c.id}`}>{c.number}</Link> ({formatDate(`${c.issuedOn}T12:00:00Z`, lang)}) — {c.summary}
                  </div>
                ))}
              </dd>
            </div>
          )}
        </dl>
      </section>

      {done && (
        <p className="ui-notice" role="status" data-testid="meeting-done">
          {t(done.key, done.action ? { action: meetingActionLabel(done.action, t) } : undefined)}
        </p>
      )}
      <ClashAlert clashes={m.clashes} />

      <MeetingActions
        meeting={m}
        editing={editing}
        onEdit={() => {
          setDone(null);
          setEditing(!editing);
        }}
        onDone={(action: MeetingAction) => {
          setEditing(false);
          setDone({ key: 'meeting.actionDone', action });
        }}
      />
      {editing && (
        <MeetingForm
          meeting={m}
          today={today}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setDone({ key: 'meeting.saved' });
          }}
        />
      )}

      <section className="card" aria-label={t('meeting.parts')}>
        <div className="mt-tabs" role="tablist" aria-label={t('meeting.parts')}>
          {TABS.map((x) => {
            const count = tabCount(x, m);
            return (
              <button
                key={x}
                type="button"
                role="tab"
                id={`meeting-tab-${x}`}
                className="mt-tab"
                aria-selected={tab === x}
                aria-controls="meeting-tabpanel"
                data-testid={`tab-${x}`}
                onClick={() => select(x)}
              >
                {t(TAB_KEYS[x])}
                {count !== null && count > 0 && <span className="mt-tab__count">{count}</span>}
              </button>
            );
          })}
        </div>
        <div id="meeting-tabpanel" role="tabpanel" aria-labelledby={`meeting-tab-${tab}`}>
          {tab === 'agenda' && <AgendaTab meeting={m} />}
          {tab === 'documents' && <DocumentsTab meeting={m} />}
          {tab === 'invitees' && <InviteesTab meeting={m} />}
          {tab === 'checklist' && <ChecklistTab meeting={m} />}
          {tab === 'bridge' && <BridgePointsTab meeting={m} />}
          {tab === 'minutes' && <MinutesTab meeting={m} />}
          {tab === 'history' && <HistoryTab meeting={m} />}
        </div>
      </section>
    </div>
  );
}
