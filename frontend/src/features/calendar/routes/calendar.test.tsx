import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { unitOfficer } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { bodies, item, leaders, offices, page, stubObjectUrls, ubndSpecialist } from '../testing/fixtures';
import { CalendarRoute } from './calendar';

const TODAY = '2026-12-09'; // a Wednesday: the week of 07/12–13/12/2026

function renderCalendar(me: MeResponse = ubndSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <CalendarRoute today={TODAY} />
    </CurrentUserContext.Provider>,
    { route: '/calendar' },
  );
}

const ubnd = item({ id: 'i-1', title: 'Làm việc với Sở Tài chính' });
const tttu = item({
  id: 'i-2',
  programmeId: 'p-tu',
  title: 'Hội nghị Ban Thường vụ Tỉnh ủy',
  bodyId: 'b-tttu',
  bodyName: 'Thường trực Tỉnh ủy',
  color: '#b3261e',
  startsAt: '2026-12-10T08:00:00+07:00',
  endsAt: '2026-12-10T11:00:00+07:00',
  leaders: [{ id: 'l-bt', fullName: 'Nguyễn Văn A', titleVi: 'Bí thư Tỉnh ủy' }],
});

describe('CalendarRoute', () => {
  it('fetches every page of the visible week, colours events by body and opens an event\'s details', async () => {
    const { calls } = mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'GET /api/v1/offices': () => json(200, offices),
      'GET /api/v1/leaders': () => json(200, page(leaders)),
      'GET /api/v1/calendar-items': (req) => {
        const p = Number(new URL(req.url).searchParams.get('page'));
        return json(200, p === 0 ? page([ubnd], 2, 0) : page([tttu], 2, 1));
      },
    });
    renderCalendar();
    await waitFor(() => expect(screen.getByTestId('calendar-count')).toHaveTextContent('2 hoạt động'), { timeout: 5_000 });
    const itemCalls = calls.filter((c) => c.url.includes('/calendar-items')).map((c) => new URL(c.url).searchParams);
    expect(itemCalls.map((q) => [q.get('from'), q.get('to'), q.get('page'), q.get('size')])).toEqual([
      ['2026-12-07', '2026-12-13', '0', '100'],
      ['2026-12-07', '2026-12-13', '1', '100'],
    ]);
    const legend = screen.getByTestId('calendar-legend');
    expect(legend).toHaveTextContent('Ủy ban nhân dân tỉnh');
    expect(legend).toHaveTextContent('Thường trực Tỉnh ủy');

    const events = await screen.findAllByTestId('calendar-event', {}, { timeout: 5_000 });
    expect(events.map((e) => e.getAttribute('data-item-id')).sort()).toEqual(['i-1', 'i-2']);
    const event = events.find((e) => e.getAttribute('data-item-id') === 'i-2')!;
    expect(event).toHaveTextContent('Hội nghị Ban Thường vụ Tỉnh ủy');
    expect(event).toHaveTextContent('08:00');
    expect(event.getAttribute('style') ?? '').toContain('rgb(179, 38, 30)');

    const user = userEvent.setup();
    await user.click(event);
    const details = await screen.findByTestId('item-details');
    expect(details).toHaveTextContent('08:00–11:00 ngày 10/12/2026');
    expect(details).toHaveTextContent('Nguyễn Văn A (Bí thư Tỉnh ủy)');
    expect(within(details).getByTestId('item-details-programme')).toHaveAttribute('href', '/calendar/programmes/p-tu');
  });

  it('downloads the printed weekly schedule of the visible week', async () => {
    const createObjectURL = stubObjectUrls('blob:docx');
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { calls } = mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'GET /api/v1/offices': () => json(200, offices),
      'GET /api/v1/leaders': () => json(200, page(leaders)),
      'GET /api/v1/calendar-items': () => json(200, page([])),
      'GET /api/v1/calendar-items/weekly-schedule': () =>
        new Response(new Blob(['PK']), { status: 200, headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } }),
    });
    renderCalendar(unitOfficer);
    await waitFor(() => expect(screen.getByTestId('calendar-count')).toHaveTextContent('0 hoạt động'), { timeout: 5_000 });
    // a unit officer sees the calendar, not the programmes nor the clashes
    expect(screen.queryByTestId('calendar-programmes-link')).not.toBeInTheDocument();
    expect(screen.queryByTestId('calendar-clashes-link')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('download-docx'));
    await waitFor(() => expect(clicked).toEqual(['lich-cong-tac-tuan-2026-12-07.docx']));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const call = calls.find((c) => c.url.includes('weekly-schedule'))!;
    expect(new URL(call.url).searchParams.get('weekOf')).toBe('2026-12-07');
    expect(new URL(call.url).searchParams.get('format')).toBe('DOCX');
  });
});
