import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormField } from '@/components/ui/form-field';
import { ApiError } from '@/lib/api/errors';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime } from '@/lib/format';
import { useI18n, useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useDownloadAttachment } from '../api/download-attachment';
import { useAttachment } from '../api/get-attachment';
import { useMinutes } from '../api/get-minutes';
import { useOffices } from '../api/get-offices';
import { useOutcomeNotices } from '../api/get-outcome-notices';
import { useNotifyOutcome } from '../api/notify-outcome';
import type { Meeting, Minutes } from '../api/types';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, useUploadAttachment } from '../api/upload-attachment';
import { useWriteMinutes } from '../api/write-minutes';
import { isForbidden } from '../utils/errors';
import { formatFileSize } from '../utils/file-size';
import { can } from '../utils/permissions';
import { CheckList } from '@/components/ui/check-list';
import { InternalNotice } from './documents-tab';
import './meeting.css';

/**
 * Biên bản: the minutes (written by the host once the meeting is held, approved by a leader of the host office when it
 * closes) and the notices of the conclusions sent to the related offices.
 */
export function MinutesTab({ meeting }: { meeting: Meeting }) {
  const { lang, t } = useI18n();
  const visible = meeting.documentsVisible;
  const minutes = useMinutes(meeting.id, { enabled: visible });
  const [editing, setEditing] = useState(false);
  const writable = can(meeting, 'WRITE_MINUTES');

  return (
    <div className="mt-tabpanel" data-testid="minutes-tab">
      <section aria-labelledby="minutes-title">
        <h2 id="minutes-title" className="card__title">
          {t('minutes.title')}
        </h2>
        {!visible || isForbidden(minutes.error) ? (
          <InternalNotice testId="minutes-internal" />
        ) : minutes.isPending ? (
          <LoadingState />
        ) : minutes.isError ? (
          <ErrorState message={problemMessage(minutes.error, t)} onRetry={() => minutes.refetch()} />
        ) : (
          <>
            {minutes.data && !editing && (
              <article className="card" data-testid="minutes">
                <p className="ui-pre" data-testid="minutes-text">
                  {minutes.data.content}
                </p>
                <p className="ui-meta" data-testid="minutes-written">
                  {t('minutes.writtenBy', { name: minutes.data.writtenByName, at: formatDateTime(minutes.data.writtenAt, lang) })}
                </p>
                {minutes.data.approvedAt && (
                  <p className="ui-notice" data-testid="minutes-approved">
                    {t('minutes.approvedBy', { name: minutes.data.approvedByName ?? '', at: formatDateTime(minutes.data.approvedAt, lang) })}
                  </p>
                )}
                <FileList ids={minutes.data.attachmentIds} />
              </article>
            )}
            {!minutes.data && !editing && (
              <p className="empty" data-testid="minutes-empty">
                {meeting.status === 'HELD' ? t('minutes.emptyHeld') : t('minutes.empty')}
              </p>
            )}
            {writable && !editing && (
              <div className="ui-actions">
                <button type="button" className="btn btn--primary" data-testid="minutes-edit" onClick={() => setEditing(true)}>
                  {minutes.data ? t('minutes.rewrite') : t('meetingAction.WRITE_MINUTES')}
                </button>
              </div>
            )}
            {writable && editing && <MinutesEditor meeting={meeting} minutes={minutes.data} onDone={() => setEditing(false)} />}
          </>
        )}
      </section>
      <OutcomeNotices meeting={meeting} />
    </div>
  );
}

function FileList({ ids, onRemove }: { ids: readonly string[]; onRemove?: (id: string) => void }) {
  if (ids.length === 0) return null;
  return (
    <ul className="mt-files" data-testid="minutes-files">
      {ids.map((id) => (
        <FileRow key={id} id={id} onRemove={onRemove} />
      ))}
    </ul>
  );
}

function FileRow({ id, onRemove }: { id: string; onRemove?: (id: string) => void }) {
  const { lang, t } = useI18n();
  const file = useAttachment(id);
  const download = useDownloadAttachment();
  const unavailable = file.error instanceof ApiError && (file.error.status === 404 || file.error.status === 403);
  return (
    <li className="mt-files__item" data-testid="minutes-file-row">
      {file.isPending ? (
        <span className="ui-meta">{t('common.loading')}</span>
      ) : file.isError ? (
        <span className="ui-meta">{unavailable ? t('minutes.fileUnavailable') : problemMessage(file.error, t)}</span>
      ) : (
        <>
          <span className="mt-files__name">{file.data.fileName}</span>
          <span className="ui-meta">{formatFileSize(file.data.sizeBytes, lang)}</span>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            aria-label={t('minutes.downloadFile', { name: file.data.fileName })}
            disabled={download.isPending}
            onClick={() => download.mutate(file.data)}
          >
            {t('documents.download')}
          </button>
        </>
      )}
      {onRemove && (
        <button type="button" className="btn btn--ghost btn--small" onClick={() => onRemove(id)}>
          {t('minutes.removeFile')}
        </button>
      )}
    </li>
  );
}

