import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { stubObjectUrls } from '@/testing/object-urls';
import { renderWithProviders } from '@/testing/render';
import type { MeetingStatistics } from '../api/types';
import { bodies, kinds, offices, unitOfficer, vptuSpecialist } from '../testing/fixtures';
import { MeetingStatisticsRoute } from './meeting-statistics';

const TODAY = '2026-11-24';

const stats: MeetingStatistics = {
  from: '2026-01-01',
  to: '2026-11-24',
  meetings: 42,
  inPerson: 30,
  online: 12,
  hybrid: 5,
  onlineConferences: 12,
  bridgePoints: 1380,
  expectedDelegates: 9200,
  delegates: 8815,
  invitees: 400,
  attended: 371,
  attendanceRate: 92.75,
  cancelled: 2,
  postponed: 1,
  byKind: [{ kindId: 'k-tt', code: 'STANDING_BOARD', name: 'Hội nghị Thường trực Thành ủy', meetings: 20 }],
  byBody: [{ id: 'b-tttu', name: 'Thường trực Tỉnh ủy', meetings: 25 }],
  byHostOffice: [{ id: 'o-1', name: 'Văn phòng Tỉnh ủy', meetings: 26 }],
  byMonth: [{ month: '2026-11', meetings: 4, online: 1 }],
};

function renderStats(me: MeResponse = vptuSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <MeetingStatisticsRoute today={TODAY} />
    </CurrentUserContext.Provider>,
  );
}

const reference = {
  'GET /api/v1/meeting-kinds': () => json(200, kinds),
  'GET /api/v1/bodies': () => json(200, bodies),
  'GET /api/v1/offices': () => json(200, offices),
};

describe('MeetingStatisticsRoute', () => {
  it('shows the figures of this year so far, in Vietnamese number style', async () => {
    const { calls } = mockApi({ ...reference, 'GET /api/v1/meeting-statistics': () => json(200, stats) });
    renderStats();
    const totals = await screen.findByTestId('stats-totals', {}, { timeout: 5_000 });
    expect(within(totals).getByTestId('stats-meetings')).toHaveTextContent('42Cuộc họp đã tổ chức');
    expect(within(totals).getByTestId('stats-bridge-points')).toHaveTextContent('1.380Điểm cầu');
    expect(within(totals).getByTestId('stats-attendance-rate')).toHaveTextContent('92,8 %Tỷ lệ có mặt');
    expect(screen.getByTestId('stats-by-kind')).toHaveTextContent('Hội nghị Thường trực Thành ủy20');
    expect(screen.getByTestId('stats-by-month')).toHaveTextContent('11/202641');
    const query = calls.find((c) => c.url.includes('/meeting-statistics'))!;
    expect(Object.fromEntries(new URL(query.url).searchParams)).toEqual({ from: '2026-01-01', to: '2026-11-24' });
  });

  it('refuses a period that ends before it starts, and exports the figures shown', async () => {
    const created = stubObjectUrls('blob:xlsx');
    const { calls } = mockApi({
      ...reference,
      'GET /api/v1/meeting-statistics': () => json(200, stats),
      'GET /api/v1/meeting-statistics/export': () => new Response(new Blob(['PK']), { status: 200 }),
    });
    renderStats();
    await screen.findByTestId('stats-totals', {}, { timeout: 5_000 });
    fireEvent.change(screen.getByTestId('stats-from'), { target: { value: '2026-12-01' } });
    const user = userEvent.setup();
    await user.click(screen.getByTestId('stats-show'));
    expect(screen.getByTestId('stats-invalid')).toHaveTextContent('Vui lòng chọn khoảng thời gian hợp lệ');
    fireEvent.change(screen.getByTestId('stats-from'), { target: { value: '2026-07-01' } });
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Thường trực Tỉnh ủy' })).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('stats-body'), 'Thường trực Tỉnh ủy');
    await user.click(screen.getByTestId('stats-show'));
    await waitFor(() => {
      const last = calls.filter((c) => new URL(c.url).pathname === '/api/v1/meeting-statistics').at(-1)!;
      expect(Object.fromEntries(new URL(last.url).searchParams)).toEqual({ from: '2026-07-01', to: '2026-11-24', bodyId: 'b-tttu' });
    });
    await user.click(screen.getByTestId('stats-export'));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    const exported = calls.find((c) => c.url.includes('/export'))!;
    expect(Object.fromEntries(new URL(exported.url).searchParams)).toEqual({ from: '2026-07-01', to: '2026-11-24', bodyId: 'b-tttu' });
  });

  it('is not for units', () => {
    mockApi({});
    renderStats(unitOfficer);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});
