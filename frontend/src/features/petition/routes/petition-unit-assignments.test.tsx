import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { page, unitAssignment, unitOfficer } from '../testing/fixtures';
import { PetitionUnitAssignmentsRoute } from './petition-unit-assignments';

describe('PetitionUnitAssignmentsRoute', () => {
  it('lists what the unit was asked to verify, by due date, and reports a result once', async () => {
    let reported = false;
    const posted: unknown[] = [];
    const { calls } = mockApi({
      'GET /api/v1/petition-unit-assignments': () => json(200, page(reported ? [] : [unitAssignment()])),
      'POST /api/v1/petition-unit-assignments/ua-1/report': async (req) => {
        posted.push(await req.json());
        reported = true;
        return json(200, unitAssignment({ result: 'Đã xác minh.', reportedAt: '2026-11-24T10:00:00+07:00' }));
      },
    });
    renderWithProviders(
      <CurrentUserContext.Provider value={unitOfficer}>
        <PetitionUnitAssignmentsRoute today="2026-11-24" />
      </CurrentUserContext.Provider>,
      { route: '/petition-unit-assignments' },
    );
    const item = await screen.findByTestId('unit-work', {}, { timeout: 5_000 });
    expect(item).toHaveTextContent('Đơn số 12/2026 — Tố cáo cán bộ địa chính phường nhận tiền');
    expect(within(item).getByTestId('unit-work-due-countdown')).toHaveTextContent('còn 6 ngày');
    expect(Object.fromEntries(new URL(calls[0]!.url).searchParams)).toEqual({ page: '0', size: '20', open: 'true' });
    const user = userEvent.setup();
    await user.click(within(item).getByTestId('unit-work-report-open'));
    await user.click(screen.getByTestId('unit-report-submit'));
    expect(screen.getByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    await user.type(screen.getByTestId('unit-report-result'), 'Đã xác minh.');
    await user.click(screen.getByTestId('unit-report-submit'));
    expect(await screen.findByTestId('unit-work-done')).toHaveTextContent('Đã gửi báo cáo kết quả xác minh đơn số 12/2026.');
    expect(posted).toEqual([{ result: 'Đã xác minh.' }]);
    await waitFor(() => expect(screen.getByTestId('unit-work-empty')).toHaveTextContent('Đơn vị không có việc xác minh nào đang chờ báo cáo.'));
  });
});
