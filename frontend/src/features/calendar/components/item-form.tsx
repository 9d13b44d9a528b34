import { useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useI18n } from '@/lib/i18n';
import { useBodies } from '../api/get-bodies';
import { useLeaders } from '../api/get-leaders';
import { useOffices } from '../api/get-offices';
import { useClashCheck } from '../api/check-clashes';
import { useCreateItem } from '../api/create-item';
import type { Clash, Programme, ProgrammeItem, Visibility } from '../api/types';
import { leaderMap } from '../utils/clash-text';
import { proposedLink } from '../utils/detail-link';
import { periodKindLabel } from '../utils/labels';
import { useUpdateItem } from '../api/update-item';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { draftOf, emptyDraft, ITEM_FIELDS, toClashCheck, toItemRequest, validateItem, type ItemDraft } from '../utils/item-draft';
import { VISIBILITIES, visibilityLabel } from '../utils/labels';
import { useDebounced } from '@/lib/use-debounced';
import { CheckList } from '@/components/ui/check-list';
import { ClashList } from './clash-list';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { UnitPicker } from '@/components/ui/unit-picker';
import './calendar.css';

export const CLASH_CHECK_DELAY = 400;

type Props = {
  programme: Programme;
  /** the item to change; none adds one */
  item?: ProgrammeItem;
  today: string;
  onClose: () => void;
  /** saved: the clashes the write answered with */
  onSaved: (clashes: Clash[]) => void;
  /** fetches the items again (after a 412) */
  onReload: () => Promise<unknown>;
};

function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/**
 * "Thêm hoạt động" / "Sửa hoạt động": an item of a programme. While the times, leaders, venue, participants or
 * locality change, it asks the server (debounced) what the item would clash with and says so above the button.
 * On a published programme a change is an amendment and needs its reason.
 */
