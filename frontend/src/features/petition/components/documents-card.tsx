import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime } from '@/lib/format';
import { useI18n, useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useDownloadLetter } from '../api/download-letter';
import { useRecordForwardingReply } from '../api/record-forwarding-reply';
import type { Forwarding, Petition, PetitionDocument } from '../api/types';
import { daysBetween, formatDay } from '../utils/dates';
import { documentKindLabel } from '../utils/labels';
import { DueCountdown } from './due-countdown';
import './petition.css';

const LETTERS = new Set(['FORWARDING_LETTER', 'GUIDANCE_LETTER']);

/** "Tải công văn chuyển đơn (DOCX)" / "Tải văn bản hướng dẫn (DOCX)" — the letter as the server issues it. */
export function LetterButton({ petitionId, document, testId = 'letter-download' }: { petitionId: string; document: PetitionDocument; testId?: string }) {
  const t = useT();
  const download = useDownloadLetter();
  return (
    <>
      <button
        type="button"
        className="btn btn--secondary btn--small"
        data-testid={testId}
        disabled={download.isPending}
        onClick={() => download.mutate({ petitionId, document })}
      >
        {document.kind === 'GUIDANCE_LETTER' ? t('petitionDocs.downloadGuidance') : t('petitionDocs.downloadForwarding')}
      </button>
      {download.isError && (
        <span className="field__error" role="alert" data-testid={`${testId}-error`}>
          {problemMessage(download.error, t)}
        </span>
      )}
    </>
  );
}

