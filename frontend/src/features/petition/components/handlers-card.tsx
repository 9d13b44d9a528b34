import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { roleLabel } from '@/lib/user';
import { useAssignHandler } from '../api/assign-handler';
import { useAssignableHandlers } from '../api/get-assignable-handlers';
import type { Petition } from '../api/types';
import { can } from '../utils/permissions';
import './petition.css';

/**
 * "Cán bộ xử lý": who handles the petition; a leader of the receiving office assigns one of its staff ("Giao cán bộ xử
 * lý", from GET …/assignable-handlers — the office's active staff).
 */
export function HandlersCard({ petition, onAssigned }: { petition: Petition; onAssigned: (name: string) => void }) {
  const { lang, t } = useI18n();
  const canAssign = can(petition, 'ASSIGN_HANDLER');
  const staff = useAssignableHandlers(petition.id, { enabled: canAssign });
  const assign = useAssignHandler();
  const [userId, setUserId] = useState('');
  const [missing, setMissing] = useState(false);
  const candidates = (staff.data ?? []).filter((s) => !s.handler);
  const serverErrors = assign.isError ? fieldErrorsOf(assign.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!userId);
    if (!userId || assign.isPending) return;
    const name = candidates.find((c) => c.userId === userId)?.fullName ?? '';
    assign.mutateAsync({ id: petition.id, body: { userId } }).then(() => {
      setUserId('');
      onAssigned(name);
    }, shownByTheMutation);
  }

  return (
    <section className="card" aria-labelledby="handlers-title" data-testid="petition-handlers">
      <h2 id="handlers-title" className="card__title">
        {t('handlers.title')}
      </h2>
      {petition.handlers.length === 0 ? (
        <p className="ui-meta" data-testid="handlers-none">
          {t('handlers.none')}
        </p>
      ) : (
        <ul data-testid="handlers-list">
          {petition.handlers.map((h) => (
            <li key={h.userId} data-testid="handler">
              <strong>{h.fullName}</strong> <span className="ui-meta">{t('handlers.since', { at: formatDateTime(h.assignedAt, lang) })}</span>
            </li>
          ))}
        </ul>
      )}
      {canAssign && (
        <form className="ui-panel" onSubmit={submit} noValidate data-testid="assign-handler-form">
          <h3>{t('petitionAction.ASSIGN_HANDLER')}</h3>
          <FormField
            id="assign-handler"
            label={t('handlers.pick')}
            error={missing ? t('petitionForm.required') : errorFor(serverErrors, 'userId')}
            hint={staff.isSuccess && candidates.length === 0 ? t('handlers.noneLeft') : undefined}
          >
            {(control) => (
              <select {...control} value={userId} onChange={(e) => setUserId(e.target.value)} disabled={staff.isPending}>
                <option value="">{staff.isPending ? t('common.loading') : t('common.select')}</option>
                {candidates.map((s) => (
                  <option key={s.userId} value={s.userId}>
                    {s.fullName} ({roleLabel(s.role, t)})
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {(assign.isError || staff.isError) && (
            <p className="form-error" role="alert" data-testid="assign-handler-error">
              {problemMessage(assign.error ?? staff.error, t)}
            </p>
          )}
          <div className="ui-actions">
            <button type="submit" className="btn btn--primary" disabled={assign.isPending} data-testid="assign-handler-submit">
              {assign.isPending ? t('petition.working') : t('handlers.assign')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
