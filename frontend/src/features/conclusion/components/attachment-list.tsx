import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useI18n } from '@/lib/i18n';
import { useDownloadAttachment } from '../api/download-attachment';
import { useAttachment } from '../api/get-attachment';
import { formatFileSize } from '../utils/format';

/** Files attached to a document or a history entry: name, size and a download button each. */
export function AttachmentList({ ids, testId }: { ids: readonly string[]; testId?: string }) {
  if (ids.length === 0) return null;
  return (
    <ul className="attachments" data-testid={testId}>
      {ids.map((id) => (
        <AttachmentRow key={id} id={id} />
      ))}
    </ul>
  );
}

function AttachmentRow({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const attachment = useAttachment(id);
  const download = useDownloadAttachment();

  if (attachment.isPending) {
    return (
      <li className="attachments__item" data-testid="attachment-item" data-state="loading">
        <span className="attachments__meta">{t('attachment.loading')}</span>
      </li>
    );
  }
  if (attachment.isError) {
    // another office's or unit's file answers 404, as if it did not exist
    const status = attachment.error instanceof ApiError ? attachment.error.status : 0;
    return (
      <li className="attachments__item" data-testid="attachment-item" data-state="unavailable">
        <span className="attachments__meta">
          {status === 404 || status === 403 ? t('attachment.unavailable') : problemMessage(attachment.error, t)}
        </span>
      </li>
    );
  }

  const file = attachment.data;
  return (
    <li className="attachments__item" data-testid="attachment-item" data-state="ready">
      <span className="attachments__name">{file.fileName}</span>
      <span className="attachments__meta">{formatFileSize(file.sizeBytes, lang)}</span>
      <button
        type="button"
        className="btn btn--ghost btn--small"
        aria-label={t('attachment.downloadFile', { name: file.fileName })}
        data-testid="attachment-download"
        disabled={download.isPending}
        onClick={() => download.mutate(file)}
      >
        {t('attachment.download')}
      </button>
      {download.isError && (
        <p className="field__error attachments__error" role="alert">
          {problemMessage(download.error, t)}
        </p>
      )}
    </li>
  );
}
