import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { admin } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { counts, officeSpecialist, statistics, stubObjectUrls } from '../testing/fixtures';
import { StatisticsRoute } from './statistics';

const TODAY = '2026-11-24';

function renderStatistics(me: MeResponse = officeSpecialist, lang: 'vi' | 'en' = 'vi') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <StatisticsRoute today={TODAY} />
    </CurrentUserContext.Provider>,
    { lang },
  );
}

describe('StatisticsRoute', () => {
  it('asks for 1 January to today and shows the percentages the API computed, in Vietnamese format', async () => {
    const { calls } = mockApi({
      'GET /api/v1/conclusion-statistics': () =>
        json(200, statistics({ total: counts({ assigned: 7, doneOnTime: 3, doneOnTimePercent: 42.9, inProgress: 2, inProgressPercent: 28.6, overdue: 2, overduePercent: 28.6, cancelled: 1 }) })),
    });
    renderStatistics();
    expect(await screen.findByTestId('stat-done-on-time-percent', {}, { timeout: 5_000 })).toHaveTextContent(/^42,9 %$/);
    expect(screen.getByTestId('stat-in-progress-percent')).toHaveTextContent(/^28,6 %$/);
    expect(screen.getByTestId('stat-overdue-percent')).toHaveTextContent(/^28,6 %$/);
    expect(screen.getByTestId('stat-overdue')).toHaveTextContent(/^2$/);
    expect(screen.getByTestId('stat-assigned')).toHaveTextContent(/^7$/);
    expect(screen.getByTestId('stat-done-late-percent')).toHaveTextContent(/^0,0 %$/);
    expect(screen.getByText('Đã hủy (không tính): 1')).toBeInTheDocument();
    const url = new URL(calls[0]!.url);
    expect(url.searchParams.get('from')).toBe('2026-01-01');
    expect(url.searchParams.get('to')).toBe(TODAY);
    expect(screen.getByTestId('stats-from')).toHaveValue('2026-01-01');
    expect(screen.getByTestId('stats-to')).toHaveValue(TODAY);
  });

  it('draws the totals and one bar per unit, laggards first as the API sorted them', async () => {
    mockApi({ 'GET /api/v1/conclusion-statistics': () => json(200, statistics()) });
    renderStatistics();
    const total = await screen.findByTestId('stats-total-bar', {}, { timeout: 5_000 });
    const segments = total.querySelectorAll('rect');
    expect([...segments].map((r) => [r.dataset.status, r.getAttribute('width')])).toEqual([
      ['DONE_ON_TIME', '33.3'],
      ['IN_PROGRESS', '33.3'],
      ['OVERDUE', '33.3'],
    ]);
    expect(total.getAttribute('aria-label')).toContain('Quá hạn: 1 (33,3 %)');
    const rows = screen.getAllByTestId('stats-unit-row');
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Y tế']);
    expect(within(rows[0]!).getByRole('img')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('50,0 %')).toBeInTheDocument();
  });

  it('formats the percentages in English in English mode', async () => {
    mockApi({ 'GET /api/v1/conclusion-statistics': () => json(200, statistics()) });
    renderStatistics(officeSpecialist, 'en');
    expect(await screen.findByTestId('stat-done-on-time-percent', {}, { timeout: 5_000 })).toHaveTextContent(/^33\.3%$/);
  });

  it('refetches for a new period and refuses an inverted one', async () => {
    const { calls } = mockApi({ 'GET /api/v1/conclusion-statistics': () => json(200, statistics()) });
    renderStatistics();
    await screen.findByTestId('stat-assigned', {}, { timeout: 5_000 });
    const user = userEvent.setup();
    const from = screen.getByTestId('stats-from');
    await user.clear(from);
    await user.type(from, '2026-06-01');
    await waitFor(() => expect(new URL(calls.at(-1)!.url).searchParams.get('from')).toBe('2026-06-01'));
    await user.clear(from);
    await user.type(from, '2026-12-01');
    expect(await screen.findByTestId('stats-invalid')).toBeInTheDocument();
    expect(screen.getByTestId('statistics-export')).toBeDisabled();
  });

  it('downloads the XLSX with the bearer token under a sensible name', async () => {
    const createObjectURL = stubObjectUrls('blob:xlsx');
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { calls } = mockApi({
      'GET /api/v1/conclusion-statistics': () => json(200, statistics()),
      'GET /api/v1/conclusion-statistics/export': () =>
        new Response('PK xlsx', {
          status: 200,
          headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        }),
    });
    renderStatistics();
    await screen.findByTestId('stat-assigned', {}, { timeout: 5_000 });
    await userEvent.setup().click(screen.getByTestId('statistics-export'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('thong-ke-nhiem-vu-2026-01-01-2026-11-24.xlsx');
    expect(clicked[0]!.href).toBe('blob:xlsx');
    const blob = createObjectURL.mock.calls[0]![0];
    expect(await blob.text()).toBe('PK xlsx');
    const exportCall = calls.find((c) => c.url.includes('/export'))!;
    expect(new URL(exportCall.url).searchParams.get('to')).toBe(TODAY);
  });

  it('is not for administrators', () => {
    mockApi({});
    renderStatistics(admin);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});
