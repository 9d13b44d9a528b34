import { useState, type FormEvent } from 'react';
import { problemMessage } from '@/lib/api/problem-message';
import { useI18n } from '@/lib/i18n';
import { IMPORT_ACCEPT, rowProblems, MAX_IMPORT_BYTES, useDownloadTemplate, useImportFile, type ImportKind, type ImportResult, type TemplateFormat } from './api';
import { useImportT } from './i18n';

/**
 * "Nhập từ tệp / Import from file": the template download, the upload, the per-row report of a refused file and, for
 * accounts, the one-time passwords of the created accounts — shown once, gone when dismissed.
 */
export function ImportPanel({ kind }: { kind: ImportKind }) {
  const t = useImportT();
  const { t: translate } = useI18n();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<TemplateFormat>('XLSX');
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [done, setDone] = useState<ImportResult | null>(null);
  const template = useDownloadTemplate(kind);
  const upload = useImportFile(kind);
  const problems = rowProblems(upload.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setTooLarge(true);
      return;
    }
    setTooLarge(false);
    upload.mutate(file, { onSuccess: (result) => setDone(result) });
  }

  if (!open) {
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid={`${kind}-import-open`}>
        {t('open')}
      </button>
    );
  }

  return (
    <section className="card" aria-labelledby={`${kind}-import-title`} data-testid={`${kind}-import`}>
      <h2 id={`${kind}-import-title`}>{t(`title.${kind}`)}</h2>
      <p>{t(`hint.${kind}`)}</p>
      <p>
        <label htmlFor={`${kind}-import-format`}>{t('format')}</label>{' '}
        <select id={`${kind}-import-format`} value={format} onChange={(e) => setFormat(e.target.value as TemplateFormat)}>
          <option value="XLSX">Excel (.xlsx)</option>
          <option value="CSV">CSV (UTF-8)</option>
        </select>{' '}
        <button type="button" className="btn btn--ghost" onClick={() => template.mutate(format)} disabled={template.isPending}
          data-testid={`${kind}-import-template`}>
          {t('template')}
        </button>
      </p>
      {template.error && <p role="alert" className="error">{problemMessage(template.error, translate)}</p>}
      <form onSubmit={submit}>
        <label htmlFor={`${kind}-import-file`}>{t('file')}</label>{' '}
        <input id={`${kind}-import-file`} type="file" accept={IMPORT_ACCEPT} data-testid={`${kind}-import-file`}
          onChange={(e) => { setFile(e.target.files?.[0] ?? null); setDone(null); upload.reset(); }} />{' '}
        <button type="submit" className="btn btn--primary" disabled={!file || upload.isPending} data-testid={`${kind}-import-upload`}>
          {t('upload')}
        </button>{' '}
        <button type="button" className="btn btn--ghost" onClick={() => { setOpen(false); setDone(null); upload.reset(); }}>
          {t('close')}
        </button>
      </form>
      {tooLarge && <p role="alert" className="error">{t('tooLarge')}</p>}
      {upload.error && problems.length === 0 && <p role="alert" className="error">{problemMessage(upload.error, translate)}</p>}
      {problems.length > 0 && (
        <div role="alert" data-testid={`${kind}-import-problems`}>
          <p className="error">{t('refused', { count: problems.length })}</p>
          <table className="table">
            <thead>
              <tr><th scope="col">{t('row')}</th><th scope="col">{t('column')}</th><th scope="col">{t('message')}</th></tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={i}><td>{p.row ?? '—'}</td><td>{p.column}</td><td>{p.message}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {done && <Created done={done} onDismiss={() => setDone(null)} />}
    </section>
  );
}

function Created({ done, onDismiss }: { done: ImportResult; onDismiss: () => void }) {
  const t = useImportT();
  if (done.kind === 'units') {
    return (
      <div role="status" data-testid="units-import-done">
        <p>{t('done.units', { count: done.result.created })}</p>
        <ul>{done.result.units.map((u) => <li key={u.id}>{u.code} — {u.name}</li>)}</ul>
      </div>
    );
  }
  return (
    <div role="status" data-testid="users-import-done">
      <p>{t('done.users', { count: done.result.created })}</p>
      <p><strong>{t('passwords')}</strong></p>
      <table className="table">
        <thead>
          <tr><th scope="col">{t('username')}</th><th scope="col">{t('fullName')}</th><th scope="col">{t('oneTimePassword')}</th></tr>
        </thead>
        <tbody>
          {done.result.users.map((u) => (
            <tr key={u.user.id}><td>{u.user.username}</td><td>{u.user.fullName}</td><td><code>{u.oneTimePassword}</code></td></tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn" onClick={onDismiss} data-testid="users-import-noted">{t('noted')}</button>
    </div>
  );
}
