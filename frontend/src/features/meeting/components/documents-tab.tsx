import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDateTime } from '@/lib/format';
import { useI18n, useT } from '@/lib/i18n';
import { useAddDocument } from '../api/add-document';
import { useAddDocumentVersion } from '../api/add-document-version';
import { useDownloadDocument } from '../api/download-document';
import { useAgenda } from '../api/get-agenda';
import { useDocuments } from '../api/get-documents';
import type { Meeting, MeetingDocument } from '../api/types';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, useUploadAttachment } from '../api/upload-attachment';
import { isForbidden } from '../utils/errors';
import { formatFileSize } from '../utils/file-size';
import { canAddDocuments } from '../utils/permissions';
import './meeting.css';

/** The documents of an INTERNAL meeting are for the people involved: said plainly, not as an error page. */
export function InternalNotice({ testId }: { testId: string }) {
  const t = useT();
  return (
    <p className="ui-info" role="note" data-testid={testId}>
      {t('documents.internal')}
    </p>
  );
}

/** Tài liệu: each document with its versions (download any), upload a new document or a new version. */
export function DocumentsTab({ meeting }: { meeting: Meeting }) {
  const { lang, t } = useI18n();
  const me = useCurrentUser();
  const visible = meeting.documentsVisible;
  const documents = useDocuments(meeting.id, { enabled: visible });
  const agenda = useAgenda(meeting.id, { enabled: visible });
  const download = useDownloadDocument();
  const [adding, setAdding] = useState(false);
  const [versionOf, setVersionOf] = useState<string | null>(null);
  const writable = canAddDocuments(me, meeting);

  if (!visible || isForbidden(documents.error)) return <InternalNotice testId="documents-internal" />;

  const agendaTitle = new Map((agenda.data ?? []).map((a) => [a.id, `${a.position}. ${a.title}`]));

  return (
    <div className="mt-tabpanel" data-testid="documents-tab">
      {writable && (
        <div className="ui-actions">
          <button
            type="button"
            className={adding ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={adding}
            data-testid="document-add"
            onClick={() => setAdding(!adding)}
          >
            + {t('documents.add')}
          </button>
        </div>
      )}
      {writable && adding && <DocumentForm meeting={meeting} onDone={() => setAdding(false)} />}
      {download.isError && (
        <p className="form-error" role="alert" data-testid="document-download-error">
          {problemMessage(download.error, t)}
        </p>
      )}
      {documents.isPending ? (
        <LoadingState />
      ) : documents.isError ? (
        <ErrorState message={problemMessage(documents.error, t)} onRetry={() => documents.refetch()} />
      ) : documents.data.length === 0 ? (
        <p className="empty" data-testid="documents-empty">
          {t('documents.empty')}
        </p>
      ) : (
        <ul className="notif-list" data-testid="documents-list">
          {documents.data.map((doc) => (
            <li key={doc.id} className="card" data-testid="document" data-id={doc.id}>
              <h3 className="card__title" data-testid="document-heading">
                {doc.title}
              </h3>
              {doc.agendaItemId && agendaTitle.get(doc.agendaItemId) && (
                <p className="ui-meta">{t('documents.forItem', { item: agendaTitle.get(doc.agendaItemId) ?? '' })}</p>
              )}
              <ol className="mt-versions" data-testid="document-versions">
                {doc.versions.map((v) => (
                  <li key={v.version} data-testid="document-version" data-version={v.version}>
                    <strong>{t('documents.version', { version: v.version })}</strong> · <span data-testid="document-file-name">{v.fileName}</span> (
                    {formatFileSize(v.sizeBytes, lang)}) · {t('documents.uploadedBy', { name: v.uploadedByName, at: formatDateTime(v.uploadedAt, lang) })}
                    {v.note && <span className="ui-meta"> — {v.note}</span>}{' '}
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      data-testid="document-download"
                      aria-label={t('documents.downloadFile', { name: v.fileName, version: v.version })}
                      disabled={download.isPending}
                      onClick={() =>
                        download.mutate({ meetingId: meeting.id, documentId: doc.id, version: v.version, fileName: v.fileName })
                      }
                    >
                      {t('documents.download')}
                    </button>
                  </li>
                ))}
              </ol>
              {writable && (
                <div style={{ marginTop: '0.5rem' }}>
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    aria-expanded={versionOf === doc.id}
                    data-testid="document-new-version"
                    onClick={() => setVersionOf(versionOf === doc.id ? null : doc.id)}
                  >
                    {t('documents.newVersion')}
                  </button>
                  {versionOf === doc.id && <VersionForm meeting={meeting} document={doc} onDone={() => setVersionOf(null)} />}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function fileProblem(file: File | null, t: ReturnType<typeof useT>): string | null {
  if (!file) return t('documents.fileRequired');
  if (file.size > MAX_ATTACHMENT_BYTES) return t('documents.tooLarge');
  return null;
}

function DocumentForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const t = useT();
  const upload = useUploadAttachment();
  const add = useAddDocument();
  const agenda = useAgenda(meeting.id);
  const [title, setTitle] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<{ title?: string; file?: string }>({});
  const failed = upload.error ?? add.error;
  const serverErrors = add.isError ? fieldErrorsOf(add.error) : {};
  const busy = upload.isPending || add.isPending;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = { title: title.trim() ? undefined : t('meetingForm.required'), file: fileProblem(file, t) ?? undefined };
    setMissing(found);
    if (found.title || found.file || !file || busy) return;
    upload.reset();
    add.reset();
    try {
      const stored = await upload.mutateAsync(file);
      await add.mutateAsync({
        meetingId: meeting.id,
        body: { title: title.trim(), attachmentId: stored.id, agendaItemId: agendaItemId || null, note: note.trim() || null },
      });
      onDone();
    } catch {
      // shown from the mutations' state
    }
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="document-form">
      <h3>{t('documents.newTitle')}</h3>
      <div className="ui-grid">
        <FormField id="document-title" label={t('documents.title')} error={missing.title ?? errorFor(serverErrors, 'title')} className="span-all">
          {(control) => <input {...control} maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
        <FormField id="document-agenda-item" label={t('documents.agendaItem')} error={errorFor(serverErrors, 'agendaItemId')}>
          {(control) => (
            <select {...control} value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
              <option value="">{t('documents.wholeMeeting')}</option>
              {(agenda.data ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.position}. {a.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="document-file" label={t('documents.file')} hint={t('documents.fileHint')} error={missing.file ?? errorFor(serverErrors, 'attachmentId')}>
          {(control) => <input {...control} type="file" accept={ATTACHMENT_ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </FormField>
        <FormField id="document-note" label={t('documents.note')} error={errorFor(serverErrors, 'note')} className="span-all">
          {(control) => <input {...control} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </div>
      {failed && (
        <p className="form-error" role="alert" data-testid="document-error">
          {problemMessage(failed, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="document-save">
          {upload.isPending ? t('documents.uploading') : add.isPending ? t('meetingForm.saving') : t('documents.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function VersionForm({ meeting, document, onDone }: { meeting: Meeting; document: MeetingDocument; onDone: () => void }) {
  const t = useT();
  const upload = useUploadAttachment();
  const add = useAddDocumentVersion();
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const failed = upload.error ?? add.error;
  const busy = upload.isPending || add.isPending;
  const id = `version-${document.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = fileProblem(file, t);
    setMissing(problem);
    if (problem || !file || busy) return;
    upload.reset();
    add.reset();
    try {
      const stored = await upload.mutateAsync(file);
      await add.mutateAsync({ meetingId: meeting.id, documentId: document.id, body: { attachmentId: stored.id, note: note.trim() || null } });
      onDone();
    } catch {
      // shown from the mutations' state
    }
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="version-form">
      <div className="ui-grid">
        <FormField id={`${id}-file`} label={t('documents.file')} error={missing ?? undefined}>
          {(control) => (
            <input {...control} data-testid="version-file" type="file" accept={ATTACHMENT_ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          )}
        </FormField>
        <FormField id={`${id}-note`} label={t('documents.versionNote')}>
          {(control) => <input {...control} data-testid="version-note" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </div>
      {failed && (
        <p className="form-error" role="alert">
          {problemMessage(failed, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary btn--small" disabled={busy} data-testid="version-save">
          {busy ? t('documents.uploading') : t('documents.saveVersion')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
