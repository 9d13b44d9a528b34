import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { unitOfficer } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { ProgrammeRequest } from '../api/types';
import { calendars, page, programme, ubndSpecialist, vptuSpecialist } from '../testing/fixtures';
import { ProgrammesRoute } from './programmes';

const TODAY = '2026-11-24'; // a Tuesday

const deadlines = {
  today: TODAY,
  rows: [
    {
      calendarId: 'cal-ubnd',
      calendarName: 'Lịch công tác Ủy ban nhân dân tỉnh',
      bodyName: 'Ủy ban nhân dân tỉnh',
      officeId: calendars[0]!.officeId,
      officeName: 'Văn phòng UBND tỉnh',
      periodKind: 'MONTH',
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      deadline: '2026-11-25',
      daysLeft: 1,
      programmeId: null,
      status: null,
      submittedAt: null,
      state: 'DUE',
    },
    {
      calendarId: 'cal-tttu',
      calendarName: 'Lịch công tác Thường trực Tỉnh ủy',
      bodyName: 'Thường trực Tỉnh ủy',
      officeId: calendars[1]!.officeId,
      officeName: 'Văn phòng Tỉnh ủy',
      periodKind: 'MONTH',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      deadline: '2026-10-26',
      daysLeft: -29,
      programmeId: 'p-tu',
      status: 'PUBLISHED',
      submittedAt: '2026-10-27T10:00:00+07:00',
      state: 'SUBMITTED_LATE',
    },
  ],
};

function renderList(me: MeResponse, lang: 'vi' | 'en' = 'vi') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/calendar/programmes" element={<ProgrammesRoute today={TODAY} />} />
        <Route path="/calendar/programmes/:id" element={<p data-testid="opened">opened</p>} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/calendar/programmes', lang },
  );
}