/** "Văn bản xử lý": the handling documents issued — the letters downloadable as DOCX. */
export function DocumentsCard({ petition }: { petition: Petition }) {
  const { lang, t } = useI18n();
  const documents = petition.handling.documents;
  return (
    <section className="card" aria-labelledby="documents-title" data-testid="petition-documents">
      <h2 id="documents-title" className="card__title">
        {t('petitionDocs.title')}
      </h2>
      {documents.length === 0 ? (
        <p className="ui-meta" data-testid="documents-empty">
          {t('petitionDocs.empty')}
        </p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table pt-table" data-testid="documents-table">
            <thead>
              <tr>
                <th>{t('petitionDocs.kind')}</th>
                <th>{t('petitionDocs.number')}</th>
                <th>{t('petitionDocs.issuedOn')}</th>
                <th>{t('petitionDocs.addressee')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id} data-testid="document-row" data-kind={d.kind}>
                  <td>{documentKindLabel(d.kind, t)}</td>
                  <td className="nowrap">{d.number}</td>
                  <td className="nowrap">{formatDay(d.issuedOn, lang)}</td>
                  <td>{d.addressee ?? ''}</td>
                  <td>{LETTERS.has(d.kind) && <LetterButton petitionId={petition.id} document={d} testId="document-letter-download" />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** "Chuyển đơn": each forwarding with its letter and the authority's reply (recorded once, by the handlers or a leader). */
export function ForwardingsCard({ petition, today, canRecord }: { petition: Petition; today: string; canRecord: boolean }) {
  const { lang, t } = useI18n();
  const [replying, setReplying] = useState<string | null>(null);
  const forwardings = petition.handling.forwardings;
  if (forwardings.length === 0) return null;
  const letterOf = (f: Forwarding) => petition.handling.documents.find((d) => d.id === f.documentId);
  return (
    <section className="card" aria-labelledby="forwardings-title" data-testid="petition-forwardings">
      <h2 id="forwardings-title" className="card__title">
        {t('forwardings.title')}
      </h2>
      <ul className="pt-petitioners">
        {forwardings.map((f) => {
          const letter = letterOf(f);
          return (
            <li key={f.id} className="pt-petitioner" data-testid="forwarding" data-id={f.id}>
              <div className="pt-petitioner__head">
                <span data-testid="forwarding-authority">{t('forwardings.to', { authority: f.authority })}</span>
                {letter && <LetterButton petitionId={petition.id} document={letter} testId="forwarding-letter-download" />}
              </div>
              {letter && <div className="ui-meta">{t('forwardings.letter', { number: letter.number, date: formatDay(letter.issuedOn, lang) })}</div>}
              {f.repliedOn ? (
                <div data-testid="forwarding-reply">
                  <strong>{t('forwardings.repliedOn', { date: formatDay(f.repliedOn, lang) })}</strong>
                  {f.replyDocument && <span className="ui-meta"> · {t('forwardings.replyDocument', { number: f.replyDocument })}</span>}
                  <p className="ui-pre">{f.replySummary}</p>
                </div>
              ) : (
                <div className="ui-actions">
                  <span className="ui-meta" data-testid="forwarding-awaiting">
                    {t('forwardings.awaiting')}
                  </span>
                  {f.replyDueOn && <DueCountdown dueOn={f.replyDueOn} daysLeft={daysBetween(today, f.replyDueOn)} testId="forwarding-due" />}
                  {canRecord && (
                    <button
                      type="button"
                      className="btn btn--secondary btn--small"
                      aria-expanded={replying === f.id}
                      data-testid="forwarding-reply-open"
                      onClick={() => setReplying(replying === f.id ? null : f.id)}
                    >
                      {t('forwardings.recordReply')}
                    </button>
                  )}
                </div>
              )}
              {replying === f.id && <ReplyForm petition={petition} forwarding={f} today={today} onDone={() => setReplying(null)} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ReplyForm({ petition, forwarding, today, onDone }: { petition: Petition; forwarding: Forwarding; today: string; onDone: () => void }) {
  const t = useT();
  const record = useRecordForwardingReply();
  const [repliedOn, setRepliedOn] = useState(today);
  const [summary, setSummary] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [missing, setMissing] = useState<{ repliedOn?: string; summary?: string }>({});
  const serverErrors = record.isError ? fieldErrorsOf(record.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = t('petitionForm.required');
    const found = { repliedOn: repliedOn ? undefined : required, summary: summary.trim() ? undefined : required };
    setMissing(found);
    if (found.repliedOn || found.summary || record.isPending) return;
    record.mutateAsync(
      { id: petition.id, forwardingId: forwarding.id, body: { repliedOn, summary: summary.trim(), documentNumber: documentNumber.trim() || null } },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="reply-form">
      <div className="ui-grid">
        <FormField id="reply-on" label={t('forwardings.replyOn')} error={missing.repliedOn ?? errorFor(serverErrors, 'repliedOn')}>
          {(control) => <input {...control} type="date" max={today} value={repliedOn} onChange={(e) => setRepliedOn(e.target.value)} />}
        </FormField>
        <FormField id="reply-number" label={t('forwardings.replyNumber')} error={errorFor(serverErrors, 'documentNumber')}>
          {(control) => <input {...control} maxLength={100} value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} />}
        </FormField>
        <FormField id="reply-summary" label={t('forwardings.replySummary')} error={missing.summary ?? errorFor(serverErrors, 'summary')} className="span-all">
          {(control) => <textarea {...control} rows={3} maxLength={4000} value={summary} onChange={(e) => setSummary(e.target.value)} />}
        </FormField>
      </div>
      {record.isError && (
        <p className="form-error" role="alert">
          {problemMessage(record.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary btn--small" disabled={record.isPending} data-testid="reply-submit">
          {record.isPending ? t('petition.working') : t('forwardings.saveReply')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Đơn vị xác minh": the units asked to verify and report, with their due dates and results. */
export function UnitAssignmentsCard({ petition, today }: { petition: Petition; today: string }) {
  const { lang, t } = useI18n();
  const assignments = petition.handling.unitAssignments;
  if (assignments.length === 0) return null;
  return (
    <section className="card" aria-labelledby="unit-assignments-title" data-testid="petition-unit-assignments">
      <h2 id="unit-assignments-title" className="card__title">
        {t('unitAssignments.title')}
      </h2>
      <div className="ui-table-wrap">
        <table className="ui-table pt-table">
          <thead>
            <tr>
              <th>{t('unitAssignments.unit')}</th>
              <th>{t('unitAssignments.request')}</th>
              <th>{t('unitAssignments.dueOn')}</th>
              <th>{t('unitAssignments.result')}</th>
            </tr>
          </thead>
          <tbody>
            {assignments.map((a) => (
              <tr key={a.id} data-testid="unit-assignment-row">
                <td>{a.unitName}</td>
                <td className="ui-pre">{a.request}</td>
                <td>{a.reportedAt ? formatDay(a.dueOn, lang) : <DueCountdown dueOn={a.dueOn} daysLeft={daysBetween(today, a.dueOn)} testId="unit-assignment-due" />}</td>
                <td>
                  {a.reportedAt ? (
                    <>
                      <div className="ui-meta">{t('unitAssignments.reportedAt', { at: formatDateTime(a.reportedAt, lang) })}</div>
                      <p className="ui-pre">{a.result}</p>
                    </>
                  ) : (
                    <span className="ui-meta">{t('unitAssignments.awaiting')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
