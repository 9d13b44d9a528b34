import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Chip } from '@/components/ui/chip';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useI18n } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useDuplicates } from '../api/get-duplicates';
import { usePetitionCase } from '../api/get-petition-case';
import { useLinkCase } from '../api/link-case';
import type { Petition } from '../api/types';
import { formatDay } from '../utils/dates';
import { petitionKindLabel } from '../utils/labels';
import { PetitionStatusChip } from './status-chip';
import './petition.css';

const PERCENT = { vi: new Intl.NumberFormat('vi-VN', { style: 'percent' }), en: new Intl.NumberFormat('en-GB', { style: 'percent' }) };

/**
 * "Vụ việc và đơn trùng": the case (vụ việc) the petition is linked into with its petitions, and the office's likely
 * duplicates (same petitioner, similar content — never an identity), which the staff can merge into one case.
 */
export function CaseCard({ petition, highlight }: { petition: Petition; highlight: boolean }) {
  const { lang, t } = useI18n();
  const petitionCase = usePetitionCase(petition.caseId);
  const duplicates = useDuplicates(petition.id);
  const link = useLinkCase();
  const [chosen, setChosen] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [linked, setLinked] = useState(false);
  const inCase = new Set((petitionCase.data?.petitions ?? []).map((p) => p.id));
  const candidates = (duplicates.data ?? []).filter((d) => !inCase.has(d.petitionId));

  function merge() {
    if (chosen.length === 0 || link.isPending) return;
    link.mutateAsync({ id: petition.id, body: { petitionIds: chosen, title: title.trim() || null } }).then(() => {
      setChosen([]);
      setTitle('');
      setLinked(true);
    }, shownByTheMutation);
  }

  return (
    <section className="card" aria-labelledby="case-title" data-testid="petition-case">
      <h2 id="case-title" className="card__title">
        {t('case.title')}
      </h2>
      {petition.caseId &&
        (petitionCase.isPending ? (
          <LoadingState />
        ) : petitionCase.isError ? (
          <ErrorState message={problemMessage(petitionCase.error, t)} onRetry={() => petitionCase.refetch()} />
        ) : (
          <div data-testid="case-details">
            <p>
              <strong data-testid="case-name">{petitionCase.data.title}</strong>{' '}
              <span className="ui-meta">{t('case.since', { date: formatDay(petitionCase.data.firstReceivedOn, lang), count: petitionCase.data.petitions.length })}</span>
            </p>
            <ul>
              {petitionCase.data.petitions.map((p) => (
                <li key={p.id} data-testid="case-petition">
                  {p.id === petition.id ? <strong>{p.number}</strong> : <Link to={`/petitions/${p.id}`}>{p.number}</Link>} ({formatDay(p.receivedOn, lang)}) —{' '}
                  {p.subject} <PetitionStatusChip status={p.status} testId="case-petition-status" />
                </li>
              ))}
            </ul>
          </div>
        ))}
      {!petition.caseId && (
        <p className="ui-meta" data-testid="case-none">
          {t('case.none')}
        </p>
      )}
      {linked && (
        <p className="ui-notice" role="status" data-testid="case-linked">
          {t('case.linked')}
        </p>
      )}

      <h3 className="card__title" style={{ fontSize: '1rem', marginTop: '0.75rem' }}>
        {t('duplicates.title')}
      </h3>
      {duplicates.isPending ? (
        <LoadingState />
      ) : duplicates.isError ? (
        <ErrorState message={problemMessage(duplicates.error, t)} onRetry={() => duplicates.refetch()} />
      ) : candidates.length === 0 ? (
        <p className="ui-meta" data-testid="duplicates-none">
          {t('duplicates.none')}
        </p>
      ) : (
        <>
          {highlight && (
            <p className="pt-warning" role="alert" data-testid="duplicates-alert">
              {t('duplicates.alert', { count: candidates.length })}
            </p>
          )}
          <div className="ui-table-wrap">
            <table className="ui-table pt-table" data-testid="duplicates-table">
              <thead>
                <tr>
                  <th>
                    <span className="pt-sr-only">{t('duplicates.choose')}</span>
                  </th>
                  <th>{t('petition.number')}</th>
                  <th>{t('petition.subject')}</th>
                  <th>{t('duplicates.why')}</th>
                  <th>{t('petition.status')}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((d) => (
                  <tr key={d.petitionId} data-testid="duplicate-row" data-id={d.petitionId}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('duplicates.chooseOne', { number: d.number })}
                        data-testid="duplicate-choose"
                        checked={chosen.includes(d.petitionId)}
                        onChange={(e) => setChosen(e.target.checked ? [...chosen, d.petitionId] : chosen.filter((x) => x !== d.petitionId))}
                      />
                    </td>
                    <td className="nowrap">
                      <Link to={`/petitions/${d.petitionId}`}>{d.number}</Link>
                      <div className="ui-meta">
                        {petitionKindLabel(d.kind, t)} · {formatDay(d.receivedOn, lang)}
                      </div>
                    </td>
                    <td>{d.subject}</td>
                    <td>
                      {d.samePetitioner && (
                        <Chip tone="warning" data-testid="duplicate-same-petitioner">
                          {t('duplicates.samePetitioner')}
                        </Chip>
                      )}{' '}
                      <span className="ui-meta">{t('duplicates.similarity', { value: PERCENT[lang].format(d.similarity) })}</span>
                      {d.caseId && <div className="ui-meta">{t('duplicates.inCase')}</div>}
                    </td>
                    <td>
                      <PetitionStatusChip status={d.status} testId="duplicate-status" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="ui-toolbar pt-toolbar">
            {!petition.caseId && (
              <div className="field" style={{ flex: 1 }}>
                <label htmlFor="case-new-title">{t('case.newTitle')}</label>
                <input id="case-new-title" data-testid="case-new-title" maxLength={500} placeholder={petition.subject} value={title} onChange={(e) => setTitle(e.target.value)} />
              </div>
            )}
            <button type="button" className="btn btn--primary" data-testid="case-link" disabled={chosen.length === 0 || link.isPending} onClick={merge}>
              {link.isPending ? t('petition.working') : t('case.link')}
            </button>
          </div>
          {link.isError && (
            <p className="form-error" role="alert" data-testid="case-link-error">
              {problemMessage(link.error, t)}
            </p>
          )}
        </>
      )}
    </section>
  );
}
