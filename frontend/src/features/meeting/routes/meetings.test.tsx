import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { kinds, meeting, page, summary, unitOfficer, vptuSpecialist } from '../testing/fixtures';
import { MeetingRoute } from './meeting';
import { MeetingsRoute } from './meetings';

const TODAY = '2026-11-24';

function renderList(me: MeResponse = vptuSpecialist, route = '/meetings') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/meetings" element={<MeetingsRoute today={TODAY} />} />
        <Route path="/meetings/:id" element={<MeetingRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route },
  );
}

const held = summary({ id: 'm-2', title: 'Phiên họp Ủy ban nhân dân tỉnh tháng 11', status: 'HELD', startsAt: '2026-11-20T14:00:00+07:00', endsAt: '2026-11-20T17:00:00+07:00' });

describe('MeetingsRoute', () => {
  it('lists the meetings of this month on, by start time, with their status', async () => {
    const { calls } = mockApi({
      'GET /api/v1/meeting-kinds': () => json(200, kinds),
      'GET /api/v1/meetings': () => json(200, page([held, summary()])),
    });
    renderList();
    const rows = await screen.findAllByTestId('meeting-row', {}, { timeout: 5_000 });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('14:00–17:00 ngày 20/11/2026');
    expect(within(rows[0]!).getByTestId('meeting-row-status')).toHaveTextContent('Đã họp');
    expect(within(rows[1]!).getByTestId('meeting-link')).toHaveAttribute('href', '/meetings/m-1');
    expect(rows[1]).toHaveTextContent('Hội nghị Thường trực Thành ủy · Thường trực Tỉnh ủy · Trực tiếp');
    expect(screen.getByTestId('meeting-new')).toHaveTextContent('Tạo cuộc họp');
    const query = new URL(calls.find((c) => c.url.includes('/api/v1/meetings'))!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ from: '2026-11-01', page: '0', size: '20' });
  });

  it('filters by period, kind, status, format and words, from the first page', async () => {
    const { calls } = mockApi({
      'GET /api/v1/meeting-kinds': () => json(200, kinds),
      'GET /api/v1/meetings': () => json(200, page([summary()])),
    });
    renderList(vptuSpecialist, '/meetings?page=1');
    const user = userEvent.setup();
    await screen.findAllByTestId('meeting-row', {}, { timeout: 5_000 });
    await user.selectOptions(screen.getByTestId('meetings-status'), 'Đã gửi giấy mời');
    await user.selectOptions(screen.getByTestId('meetings-format'), 'Trực tuyến');
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Hội nghị chuyên đề' })).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('meetings-kind'), 'Hội nghị chuyên đề');
    await user.type(screen.getByTestId('meetings-q'), 'giao ban');
    await user.click(screen.getByTestId('meetings-search'));
    await waitFor(() => {
      const last = new URL(calls.filter((c) => c.url.includes('/api/v1/meetings?'))!.at(-1)!.url).searchParams;
      expect(Object.fromEntries(last)).toEqual({
        from: '2026-11-01',
        kindId: 'k-cd',
        status: 'INVITED',
        format: 'ONLINE',
        q: 'giao ban',
        page: '0',
        size: '20',
      });
    });
  });

  it('says so when nothing matches, and offers no "new meeting" to a unit', async () => {
    mockApi({
      'GET /api/v1/meeting-kinds': () => json(200, kinds),
      'GET /api/v1/meetings': () => json(200, page([])),
    });
    renderList(unitOfficer);
    expect(await screen.findByTestId('meetings-empty', {}, { timeout: 5_000 })).toHaveTextContent('Không có cuộc họp nào phù hợp.');
    expect(screen.queryByTestId('meeting-new')).not.toBeInTheDocument();
    expect(screen.getByTestId('meetings-tasks-link')).toHaveTextContent('Việc chuẩn bị họp');
  });

  it('shows the month in a calendar, every meeting of the visible weeks, and opens one', async () => {
    const { calls } = mockApi({
      'GET /api/v1/meeting-kinds': () => json(200, kinds),
      'GET /api/v1/meetings': (req) => {
        const p = Number(new URL(req.url).searchParams.get('page'));
        return json(200, p === 0 ? page([summary()], 2, 0) : page([held], 2, 1));
      },
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'GET /api/v1/meetings/m-1/agenda': () => json(200, []),
    });
    renderList(vptuSpecialist, '/meetings?view=month');
    await waitFor(() => expect(screen.getByTestId('meetings-month-count')).toHaveTextContent('2 cuộc họp'), { timeout: 5_000 });
    const queries = calls.filter((c) => c.url.includes('/api/v1/meetings?')).map((c) => new URL(c.url).searchParams);
    // November 2026 as the month grid shows it: from Monday 26/10 to Sunday 06/12
    expect(queries.map((q) => [q.get('from'), q.get('to'), q.get('page'), q.get('size')])).toEqual([
      ['2026-10-26', '2026-12-06', '0', '100'],
      ['2026-10-26', '2026-12-06', '1', '100'],
    ]);
    const events = await screen.findAllByTestId('calendar-meeting', {}, { timeout: 5_000 });
    expect(events.map((e) => e.getAttribute('data-meeting-id')).sort()).toEqual(['m-1', 'm-2']);
    await userEvent.setup().click(events.find((e) => e.getAttribute('data-meeting-id') === 'm-1')!);
    expect(await screen.findByTestId('meeting-heading')).toHaveTextContent('Hội nghị Thường trực Tỉnh ủy tháng 11');
  });
});