describe('ProgrammesRoute', () => {
  it('lists programmes with their period, status, deadline and whether they were sent on time, and the deadline board', async () => {
    mockApi({
      'GET /api/v1/calendars': () => json(200, calendars),
      'GET /api/v1/programmes': () =>
        json(
          200,
          page([
            programme(),
            programme({
              id: 'p-2',
              periodKind: 'QUARTER',
              periodStart: '2027-01-01',
              periodEnd: '2027-03-31',
              status: 'SUBMITTED',
              submittedAt: '2026-12-21T08:00:00+07:00',
              submittedOnTime: false,
            }),
            programme({ id: 'p-3', periodKind: 'WEEK', periodStart: '2026-11-23', periodEnd: '2026-11-29', status: 'PUBLISHED', submittedAt: '2026-11-19T08:00:00+07:00', submittedOnTime: true }),
          ]),
        ),
      'GET /api/v1/programme-deadlines': () => json(200, deadlines),
    });
    renderList(ubndSpecialist);
    const rows = await screen.findAllByTestId('programme-row', {}, { timeout: 5_000 });
    expect(rows.map((r) => within(r).getByTestId('programme-link').textContent)).toEqual([
      'Tháng 12/2026',
      'Quý I/2027',
      'Tuần 23/11–29/11/2026',
    ]);
    expect(within(rows[0]!).getByTestId('programme-row-status')).toHaveTextContent('Dự thảo');
    expect(within(rows[0]!).getByTestId('on-time')).toHaveTextContent('Chưa gửi');
    expect(within(rows[1]!).getByTestId('on-time')).toHaveTextContent('Muộn');
    expect(within(rows[2]!).getByTestId('on-time')).toHaveTextContent('Đúng hạn');
    expect(rows[0]).toHaveTextContent('25/11/2026');

    const board = await screen.findAllByTestId('deadline-row', {}, { timeout: 5_000 });
    expect(board[0]).toHaveTextContent('Tháng 12/2026');
    expect(board[0]).toHaveTextContent('còn 1 ngày');
    expect(board[0]).toHaveTextContent('Chưa đến hạn');
    expect(board[0]).toHaveTextContent('Chưa lập');
    expect(board[1]).toHaveTextContent('Đã gửi muộn');
    expect(within(board[1]!).getByTestId('deadline-programme')).toHaveAttribute('href', '/calendar/programmes/p-tu');
  });

  it('creates a programme from any day of the period: the first day of the week, quarter or month', async () => {
    const posted: ProgrammeRequest[] = [];
    const { calls } = mockApi({
      'GET /api/v1/calendars': () => json(200, calendars),
      'GET /api/v1/programmes': () => json(200, page([])),
      'GET /api/v1/programme-deadlines': () => json(200, { today: TODAY, rows: [] }),
      'POST /api/v1/programmes': async (req) => {
        posted.push((await req.json()) as ProgrammeRequest);
        return json(201, programme({ id: 'p-new', periodKind: 'WEEK', periodStart: '2026-12-07', periodEnd: '2026-12-13' }));
      },
    });
    renderList(ubndSpecialist);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('programme-new', {}, { timeout: 5_000 }));
    // only the calendars of the user's office, chosen already when there is one
    const calendarSelect = screen.getByTestId('new-programme-calendar');
    expect(within(calendarSelect).queryByText('Lịch công tác Thường trực Tỉnh ủy')).not.toBeInTheDocument();
    expect(calendarSelect).toHaveValue('cal-ubnd');
    // MONTH by default: next month
    expect(screen.getByTestId('new-programme-day')).toHaveValue('2026-12-01');
    expect(screen.getByTestId('new-programme-period')).toHaveTextContent('Kỳ: Tháng 12/2026 (từ 01/12/2026 đến 31/12/2026)');

    await user.selectOptions(screen.getByTestId('new-programme-kind'), 'QUARTER');
    expect(screen.getByTestId('new-programme-period')).toHaveTextContent('Kỳ: Quý I/2027 (từ 01/01/2027 đến 31/03/2027)');
    fireEvent.change(screen.getByTestId('new-programme-day'), { target: { value: '2027-05-20' } });
    expect(screen.getByTestId('new-programme-period')).toHaveAttribute('data-period-start', '2027-04-01');

    await user.selectOptions(screen.getByTestId('new-programme-kind'), 'WEEK');
    fireEvent.change(screen.getByTestId('new-programme-day'), { target: { value: '2026-12-10' } }); // a Thursday
    expect(screen.getByTestId('new-programme-period')).toHaveTextContent('Kỳ: Tuần 07/12–13/12/2026 (từ 07/12/2026 đến 13/12/2026)');
    await user.click(screen.getByTestId('new-programme-submit'));

    await waitFor(() => expect(posted).toEqual([{ calendarId: 'cal-ubnd', periodKind: 'WEEK', periodStart: '2026-12-07' }]));
    expect(calls.find((c) => c.method === 'POST')?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByTestId('opened', {}, { timeout: 5_000 })).toBeInTheDocument();
  });

  it('offers no new programme to an office without a calendar, and nothing to a unit officer', async () => {
    mockApi({
      'GET /api/v1/calendars': () => json(200, calendars.filter((c) => c.id === 'cal-ubnd')),
      'GET /api/v1/programmes': () => json(200, page([programme({ status: 'SUBMITTED', submittedAt: '2026-11-20T08:00:00+07:00', submittedOnTime: true })])),
      'GET /api/v1/programme-deadlines': () => json(200, { today: TODAY, rows: [] }),
    });
    const { unmount } = renderList(vptuSpecialist);
    await screen.findAllByTestId('programme-row', {}, { timeout: 5_000 });
    expect(screen.queryByTestId('programme-new')).not.toBeInTheDocument();
    unmount();

    renderList(unitOfficer);
    expect(screen.getByTestId('programmes-forbidden')).toHaveTextContent('Trang này không dành cho vai trò của bạn.');
  });
});
