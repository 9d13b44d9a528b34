import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { page, summary, unitOfficer, vptuSpecialist } from '../testing/fixtures';
import { PetitionsRoute } from './petitions';

function renderList(me: MeResponse = vptuSpecialist, route = '/petitions') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/petitions" element={<PetitionsRoute />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route },
  );
}

const overdue = summary({ id: 'p-2', number: '9/2026', kind: 'DENUNCIATION', dueOn: '2026-11-22', daysLeft: -2, overdue: true, subject: 'Tố cáo sai phạm' });
const today = summary({ id: 'p-3', number: '10/2026', dueOn: '2026-11-24', daysLeft: 0, crowd: true, petitionerCount: 12, channel: 'IN_PERSON' });
const later = summary({ id: 'p-4', number: '11/2026', anonymous: true, petitionerCount: 0, kind: 'REFLECTION' });

describe('PetitionsRoute', () => {
  it('lists the specialist\'s open petitions, soonest due first, with the statutory countdown', async () => {
    const { calls } = mockApi({ 'GET /api/v1/petitions': () => json(200, page([overdue, today, later])) });
    renderList();
    const rows = await screen.findAllByTestId('petition-row', {}, { timeout: 5_000 });
    expect(rows).toHaveLength(3);
    const query = Object.fromEntries(new URL(calls[0]!.url).searchParams);
    expect(query).toEqual({ mine: 'true', open: 'true', sort: 'dueOn', page: '0', size: '20' });

    // overdue: the date and "quá hạn 2 ngày" in the danger tone
    const late = within(rows[0]!).getByTestId('petition-row-due-countdown');
    expect(late).toHaveTextContent('quá hạn 2 ngày');
    expect(late).toHaveClass('chip--danger');
    expect(late).toHaveAttribute('data-state', 'overdue');
    expect(within(rows[0]!).getByTestId('petition-row-due-on')).toHaveTextContent('22/11/2026');
    expect(rows[0]).toHaveClass('is-overdue');
    // due today, and a crowd petition
    expect(within(rows[1]!).getByTestId('petition-row-due-countdown')).toHaveTextContent('hôm nay');
    expect(within(rows[1]!).getByTestId('petition-row-due-countdown')).not.toHaveClass('chip--danger');
    expect(within(rows[1]!).getByTestId('petition-row-flags')).toHaveTextContent('Đông người');
    expect(rows[1]).toHaveTextContent('Đơn của 12 người');
    expect(rows[1]).toHaveTextContent('Trực tiếp');
    // three days left, anonymous
    expect(within(rows[2]!).getByTestId('petition-row-due-countdown')).toHaveTextContent('còn 3 ngày');
    expect(within(rows[2]!).getByTestId('petition-row-flags')).toHaveTextContent('Nặc danh');
    expect(rows[2]).toHaveTextContent('Phản ánh');
    expect(within(rows[0]!).getByTestId('petition-link')).toHaveAttribute('href', '/petitions/p-2');
    expect(within(rows[0]!).getByTestId('petition-row-status')).toHaveTextContent('Chờ phân loại, xử lý');
    expect(rows[0]).toHaveTextContent('16/11/2026');
  });

  it('shows every petition of the office with the filters, from the first page', async () => {
    const { calls } = mockApi({ 'GET /api/v1/petitions': () => json(200, page([summary()], 3)) });
    renderList(vptuSpecialist, '/petitions?tab=all&page=2');
    const user = userEvent.setup();
    await screen.findAllByTestId('petition-row', {}, { timeout: 5_000 });
    await user.selectOptions(screen.getByTestId('petitions-kind'), 'Tố cáo');
    await user.selectOptions(screen.getByTestId('petitions-status'), 'Đã chuyển đơn');
    await user.selectOptions(screen.getByTestId('petitions-channel'), 'Cổng thông tin điện tử');
    await user.type(screen.getByTestId('petitions-q'), 'dia chinh');
    await user.click(screen.getByTestId('petitions-search'));
    await waitFor(() => {
      const last = Object.fromEntries(new URL(calls.at(-1)!.url).searchParams);
      expect(last).toEqual({ kind: 'DENUNCIATION', status: 'FORWARDED', channel: 'E_PORTAL', q: 'dia chinh', page: '0', size: '20' });
    });
  });

  it('says so when the worklist is empty', async () => {
    mockApi({ 'GET /api/v1/petitions': () => json(200, page([])) });
    renderList();
    expect(await screen.findByTestId('petitions-empty', {}, { timeout: 5_000 })).toHaveTextContent('Đồng chí không có đơn nào đang chờ xử lý.');
  });

  it('is not offered to a unit officer', () => {
    mockApi({});
    renderList(unitOfficer);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});
