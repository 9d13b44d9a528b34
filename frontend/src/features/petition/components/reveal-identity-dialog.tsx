import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { useDiscloseIdentity } from '../api/disclose-identity';
import { useDiscloseScan } from '../api/disclose-scan';
import type { Petition } from '../api/types';
import { IdentityLines } from './identity-lines';
import './petition.css';

/** The law's minimum is a reason a reader can judge: the server takes 10 characters or more. */
export const MIN_REASON = 10;

/**
 * "Xem danh tính": an assigned handler states why they need the identities (recorded with who and when), then sees them
 * here — only here: they are not put in the query cache, and closing the dialog forgets them.
 */
export function RevealIdentityDialog({ petition, onClose }: { petition: Petition; onClose: () => void }) {
  const t = useT();
  const disclose = useDiscloseIdentity();
  const scan = useDiscloseScan();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const serverErrors = disclose.isError ? fieldErrorsOf(disclose.error) : {};
  const shown = disclose.data?.petitioners ?? null;

  function close() {
    disclose.reset();
    scan.reset();
    setReason('');
    onClose();
  }

  useEffect(() => {
    reasonRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the dialog opens
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const short = reason.trim().length < MIN_REASON;
    setTooShort(short);
    if (short || disclose.isPending) return;
    disclose.mutate({ id: petition.id, body: { reason: reason.trim() } });
  }

  return (
    <div className="pt-dialog-backdrop">
      <div className="pt-dialog" role="dialog" aria-modal="true" aria-labelledby="reveal-title" data-testid="reveal-dialog">
        <h2 id="reveal-title">{t('reveal.title', { number: petition.number })}</h2>
        <p className="pt-warning" role="note" data-testid="reveal-recorded">
          {t('reveal.recorded')}
        </p>
        {shown ? (
          <>
            <ol className="pt-petitioners" data-testid="reveal-identities">
              {shown.map((p) => (
                <li key={p.position} className="pt-petitioner" data-testid="revealed-petitioner">
                  <div className="pt-petitioner__head">
                    <span>{t('petition.petitionerNo', { n: p.position })}</span>
                    {p.representative && <span className="ui-meta">{t('petition.representative')}</span>}
                  </div>
                  {p.identity ? <IdentityLines identity={p.identity} /> : <span className="pt-redacted">{t('petition.redacted')}</span>}
                </li>
              ))}
            </ol>
            {(disclose.data?.scans ?? []).length > 0 && (
              <ul className="pt-petitioners" data-testid="reveal-scans">
                {(disclose.data?.scans ?? []).map((s) => (
                  <li key={s.scanId}>
                    <button
                      type="button"
                      className="btn btn--secondary"
                      disabled={scan.isPending}
                      onClick={() => scan.mutate({ petitionId: petition.id, scanId: s.scanId, position: s.position, reason: reason.trim() })}
                      data-testid="reveal-scan"
                    >
                      {t('reveal.scan', { n: s.position })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {scan.isError && (
              <p className="form-error" role="alert">
                {problemMessage(scan.error, t)}
              </p>
            )}
            <p className="ui-meta">{t('reveal.forgetOnClose')}</p>
          </>
        ) : (
          <form onSubmit={submit} noValidate className="ui-panel" style={{ marginTop: 0 }} data-testid="reveal-form">
            <FormField
              id="reveal-reason"
              label={t('reveal.reason')}
              hint={t('reveal.reasonHint', { min: MIN_REASON })}
              error={tooShort ? t('reveal.reasonTooShort', { min: MIN_REASON }) : errorFor(serverErrors, 'reason')}
            >
              {(control) => (
                <textarea {...control} ref={reasonRef} rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
              )}
            </FormField>
            {disclose.isError && (
              <p className="form-error" role="alert" data-testid="reveal-error">
                {problemMessage(disclose.error, t)}
              </p>
            )}
            <div className="ui-actions">
              <button type="submit" className="btn btn--primary" disabled={disclose.isPending} data-testid="reveal-submit">
                {disclose.isPending ? t('petition.working') : t('reveal.submit')}
              </button>
            </div>
          </form>
        )}
        <div className="ui-actions">
          <button type="button" className="btn btn--secondary" onClick={close} data-testid="reveal-close">
            {t('reveal.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
