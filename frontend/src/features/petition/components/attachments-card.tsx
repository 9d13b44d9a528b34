import { problemMessage } from '@/lib/api/problem-message';
import { useI18n, useT } from '@/lib/i18n';
import { useDownloadAttachment } from '../api/download-attachment';
import { useAttachment } from '../api/get-attachment';
import { formatFileSize } from '../utils/file-size';
import './petition.css';

function AttachmentItem({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const attachment = useAttachment(id);
  const download = useDownloadAttachment();
  if (attachment.isPending) return <li className="ui-meta">{t('common.loading')}</li>;
  if (attachment.isError) return <li className="field__error">{problemMessage(attachment.error, t)}</li>;
  return (
    <li data-testid="attachment">
      <strong>{attachment.data.fileName}</strong> <span className="ui-meta">({formatFileSize(attachment.data.sizeBytes, lang)})</span>{' '}
      <button
        type="button"
        className="btn btn--secondary btn--small"
        data-testid="attachment-download"
        disabled={download.isPending}
        onClick={() => download.mutate(attachment.data)}
      >
        {t('attachments.download')}
      </button>
      {download.isError && <span className="field__error"> {problemMessage(download.error, t)}</span>}
    </li>
  );
}

/** "Tệp đính kèm": the scans and enclosures received with the petition. */
export function AttachmentsCard({ attachmentIds }: { attachmentIds: readonly string[] }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="attachments-title" data-testid="petition-attachments">
      <h2 id="attachments-title" className="card__title">
        {t('petition.attachments')}
      </h2>
      {attachmentIds.length === 0 ? (
        <p className="ui-meta" data-testid="attachments-empty">
          {t('attachments.none')}
        </p>
      ) : (
        <ul>
          {attachmentIds.map((id) => (
            <AttachmentItem key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  );
}
