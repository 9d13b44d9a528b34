import { useState } from 'react';
import { useT } from '@/lib/i18n';
import type { Petition } from '../api/types';
import { can } from '../utils/permissions';
import { IdentityLines } from './identity-lines';
import { RevealIdentityDialog } from './reveal-identity-dialog';
import './petition.css';

/**
 * "Người gửi đơn": each petitioner as the caller may see them — "Đã ẩn danh tính" unless they are a handler (and never a
 * denouncer's) — and, for a handler, "Xem danh tính" with a reason.
 */
export function PetitionersCard({ petition }: { petition: Petition }) {
  const t = useT();
  const [revealing, setRevealing] = useState(false);
  const canReveal = can(petition, 'REVEAL_IDENTITY');
  return (
    <section className="card" aria-labelledby="petitioners-title" data-testid="petition-petitioners">
      <div className="page__head--row" style={{ display: 'flex', justifyContent: 'space-between', gap: '0.5rem', flexWrap: 'wrap' }}>
        <h2 id="petitioners-title" className="card__title">
          {t('petition.petitioners')}
        </h2>
        {canReveal && (
          <button type="button" className="btn btn--secondary" data-testid="reveal-open" aria-haspopup="dialog" onClick={() => setRevealing(true)}>
            {t('petitionAction.REVEAL_IDENTITY')}
          </button>
        )}
      </div>
      {petition.anonymous ? (
        <p className="ui-meta" data-testid="petitioners-anonymous">
          {t('petition.anonymous')}
        </p>
      ) : (
        <>
          {petition.crowd && (
            <p className="ui-meta" data-testid="petitioners-crowd">
              {t('petition.crowdOf', { count: petition.petitionerCount, listed: petition.petitioners.length })}
            </p>
          )}
          <ol className="pt-petitioners">
            {petition.petitioners.map((p) => (
              <li key={p.position} className="pt-petitioner" data-testid="petitioner" data-redacted={p.redacted}>
                <div className="pt-petitioner__head">
                  <span>{t('petition.petitionerNo', { n: p.position })}</span>
                  {p.representative && <span className="ui-meta">{t('petition.representative')}</span>}
                </div>
                {p.redacted || !p.identity ? (
                  <span className="pt-redacted" data-testid="petitioner-redacted">
                    {t('petition.redacted')}
                  </span>
                ) : (
                  <IdentityLines identity={p.identity} />
                )}
              </li>
            ))}
          </ol>
          {petition.kind === 'DENUNCIATION' && (
            <p className="ui-meta" data-testid="petitioners-denunciation">
              {t('petition.denouncerProtected')}
            </p>
          )}
        </>
      )}
      {revealing && <RevealIdentityDialog petition={petition} onClose={() => setRevealing(false)} />}
    </section>
  );
}
