import { useEffect, useEffectEvent, useState, type ChangeEvent } from 'react';
import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useI18n } from '@/lib/i18n';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, useUploadAttachment } from '../api/upload-attachment';
import { formatFileSize } from '../utils/format';

type Item =
  | { key: number; name: string; size: number; state: 'uploading' }
  | { key: number; name: string; size: number; state: 'done'; id: string }
  | { key: number; name: string; size: number; state: 'error'; error: string };

type Props = {
  /** id of the file input (its label points to it) */
  id: string;
  /** the ids of the files uploaded so far, in the order chosen; called whenever they change */
  onChange: (ids: string[]) => void;
  /** true while a file is still being uploaded (the form should wait) */
  onBusyChange?: (busy: boolean) => void;
  disabled?: boolean;
};

let nextKey = 1;

/**
 * "Tệp đính kèm": each chosen file is uploaded at once (POST /attachments); the list shows its
 * name and size, whether it is still uploading, or why it was refused. Files over 20 MB are
 * refused here, before any upload (the server checks the size and the type again).
 */
export function AttachmentPicker({ id, onChange, onBusyChange, disabled }: Props) {
  const { lang, t } = useI18n();
  const upload = useUploadAttachment();
  const [items, setItems] = useState<Item[]>([]);

  const ids = items.flatMap((item) => (item.state === 'done' ? [item.id] : []));
  const idsKey = ids.join(' ');
  const busy = items.some((item) => item.state === 'uploading');

  const notifyIds = useEffectEvent(() => onChange(ids));
  const notifyBusy = useEffectEvent(() => onBusyChange?.(busy));
  useEffect(() => notifyIds(), [idsKey]);
  useEffect(() => notifyBusy(), [busy]);

  function update(key: number, next: Item) {
    setItems((list) => list.map((item) => (item.key === key ? next : item)));
  }

  function failure(error: unknown): string {
    // a proxy may refuse a large body before the API answers with a problem
    if (error instanceof ApiError && error.status === 413 && !error.problem?.detail) return t('attachment.tooLarge');
    return problemMessage(error, t);
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // choosing the same file again must fire a change too
    event.target.value = '';
    const added: Item[] = [];
    for (const file of files) {
      const key = nextKey++;
      const base = { key, name: file.name, size: file.size };
      if (file.size > MAX_ATTACHMENT_BYTES) {
        added.push({ ...base, state: 'error', error: t('attachment.tooLarge') });
        continue;
      }
      added.push({ ...base, state: 'uploading' });
      upload.mutateAsync(file).then(
        (stored) => update(key, { key, name: stored.fileName, size: stored.sizeBytes, state: 'done', id: stored.id }),
        (error: unknown) => update(key, { ...base, state: 'error', error: failure(error) }),
      );
    }
    setItems((list) => [...list, ...added]);
  }

  function remove(key: number) {
    // an upload still running is simply forgotten: its file is not sent with the form
    setItems((list) => list.filter((item) => item.key !== key));
  }

  return (
    <div className="field attachment-picker">
      <label htmlFor={id}>{t('attachment.label')}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        disabled={disabled}
        onChange={choose}
        data-testid="attachment-input"
        aria-describedby={`${id}-hint`}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {t('attachment.hint')}
      </p>
      {items.length > 0 && (
        <ul className="attachments" aria-busy={busy}>
          {items.map((item) => (
            <li key={item.key} className="attachments__item" data-testid="attachment-item" data-state={item.state}>
              <span className="attachments__name">{item.name}</span>
              <span className="attachments__meta">{formatFileSize(item.size, lang)}</span>
              {item.state === 'uploading' && (
                <span className="attachments__meta" role="status">
                  <progress aria-label={t('attachment.uploading')} /> {t('attachment.uploading')}
                </span>
              )}
              {item.state === 'done' && <span className="attachments__meta attachments__ok">✓ {t('attachment.uploaded')}</span>}
              <button
                type="button"
                className="btn btn--ghost btn--small"
                aria-label={t('attachment.removeFile', { name: item.name })}
                data-testid="attachment-remove"
                onClick={() => remove(item.key)}
              >
                {t('attachment.remove')}
              </button>
              {item.state === 'error' && (
                <p className="field__error attachments__error" role="alert" data-testid="attachment-error">
                  {item.error}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
