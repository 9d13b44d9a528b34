import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { addDaysIso, isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useAcceptClash } from '../api/accept-clash';
import { useCalendarItems } from '../api/get-calendar-items';
import { useClashes } from '../api/get-clashes';
import { useLeaders } from '../api/get-leaders';
import { useMergeItems } from '../api/merge-items';
import type { Clash, Leader, PeriodKind, ProgrammeItem } from '../api/types';
import { ClashList } from '../components/clash-list';
import { distinctClashes } from '../utils/clash-text';
import { FormField } from '@/components/ui/form-field';
import { formatWhen } from '../utils/datetime';
import { clashKindLabel, periodKindLabel } from '../utils/labels';
import { isIsoDate, PERIOD_KINDS } from '../utils/period';
import { isOfficeStaff, isPartyCommitteeOfficeStaff } from '../utils/permissions';
import '../components/calendar.css';

type Range = { from: string; to: string; periodKind: PeriodKind | '' };

/**
 * /calendar/clashes — every clash of a range with both activities; "Dời lịch" opens the activity's programme to
 * move it, "Chấp nhận" (Party Committee Office) lets the two overlap with a note.
 */
export function ClashesRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { t } = useI18n();
  const [draft, setDraft] = useState<Range>({ from: today, to: addDaysIso(today, 31), periodKind: '' });
  const [range, setRange] = useState<Range>(draft);
  const [invalid, setInvalid] = useState(false);
  const staff = isOfficeStaff(me);
  const query = { from: range.from, to: range.to, includeAccepted: true, ...(range.periodKind ? { periodKind: range.periodKind } : {}) };
  const clashes = useClashes(query, { enabled: staff });
  const items = useCalendarItems({ from: range.from, to: range.to }, { enabled: staff });
  const leaders = useLeaders({}, { enabled: staff });
  const itemsById = useMemo(() => new Map((items.data ?? []).map((i) => [i.id, i])), [items.data]);
  const leadersById = useMemo(() => new Map((leaders.data ?? []).map((l) => [l.id, l])), [leaders.data]);
  const list = useMemo(() => distinctClashes(clashes.data ?? []), [clashes.data]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const bad = !isIsoDate(draft.from) || !isIsoDate(draft.to) || draft.from > draft.to;
    setInvalid(bad);
    if (!bad) setRange(draft);
  }

  if (!staff) {
    return (
      <div className="page">
        <h1 className="page__title">{t('clashes.title')}</h1>
        <p className="empty">{t('common.forbidden')}</p>
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page__head">
        <Link to="/calendar">← {t('clashes.back')}</Link>
        <h1 className="page__title">{t('clashes.title')}</h1>
      </div>
      <form className="ui-toolbar cal-toolbar" onSubmit={submit} noValidate data-testid="clashes-range">
        <div className="field">
          <label htmlFor="clashes-from">{t('clashes.from')}</label>
          <input id="clashes-from" type="date" data-testid="clashes-from" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="clashes-to">{t('clashes.to')}</label>
          <input id="clashes-to" type="date" data-testid="clashes-to" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="clashes-kind">{t('calendar.periodKind')}</label>
          <select
            id="clashes-kind"
            data-testid="clashes-kind"
            value={draft.periodKind}
            onChange={(e) => setDraft({ ...draft, periodKind: e.target.value as PeriodKind | '' })}
          >
            <option value="">{t('calendar.all')}</option>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {periodKindLabel(k, t)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn--secondary" data-testid="clashes-show">
          {t('clashes.show')}
        </button>
      </form>
      {invalid && (
        <p className="form-error" role="alert">
          {t('clashes.invalidRange')}
        </p>
      )}

      {clashes.isPending ? (
        <LoadingState />
      ) : clashes.isError ? (
        <ErrorState message={problemMessage(clashes.error, t)} onRetry={() => clashes.refetch()} />
      ) : list.length === 0 ? (
        <p className="empty" data-testid="clashes-empty">
          {t('clashes.empty')}
        </p>
      ) : (
        <div className="page" data-testid="clashes">
          {list.map((clash) => (
            <ClashCard
              key={`${clash.itemId}-${clash.otherItemId}-${clash.kind}`}
              clash={clash}
              item={clash.itemId ? itemsById.get(clash.itemId) : undefined}
              other={itemsById.get(clash.otherItemId)}
              leaders={leadersById}
              canAccept={isPartyCommitteeOfficeStaff(me)}
            />
          ))}
        </div>
      )}
    </div>
  );
}

type CardProps = {
  clash: Clash;
  item: ProgrammeItem | undefined;
  other: ProgrammeItem | undefined;
  leaders: ReadonlyMap<string, Leader>;
  canAccept: boolean;
};

function ItemSide({ label, item, fallback }: { label: string; item: ProgrammeItem | undefined; fallback: string }) {
  const { lang, t } = useI18n();
  return (
    <div>
      <div className="ui-meta">{label}</div>
      {item ? (
        <>
          <strong>{item.title}</strong>
          <div className="ui-meta">
            {item.bodyName} · {formatWhen(item.startsAt, item.endsAt, item.allDay, t, lang)}
          </div>
          <Link to={`/calendar/programmes/${item.programmeId}`} className="btn btn--secondary btn--small" data-testid="clash-move">
            {t('clashes.move')}
          </Link>
        </>
      ) : (
        <span>{fallback}</span>
      )}
    </div>
  );
}

function ClashCard({ clash, item, other, leaders, canAccept }: CardProps) {
  const { lang, t } = useI18n();
  const accept = useAcceptClash();
  const merge = useMergeItems();
  // which resolution's form is open: accept the overlap, or merge the second activity into the first
  const [mode, setMode] = useState<'accept' | 'merge' | null>(null);
  const open = mode !== null;
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const pending = mode === 'merge' ? merge : accept;

  function setOpen(value: boolean) {
    if (!value) setMode(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!note.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (!clash.itemId) return;
    if (mode === 'merge') {
      merge.mutateAsync({ itemId: clash.itemId, otherItemId: clash.otherItemId, note: note.trim() }).then(() => setOpen(false), shownByTheMutation);
      return;
    }
    accept.mutateAsync(
      { itemId: clash.itemId, otherItemId: clash.otherItemId, kind: clash.kind, note: note.trim() },
    ).then(() => setOpen(false), shownByTheMutation);
  }

  return (
    <section className="card cal-clash-card" data-testid="clash-card" data-kind={clash.kind} data-accepted={String(clash.accepted)}>
      <h2 className="card__title">{clashKindLabel(clash.kind, t)}</h2>
      <ClashList clashes={[clash]} leaders={leaders} testId="clash-card-text" />
      <div className="cal-clash-card__pair">
        <ItemSide label={t('clashes.item')} item={item} fallback={clash.itemTitle ?? t('clashes.unknownItem')} />
        <ItemSide
          label={t('clashes.other')}
          item={other}
          fallback={`${clash.otherTitle ?? t('clash.untitled')} (${clash.otherBodyName}) · ${formatWhen(clash.otherStartsAt, clash.otherEndsAt, false, t, lang)}`}
        />
      </div>
      {!clash.accepted && canAccept && clash.itemId && !open && (
        <div className="cal-actions">
          <button type="button" className="btn btn--primary btn--small" data-testid="clash-accept" onClick={() => setMode('accept')}>
            {t('clashes.accept')}
          </button>
          {clash.severity === 'CONFLICT' && (
            <button type="button" className="btn btn--secondary btn--small" data-testid="clash-merge" onClick={() => setMode('merge')}>
              {t('clashes.merge')}
            </button>
          )}
        </div>
      )}
      {open && (
        <form className="ui-panel" onSubmit={submit} noValidate data-testid={mode === 'merge' ? 'clash-merge-form' : 'clash-accept-form'}>
          {mode === 'merge' && <p className="ui-meta">{t('clashes.mergeExplain')}</p>}
          <FormField id="clash-note" label={mode === 'merge' ? t('clashes.mergeNote') : t('clashes.note')} error={missing ? t('itemForm.required') : undefined}>
            {(control) => <textarea {...control} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
          {pending.isError && (
            <p className="form-error" role="alert" data-testid="clash-accept-error">
              {problemMessage(pending.error, t)}
            </p>
          )}
          <div className="cal-actions">
            <button type="submit" className="btn btn--primary" disabled={pending.isPending} data-testid={mode === 'merge' ? 'clash-merge-submit' : 'clash-accept-submit'}>
              {mode === 'merge' ? t('clashes.mergeSubmit') : t('clashes.acceptSubmit')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
