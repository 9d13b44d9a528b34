import { useRef, useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import {
  SCOPES,
  useMachineClients,
  useRegisterMachineClient,
  useRotateMachineClientSecret,
  useSetMachineClientActive,
  useUpdateMachineClient,
  type MachineClient,
  type MachineClientSecret,
  type Scope,
} from './api';
import { useClientsT, type ClientsKey } from './i18n';
import './machine-clients.css';

type Pending = { id: string; action: 'deactivate' | 'rotate' } | null;

/**
 * /admin/clients — "Ứng dụng kết nối": the system administrator lists the jurisdiction's machine clients, registers one,
 * edits its name and scopes, deactivates or reactivates it and rotates its secret. A new secret is shown once, with a
 * copy button and a warning; the server keeps only its hash. The server checks the role again.
 */
export function MachineClientsRoute() {
  const me = useCurrentUser();
  const { lang, t: appT } = useI18n();
  const t = useClientsT();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<'all' | 'active' | 'inactive'>('all');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [secret, setSecret] = useState<MachineClientSecret | null>(null);
  const allowed = me.role === 'SYSTEM_ADMIN';
  const clients = useMachineClients({
    page,
    size: 20,
    sort: 'clientId',
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(status === 'all' ? {} : { active: status === 'active' }),
  }, { enabled: allowed });
  const setActive = useSetMachineClientActive();
  const rotate = useRotateMachineClientSecret();

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('forbidden')}
      </p>
    );
  }

  const actionError = setActive.error ?? rotate.error;
  const scopeLabel = (scope: string) => t(`scope.${scope}` as ClientsKey);

  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__subtitle">{t('subtitle')}</p>
      </div>
      {secret && <SecretPanel secret={secret} onDone={() => setSecret(null)} />}
      <div className="ui-toolbar mc-toolbar">
        <div className="field">
          <label htmlFor="mc-search">{t('search')}</label>
          <input
            id="mc-search"
            type="search"
            value={q}
            maxLength={200}
            data-testid="mc-search"
            onChange={(e) => {
              setQ(e.target.value);
              setPage(0);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="mc-status">{t('status')}</label>
          <select
            id="mc-status"
            value={status}
            data-testid="mc-status"
            onChange={(e) => {
              setStatus(e.target.value as typeof status);
              setPage(0);
            }}
          >
            {(['all', 'active', 'inactive'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {actionError && (
        <p className="form-error" role="alert" data-testid="mc-action-error">
          {problemMessage(actionError, appT)}
        </p>
      )}
      {clients.isPending ? (
        <LoadingState />
      ) : clients.isError ? (
        <ErrorState message={problemMessage(clients.error, appT)} onRetry={() => clients.refetch()} />
      ) : clients.data.items.length === 0 ? (
        <p className="empty" data-testid="mc-empty">
          {t('empty')}
        </p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table" data-testid="mc-table">
            <thead>
              <tr>
                <th>{t('clientId')}</th>
                <th>{t('name')}</th>
                <th>{t('scopes')}</th>
                <th>{t('status')}</th>
                <th>{t('secretRotatedAt')}</th>
                <th aria-label={t('edit')} />
              </tr>
            </thead>
            <tbody>
              {clients.data.items.map((client) =>
                editing === client.id ? (
                  <tr key={client.id} data-testid="mc-row" data-id={client.id}>
                    <td colSpan={6}>
                      <EditForm client={client} onClose={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <tr key={client.id} data-testid="mc-row" data-id={client.id} data-active={client.active}>
                    <td className="nowrap">
                      <code>{client.clientId}</code>
                    </td>
                    <td>{client.name}</td>
                    <td data-testid="mc-scopes">{client.scopes.map(scopeLabel).join(', ')}</td>
                    <td data-testid="mc-active">{t(client.active ? 'status.active' : 'status.inactive')}</td>
                    <td className="nowrap">{client.secretRotatedAt ? formatDateTime(client.secretRotatedAt, lang) : '—'}</td>
                    <td className="mc-actions">
                      {pending?.id === client.id ? (
                        <span className="mc-confirm" role="group" data-testid="mc-confirm">
                          <span>{t(pending.action === 'rotate' ? 'rotate.confirm' : 'deactivate.confirm', { name: client.name })}</span>
                          <button
                            type="button"
                            className="btn btn--primary"
                            data-testid="mc-confirm-yes"
                            disabled={setActive.isPending || rotate.isPending}
                            onClick={() => {
                              const done = () => setPending(null);
                              if (pending.action === 'rotate') {
                                rotate.mutateAsync(client.id).then((answer) => {
                                  done();
                                  setSecret(answer);
                                }, shownByTheMutation);
                              } else {
                                setActive.mutateAsync({ id: client.id, active: false }).then(done, shownByTheMutation);
                              }
                            }}
                          >
                            {t(pending.action === 'rotate' ? 'rotate' : 'deactivate')}
                          </button>
                          <button type="button" className="btn btn--ghost" data-testid="mc-confirm-no" onClick={() => setPending(null)}>
                            {t('cancel')}
                          </button>
                        </span>
                      ) : (
                        <>
                          <button type="button" className="btn btn--ghost" data-testid="mc-edit" onClick={() => setEditing(client.id)}>
                            {t('edit')}
                          </button>
                          <button
                            type="button"
                            className="btn btn--ghost"
                            data-testid="mc-rotate"
                            onClick={() => setPending({ id: client.id, action: 'rotate' })}
                          >
                            {t('rotate')}
                          </button>
                          {client.active ? (
                            <button
                              type="button"
                              className="btn btn--ghost"
                              data-testid="mc-deactivate"
                              onClick={() => setPending({ id: client.id, action: 'deactivate' })}
                            >
                              {t('deactivate')}
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="btn btn--ghost"
                              data-testid="mc-reactivate"
                              disabled={setActive.isPending}
                              onClick={() => setActive.mutateAsync({ id: client.id, active: true }).then(() => undefined, shownByTheMutation)}
                            >
                              {t('reactivate')}
                            </button>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {clients.data.totalPages > 1 && (
            <div className="mc-pager">
              <button type="button" className="btn btn--ghost" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('previous')}
              </button>
              <span>{t('page', { page: page + 1, pages: clients.data.totalPages })}</span>
              <button type="button" className="btn btn--ghost" disabled={page + 1 >= clients.data.totalPages} onClick={() => setPage(page + 1)}>
                {t('next')}
              </button>
            </div>
          )}
        </div>
      )}
      <RegisterForm onRegistered={setSecret} />
    </div>
  );
}

function ScopeChoices({ idPrefix, value, onChange }: { idPrefix: string; value: Scope[]; onChange: (scopes: Scope[]) => void }) {
  const t = useClientsT();
  return (
    <fieldset className="mc-scopes">
      <legend>{t('scopes')}</legend>
      {SCOPES.map((scope) => (
        <label key={scope} className="mc-scope">
          <input
            type="checkbox"
            data-testid={`${idPrefix}-scope-${scope}`}
            checked={value.includes(scope)}
            onChange={(e) => onChange(e.target.checked ? SCOPES.filter((s) => s === scope || value.includes(s)) : value.filter((s) => s !== scope))}
          />
          {t(`scope.${scope}` as ClientsKey)} <code>{scope}</code>
        </label>
      ))}
    </fieldset>
  );
}

function RegisterForm({ onRegistered }: { onRegistered: (secret: MachineClientSecret) => void }) {
  const t = useClientsT();
  const { t: appT } = useI18n();
  const register = useRegisterMachineClient();
  const [clientId, setClientId] = useState('');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['public:read']);
  const [missingScope, setMissingScope] = useState(false);
  // one key per distinct body, so that a retry of the same registration never makes a second client
  const attempt = useRef<{ body: string; key: string } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (scopes.length === 0) {
      setMissingScope(true);
      return;
    }
    setMissingScope(false);
    const body = { clientId: clientId.trim(), name: name.trim(), scopes };
    const json = JSON.stringify(body);
    if (attempt.current?.body !== json) attempt.current = { body: json, key: newIdempotencyKey() };
    register.mutateAsync({ body, key: attempt.current.key }).then((answer) => {
      attempt.current = null;
      setClientId('');
      setName('');
      setScopes(['public:read']);
      onRegistered(answer);
    }, shownByTheMutation);
  }

  return (
    <form className="mc-form" onSubmit={submit} data-testid="mc-register-form">
      <h2>{t('register.title')}</h2>
      <div className="field">
        <label htmlFor="mc-client-id">{t('clientId')}</label>
        <input
          id="mc-client-id"
          required
          pattern="[a-z0-9._\-]{3,60}"
          maxLength={60}
          value={clientId}
          onChange={(e) => setClientId(e.target.value)}
          data-testid="mc-client-id"
        />
      </div>
      <div className="field">
        <label htmlFor="mc-name">{t('name')}</label>
        <input id="mc-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} data-testid="mc-name" />
      </div>
      <ScopeChoices idPrefix="mc-register" value={scopes} onChange={setScopes} />
      {(missingScope || register.isError) && (
        <p className="form-error" role="alert" data-testid="mc-register-error">
          {missingScope ? t('scopes.required') : problemMessage(register.error, appT)}
        </p>
      )}
      <button type="submit" className="btn btn--primary" disabled={register.isPending} data-testid="mc-register">
        {t(register.isPending ? 'registering' : 'register')}
      </button>
    </form>
  );
}

function EditForm({ client, onClose }: { client: MachineClient; onClose: () => void }) {
  const t = useClientsT();
  const { t: appT } = useI18n();
  const update = useUpdateMachineClient();
  const [name, setName] = useState(client.name);
  const [scopes, setScopes] = useState<Scope[]>(client.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (scopes.length === 0) return;
    update.mutateAsync({ id: client.id, version: client.version, body: { name: name.trim(), scopes } }).then(onClose, shownByTheMutation);
  }

  return (
    <form className="mc-form mc-form--inline" onSubmit={submit} data-testid="mc-edit-form">
      <div className="field">
        <label htmlFor={`mc-edit-name-${client.id}`}>
          {t('name')} (<code>{client.clientId}</code>)
        </label>
        <input id={`mc-edit-name-${client.id}`} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} data-testid="mc-edit-name" />
      </div>
      <ScopeChoices idPrefix="mc-edit" value={scopes} onChange={setScopes} />
      {(scopes.length === 0 || update.isError) && (
        <p className="form-error" role="alert" data-testid="mc-edit-error">
          {scopes.length === 0 ? t('scopes.required') : problemMessage(update.error, appT)}
        </p>
      )}
      <button type="submit" className="btn btn--primary" disabled={update.isPending || scopes.length === 0} data-testid="mc-save">
        {t('save')}
      </button>
      <button type="button" className="btn btn--ghost" onClick={onClose}>
        {t('cancel')}
      </button>
    </form>
  );
}

function SecretPanel({ secret, onDone }: { secret: MachineClientSecret; onDone: () => void }) {
  const t = useClientsT();
  const [copied, setCopied] = useState(false);
  const value = secret.clientSecret ?? '';
  return (
    <section className="mc-secret" role="alert" aria-live="assertive" data-testid="mc-secret">
      <h2>{t('secret.title', { clientId: secret.client.clientId })}</h2>
      <p className="mc-secret__warning">{t('secret.warning')}</p>
      <div className="mc-secret__value">
        <code data-testid="mc-secret-value">{value}</code>
        <button
          type="button"
          className="btn btn--ghost"
          data-testid="mc-secret-copy"
          onClick={() => navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false))}
        >
          {t(copied ? 'secret.copied' : 'secret.copy')}
        </button>
      </div>
      <button type="button" className="btn btn--primary" data-testid="mc-secret-done" onClick={onDone}>
        {t('secret.done')}
      </button>
    </section>
  );
}
