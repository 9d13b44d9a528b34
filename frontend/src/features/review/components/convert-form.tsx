import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { OneUnitPicker, UnitPicker, type UnitRef } from '@/components/ui/unit-picker';
import { errorFor, fieldErrorsOf, unmatchedErrors } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useConvertProposal } from '../api/convert-proposal';
import type { Finding, ProposalTaskRequest, Review } from '../api/types';
import './review.css';

const FIELDS = ['leadUnitId', 'coordinatingUnitIds', 'deadline', 'expectedResult', 'focalOfficer'];

/**
 * "Chuyển thành nhiệm vụ": the proposal becomes a task of the conclusions feature — a lead unit and a deadline (the server
 * requires both and says so under the fields), coordinating units, the expected result and the focal officer.
 */
export function ConvertForm({ review, finding, onDone }: { review: Review; finding: Finding; onDone: () => void }) {
  const t = useT();
  const mutation = useConvertProposal();
  const [lead, setLead] = useState<UnitRef | null>(null);
  const [coordinating, setCoordinating] = useState<UnitRef[]>([]);
  const [deadline, setDeadline] = useState('');
  const [expectedResult, setExpectedResult] = useState('');
  const [focalOfficer, setFocalOfficer] = useState('');
  const errors = mutation.isError ? fieldErrorsOf(mutation.error) : {};
  const summary = mutation.isError ? problemMessage(mutation.error, t) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const body: ProposalTaskRequest = {
      leadUnitId: lead?.id ?? null,
      coordinatingUnitIds: coordinating.map((u) => u.id),
      deadline: deadline || null,
      expectedResult: expectedResult.trim() || null,
      focalOfficer: focalOfficer.trim() || null,
    };
    mutation.mutateAsync({ reviewId: review.id, findingId: finding.id, body }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="convert-form">
      <h3>{t('convert.title')}</h3>
      <div className="ui-grid">
        <OneUnitPicker id="task-lead" label={t('convert.lead')} selected={lead} onChange={setLead} error={errorFor(errors, 'leadUnitId')} />
        <UnitPicker
          id="task-coordinating"
          label={t('convert.coordinating')}
          multiple
          selected={coordinating}
          onChange={setCoordinating}
          error={errorFor(errors, 'coordinatingUnitIds')}
        />
        <FormField id="task-deadline" label={t('convert.deadline')} error={errorFor(errors, 'deadline')}>
          {(control) => <input {...control} type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />}
        </FormField>
        <FormField id="task-focal" label={t('convert.focalOfficer')} hint={t('convert.focalHint')} error={errorFor(errors, 'focalOfficer')}>
          {(control) => <input {...control} maxLength={200} value={focalOfficer} onChange={(e) => setFocalOfficer(e.target.value)} />}
        </FormField>
        <FormField
          id="task-expected"
          label={t('convert.expectedResult')}
          hint={t('convert.expectedHint')}
          error={errorFor(errors, 'expectedResult')}
          className="span-all"
        >
          {(control) => <textarea {...control} rows={2} maxLength={2000} value={expectedResult} onChange={(e) => setExpectedResult(e.target.value)} />}
        </FormField>
      </div>
      <FormErrorSummary summary={summary} leftover={unmatchedErrors(errors, FIELDS)} testId="convert-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="convert-submit">
          {mutation.isPending ? t('review.working') : t('convert.submit')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone} data-testid="convert-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
