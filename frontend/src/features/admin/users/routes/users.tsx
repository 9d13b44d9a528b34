import { useContext, useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormField } from '@/components/ui/form-field';
import { UnitPicker, type UnitRef } from '@/components/ui/unit-picker';
import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import type { Role } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { useDebounced } from '@/lib/use-debounced';
import { roleLabel } from '@/lib/user';
import { shownByTheMutation } from '@/lib/mutations';
import {
  useCreateUser,
  useOffices,
  useResetPassword,
  useUpdateUser,
  useUserAction,
  useUsers,
  type User,
} from '../api/users';
import { ImportPanel } from '../../import/import-panel';

const ADMIN_ROLES: Role[] = ['SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE', 'UNIT_OFFICER', 'SYSTEM_ADMIN'];
const CHIEF_ROLES: Role[] = ['SPECIALIST', 'OFFICE_LEADER'];
const OFFICE_ROLES: Role[] = ['SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE'];

type Draft = { username: string; fullName: string; role: Role; officeId: string; unit: UnitRef | null; email: string; phone: string };

function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries((error.problem?.errors ?? []).map((e) => [e.field ?? '', e.message ?? '']));
}

/** The account form: a new account (with its username) or an edit of one. */
function UserForm({ user, onDone }: { user: User | null; onDone: (password: { username: string; password: string } | null) => void }) {
  const { t } = useI18n();
  const me = useContext(CurrentUserContext);
  const chief = me?.role === 'CHIEF_OF_OFFICE';
  const offices = useOffices();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [draft, setDraft] = useState<Draft>({
    username: user?.username ?? '',
    fullName: user?.fullName ?? '',
    role: user?.role ?? 'SPECIALIST',
    officeId: user?.officeId ?? (chief ? (me?.office?.id ?? '') : ''),
    unit: user?.unitId ? { id: user.unitId, name: user.unitId } : null,
    email: user?.email ?? '',
    phone: user?.phone ?? '',
  });
  const mutation = user ? update : create;
  const errors = fieldErrors(mutation.error);
  const roles = chief ? CHIEF_ROLES : ADMIN_ROLES;
  const officeRole = OFFICE_ROLES.includes(draft.role);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const placement = {
      officeId: officeRole ? draft.officeId || null : null,
      unitId: draft.role === 'UNIT_OFFICER' ? (draft.unit?.id ?? null) : null,
    };
    const contact = { email: draft.email.trim() || null, phone: draft.phone.trim() || null };
    if (user) {
      update
        .mutateAsync({ user, body: { fullName: draft.fullName, role: draft.role, ...placement, ...contact } })
        .then(() => onDone(null), shownByTheMutation);
    } else {
      create
        .mutateAsync({ username: draft.username, fullName: draft.fullName, role: draft.role, ...placement, ...contact })
        .then((created) => onDone(created.oneTimePassword ? { username: created.user.username, password: created.oneTimePassword } : null), shownByTheMutation);
    }
  }

  return (
    <form className="pt-form" onSubmit={submit} data-testid="user-form">
      <h2>{user ? t('admin.users.edit') : t('admin.users.new')}</h2>
      {!user && (
        <FormField id="user-username" label={t('admin.users.username')} error={errors.username} hint={t('admin.users.usernameHint')}>
          {(c) => <input {...c} value={draft.username} maxLength={60} required onChange={(e) => set({ username: e.target.value })} />}
        </FormField>
      )}
      <FormField id="user-fullname" label={t('admin.users.fullName')} error={errors.fullName}>
        {(c) => <input {...c} value={draft.fullName} maxLength={200} required onChange={(e) => set({ fullName: e.target.value })} />}
      </FormField>
      <FormField id="user-role" label={t('admin.users.role')} error={errors.role}>
        {(c) => (
          <select {...c} value={draft.role} onChange={(e) => set({ role: e.target.value as Role })}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r, t)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {officeRole && (
        <FormField id="user-office" label={t('admin.users.office')} error={errors.officeId}>
          {(c) => (
            <select {...c} value={draft.officeId} disabled={chief} onChange={(e) => set({ officeId: e.target.value })}>
              <option value="">—</option>
              {(offices.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.nameVi}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {draft.role === 'UNIT_OFFICER' && (
        <UnitPicker id="user-unit" label={t('admin.users.unit')} multiple={false} selected={draft.unit ? [draft.unit] : []}
          onChange={(units) => set({ unit: units[0] ?? null })} error={errors.unitId} />
      )}
      <FormField id="user-email" label={t('admin.users.email')} error={errors.email}>
        {(c) => <input {...c} type="email" value={draft.email} maxLength={200} onChange={(e) => set({ email: e.target.value })} />}
      </FormField>
      <FormField id="user-phone" label={t('admin.users.phone')} error={errors.phone}>
        {(c) => <input {...c} value={draft.phone} maxLength={40} onChange={(e) => set({ phone: e.target.value })} />}
      </FormField>
      {mutation.isError && Object.keys(errors).length === 0 && (
        <p className="form-error" role="alert">
          {problemMessage(mutation.error, t)}
        </p>
      )}
      <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="user-save">
        {t('admin.users.save')}
      </button>{' '}
      <button type="button" className="btn btn--ghost" onClick={() => onDone(null)}>
        {t('admin.users.cancel')}
      </button>
    </form>
  );
}

/** /admin/users: accounts of the jurisdiction (a chief of office: of their office) — search, create, edit, deactivate, reset. */
export function UsersRoute() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const debounced = useDebounced(q, 300);
  const users = useUsers({ q: debounced.trim() || undefined, page, size: 20, sort: 'username' });
  const action = useUserAction();
  const reset = useResetPassword();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);

  function done(password: { username: string; password: string } | null) {
    setEditing(null);
    if (password) setShown(password);
  }

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <h1 className="page__title">{t('admin.users.title')}</h1>
        <button type="button" className="btn btn--primary" onClick={() => setEditing('new')} data-testid="user-new">
          {t('admin.users.new')}
        </button>
      </div>
      <ImportPanel kind="users" />
      {shown && (
        <div className="tag" role="status" data-testid="one-time-password">
          {t('admin.users.oneTime', { username: shown.username })} <strong data-testid="one-time-password-value">{shown.password}</strong>{' '}
          <button type="button" className="btn btn--ghost" onClick={() => setShown(null)}>
            {t('admin.users.oneTimeDone')}
          </button>
        </div>
      )}
      {editing && <UserForm key={editing === 'new' ? 'new' : editing.id} user={editing === 'new' ? null : editing} onDone={done} />}
      <div className="ui-toolbar">
        <div className="field">
          <label htmlFor="users-q">{t('admin.users.search')}</label>
          <input id="users-q" type="search" value={q} data-testid="users-q" onChange={(e) => { setQ(e.target.value); setPage(0); }} />
        </div>
      </div>
      {(action.isError || reset.isError) && (
        <p className="form-error" role="alert">
          {problemMessage(action.error ?? reset.error, t)}
        </p>
      )}
      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState message={problemMessage(users.error, t)} onRetry={() => users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <p className="empty" data-testid="users-empty">{t('admin.users.empty')}</p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <thead>
              <tr>
                <th>{t('admin.users.username')}</th>
                <th>{t('admin.users.fullName')}</th>
                <th>{t('admin.users.role')}</th>
                <th>{t('admin.users.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => (
                <tr key={u.id} data-testid="user-row">
                  <td>{u.username}</td>
                  <td>{u.fullName}</td>
                  <td>{roleLabel(u.role, t)}</td>
                  <td>
                    {u.active ? t('admin.users.active') : t('admin.users.inactive')}
                    {u.lockedUntil && ` · ${t('admin.users.locked')}`}
                    {u.passwordChangeRequired && ` · ${t('admin.users.mustChange')}`}
                  </td>
                  <td className="nowrap">
                    <button type="button" className="btn btn--ghost" onClick={() => setEditing(u)}>{t('admin.users.editShort')}</button>
                    <button type="button" className="btn btn--ghost" data-testid="user-toggle"
                      onClick={() => action.mutate({ id: u.id, action: u.active ? 'deactivation' : 'reactivation' })}>
                      {u.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}
                    </button>
                    <button type="button" className="btn btn--ghost" data-testid="user-reset"
                      onClick={() => reset.mutateAsync(u.id).then((r) => r.oneTimePassword && setShown({ username: r.user.username, password: r.oneTimePassword }), shownByTheMutation)}>
                      {t('admin.users.reset')}
                    </button>
                    {u.lockedUntil && (
                      <button type="button" className="btn btn--ghost" onClick={() => action.mutate({ id: u.id, action: 'unlock' })}>
                        {t('admin.users.unlock')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" className="btn btn--ghost" disabled={page === 0} onClick={() => setPage(page - 1)}>‹</button>
            <span className="pager__status">{t('admin.users.page', { page: page + 1, pages: Math.max(1, users.data.totalPages) })}</span>
            <button type="button" className="btn btn--ghost" disabled={page + 1 >= users.data.totalPages} onClick={() => setPage(page + 1)}>›</button>
          </div>
        </div>
      )}
    </div>
  );
}
