import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { admin, nationalAdmin, specialist } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { OrgAdminRoute } from './org-admin';

function render(me: MeResponse, route = '/admin/org') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/admin/org" element={<OrgAdminRoute />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route },
  );
}

const office = (id: string, code: string, nameVi: string, kind = 'OTHER', active = true) => ({
  id, code, kind, nameVi, nameEn: nameVi, shortName: code, active, version: 0,
});
const unit = (id: string, code: string, name: string) => ({
  id, code, name, kind: 'COMMUNE', validFrom: '2020-01-01', validTo: null, active: true, successorUnitId: null, version: 0, updatedAt: '2026-01-01T00:00:00+07:00',
});

describe('OrgAdminRoute', () => {
  it('is refused to anyone but an administrator', () => {
    render(specialist);
    expect(screen.getByTestId('forbidden')).toHaveTextContent('Chỉ quản trị viên');
  });

  it('lists offices, searches without diacritics and shows the 409 of a second Party Committee Office', async () => {
    mockApi({
      'GET /api/v1/offices': () => json(200, [office('o1', 'VPTU', 'Văn phòng Tỉnh ủy', 'PARTY_COMMITTEE_OFFICE'), office('o2', 'VPUBND', 'Văn phòng UBND tỉnh', 'PEOPLES_COMMITTEE_OFFICE', false)]),
      'POST /api/v1/offices': () => problem(409, 'urn:lienthong:problem:conflict', 'Your jurisdiction already has its Party Committee Office.'),
    });
    render(admin);
    expect(await screen.findAllByTestId('org-office-row')).toHaveLength(2);
    expect(screen.getAllByTestId('org-office-row')[1]).toHaveTextContent('Ngừng sử dụng');
    await userEvent.type(screen.getByTestId('org-offices-search'), 'van phong tinh uy');
    expect(screen.getAllByTestId('org-office-row')).toHaveLength(1);

    const form = screen.getByTestId('org-office-form');
    await userEvent.type(within(form).getByLabelText('Mã'), 'vptu2');
    await userEvent.selectOptions(within(form).getByLabelText('Loại'), 'PARTY_COMMITTEE_OFFICE');
    await userEvent.type(within(form).getByLabelText('Tên tiếng Việt'), 'Văn phòng Tỉnh ủy thứ hai');
    await userEvent.type(within(form).getByLabelText('Tên tiếng Anh'), 'Second');
    await userEvent.type(within(form).getByLabelText('Tên viết tắt'), 'VPTU2');
    await userEvent.click(screen.getByTestId('org-office-submit'));
    expect(await screen.findByTestId('org-office-error')).toBeInTheDocument();
  });

  it('merges a commune into its successor and says what moved', async () => {
    const { calls } = mockApi({
      'GET /api/v1/units': () => json(200, { items: [unit('u1', 'XA', 'Xã An Bình'), unit('u2', 'XB', 'Xã Bình Minh')], page: 0, size: 50, totalItems: 2, totalPages: 1 }),
      'POST /api/v1/units/u1/merger': () =>
        json(200, { unit: { ...unit('u1', 'XA', 'Xã An Bình'), validTo: '2025-06-30', successorUnitId: 'u2' }, successor: { id: 'u2', code: 'XB', name: 'Xã Bình Minh' },
          moved: [{ kind: 'CONCLUSION_TASK', count: 3 }, { kind: 'PETITION_VERIFICATION', count: 1 }, { kind: 'MEETING_TASK', count: 0 }] }),
    });
    render(admin, '/admin/org?tab=units');
    const rows = await screen.findAllByTestId('org-unit-row');
    await userEvent.click(within(rows[0]!).getByTestId('org-unit-merge'));
    await userEvent.selectOptions(screen.getByTestId('org-merge-successor'), 'u2');
    await userEvent.type(screen.getByTestId('org-merge-date'), '2025-07-01');
    await userEvent.click(screen.getByTestId('org-merge-submit'));
    expect(await screen.findByTestId('org-merge-notice')).toHaveTextContent('Đã chuyển: 3 nhiệm vụ chủ trì, 1 yêu cầu xác minh đơn.');
    const merge = calls.find((c) => c.method === 'POST');
    await waitFor(async () => expect(await merge!.json()).toEqual({ successorUnitId: 'u2', effectiveOn: '2025-07-01' }));
  });

  it('shows the national administrator only the jurisdictions', async () => {
    mockApi({
      'GET /api/v1/jurisdictions': () => json(200, [{ id: 'j1', code: 'HN', name: 'Thành phố Hà Nội', kind: 'CENTRAL_CITY', active: true, version: 0, updatedAt: '2026-01-01T00:00:00+07:00' }]),
    });
    render(nationalAdmin);
    expect(await screen.findByTestId('org-jurisdiction-row')).toHaveTextContent('Thành phố Hà NộiThành phố trực thuộc trung ương');
    expect(screen.queryByTestId('org-tab-offices')).not.toBeInTheDocument();
    expect(screen.getByTestId('org-jurisdiction-form')).toBeInTheDocument();
  });
});