export function ItemForm({ programme, item, today, onClose, onSaved, onReload }: Props) {
  const { lang, t } = useI18n();
  const amend = programme.status === 'PUBLISHED';
  const [draft, setDraft] = useState<ItemDraft>(() => (item ? draftOf(item) : emptyDraft(programme, today)));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [reloading, setReloading] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateItem();
  const update = useUpdateItem();
  const mutation = item ? update : create;
  const leaders = useLeaders();
  const bodies = useBodies();
  const offices = useOffices();
  const leadersById = useMemo(() => leaderMap(leaders.data), [leaders.data]);

  const check = useDebounced(toClashCheck(draft, programme.periodKind, item?.id), CLASH_CHECK_DELAY);
  const clashCheck = useClashCheck(check);
  const clashes = check ? (clashCheck.data ?? []) : [];
  const [dismissed, setDismissed] = useState<string[]>([]);
  const proposal = draft.detailsItemId ? null : proposedLink(clashes, draft.title, programme.periodKind, dismissed);

  const stale = isStale(mutation.error);
  const errors: FieldErrors = clientErrors ?? (mutation.isError && !stale ? fieldErrorsOf(mutation.error) : {});
  const leftover = unmatchedErrors(errors, [...ITEM_FIELDS]);
  const summary = clientErrors ? t('itemForm.checkFields') : mutation.isError && !stale ? problemMessage(mutation.error, t) : null;

  const set = (patch: Partial<ItemDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function focusFirstInvalid() {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validateItem(draft, t, amend);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      focusFirstInvalid();
      return;
    }
    setClientErrors(null);
    const body = toItemRequest(draft, amend);
    const saved = (written: { clashes: Clash[] }) => onSaved(written.clashes);
    // a failure is shown from the mutation's state; here it only moves the focus to the first field in error
    if (item) update.mutateAsync({ id: item.id, programmeId: programme.id, version: item.version, body }).then(saved, focusFirstInvalid);
    else create.mutateAsync({ programmeId: programme.id, body }).then(saved, focusFirstInvalid);
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      mutation.reset();
    }
  }

  const leaderOptions = (leaders.data ?? []).map((l) => ({ id: l.id, label: `${l.fullName} (${lang === 'vi' ? l.titleVi : l.titleEn})` }));
  const bodyOptions = (bodies.data ?? []).map((b) => ({ id: b.id, label: lang === 'vi' ? b.nameVi : b.nameEn }));

  return (
    <form ref={formRef} className="ui-panel" onSubmit={submit} noValidate data-testid="item-form">
      <h3>{item ? t('itemForm.editTitle') : t('itemForm.newTitle')}</h3>
      <div className="ui-grid">
        <FormField id="item-title" label={t('itemForm.title')} error={errorFor(errors, 'title')} className="span-all">
          {(control) => (
            <textarea {...control} maxLength={500} rows={2} value={draft.title} onChange={(e) => set({ title: e.target.value })} />
          )}
        </FormField>
        <label className="cal-check span-all">
          <input
            type="checkbox"
            data-testid="item-all-day"
            checked={draft.allDay}
            onChange={(e) => set({ allDay: e.target.checked })}
          />
          {t('itemForm.allDay')}
        </label>
        <FormField id="item-start-date" label={t('itemForm.startDate')} error={errorFor(errors, 'startsAt')}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={programme.periodStart}
              max={programme.periodEnd}
              value={draft.startDate}
              onChange={(e) => {
                const startDate = e.target.value;
                // moving the start past the end moves the end along
                set(draft.endDate < startDate ? { startDate, endDate: startDate } : { startDate });
              }}
            />
          )}
        </FormField>
        {!draft.allDay && (
          <FormField id="item-start-time" label={t('itemForm.startTime')}>
            {(control) => (
              <input {...control} type="time" step={300} value={draft.startTime} onChange={(e) => set({ startTime: e.target.value })} />
            )}
          </FormField>
        )}
        <FormField id="item-end-date" label={t('itemForm.endDate')} error={errorFor(errors, 'endsAt')}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={draft.startDate || programme.periodStart}
              max={programme.periodEnd}
              value={draft.endDate}
              onChange={(e) => set({ endDate: e.target.value })}
            />
          )}
        </FormField>
        {!draft.allDay && (
          <FormField id="item-end-time" label={t('itemForm.endTime')}>
            {(control) => (
              <input {...control} type="time" step={300} value={draft.endTime} onChange={(e) => set({ endTime: e.target.value })} />
            )}
          </FormField>
        )}
        <FormField id="item-venue" label={t('itemForm.venue')} error={errorFor(errors, 'venue')}>
          {(control) => <input {...control} maxLength={300} value={draft.venue} onChange={(e) => set({ venue: e.target.value })} />}
        </FormField>
        <UnitPicker
          id="item-locality"
          label={t('itemForm.locality')}
          multiple={false}
          selected={draft.locality ? [draft.locality] : []}
          onChange={(units) => set({ locality: units[0] ?? null })}
          error={errorFor(errors, 'localityUnitId')}
        />
        <CheckList
          id="item-leaders"
          label={t('itemForm.leaders')}
          options={leaderOptions}
          selected={draft.leaderIds}
          onChange={(leaderIds) => set({ leaderIds })}
          emptyText={leaders.isPending ? t('common.loading') : t('itemForm.noLeaders')}
          error={errorFor(errors, 'leaderIds')}
        />
        <CheckList
          id="item-bodies"
          label={t('itemForm.bodies')}
          options={bodyOptions}
          selected={draft.participantBodyIds}
          onChange={(participantBodyIds) => set({ participantBodyIds })}
          emptyText={bodies.isPending ? t('common.loading') : t('itemForm.noBodies')}
          error={errorFor(errors, 'participantBodyIds')}
        />
        <UnitPicker
          id="item-units"
          label={t('itemForm.units')}
          multiple
          selected={draft.participantUnits}
          onChange={(participantUnits) => set({ participantUnits })}
          error={errorFor(errors, 'participantUnitIds')}
        />
        <FormField
          id="item-persons"
          label={t('itemForm.persons')}
          hint={t('itemForm.personsHint')}
          error={errorFor(errors, 'participantPersons')}
        >
          {(control) => (
            <textarea {...control} rows={3} value={draft.participantPersons} onChange={(e) => set({ participantPersons: e.target.value })} />
          )}
        </FormField>
        <FormField id="item-serving-office" label={t('itemForm.servingOffice')} error={errorFor(errors, 'servingOfficeId')}>
          {(control) => (
            <select {...control} value={draft.servingOfficeId} onChange={(e) => set({ servingOfficeId: e.target.value })}>
              {!(offices.data ?? []).some((o) => o.id === draft.servingOfficeId) && (
                <option value={draft.servingOfficeId}>{draft.servingOfficeId === programme.officeId ? programme.officeName : '—'}</option>
              )}
              {(offices.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {lang === 'vi' ? o.nameVi : o.nameEn}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="item-visibility" label={t('itemForm.visibility')} error={errorFor(errors, 'visibility')}>
          {(control) => (
            <select {...control} value={draft.visibility} onChange={(e) => set({ visibility: e.target.value as Visibility })}>
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {visibilityLabel(v, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="item-notes" label={t('itemForm.notes')} error={errorFor(errors, 'notes')} className="span-all">
          {(control) => <textarea {...control} maxLength={4000} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />}
        </FormField>
        {amend && (
          <FormField
            id="item-amendment-reason"
            label={t('itemForm.amendmentReason')}
            error={errorFor(errors, 'amendmentReason')}
            className="span-all"
          >
            {(control) => (
              <textarea
                {...control}
                maxLength={1000}
                value={draft.amendmentReason}
                onChange={(e) => set({ amendmentReason: e.target.value })}
              />
            )}
          </FormField>
        )}
      </div>

      {draft.detailsItemId && (
        <p className="field__hint" data-testid="detail-link">
          {draft.detailsTitle ? t('detailLink.linked', { title: draft.detailsTitle }) : t('detailLink.linkedUntitled')}{' '}
          <button type="button" className="btn btn--secondary" onClick={() => set({ detailsItemId: null, detailsTitle: null })} data-testid="detail-unlink">
            {t('detailLink.unlink')}
          </button>
        </p>
      )}
      {errorFor(errors, 'detailsItemId') && (
        <p className="field__error" role="alert" data-testid="detail-link-error">
          {errorFor(errors, 'detailsItemId')}
        </p>
      )}
      {proposal && (
        <div className="ui-panel" data-testid="detail-link-proposal">
          <p style={{ margin: '0 0 0.4rem' }}>
            {t('detailLink.propose', { title: proposal.otherTitle ?? '', kind: periodKindLabel(proposal.otherPeriodKind, t).toLowerCase() })}
          </p>
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => set({ detailsItemId: proposal.otherItemId, detailsTitle: proposal.otherTitle })}
            data-testid="detail-link-accept"
          >
            {t('detailLink.accept')}
          </button>{' '}
          <button type="button" className="btn btn--secondary" onClick={() => setDismissed((d) => [...d, proposal.otherItemId])} data-testid="detail-link-dismiss">
            {t('detailLink.dismiss')}
          </button>
        </div>
      )}

      <div aria-live="polite" data-testid="clash-check">
        {check && clashCheck.isError && <p className="field__hint">{t('clash.checkFailed')}</p>}
        {check && clashes.length > 0 && (
          <div role="alert" data-testid="clash-warning">
            <p style={{ margin: '0 0 0.4rem', fontWeight: 700 }}>{t('clash.warningTitle')}</p>
            <ClashList clashes={clashes} leaders={leadersById} testId="clash-warning-list" />
          </div>
        )}
        {check && clashCheck.isSuccess && clashes.length === 0 && !clashCheck.isPlaceholderData && (
          <p className="field__hint" data-testid="clash-none">
            {t('clash.none')}
          </p>
        )}
      </div>

      {stale && (
        <div className="form-error" role="alert" data-testid="item-stale">
          <p style={{ margin: 0 }}>{t('itemForm.stale')}</p>
          <button
            type="button"
            className="btn btn--secondary"
            style={{ marginTop: '0.5rem' }}
            disabled={reloading}
            onClick={reload}
            data-testid="item-reload"
          >
            {t('itemForm.reload')}
          </button>
        </div>
      )}
      <FormErrorSummary summary={summary} leftover={leftover} testId="item-error" />
      <div className="cal-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending || stale} data-testid="item-save">
          {mutation.isPending ? t('itemForm.saving') : t('itemForm.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose} data-testid="item-close">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
