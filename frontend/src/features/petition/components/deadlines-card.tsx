import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { Petition } from '../api/types';
import { formatDay } from '../utils/dates';
import { complexityLabel, ineligibleReasonLabel, roundLabel } from '../utils/labels';
import { DueCountdown } from './due-countdown';
import './petition.css';

/**
 * "Thời hạn xử lý": the next statutory due date with its countdown, the first step's due date (classify and handle, or
 * accept a complaint) and the resolution's once accepted (with the latest date every extension allows), each with the
 * article it comes from; and the classification it was counted with.
 */
export function DeadlinesCard({ petition }: { petition: Petition }) {
  const { lang, t } = useI18n();
  const h = petition.handling;
  const classification =
    h.eligible === null ? t('handling.unclassified') : h.eligible ? t('handling.eligible') : t('handling.notEligible', { reason: h.ineligibleReason ? ineligibleReasonLabel(h.ineligibleReason, t) : '' });
  return (
    <section className="card" aria-labelledby="deadlines-title" data-testid="petition-deadlines">
      <h2 id="deadlines-title" className="card__title">
        {t('handling.deadlines')}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('handling.nextDue')}</dt>
          <dd data-testid="deadline-next">
            {h.dueOn ? <DueCountdown dueOn={h.dueOn} daysLeft={h.daysLeft} testId="petition-due" /> : <span className="ui-meta">{t('handling.noDue')}</span>}
          </dd>
        </div>
        {h.firstDueOn && (
          <div className="facts__row">
            <dt>{t('handling.firstDue')}</dt>
            <dd data-testid="deadline-first">
              {formatDay(h.firstDueOn, lang)}
              {h.firstDueRule && <div className="ui-meta">{t('handling.basis', { rule: h.firstDueRule })}</div>}
            </dd>
          </div>
        )}
        {h.resolutionDueOn && (
          <div className="facts__row">
            <dt>{t('handling.resolutionDue')}</dt>
            <dd data-testid="deadline-resolution">
              {formatDay(h.resolutionDueOn, lang)}
              {h.resolutionMaxOn && h.resolutionMaxOn !== h.resolutionDueOn && (
                <div>{t('handling.resolutionMax', { date: formatDay(h.resolutionMaxOn, lang) })}</div>
              )}
              {h.resolutionDueRule && <div className="ui-meta">{t('handling.basis', { rule: h.resolutionDueRule })}</div>}
            </dd>
          </div>
        )}
        <div className="facts__row">
          <dt>{t('handling.classification')}</dt>
          <dd data-testid="deadline-classification">
            {classification}
            {h.classifiedAt && (
              <div className="ui-meta">
                {[
                  complexityLabel(h.complexity, t),
                  h.remoteArea ? t('handling.remoteArea') : null,
                  h.round ? roundLabel(h.round, t) : null,
                  t('handling.classifiedAt', { at: formatDateTime(h.classifiedAt, lang) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
