import type { DatesSetArg, EventClickArg, LocaleInput } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import viLocale from '@fullcalendar/core/locales/vi';
import dayGridPlugin from '@fullcalendar/daygrid';
import FullCalendar from '@fullcalendar/react';
import { useMemo } from 'react';
import { addDaysIso } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { Language } from '@/lib/i18n/types';
import type { MeetingSummary } from '../api/types';
import { wallClock } from '../utils/datetime';
import { toEvent } from '../utils/events';
import './meeting.css';

export type MonthRange = { from: string; to: string };

const LOCALES: Record<Language, LocaleInput> = { vi: viLocale, en: enGbLocale };

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

type Props = {
  meetings: readonly MeetingSummary[];
  initialDate: string;
  onRange: (range: MonthRange) => void;
  onOpen: (id: string) => void;
};

/** The month view of the meetings (lịch họp tháng); a click opens the meeting. */
export function MeetingsCalendar({ meetings, initialDate, onRange, onOpen }: Props) {
  const { lang } = useI18n();
  const events = useMemo(() => meetings.map(toEvent), [meetings]);
  return (
    <div className="mt-calendar" data-testid="meetings-calendar">
      <FullCalendar
        plugins={[dayGridPlugin]}
        initialView="dayGridMonth"
        initialDate={initialDate}
        locale={LOCALES[lang]}
        timeZone="UTC"
        now={() => wallClock(new Date().toISOString())}
        firstDay={1}
        height="auto"
        dayMaxEvents={4}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: '' }}
        events={events}
        datesSet={(arg: DatesSetArg) =>
          // FullCalendar's end is exclusive; the API's `to` is a day included
          onRange({ from: dayOf(arg.start), to: addDaysIso(dayOf(arg.end), -1) })
        }
        eventClick={(arg: EventClickArg) => {
          arg.jsEvent.preventDefault();
          onOpen(arg.event.id);
        }}
        eventDidMount={(arg) => {
          arg.el.setAttribute('data-testid', 'calendar-meeting');
          arg.el.setAttribute('data-meeting-id', arg.event.id);
        }}
      />
    </div>
  );
}
