import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormField } from '@/components/ui/form-field';
import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useChangePassword } from '../api/change-password';
import { useMe } from '../api/get-me';
import { passwordWeakness } from '../password-rule';

/** Everyone's own password; also the only page a person with a one-time password may open until it is changed. */
export function ChangePasswordRoute() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const forced = me.data?.passwordChangeRequired === true;

  const serverErrors = change.error instanceof ApiError ? (change.error.problem?.errors ?? []) : [];
  const fieldError = (field: string) => serverErrors.find((e) => e.field === field)?.message;

  function submit(event: FormEvent) {
    event.preventDefault();
    const weakness = passwordWeakness(next, me.data?.username ?? '');
    if (weakness) return setClientError(t(`password.rule.${weakness}`));
    if (next !== repeat) return setClientError(t('password.mismatch'));
    setClientError(null);
    change.mutateAsync({ currentPassword: current, newPassword: next }).then(() => navigate('/', { replace: true }), shownByTheMutation);
  }

  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('password.title')}</h1>
        {forced && (
          <p className="page__subtitle" data-testid="password-forced">
            {t('password.forced')}
          </p>
        )}
      </div>
      <form className="pt-form" onSubmit={submit} noValidate>
        <p className="field__hint">{t('password.rule')}</p>
        <FormField id="password-current" label={t('password.current')} error={fieldError('currentPassword')}>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />}
        </FormField>
        <FormField id="password-new" label={t('password.new')} error={fieldError('newPassword') ?? clientError ?? undefined}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required />}
        </FormField>
        <FormField id="password-repeat" label={t('password.repeat')}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />}
        </FormField>
        {change.isError && serverErrors.length === 0 && (
          <p className="form-error" role="alert">
            {problemMessage(change.error, t)}
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={change.isPending} data-testid="password-submit">
          {t('password.submit')}
        </button>
      </form>
    </div>
  );
}
