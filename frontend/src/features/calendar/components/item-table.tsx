import { useI18n } from '@/lib/i18n';
import type { ProgrammeItem } from '../api/types';
import { formatWhen } from '../utils/datetime';
import { visibilityLabel } from '../utils/labels';
import './calendar.css';

type Props = {
  items: readonly ProgrammeItem[];
  /** shows "Sửa" / "Xóa" on the items not cancelled */
  editable: boolean;
  onEdit: (item: ProgrammeItem) => void;
  onDelete: (item: ProgrammeItem) => void;
  emptyText: string;
};

/** A programme's activities: when, what, who chairs, where, who takes part. */
export function ItemTable({ items, editable, onEdit, onDelete, emptyText }: Props) {
  const { lang, t } = useI18n();
  if (items.length === 0) {
    return (
      <p className="empty" data-testid="items-empty">
        {emptyText}
      </p>
    );
  }
  return (
    <div className="ui-table-wrap">
      <table className="ui-table cal-table" data-testid="items-table">
        <thead>
          <tr>
            <th>{t('items.time')}</th>
            <th>{t('items.title')}</th>
            <th>{t('items.chairing')}</th>
            <th>{t('items.venue')}</th>
            <th>{t('items.participants')}</th>
            <th>{t('items.visibility')}</th>
            {editable && <th>{t('items.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const participants = [
              ...item.participantBodies.map((b) => b.name),
              ...item.participantUnits.map((u) => u.name),
              ...item.participantPersons,
            ];
            return (
              <tr key={item.id} data-testid="item-row" data-id={item.id} className={item.cancelled ? 'is-cancelled' : undefined}>
                <td className="nowrap">{formatWhen(item.startsAt, item.endsAt, item.allDay, t, lang)}</td>
                <td>
                  <span data-testid="item-title">{item.title}</span>
                  {item.cancelled && (
                    <div className="ui-meta" data-testid="item-cancelled">
                      {t('items.cancelled')}
                      {item.cancelReason ? `: ${item.cancelReason}` : ''}
                    </div>
                  )}
                </td>
                <td>{item.leaders.map((l) => `${l.fullName} (${l.titleVi})`).join('; ')}</td>
                <td>
                  {item.venue}
                  {item.localityName && <div className="ui-meta">{item.localityName}</div>}
                </td>
                <td>{participants.join('; ')}</td>
                <td>{visibilityLabel(item.visibility, t)}</td>
                {editable && (
                  <td className="nowrap">
                    {!item.cancelled && (
                      <span className="cal-actions">
                        <button type="button" className="btn btn--secondary btn--small" data-testid="item-edit" onClick={() => onEdit(item)}>
                          {t('items.edit')}
                        </button>
                        <button
                          type="button"
                          className="btn btn--secondary btn--small"
                          data-testid="item-delete"
                          onClick={() => onDelete(item)}
                        >
                          {t('items.delete')}
                        </button>
                      </span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
