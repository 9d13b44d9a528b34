import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormField } from '@/components/ui/form-field';
import { Pager } from '@/components/ui/pager';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDateTime, isoDate } from '@/lib/format';
import { useI18n, useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useUnitAssignments } from '../api/get-unit-assignments';
import { useReportVerification } from '../api/report-verification';
import type { UnitAssignment } from '../api/types';
import { DueCountdown } from '../components/due-countdown';
import { PetitionsNav } from '../components/petitions-nav';
import { daysBetween, formatDay } from '../utils/dates';
import { isUnitOfficer } from '../utils/permissions';
import '../components/petition.css';

const PAGE_SIZE = 20;

/**
 * /petition-unit-assignments — "Việc được giao xác minh": what an office asked the user's unit to verify and report on a
 * petition (its number and summary, never anyone's identity), by due date; the unit reports its result once.
 */
export function PetitionUnitAssignmentsRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const open = params.get('view') !== 'all';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const allowed = isUnitOfficer(me);
  const list = useUnitAssignments({ page, size: PAGE_SIZE, ...(open ? { open: true } : {}) }, { enabled: allowed });
  const [reporting, setReporting] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('unitWork.title')}</h1>
        <PetitionsNav />
        {me.unit && <p className="page__subtitle">{me.unit.name}</p>}
      </div>
      <div className="tabs" role="group" aria-label={t('unitWork.views')}>
        {(['open', 'all'] as const).map((view) => (
          <button
            key={view}
            type="button"
            className={(view === 'open') === open ? 'tab is-active' : 'tab'}
            aria-pressed={(view === 'open') === open}
            data-testid={`unit-work-${view}`}
            onClick={() => setParams(view === 'open' ? new URLSearchParams() : new URLSearchParams({ view }))}
          >
            {view === 'open' ? t('unitWork.open') : t('unitWork.all')}
          </button>
        ))}
      </div>
      {done && (
        <p className="ui-notice" role="status" data-testid="unit-work-done">
          {done}
        </p>
      )}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState message={problemMessage(list.error, t)} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="empty" data-testid="unit-work-empty">
          {open ? t('unitWork.openEmpty') : t('unitWork.empty')}
        </p>
      ) : (
        <>
          <ul className="pt-petitioners" data-testid="unit-work-list">
            {list.data.items.map((a) => (
              <li key={a.id} className="pt-petitioner" data-testid="unit-work" data-id={a.id}>
                <div className="pt-petitioner__head">
                  <span>
                    {t('unitWork.petition', { number: a.petitionNumber })} — {a.petitionSubject}
                  </span>
                  {a.reportedAt ? (
                    <span className="ui-meta">{t('unitAssignments.reportedAt', { at: formatDateTime(a.reportedAt, lang) })}</span>
                  ) : (
                    <DueCountdown dueOn={a.dueOn} daysLeft={daysBetween(today, a.dueOn)} testId="unit-work-due" />
                  )}
                </div>
                <p className="ui-pre">{a.request}</p>
                {a.reportedAt ? (
                  <div data-testid="unit-work-result">
                    <strong>{t('unitAssignments.result')}</strong>
                    <p className="ui-pre">{a.result}</p>
                  </div>
                ) : (
                  <>
                    <p className="ui-meta">{t('unitWork.dueOn', { date: formatDay(a.dueOn, lang) })}</p>
                    <button
                      type="button"
                      className="btn btn--secondary btn--small"
                      aria-expanded={reporting === a.id}
                      data-testid="unit-work-report-open"
                      onClick={() => setReporting(reporting === a.id ? null : a.id)}
                    >
                      {t('unitWork.report')}
                    </button>
                    {reporting === a.id && (
                      <ReportForm
                        assignment={a}
                        onClose={() => setReporting(null)}
                        onDone={() => {
                          setReporting(null);
                          setDone(t('unitWork.reported', { number: a.petitionNumber }));
                        }}
                      />
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            totalPages={list.data.totalPages}
            onPage={(p) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              setParams(next);
            }}
          />
        </>
      )}
    </div>
  );
}

/** "Báo cáo kết quả xác minh": once; the receiving office is told. */
function ReportForm({ assignment, onClose, onDone }: { assignment: UnitAssignment; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const report = useReportVerification();
  const [result, setResult] = useState('');
  const [missing, setMissing] = useState(false);
  const serverErrors = report.isError ? fieldErrorsOf(report.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!result.trim());
    if (!result.trim() || report.isPending) return;
    report.mutateAsync({ id: assignment.id, body: { result: result.trim() } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="unit-report-form">
      <FormField id={`unit-report-${assignment.id}`} label={t('unitWork.result')} error={missing ? t('petitionForm.required') : errorFor(serverErrors, 'result')}>
        {(control) => <textarea {...control} data-testid="unit-report-result" rows={5} maxLength={8000} value={result} onChange={(e) => setResult(e.target.value)} />}
      </FormField>
      {report.isError && (
        <p className="form-error" role="alert" data-testid="unit-report-error">
          {problemMessage(report.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary btn--small" disabled={report.isPending} data-testid="unit-report-submit">
          {report.isPending ? t('petition.working') : t('unitWork.sendReport')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
