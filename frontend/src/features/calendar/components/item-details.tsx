import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import type { ProgrammeItem } from '../api/types';
import { formatWhen } from '../utils/datetime';
import { programmeStatusLabel, visibilityLabel } from '../utils/labels';
import './calendar.css';

/** The panel of an activity clicked in the calendar, with the link to its programme. */
export function ItemDetails({ item, programmeLink, onClose }: { item: ProgrammeItem; programmeLink: boolean; onClose: () => void }) {
  const { lang, t } = useI18n();
  const rows: [string, string][] = [
    [t('details.time'), formatWhen(item.startsAt, item.endsAt, item.allDay, t, lang)],
    [t('details.body'), item.bodyName],
    [t('details.chairing'), item.leaders.map((l) => `${l.fullName} (${l.titleVi})`).join('; ')],
    [t('details.venue'), item.venue ?? ''],
    [t('details.locality'), item.localityName ?? ''],
    [t('details.participants'), [...item.participantBodies, ...item.participantUnits].map((r) => r.name).concat(item.participantPersons).join('; ')],
    [t('details.servingOffice'), item.servingOfficeName],
    [t('details.visibility'), visibilityLabel(item.visibility, t)],
    [t('details.status'), programmeStatusLabel(item.programmeStatus, t)],
    [t('details.notes'), item.notes ?? ''],
  ];
  return (
    <aside className="card" aria-labelledby="item-details-title" data-testid="item-details" data-item-id={item.id}>
      <h2 id="item-details-title" className="card__title">
        <span className="cal-legend__swatch" style={{ background: item.color }} aria-hidden="true" />
        {item.title}
      </h2>
      {item.cancelled && (
        <p className="ui-clash ui-clash--WARNING" data-testid="item-details-cancelled">
          {t('items.cancelled')}
          {item.cancelReason ? `: ${item.cancelReason}` : ''}
        </p>
      )}
      <dl className="facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div className="facts__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <div className="cal-actions" style={{ marginTop: '0.75rem' }}>
        {programmeLink && (
          <Link to={`/calendar/programmes/${item.programmeId}`} className="btn btn--secondary btn--small" data-testid="item-details-programme">
            {t('details.openProgramme')}
          </Link>
        )}
        <button type="button" className="btn btn--ghost btn--small" onClick={onClose} data-testid="item-details-close">
          {t('details.close')}
        </button>
      </div>
    </aside>
  );
}
