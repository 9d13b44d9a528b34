import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import { isoDate } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useAddAgendaItem } from '../api/add-agenda-item';
import { useDeleteAgendaItem } from '../api/delete-agenda-item';
import { useAgenda } from '../api/get-agenda';
import type { AgendaItem, AgendaItemRequest, Meeting } from '../api/types';
import { useUpdateAgendaItem } from '../api/update-agenda-item';
import { dayAndTime, formatSlot, instantOf, isTime } from '../utils/datetime';
import { canPlan } from '../utils/permissions';
import './meeting.css';

type Draft = { title: string; presenter: string; startTime: string; endTime: string; notes: string };
const EMPTY: Draft = { title: '', presenter: '', startTime: '', endTime: '', notes: '' };
const FIELDS = ['title', 'presenter', 'startsAt', 'endsAt', 'notes', 'position'];

function draftOf(item: AgendaItem): Draft {
  return {
    title: item.title,
    presenter: item.presenter ?? '',
    startTime: item.startsAt ? dayAndTime(item.startsAt).time : '',
    endTime: item.endsAt ? dayAndTime(item.endsAt).time : '',
    notes: item.notes ?? '',
  };
}

/** The item with the same fields, one place up (-1) or down (+1); sent with If-Match like any change. */
function moved(item: AgendaItem, by: -1 | 1): AgendaItemRequest {
  return {
    title: item.title,
    presenter: item.presenter,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    notes: item.notes,
    position: item.position + by,
  };
}

/**
 * Chương trình: the agenda in its order; the host adds, changes, moves ("Lên"/"Xuống") and removes items while the
 * meeting is to come.
 */
