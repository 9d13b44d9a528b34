import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { ConclusionDocument } from '../api/types';
import { counts, leadOfficer, officeSpecialist, task, taskPage } from '../testing/fixtures';
import { ConclusionRoute } from './conclusion';
import { ConclusionsRoute } from './conclusions';

const doc: ConclusionDocument = {
  id: 'd-1',
  kind: 'CONCLUDING_NOTICE',
  number: '125-TB/VPUBND',
  issuedOn: '2026-11-20',
  issuingBodyId: 'b-ubnd',
  issuingBodyName: 'Ủy ban nhân dân tỉnh',
  signer: 'Trần Văn Cường',
  summary: 'Kết luận tại cuộc họp giao ban tháng 11',
  meetingId: null,
  officeId: officeSpecialist.office!.id,
  attachmentIds: [],
  tasks: counts({ assigned: 3, doneOnTime: 1, inProgress: 2, doneOnTimePercent: 33.3, inProgressPercent: 66.7 }),
  version: 0,
  updatedAt: '2026-11-20T10:00:00+07:00',
};

function render(me: MeResponse, route: string) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/conclusions" element={<ConclusionsRoute />} />
        <Route path="/conclusions/:id" element={<ConclusionRoute />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route },
  );
}

describe('ConclusionsRoute', () => {
  it('lists the notices with their task counts, searches and filters by kind', async () => {
    const { calls } = mockApi({
      'GET /api/v1/conclusions': () => json(200, { items: [doc], page: 0, size: 20, totalItems: 1, totalPages: 1 }),
    });
    render(officeSpecialist, '/conclusions');
    const row = await screen.findByTestId('conclusion-row', {}, { timeout: 5_000 });
    expect(within(row).getByRole('link', { name: '125-TB/VPUBND' })).toHaveAttribute('href', '/conclusions/d-1');
    expect(row).toHaveTextContent('20/11/2026');
    expect(row).toHaveTextContent('Thông báo kết luận');
    expect(row).toHaveTextContent('Ủy ban nhân dân tỉnh');
    expect(within(row).getAllByTestId('status-count').map((c) => c.textContent)).toEqual(['Đang thực hiện2', 'Hoàn thành đúng hạn1']);
    expect(screen.getByTestId('conclusion-new')).toHaveTextContent('Ghi nhận thông báo kết luận');

    const user = userEvent.setup();
    await user.type(screen.getByTestId('conclusions-search'), 'giao ban{Enter}');
    await waitFor(() => expect(new URL(calls.at(-1)!.url).searchParams.get('q')).toBe('giao ban'));
    await user.selectOptions(screen.getByTestId('conclusions-kind'), 'Chỉ thị');
    await waitFor(() => expect(new URL(calls.at(-1)!.url).searchParams.get('kind')).toBe('DIRECTIVE'));
    expect(new URL(calls.at(-1)!.url).searchParams.get('q')).toBe('giao ban');
  });

  it('does not offer unit officers to record a notice', async () => {
    mockApi({ 'GET /api/v1/conclusions': () => json(200, { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }) });
    render(leadOfficer, '/conclusions');
    expect(await screen.findByTestId('conclusions-empty', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('conclusion-new')).not.toBeInTheDocument();
  });
});

describe('ConclusionRoute', () => {
  it('shows the notice, its counts and its tasks in order', async () => {
    const { calls } = mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, doc),
      'GET /api/v1/conclusions/d-1/tasks': () =>
        json(200, taskPage([task({ id: 'a', position: 1, content: 'Việc một' }), task({ id: 'b', position: 2, content: 'Việc hai', status: 'DONE_ON_TIME' })])),
    });
    render(officeSpecialist, '/conclusions/d-1');
    expect(await screen.findByTestId('conclusion-heading', {}, { timeout: 5_000 })).toHaveTextContent('Thông báo kết luận số 125-TB/VPUBND');
    expect(screen.getByTestId('conclusion-assigned')).toHaveTextContent('Tổng số nhiệm vụ: 3');
    const rows = await screen.findAllByTestId('task-row');
    expect(rows.map((r) => within(r).getByTestId('task-link').textContent)).toEqual(['Việc một', 'Việc hai']);
    expect(within(rows[1]!).getByTestId('status-chip')).toHaveTextContent('Hoàn thành đúng hạn');
    expect(within(rows[0]!).getByTestId('task-link')).toHaveAttribute('href', '/conclusion-tasks/a');
    expect(new URL(calls.find((c) => c.url.includes('/tasks'))!.url).searchParams.get('size')).toBe('100');
  });
});
