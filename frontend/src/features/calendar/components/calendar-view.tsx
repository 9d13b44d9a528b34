import type { DatesSetArg, EventClickArg, LocaleInput } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import viLocale from '@fullcalendar/core/locales/vi';
import dayGridPlugin from '@fullcalendar/daygrid';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useMemo } from 'react';
import { addDaysIso } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { Language } from '@/lib/i18n/types';
import type { ProgrammeItem } from '../api/types';
import { wallClock } from '../utils/datetime';
import { toEvent } from '../utils/events';
import './calendar.css';

export type CalendarRange = { from: string; to: string; view: 'timeGridWeek' | 'dayGridMonth'; currentStart: string };

const LOCALES: Record<Language, LocaleInput> = { vi: viLocale, en: enGbLocale };

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

type Props = {
  items: readonly ProgrammeItem[];
  initialView: CalendarRange['view'];
  initialDate: string;
  onRange: (range: CalendarRange) => void;
  onSelect: (item: ProgrammeItem) => void;
};

/** The consolidated week (time grid) and month views, one colour per body. */
export function CalendarView({ items, initialView, initialDate, onRange, onSelect }: Props) {
  const { lang } = useI18n();
  const events = useMemo(() => items.map(toEvent), [items]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);

  return (
    <div data-testid="calendar-view">
      <FullCalendar
        plugins={[dayGridPlugin, timeGridPlugin]}
        initialView={initialView}
        initialDate={initialDate}
        locale={LOCALES[lang]}
        timeZone="UTC"
        now={() => wallClock(new Date().toISOString())}
        firstDay={1}
        height="auto"
        nowIndicator
        slotMinTime="06:00:00"
        slotMaxTime="22:00:00"
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: 'timeGridWeek,dayGridMonth' }}
        events={events}
        datesSet={(arg: DatesSetArg) =>
          onRange({
            from: dayOf(arg.start),
            // FullCalendar's end is exclusive; the API's `to` is a day included
            to: addDaysIso(dayOf(arg.end), -1),
            view: arg.view.type === 'dayGridMonth' ? 'dayGridMonth' : 'timeGridWeek',
            currentStart: dayOf(arg.view.currentStart),
          })
        }
        eventClick={(arg: EventClickArg) => {
          arg.jsEvent.preventDefault();
          const item = byId.get(arg.event.id);
          if (item) onSelect(item);
        }}
        eventDidMount={(arg) => {
          arg.el.setAttribute('data-testid', 'calendar-event');
          arg.el.setAttribute('data-item-id', arg.event.id);
        }}
      />
    </div>
  );
}