function MinutesEditor({ meeting, minutes, onDone }: { meeting: Meeting; minutes: Minutes | null; onDone: () => void }) {
  const t = useT();
  const write = useWriteMinutes();
  const upload = useUploadAttachment();
  const [content, setContent] = useState(minutes?.content ?? '');
  const [files, setFiles] = useState<string[]>(minutes?.attachmentIds ?? []);
  const [missing, setMissing] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const errors = write.isError ? fieldErrorsOf(write.error) : {};
  const stale = write.error instanceof ApiError && write.error.status === 412;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setFileError(t('documents.tooLarge'));
      return;
    }
    setFileError(null);
    try {
      const stored = await upload.mutateAsync(file);
      setFiles((list) => [...list, stored.id]);
    } catch (error) {
      setFileError(problemMessage(error, t));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!content.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    write.mutateAsync(
      { meetingId: meeting.id, version: minutes ? minutes.version : null, body: { content: content.trim(), attachmentIds: files } },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="minutes-form">
      <h3>{minutes ? t('minutes.rewrite') : t('meetingAction.WRITE_MINUTES')}</h3>
      <FormField id="minutes-content" label={t('minutes.content')} error={missing ? t('meetingForm.required') : errorFor(errors, 'content')}>
        {(control) => <textarea {...control} rows={10} maxLength={100_000} value={content} onChange={(e) => setContent(e.target.value)} />}
      </FormField>
      <div className="field">
        <label htmlFor="minutes-file">{t('minutes.files')}</label>
        <input id="minutes-file" type="file" accept={ATTACHMENT_ACCEPT} disabled={upload.isPending} onChange={choose} data-testid="minutes-file-input" />
        <p className="field__hint">{upload.isPending ? t('documents.uploading') : t('documents.fileHint')}</p>
        {(fileError ?? errorFor(errors, 'attachmentIds')) && (
          <p className="field__error" role="alert">
            {fileError ?? errorFor(errors, 'attachmentIds')}
          </p>
        )}
        <FileList ids={files} onRemove={(id) => setFiles((list) => list.filter((f) => f !== id))} />
      </div>
      {write.isError && (
        <p className="form-error" role="alert" data-testid="minutes-error">
          {stale ? t('meetingForm.stale') : problemMessage(write.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={write.isPending || upload.isPending} data-testid="minutes-save">
          {write.isPending ? t('meetingForm.saving') : t('minutes.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function OutcomeNotices({ meeting }: { meeting: Meeting }) {
  const { lang, t } = useI18n();
  const notices = useOutcomeNotices(meeting.id);
  const [sending, setSending] = useState(false);
  const allowed = can(meeting, 'NOTIFY_OUTCOME');

  return (
    <section aria-labelledby="notices-title" data-testid="outcome-notices">
      <h2 id="notices-title" className="card__title">
        {t('notices.title')}
      </h2>
      {meeting.conclusions.length > 0 && (
        <ul className="ui-meta" data-testid="meeting-conclusions">
          {meeting.conclusions.map((c) => (
            <li key={c.id}>{t('notices.conclusion', { number: c.number, summary: c.summary })}</li>
          ))}
        </ul>
      )}
      {notices.isPending ? (
        <LoadingState />
      ) : notices.isError ? (
        <ErrorState message={problemMessage(notices.error, t)} onRetry={() => notices.refetch()} />
      ) : notices.data.length === 0 ? (
        <p className="empty" data-testid="notices-empty">
          {t('notices.empty')}
        </p>
      ) : (
        <ul className="notif-list">
          {notices.data.map((n) => (
            <li key={n.id} className="card" data-testid="outcome-notice">
              <p className="ui-pre">{n.content}</p>
              <p className="ui-meta">
                {t('notices.sentBy', { name: n.sentByName, at: formatDateTime(n.sentAt, lang) })} ·{' '}
                {t('notices.recipients', { names: n.recipients.map((r) => r.name).join(', ') })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {allowed && !sending && (
        <div className="ui-actions" style={{ marginTop: '0.5rem' }}>
          <button type="button" className="btn btn--secondary" data-testid="notice-open" onClick={() => setSending(true)}>
            {t('meetingAction.NOTIFY_OUTCOME')}
          </button>
        </div>
      )}
      {allowed && sending && <NoticeForm meeting={meeting} onDone={() => setSending(false)} />}
    </section>
  );
}

function NoticeForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { lang, t } = useI18n();
  const offices = useOffices();
  const notify = useNotifyOutcome();
  const [content, setContent] = useState('');
  const [recipients, setRecipients] = useState<string[]>(() => meeting.supportingOffices.map((o) => o.id));
  const [conclusionId, setConclusionId] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = notify.isError ? fieldErrorsOf(notify.error) : {};
  const options = (offices.data ?? [])
    .filter((o) => o.id !== meeting.hostOffice.id)
    .map((o) => ({ id: o.id, label: lang === 'vi' ? o.nameVi : o.nameEn }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!content.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    notify.mutateAsync(
      { meetingId: meeting.id, body: { content: content.trim(), recipientOfficeIds: recipients, conclusionId: conclusionId || null } },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="notice-form">
      <h3>{t('meetingAction.NOTIFY_OUTCOME')}</h3>
      <FormField id="notice-content" label={t('notices.content')} error={missing ? t('meetingForm.required') : errorFor(errors, 'content')}>
        {(control) => <textarea {...control} rows={5} maxLength={20_000} value={content} onChange={(e) => setContent(e.target.value)} />}
      </FormField>
      <CheckList
        id="notice-recipients"
        label={t('notices.recipientOffices')}
        options={options}
        selected={recipients}
        onChange={setRecipients}
        emptyText={offices.isPending ? t('common.loading') : t('meetingForm.noOffices')}
        error={errorFor(errors, 'recipientOfficeIds')}
      />
      {meeting.conclusions.length > 0 && (
        <FormField id="notice-conclusion" label={t('notices.linkConclusion')} error={errorFor(errors, 'conclusionId')}>
          {(control) => (
            <select {...control} value={conclusionId} onChange={(e) => setConclusionId(e.target.value)}>
              <option value="">{t('notices.noConclusion')}</option>
              {meeting.conclusions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.number}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {notify.isError && (
        <p className="form-error" role="alert" data-testid="notice-error">
          {problemMessage(notify.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={notify.isPending} data-testid="notice-send">
          {notify.isPending ? t('meetingForm.saving') : t('notices.send')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
