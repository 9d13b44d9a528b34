import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { ApiError } from '@/lib/api/errors';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useI18n, useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useAddBridgePoint } from '../api/add-bridge-point';
import { useDeleteBridgePoint } from '../api/delete-bridge-point';
import { useDownloadBridgePointTemplate } from '../api/download-bridge-point-template';
import { useBridgePoints } from '../api/get-bridge-points';
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES, useImportBridgePoints } from '../api/import-bridge-points';
import type { BridgePoint, BridgePointImportResult, BridgePointRequest, ImportMode, Meeting, NamedRef } from '../api/types';
import { useUpdateBridgePoint } from '../api/update-bridge-point';
import { columnLabel, importProblems } from '../utils/import-errors';
import { can } from '../utils/permissions';
import { OneUnitPicker } from '@/components/ui/unit-picker';
import './meeting.css';

const NUMBER = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };

/**
 * Điểm cầu: the bridge points of an online or hybrid conference with the delegates expected and present; the host adds
 * them one by one or imports a spreadsheet (the template shows the columns), and a refused import lists its wrong rows.
 */
export function BridgePointsTab({ meeting }: { meeting: Meeting }) {
  const { lang, t } = useI18n();
  const online = meeting.format !== 'IN_PERSON';
  const points = useBridgePoints(meeting.id, { enabled: online });
  const remove = useDeleteBridgePoint();
  const [panel, setPanel] = useState<'add' | 'import' | null>(null);
  const [editing, setEditing] = useState<BridgePoint | null>(null);
  const manage = can(meeting, 'MANAGE_BRIDGE_POINTS');
  const c = meeting.counts;
  const n = (value: number) => NUMBER[lang].format(value);

  return (
    <div className="mt-tabpanel" data-testid="bridge-points-tab">
      <ul className="ui-stats" data-testid="bridge-counts">
        <li>
          <strong data-testid="bridge-count">{n(c.bridgePoints)}</strong>
          {t('bridge.points')}
        </li>
        <li>
          <strong data-testid="bridge-total-expected">{n(c.expectedDelegates)}</strong>
          {t('bridge.expected')}
        </li>
        <li>
          <strong data-testid="bridge-total-actual">{n(c.actualDelegates)}</strong>
          {t('bridge.actual')}
        </li>
      </ul>
      {!online ? (
        <p className="ui-meta">{t('bridge.inPerson')}</p>
      ) : (
        <>
          {manage && (
            <div className="ui-actions">
              <button
                type="button"
                className={panel === 'add' ? 'btn btn--primary' : 'btn btn--secondary'}
                aria-expanded={panel === 'add'}
                data-testid="bridge-add"
                onClick={() => {
                  setEditing(null);
                  setPanel(panel === 'add' ? null : 'add');
                }}
              >
                + {t('bridge.add')}
              </button>
              <button
                type="button"
                className={panel === 'import' ? 'btn btn--primary' : 'btn btn--secondary'}
                aria-expanded={panel === 'import'}
                data-testid="bridge-import-open"
                onClick={() => {
                  setEditing(null);
                  setPanel(panel === 'import' ? null : 'import');
                }}
              >
                {t('bridge.import')}
              </button>
            </div>
          )}
          {manage && panel === 'add' && <BridgePointForm meeting={meeting} onDone={() => setPanel(null)} />}
          {manage && editing && <BridgePointForm key={editing.id} meeting={meeting} point={editing} onDone={() => setEditing(null)} />}
          {manage && panel === 'import' && <ImportPanel meeting={meeting} />}
          {remove.isError && (
            <p className="form-error" role="alert">
              {problemMessage(remove.error, t)}
            </p>
          )}
          {points.isPending ? (
            <LoadingState />
          ) : points.isError ? (
            <ErrorState message={problemMessage(points.error, t)} onRetry={() => points.refetch()} />
          ) : points.data.length === 0 ? (
            <p className="empty" data-testid="bridge-empty">
              {t('bridge.empty')}
            </p>
          ) : (
            <div className="ui-table-wrap">
              <table className="ui-table mt-table" data-testid="bridge-table">
                <thead>
                  <tr>
                    <th>{t('agenda.position')}</th>
                    <th>{t('bridge.col.name')}</th>
                    <th>{t('bridge.unit')}</th>
                    <th>{t('bridge.col.address')}</th>
                    <th>{t('bridge.contact')}</th>
                    <th>{t('bridge.col.expectedDelegates')}</th>
                    <th>{t('bridge.col.actualDelegates')}</th>
                    {manage && <th>{t('agenda.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {points.data.map((p) => (
                    <tr key={p.id} data-testid="bridge-row" data-id={p.id}>
                      <td>{p.position}</td>
                      <td data-testid="bridge-row-name">{p.name}</td>
                      <td>{p.unit?.name ?? ''}</td>
                      <td>{p.address ?? ''}</td>
                      <td>{[p.contactName, p.contactPhone].filter(Boolean).join(' · ')}</td>
                      <td className="nowrap">{n(p.expectedDelegates)}</td>
                      <td className="nowrap">{p.actualDelegates === null ? '' : n(p.actualDelegates)}</td>
                      {manage && (
                        <td className="nowrap">
                          <button
                            type="button"
                            className="btn btn--ghost btn--small"
                            data-testid="bridge-edit"
                            onClick={() => {
                              setPanel(null);
                              setEditing(p);
                            }}
                          >
                            {t('agenda.edit')}
                          </button>
                          <button
                            type="button"
                            className="btn btn--ghost btn--small"
                            data-testid="bridge-delete"
                            aria-label={t('bridge.deleteName', { name: p.name })}
                            disabled={remove.isPending}
                            onClick={() => remove.mutate({ id: p.id, meetingId: meeting.id })}
                          >
                            {t('agenda.delete')}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}

type Draft = { name: string; unit: NamedRef | null; address: string; contactName: string; contactPhone: string; expected: string; actual: string };
const FIELDS = ['name', 'unitId', 'address', 'contactName', 'contactPhone', 'expectedDelegates', 'actualDelegates'];
const WHOLE = /^\d{1,6}$/;

function draftOf(point?: BridgePoint): Draft {
  return {
    name: point?.name ?? '',
    unit: point?.unit ? { id: point.unit.id, name: point.unit.name } : null,
    address: point?.address ?? '',
    contactName: point?.contactName ?? '',
    contactPhone: point?.contactPhone ?? '',
    expected: point ? String(point.expectedDelegates) : '',
    actual: point?.actualDelegates === null || point?.actualDelegates === undefined ? '' : String(point.actualDelegates),
  };
}

function BridgePointForm({ meeting, point, onDone }: { meeting: Meeting; point?: BridgePoint; onDone: () => void }) {
  const t = useT();
  const add = useAddBridgePoint();
  const update = useUpdateBridgePoint();
  const mutation = point ? update : add;
  const [draft, setDraft] = useState<Draft>(() => draftOf(point));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const errors = clientErrors ?? (mutation.isError ? fieldErrorsOf(mutation.error) : {});
  const stale = mutation.error instanceof ApiError && mutation.error.status === 412;
  const summary = clientErrors ? t('meetingForm.checkFields') : mutation.isError ? (stale ? t('meetingForm.stale') : problemMessage(mutation.error, t)) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!draft.name.trim()) found.name = t('meetingForm.required');
    if (!WHOLE.test(draft.expected.trim())) found.expectedDelegates = t('bridge.wholeNumber');
    if (draft.actual.trim() && !WHOLE.test(draft.actual.trim())) found.actualDelegates = t('bridge.wholeNumber');
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    const body: BridgePointRequest = {
      name: draft.name.trim(),
      unitId: draft.unit?.id ?? null,
      address: draft.address.trim() || null,
      contactName: draft.contactName.trim() || null,
      contactPhone: draft.contactPhone.trim() || null,
      expectedDelegates: Number(draft.expected.trim()),
      actualDelegates: draft.actual.trim() ? Number(draft.actual.trim()) : null,
    };
    if (point) update.mutateAsync({ id: point.id, meetingId: meeting.id, version: point.version, body }).then(onDone, shownByTheMutation);
    else add.mutateAsync({ meetingId: meeting.id, body }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="bridge-form">
      <h3>{point ? t('bridge.editTitle') : t('bridge.newTitle')}</h3>
      <div className="ui-grid">
        <FormField id="bridge-name" label={t('bridge.col.name')} error={errorFor(errors, 'name')} className="span-all">
          {(control) => <input {...control} maxLength={300} value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
        </FormField>
        <OneUnitPicker id="bridge-unit" label={t('bridge.unit')} selected={draft.unit} onChange={(unit) => set({ unit })} error={errorFor(errors, 'unitId')} />
        <FormField id="bridge-address" label={t('bridge.col.address')} error={errorFor(errors, 'address')}>
          {(control) => <input {...control} maxLength={500} value={draft.address} onChange={(e) => set({ address: e.target.value })} />}
        </FormField>
        <FormField id="bridge-contact-name" label={t('bridge.col.contactName')} error={errorFor(errors, 'contactName')}>
          {(control) => <input {...control} maxLength={200} value={draft.contactName} onChange={(e) => set({ contactName: e.target.value })} />}
        </FormField>
        <FormField id="bridge-contact-phone" label={t('bridge.col.contactPhone')} error={errorFor(errors, 'contactPhone')}>
          {(control) => <input {...control} type="tel" maxLength={50} value={draft.contactPhone} onChange={(e) => set({ contactPhone: e.target.value })} />}
        </FormField>
        <FormField id="bridge-expected" label={t('bridge.col.expectedDelegates')} error={errorFor(errors, 'expectedDelegates')}>
          {(control) => <input {...control} inputMode="numeric" value={draft.expected} onChange={(e) => set({ expected: e.target.value })} />}
        </FormField>
        <FormField id="bridge-actual" label={t('bridge.col.actualDelegates')} error={errorFor(errors, 'actualDelegates')}>
          {(control) => <input {...control} inputMode="numeric" value={draft.actual} onChange={(e) => set({ actual: e.target.value })} />}
        </FormField>
      </div>
      <FormErrorSummary summary={summary} leftover={unmatchedErrors(errors, FIELDS)} testId="bridge-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="bridge-save">
          {mutation.isPending ? t('meetingForm.saving') : t('bridge.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ImportPanel({ meeting }: { meeting: Meeting }) {
  const { lang, t } = useI18n();
  const importer = useImportBridgePoints();
  const template = useDownloadBridgePointTemplate();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('APPEND');
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<BridgePointImportResult | null>(null);
  const refused = importer.error instanceof ApiError ? importer.error : null;
  const problems = refused?.status === 422 ? importProblems(refused.problem) : [];
  const n = (value: number) => NUMBER[lang].format(value);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    if (!file) {
      setFileError(t('documents.fileRequired'));
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(t('bridge.tooLarge'));
      return;
    }
    setFileError(null);
    importer.mutateAsync({ meetingId: meeting.id, file, mode }).then(setResult, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="bridge-import">
      <h3>{t('bridge.importTitle')}</h3>
      <p className="ui-meta">{t('bridge.importHint')}</p>
      <div className="ui-actions">
        <button
          type="button"
          className="btn btn--secondary btn--small"
          data-testid="bridge-template-xlsx"
          disabled={template.isPending}
          onClick={() => template.mutate({ meetingId: meeting.id, format: 'XLSX' })}
        >
          {t('bridge.templateXlsx')}
        </button>
        <button
          type="button"
          className="btn btn--secondary btn--small"
          data-testid="bridge-template-csv"
          disabled={template.isPending}
          onClick={() => template.mutate({ meetingId: meeting.id, format: 'CSV' })}
        >
          {t('bridge.templateCsv')}
        </button>
      </div>
      {template.isError && (
        <p className="form-error" role="alert">
          {problemMessage(template.error, t)}
        </p>
      )}
      <div className="ui-grid">
        <FormField id="bridge-import-file" label={t('bridge.importFile')} hint={t('bridge.importFileHint')} error={fileError ?? undefined}>
          {(control) => <input {...control} type="file" accept={IMPORT_ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </FormField>
        <fieldset className="field" style={{ border: 0, margin: 0, padding: 0 }}>
          <legend style={{ fontWeight: 600, padding: 0 }}>{t('bridge.importMode')}</legend>
          {(['APPEND', 'REPLACE'] as const).map((m) => (
            <label key={m} className="ui-check">
              <input type="radio" name="bridge-import-mode" value={m} checked={mode === m} data-testid={`bridge-mode-${m}`} onChange={() => setMode(m)} />
              {m === 'APPEND' ? t('bridge.modeAppend') : t('bridge.modeReplace')}
            </label>
          ))}
        </fieldset>
      </div>
      {result && (
        <p className="ui-notice" role="status" data-testid="bridge-import-result">
          {t(result.mode === 'REPLACE' ? 'bridge.importedReplace' : 'bridge.imported', {
            imported: n(result.imported),
            replaced: n(result.replaced),
            points: n(result.bridgePoints),
            expected: n(result.expectedDelegates),
          })}
        </p>
      )}
      {importer.isError && (
        <div className="form-error" role="alert" data-testid="bridge-import-error">
          <p style={{ margin: 0 }}>{problems.length > 0 ? t('bridge.importRefused', { count: problems.length }) : problemMessage(importer.error, t)}</p>
        </div>
      )}
      {problems.length > 0 && (
        <div className="ui-table-wrap">
          <table className="ui-table mt-table" data-testid="bridge-import-problems">
            <thead>
              <tr>
                <th>{t('bridge.row')}</th>
                <th>{t('bridge.column')}</th>
                <th>{t('bridge.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={`${p.row}-${p.field}-${i}`} data-testid="bridge-import-problem">
                  <td>{p.row ?? '—'}</td>
                  <td>{columnLabel(p.field, t)}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={importer.isPending} data-testid="bridge-import-submit">
          {importer.isPending ? t('documents.uploading') : t('bridge.importSubmit')}
        </button>
      </div>
    </form>
  );
}
