import { useState } from 'react';
import { useT } from '@/lib/i18n';
import type { Petition, PetitionAction } from '../api/types';
import { petitionActionLabel } from '../utils/labels';
import { handlingActions } from '../utils/permissions';
import { ForwardForm } from './forward-form';
import { AcceptForm, AssignUnitForm, ClassifyForm, FileForm, GuideForm, ResolveForm, type HandlingFormProps } from './handling-forms';
import './petition.css';

type Step = 'CLASSIFY' | 'ACCEPT' | 'FORWARD' | 'GUIDE' | 'FILE' | 'RESOLVE' | 'ASSIGN_UNIT';

const FORMS: Record<Step, (props: HandlingFormProps) => React.JSX.Element> = {
  CLASSIFY: ClassifyForm,
  ACCEPT: AcceptForm,
  FORWARD: ForwardForm,
  GUIDE: GuideForm,
  FILE: FileForm,
  RESOLVE: ResolveForm,
  ASSIGN_UNIT: AssignUnitForm,
};

/**
 * "Xử lý đơn": exactly the server's allowed steps — classify first; then one outcome (thụ lý, chuyển đơn, hướng dẫn, lưu
 * đơn); the resolution once accepted; a unit asked to verify while it is handled. Each opens its form.
 */
export function HandlingActions({ petition, today, onDone }: { petition: Petition; today: string; onDone: (action: PetitionAction, petition: Petition) => void }) {
  const t = useT();
  const [open, setOpen] = useState<Step | null>(null);
  const actions = handlingActions(petition) as Step[];
  if (actions.length === 0) return null;
  const Form = open && actions.includes(open) ? FORMS[open] : null;

  return (
    <section className="card" aria-labelledby="handling-title" data-testid="petition-actions">
      <h2 id="handling-title" className="card__title">
        {t('handling.title')}
      </h2>
      {petition.status === 'RECEIVED' && petition.handling.eligible === null && (
        <p className="ui-meta" data-testid="handling-classify-first">
          {t('handling.classifyFirst')}
        </p>
      )}
      <div className="ui-actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={open === action ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={open === action}
            data-testid={`action-${action.toLowerCase().replace('_', '-')}`}
            onClick={() => setOpen(open === action ? null : action)}
          >
            {petitionActionLabel(action, t)}
          </button>
        ))}
      </div>
      {Form && open && (
        <Form
          key={open}
          petition={petition}
          today={today}
          onClose={() => setOpen(null)}
          onDone={(after) => {
            setOpen(null);
            onDone(open, after);
          }}
        />
      )}
    </section>
  );
}