export function AgendaTab({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const agenda = useAgenda(meeting.id);
  const remove = useDeleteAgendaItem();
  const move = useUpdateAgendaItem();
  const moveStale = move.error instanceof ApiError && move.error.status === 412;
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const planning = canPlan(meeting);

  return (
    <div className="mt-tabpanel" data-testid="agenda-tab">
      {planning && (
        <div className="ui-actions">
          <button
            type="button"
            className={editing === 'new' ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={editing === 'new'}
            data-testid="agenda-add"
            onClick={() => setEditing(editing === 'new' ? null : 'new')}
          >
            + {t('agenda.add')}
          </button>
        </div>
      )}
      {planning && editing !== null && (
        <AgendaForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          meeting={meeting}
          item={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {remove.isError && (
        <p className="form-error" role="alert">
          {problemMessage(remove.error, t)}
        </p>
      )}
      {move.isError && (
        <p className="form-error" role="alert" data-testid="agenda-move-error">
          {moveStale ? t('agenda.stale') : problemMessage(move.error, t)}
        </p>
      )}
      {agenda.isPending ? (
        <LoadingState />
      ) : agenda.isError ? (
        <ErrorState message={problemMessage(agenda.error, t)} onRetry={() => agenda.refetch()} />
      ) : agenda.data.length === 0 ? (
        <p className="empty" data-testid="agenda-empty">
          {t('agenda.empty')}
        </p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table mt-table" data-testid="agenda-table">
            <thead>
              <tr>
                <th>{t('agenda.position')}</th>
                <th>{t('agenda.time')}</th>
                <th>{t('agenda.title')}</th>
                <th>{t('agenda.presenter')}</th>
                <th>{t('agenda.notes')}</th>
                {planning && <th>{t('agenda.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {agenda.data.map((item, index) => (
                <tr key={item.id} data-testid="agenda-row" data-id={item.id}>
                  <td>{item.position}</td>
                  <td className="nowrap">{formatSlot(item.startsAt, item.endsAt)}</td>
                  <td data-testid="agenda-row-title">{item.title}</td>
                  <td>{item.presenter ?? ''}</td>
                  <td>{item.notes ?? ''}</td>
                  {planning && (
                    <td className="nowrap">
                      <button
                        type="button"
                        className="btn btn--ghost btn--small"
                        data-testid="agenda-move-up"
                        aria-label={t('agenda.moveUpItem', { title: item.title })}
                        disabled={index === 0 || move.isPending}
                        onClick={() => move.mutate({ meetingId: meeting.id, itemId: item.id, version: item.version, body: moved(item, -1) })}
                      >
                        {t('agenda.moveUp')}
                      </button>
                      <button
                        type="button"
                        className="btn btn--ghost btn--small"
                        data-testid="agenda-move-down"
                        aria-label={t('agenda.moveDownItem', { title: item.title })}
                        disabled={index === agenda.data.length - 1 || move.isPending}
                        onClick={() => move.mutate({ meetingId: meeting.id, itemId: item.id, version: item.version, body: moved(item, 1) })}
                      >
                        {t('agenda.moveDown')}
                      </button>
                      <button type="button" className="btn btn--ghost btn--small" data-testid="agenda-edit" onClick={() => setEditing(item)}>
                        {t('agenda.edit')}
                      </button>
                      <button
                        type="button"
                        className="btn btn--ghost btn--small"
                        data-testid="agenda-delete"
                        aria-label={t('agenda.deleteItem', { title: item.title })}
                        disabled={remove.isPending}
                        onClick={() => remove.mutate({ meetingId: meeting.id, itemId: item.id })}
                      >
                        {t('agenda.delete')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function AgendaForm({ meeting, item, onDone }: { meeting: Meeting; item?: AgendaItem; onDone: () => void }) {
  const t = useT();
  const add = useAddAgendaItem();
  const update = useUpdateAgendaItem();
  const mutation = item ? update : add;
  const [draft, setDraft] = useState<Draft>(() => (item ? draftOf(item) : EMPTY));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const day = isoDate(meeting.startsAt);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const errors = clientErrors ?? (mutation.isError ? fieldErrorsOf(mutation.error) : {});
  const summary = clientErrors ? t('meetingForm.checkFields') : mutation.isError ? problemMessage(mutation.error, t) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!draft.title.trim()) found.title = t('meetingForm.required');
    if (draft.startTime && !isTime(draft.startTime)) found.startsAt = t('meetingForm.required');
    if (draft.endTime && !isTime(draft.endTime)) found.endsAt = t('meetingForm.required');
    if (draft.startTime && draft.endTime && draft.endTime <= draft.startTime) found.endsAt = t('meetingForm.endBeforeStart');
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    const body: AgendaItemRequest = {
      title: draft.title.trim(),
      presenter: draft.presenter.trim() || null,
      startsAt: draft.startTime ? instantOf(day, draft.startTime) : null,
      endsAt: draft.endTime ? instantOf(day, draft.endTime) : null,
      notes: draft.notes.trim() || null,
    };
    if (item) update.mutateAsync({ meetingId: meeting.id, itemId: item.id, version: item.version, body: { ...body, position: item.position } }).then(onDone, shownByTheMutation);
    else add.mutateAsync({ meetingId: meeting.id, body }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="agenda-form">
      <h3>{item ? t('agenda.editTitle') : t('agenda.newTitle')}</h3>
      <div className="ui-grid">
        <FormField id="agenda-title" label={t('agenda.title')} error={errorFor(errors, 'title')} className="span-all">
          {(control) => <input {...control} maxLength={500} value={draft.title} onChange={(e) => set({ title: e.target.value })} />}
        </FormField>
        <FormField id="agenda-presenter" label={t('agenda.presenter')} error={errorFor(errors, 'presenter')}>
          {(control) => <input {...control} maxLength={300} value={draft.presenter} onChange={(e) => set({ presenter: e.target.value })} />}
        </FormField>
        <FormField id="agenda-start" label={t('agenda.start')} error={errorFor(errors, 'startsAt')}>
          {(control) => <input {...control} type="time" step={300} value={draft.startTime} onChange={(e) => set({ startTime: e.target.value })} />}
        </FormField>
        <FormField id="agenda-end" label={t('agenda.end')} error={errorFor(errors, 'endsAt')}>
          {(control) => <input {...control} type="time" step={300} value={draft.endTime} onChange={(e) => set({ endTime: e.target.value })} />}
        </FormField>
        <FormField id="agenda-notes" label={t('agenda.notes')} error={errorFor(errors, 'notes')} className="span-all">
          {(control) => <textarea {...control} rows={2} maxLength={2000} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />}
        </FormField>
      </div>
      <FormErrorSummary summary={summary} leftover={unmatchedErrors(errors, FIELDS)} testId="agenda-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="agenda-save">
          {mutation.isPending ? t('meetingForm.saving') : t('agenda.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
