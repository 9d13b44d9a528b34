import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { admin } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { page, summary, unitOfficer, VPUB, vptuSpecialist } from '../testing/fixtures';
import { ReviewsRoute } from './reviews';

const TODAY = '2026-11-24';

function renderList(me: MeResponse = vptuSpecialist, route = '/reviews') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/reviews" element={<ReviewsRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route },
  );
}

const interim = summary({
  id: 'r-2',
  number: '3/2024',
  kind: 'INTERIM',
  title: 'Sơ kết thực hiện Quy chế phối hợp',
  periodFrom: '2022-10-03',
  periodTo: '2024-06-30',
  hostOffice: VPUB,
  status: 'FINALISED',
  finalisedAt: '2024-09-19T16:00:00+07:00',
});

describe('ReviewsRoute', () => {
  it('lists the reviews, latest period first, with their number, kind, period, host and status', async () => {
    const { calls } = mockApi({ 'GET /api/v1/reviews': () => json(200, page([summary(), interim])) });
    renderList();
    const rows = await screen.findAllByTestId('review-row', {}, { timeout: 5_000 });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('1/2026Đánh giá công tác phối hợp năm 2025Đánh giá hằng năm01/01/2025 – 31/12/2025Văn phòng Tỉnh ủyDự thảo');
    expect(within(rows[1]!).getByTestId('review-row-status')).toHaveTextContent('Đã hoàn thành');
    expect(rows[1]).toHaveTextContent('Sơ kết03/10/2022 – 30/06/2024Văn phòng UBND tỉnh');
    expect(within(rows[1]!).getByTestId('review-link')).toHaveAttribute('href', '/reviews/r-2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sơ kết, tổng kết');
    expect(screen.getByTestId('review-new')).toHaveTextContent('Mở kỳ đánh giá mới');
    expect(screen.getByTestId('review-new')).toHaveAttribute('href', '/reviews/new');
    const query = new URL(calls[0]!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ page: '0', size: '20' });
  });

  it('filters by kind, status and year, from the first page', async () => {
    const { calls } = mockApi({ 'GET /api/v1/reviews': () => json(200, page([summary()], 3, 1)) });
    renderList(vptuSpecialist, '/reviews?page=1');
    const user = userEvent.setup();
    await screen.findAllByTestId('review-row', {}, { timeout: 5_000 });
    expect(Object.fromEntries(new URL(calls[0]!.url).searchParams)).toEqual({ page: '1', size: '20' });
    await user.selectOptions(screen.getByTestId('reviews-kind'), 'Sơ kết');
    await user.selectOptions(screen.getByTestId('reviews-status'), 'Đã hoàn thành');
    await user.selectOptions(screen.getByTestId('reviews-year'), '2024');
    await waitFor(() => {
      const last = new URL(calls.at(-1)!.url).searchParams;
      expect(Object.fromEntries(last)).toEqual({ kind: 'INTERIM', status: 'FINALISED', year: '2024', page: '0', size: '20' });
    });
  });

  it('says so when nothing matches; an administrator reads but does not open reviews', async () => {
    mockApi({ 'GET /api/v1/reviews': () => json(200, page([])) });
    renderList(admin);
    expect(await screen.findByTestId('reviews-empty', {}, { timeout: 5_000 })).toHaveTextContent('Chưa có kỳ đánh giá nào phù hợp.');
    expect(screen.queryByTestId('review-new')).not.toBeInTheDocument();
  });

  it('is not for units', () => {
    const { calls } = mockApi({});
    renderList(unitOfficer);
    expect(screen.getByTestId('forbidden')).toHaveTextContent('Trang này không dành cho vai trò của bạn.');
    expect(calls).toHaveLength(0);
  });
});
