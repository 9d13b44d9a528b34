import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { stubObjectUrls } from '@/testing/object-urls';
import { renderWithProviders } from '@/testing/render';
import { admin, bodies, offices, statistics, unitOfficer, VPTU_OFFICE, vptuSpecialist } from '../testing/fixtures';
import { PetitionStatisticsRoute } from './petition-statistics';

const TODAY = '2026-11-24';

function renderStats(me: MeResponse = vptuSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <PetitionStatisticsRoute today={TODAY} />
    </CurrentUserContext.Provider>,
    { route: '/petition-statistics' },
  );
}

const reference = {
  'GET /api/v1/offices': () => json(200, offices),
  'GET /api/v1/bodies': () => json(200, bodies),
};

describe('PetitionStatisticsRoute', () => {
  it('shows the totals, the breakdowns with their bars, and the documents issued, for this year to today', async () => {
    const { calls } = mockApi({ ...reference, 'GET /api/v1/petition-statistics': () => json(200, statistics()) });
    renderStats();
    const totals = await screen.findByTestId('stats-totals', {}, { timeout: 5_000 });
    expect(Object.fromEntries(new URL(calls.find((c) => c.url.includes('petition-statistics'))!.url).searchParams)).toEqual({ from: '2026-01-01', to: TODAY });
    expect(within(totals).getByTestId('stats-received')).toHaveTextContent('979Tiếp nhận');
    expect(within(totals).getByTestId('stats-forwarded')).toHaveTextContent('698Chuyển đơn');
    expect(within(totals).getByTestId('stats-guided')).toHaveTextContent('103Hướng dẫn');
    expect(within(totals).getByTestId('stats-resolvedLate')).toHaveTextContent('3Giải quyết quá hạn');
    expect(within(totals).getByTestId('stats-overdue')).toHaveTextContent('7Đang quá hạn');
    expect(within(totals).getByTestId('stats-overdue')).toHaveClass('is-danger');
    expect(within(totals).getByTestId('stats-crowd')).toHaveTextContent('14Đơn đông người');
    expect(within(totals).getByTestId('stats-documents')).toHaveTextContent('861Văn bản xử lý');
    expect(screen.getByTestId('stats-as-of')).toHaveTextContent('Đơn nhận từ 01/01/2026 đến 24/11/2026, tình trạng tính đến ngày 24/11/2026.');

    const kinds = within(screen.getByTestId('stats-by-kind')).getAllByTestId('stats-row');
    const cell = (row: HTMLElement, column: string) => row.querySelector(`[data-column="${column}"]`)?.textContent;
    expect(kinds.map((r) => [r.firstChild?.textContent, cell(r, 'received'), cell(r, 'forwarded'), cell(r, 'overdue')])).toEqual([
      ['Khiếu nại', '512', '400', '5'],
      ['Tố cáo', '201', '150', '2'],
      ['Kiến nghị', '166', '100', '0'],
      ['Phản ánh', '100', '48', '0'],
    ]);
    const body = within(screen.getByTestId('stats-by-body')).getAllByTestId('stats-row');
    expect(body[1]).toHaveTextContent('Không gửi cơ quan lãnh đạo cụ thể');
    expect(body[0]).toHaveTextContent('800');
    const months = within(screen.getByTestId('stats-by-month')).getAllByTestId('stats-row');
    expect(months.map((r) => r.firstChild?.textContent)).toEqual(['10/2026', '11/2026']);

    // bars on one scale: the most received fills the width
    const bars = within(screen.getByTestId('chart-by-kind')).getAllByTestId('chart-bar');
    expect(bars[0]).toHaveAccessibleName('Khiếu nại: 512 đơn');
    expect((bars[0]!.querySelector('.pt-bar__fill') as HTMLElement).style.width).toBe('100%');
    expect(within(screen.getByTestId('chart-by-month')).getAllByTestId('chart-column')).toHaveLength(2);
    expect(within(screen.getByTestId('chart-by-channel')).getAllByTestId('chart-bar')[0]).toHaveAccessibleName('Qua bưu điện: 700 đơn');
    expect(within(screen.getByTestId('stats-documents-by-kind')).getAllByRole('row')[0]).toHaveTextContent('Công văn chuyển đơn698');
  });

  it('filters by period, office and body, refuses a reversed period, and exports the same as XLSX', async () => {
    const created = stubObjectUrls('blob:xlsx');
    const { calls } = mockApi({
      ...reference,
      'GET /api/v1/petition-statistics': () => json(200, statistics()),
      'GET /api/v1/petition-statistics/export': () => new Response(new Blob(['PK']), { status: 200 }),
    });
    renderStats(admin);
    await screen.findByTestId('stats-totals', {}, { timeout: 5_000 });
    const user = userEvent.setup();
    fireEvent.change(screen.getByTestId('stats-from'), { target: { value: '2026-12-01' } });
    await user.click(screen.getByTestId('stats-show'));
    expect(screen.getByTestId('stats-invalid')).toHaveTextContent('Vui lòng chọn khoảng thời gian hợp lệ');
    fireEvent.change(screen.getByTestId('stats-from'), { target: { value: '2026-07-01' } });
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Văn phòng Tỉnh ủy' })).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('stats-office'), 'Văn phòng Tỉnh ủy');
    await user.selectOptions(screen.getByTestId('stats-body'), 'Thường trực Tỉnh ủy');
    await user.click(screen.getByTestId('stats-show'));
    await waitFor(() => {
      const last = calls.filter((c) => new URL(c.url).pathname === '/api/v1/petition-statistics').at(-1)!;
      expect(Object.fromEntries(new URL(last.url).searchParams)).toEqual({ from: '2026-07-01', to: TODAY, officeId: VPTU_OFFICE, bodyId: 'b-tttu' });
    });
    await user.click(screen.getByTestId('stats-export'));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    const exported = calls.find((c) => new URL(c.url).pathname === '/api/v1/petition-statistics/export')!;
    expect(Object.fromEntries(new URL(exported.url).searchParams)).toEqual({ from: '2026-07-01', to: TODAY, officeId: VPTU_OFFICE, bodyId: 'b-tttu' });
  });

  it('is not for a unit officer', () => {
    mockApi({});
    renderStats(unitOfficer);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});
