import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { admin } from '@/testing/fixtures';
import { json, mockApi, type Route } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import {
  bodies,
  counts,
  leadOfficer,
  OTHER_OFFICE_ID,
  officeSpecialist,
  offices,
  statistics,
  stubObjectUrls,
  unitPage,
} from '../testing/fixtures';
import { StatisticsRoute } from './statistics';

const TODAY = '2026-11-24';

/** The statistics (and whatever else is given) with the reference data of the filters. */
function statisticsApi(routes: Record<string, Route['handler']> = {}) {
  return mockApi({
    'GET /api/v1/conclusion-statistics': () => json(200, statistics()),
    'GET /api/v1/bodies': () => json(200, bodies),
    'GET /api/v1/units': () => json(200, unitPage()),
    'GET /api/v1/offices': () => json(200, offices),
    ...routes,
  });
}

/** The query of the statistics requests (not the reference data's, nor the export's). */
function statisticsQueries(calls: Request[]): URLSearchParams[] {
  return calls
    .filter((c) => new URL(c.url).pathname === '/api/v1/conclusion-statistics')
    .map((c) => new URL(c.url).searchParams);
}

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
    const { calls } = statisticsApi({
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
    const [query] = statisticsQueries(calls);
    expect(query!.get('from')).toBe('2026-01-01');
    expect(query!.get('to')).toBe(TODAY);
    expect([...query!.keys()].sort()).toEqual(['from', 'to']);
    expect(screen.getByTestId('stats-from')).toHaveValue('2026-01-01');
    expect(screen.getByTestId('stats-to')).toHaveValue(TODAY);
  });

  it('draws the totals and one bar per unit, laggards first as the API sorted them', async () => {
    statisticsApi();
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
    statisticsApi();
    renderStatistics(officeSpecialist, 'en');
    expect(await screen.findByTestId('stat-done-on-time-percent', {}, { timeout: 5_000 })).toHaveTextContent(/^33\.3%$/);
  });

  it('refetches for a new period and refuses an inverted one', async () => {
    const { calls } = statisticsApi();
    renderStatistics();
    await screen.findByTestId('stat-assigned', {}, { timeout: 5_000 });
    const user = userEvent.setup();
    const from = screen.getByTestId('stats-from');
    await user.clear(from);
    await user.type(from, '2026-06-01');
    await waitFor(() => expect(statisticsQueries(calls).at(-1)!.get('from')).toBe('2026-06-01'));
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
    const { calls } = statisticsApi({
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

  it('narrows the figures and the export to the chosen issuing body, lead unit and following office', async () => {
    stubObjectUrls('blob:xlsx');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { calls } = statisticsApi({
      'GET /api/v1/conclusion-statistics/export': () => new Response('PK xlsx', { status: 200 }),
    });
    renderStatistics();
    await screen.findByTestId('stat-assigned', {}, { timeout: 5_000 });
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Thường trực Tỉnh ủy' }, { timeout: 5_000 });
    await screen.findByRole('option', { name: 'Sở Y tế' }, { timeout: 5_000 });
    await screen.findByRole('option', { name: 'Văn phòng Tỉnh ủy' }, { timeout: 5_000 });
    expect(screen.getByTestId('stats-unit')).toHaveValue('');

    await user.selectOptions(screen.getByTestId('stats-unit'), 'Sở Y tế');
    await waitFor(() => expect(statisticsQueries(calls).at(-1)!.get('unitId')).toBe('u-yt'));
    await user.selectOptions(screen.getByTestId('stats-body'), 'Thường trực Tỉnh ủy');
    await waitFor(() => expect(statisticsQueries(calls).at(-1)!.get('issuingBodyId')).toBe('b-tu'));
    await user.selectOptions(screen.getByTestId('stats-office'), 'Văn phòng Tỉnh ủy');
    await waitFor(() => expect(statisticsQueries(calls).at(-1)!.get('officeId')).toBe(OTHER_OFFICE_ID));
    const last = statisticsQueries(calls).at(-1)!;
    expect(Object.fromEntries(last)).toEqual({
      from: '2026-01-01',
      to: TODAY,
      issuingBodyId: 'b-tu',
      unitId: 'u-yt',
      officeId: OTHER_OFFICE_ID,
    });

    await user.click(screen.getByTestId('statistics-export'));
    await waitFor(() => expect(calls.some((c) => c.url.includes('/export'))).toBe(true));
    const exported = new URL(calls.find((c) => c.url.includes('/export'))!.url).searchParams;
    expect(Object.fromEntries(exported)).toEqual(Object.fromEntries(last));

    // back to "all": the filter is left out again
    await user.selectOptions(screen.getByTestId('stats-unit'), '— Tất cả —');
    await waitFor(() => expect(statisticsQueries(calls).at(-1)!.has('unitId')).toBe(false));
    expect(statisticsQueries(calls).at(-1)!.get('issuingBodyId')).toBe('b-tu');
    const unitsCall = calls.find((c) => new URL(c.url).pathname === '/api/v1/units')!;
    expect(new URL(unitsCall.url).searchParams.get('activeOn')).toBe(TODAY);
  });

  it('names the bodies and offices in English in English mode', async () => {
    statisticsApi();
    renderStatistics(officeSpecialist, 'en');
    expect(await screen.findByRole('option', { name: "Provincial People's Committee" }, { timeout: 5_000 })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'Party Committee Office' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Lead unit')).toBe(screen.getByTestId('stats-unit'));
  });

  it('gives a unit officer no unit to choose (the server keeps them to their unit) but the other filters', async () => {
    const { calls } = statisticsApi();
    renderStatistics(leadOfficer);
    await screen.findByTestId('stat-assigned', {}, { timeout: 5_000 });
    await screen.findByRole('option', { name: 'Ủy ban nhân dân tỉnh' }, { timeout: 5_000 });
    expect(screen.queryByTestId('stats-unit')).not.toBeInTheDocument();
    expect(screen.getByTestId('stats-office')).toBeInTheDocument();
    await userEvent.setup().selectOptions(screen.getByTestId('stats-body'), 'Ủy ban nhân dân tỉnh');
    await waitFor(() => expect(statisticsQueries(calls).at(-1)!.get('issuingBodyId')).toBe('b-ubnd'));
    expect(statisticsQueries(calls).every((q) => !q.has('unitId'))).toBe(true);
    expect(calls.some((c) => new URL(c.url).pathname === '/api/v1/units')).toBe(false);
  });

  it('is not for administrators', () => {
    mockApi({});
    renderStatistics(admin);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});
