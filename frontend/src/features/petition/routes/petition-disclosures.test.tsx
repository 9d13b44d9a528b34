import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { admin, disclosure, page, vptuLeader } from '../testing/fixtures';
import { PetitionDisclosuresRoute } from './petition-disclosures';

function renderLog(me: MeResponse = admin, route = '/petition-disclosures') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <PetitionDisclosuresRoute />
    </CurrentUserContext.Provider>,
    { route },
  );
}

describe('PetitionDisclosuresRoute', () => {
  it('shows the administrator who saw an identity, when, why and on which petition, newest first, paged', async () => {
    const second = disclosure({ id: 'd-2', petitionNumber: '3/2026', userName: 'Trần Văn Bình', reason: 'Đối chiếu chữ ký trên đơn với đơn cũ', disclosedAt: '2026-11-20T08:30:00+07:00' });
    const { calls } = mockApi({
      'GET /api/v1/petition-identity-disclosures': (req) => {
        const p = Number(new URL(req.url).searchParams.get('page'));
        return json(200, p === 0 ? page([disclosure(), second], 2, 0) : page([disclosure({ id: 'd-3', petitionNumber: '1/2026' })], 2, 1));
      },
    });
    renderLog();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nhật ký tiết lộ danh tính');
    const rows = await screen.findAllByTestId('disclosure-row', {}, { timeout: 5_000 });
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('disclosure-at')).toHaveTextContent('24/11/2026 14:05');
    expect(within(rows[0]!).getByTestId('disclosure-who')).toHaveTextContent('Lê Thị Hoa');
    expect(within(rows[0]!).getByTestId('disclosure-petition')).toHaveTextContent('12/2026');
    expect(within(rows[0]!).getByTestId('disclosure-reason')).toHaveTextContent('Cần liên hệ người tố cáo để làm rõ nội dung tố cáo');
    expect(within(rows[1]!).getByTestId('disclosure-who')).toHaveTextContent('Trần Văn Bình');
    expect(Object.fromEntries(new URL(calls[0]!.url).searchParams)).toEqual({ page: '0', size: '20' });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Trang sau' }));
    await waitFor(() => expect(screen.getAllByTestId('disclosure-row')).toHaveLength(1));
    expect(screen.getByTestId('disclosure-petition')).toHaveTextContent('1/2026');
  });

  it('says so when nobody saw an identity, and is only for administrators', async () => {
    mockApi({ 'GET /api/v1/petition-identity-disclosures': () => json(200, page([])) });
    renderLog();
    expect(await screen.findByTestId('disclosures-empty', {}, { timeout: 5_000 })).toHaveTextContent('Chưa có lần xem danh tính nào.');
  });

  it('is not for an office leader', () => {
    mockApi({});
    renderLog(vptuLeader);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});
