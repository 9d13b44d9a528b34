import { useI18n } from '@/lib/i18n';
import type { DocumentKind, LeadershipBody } from '../api/types';
import type { DocumentDetailsDraft } from '../utils/document-draft';
import { errorFor, type FieldErrors } from '@/lib/api/field-errors';
import { DOCUMENT_KINDS, kindLabel } from '../utils/labels';
import { FormField } from '@/components/ui/form-field';

type Props = {
  /** prefix of the controls' ids and data-testids: "conclusion" → "conclusion-number", … */
  idPrefix: string;
  details: DocumentDetailsDraft;
  bodies: LeadershipBody[];
  /** keyed as the server names the fields: "number", "issuingBodyId", … */
  errors: FieldErrors;
  /** the latest date of issue */
  today: string;
  onChange: (patch: Partial<DocumentDetailsDraft>) => void;
};

/** The document's details (kind, number, date, issuing body, signer, summary): recording a notice and editing it. */
export function DocumentFields({ idPrefix, details, bodies, errors, today, onChange }: Props) {
  const { lang, t } = useI18n();
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <div className="form-grid">
      <FormField id={id('kind')} label={t('conclusionForm.kind')} error={errorFor(errors, 'kind')}>
        {(control) => (
          <select {...control} value={details.kind} onChange={(e) => onChange({ kind: e.target.value as DocumentKind })}>
            {DOCUMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind, t)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={id('number')} label={t('conclusionForm.number')} error={errorFor(errors, 'number')}>
        {(control) => (
          <input {...control} value={details.number} maxLength={60} onChange={(e) => onChange({ number: e.target.value })} />
        )}
      </FormField>
      <FormField id={id('issued-on')} label={t('conclusionForm.issuedOn')} error={errorFor(errors, 'issuedOn')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={details.issuedOn}
            max={today}
            onChange={(e) => onChange({ issuedOn: e.target.value })}
          />
        )}
      </FormField>
      <FormField id={id('body')} label={t('conclusionForm.body')} error={errorFor(errors, 'issuingBodyId')}>
        {(control) => (
          <select {...control} value={details.issuingBodyId} onChange={(e) => onChange({ issuingBodyId: e.target.value })}>
            <option value="">{t('common.select')}</option>
            {bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {lang === 'en' ? body.nameEn : body.nameVi}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={id('signer')} label={t('conclusionForm.signer')} error={errorFor(errors, 'signer')}>
        {(control) => (
          <input {...control} value={details.signer} maxLength={200} onChange={(e) => onChange({ signer: e.target.value })} />
        )}
      </FormField>
      <FormField id={id('summary')} label={t('conclusionForm.summary')} error={errorFor(errors, 'summary')} className="span-all">
        {(control) => (
          <textarea {...control} value={details.summary} maxLength={4000} onChange={(e) => onChange({ summary: e.target.value })} />
        )}
      </FormField>
    </div>
  );
}
