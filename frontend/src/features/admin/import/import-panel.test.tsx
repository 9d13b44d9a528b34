import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { ImportPanel } from './import-panel';

const account = (username: string, fullName: string) => ({
  id: `id-${username}`, username, fullName, role: 'SPECIALIST', officeId: 'o1', unitId: null, email: null, phone: null, active: true,
  passwordChangeRequired: true, lockedUntil: null, deactivatedAt: null, version: 0, createdAt: '2026-11-23T09:15:00+07:00', updatedAt: '2026-11-23T09:15:00+07:00',
});

const refused = {
  type: 'urn:lienthong:problem:unprocessable', title: 'Request cannot be processed', status: 422, instance: '/api',
  detail: 'The file has 2 problems; nothing was imported.',
  errors: [
    { field: 'rows[3].username', message: 'the username vptu.an is already in row 2 of the file' },
    { field: 'rows[4].officeCode', message: 'no office with the code «VPXX» in your jurisdiction (GET /offices)' },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('ImportPanel', () => {
  it('shows a refused file row by row, then the one-time passwords of a good one once', async () => {
    let good = false;
    const { calls } = mockApi({
      'POST /api/v1/users/imports': () =>
        good
          ? json(200, { created: 2, users: [{ user: account('vptu.an', 'Nguyễn Văn An'), oneTimePassword: 'k7Qm-3xPa-9dRt' },
            { user: account('vptu.binh', 'Trần Thị Bình'), oneTimePassword: 'p2Wz-8cVb-4nLs' }] })
          : json(422, refused, 'application/problem+json'),
    });
    renderWithProviders(<ImportPanel kind="users" />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('users-import-open'));
    expect(screen.getByRole('heading', { name: 'Nhập tài khoản từ tệp' })).toBeInTheDocument();
    const file = new File(['Tên đăng nhập,Họ và tên,Vai trò\n'], 'tai-khoan.csv', { type: 'text/csv' });
    await user.upload(screen.getByTestId('users-import-file'), file);
    await user.click(screen.getByTestId('users-import-upload'));

    const report = await screen.findByTestId('users-import-problems');
    expect(report).toHaveTextContent('Tệp chưa được nhập: 2 lỗi');
    const rows = within(report).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', 'username', 'the username vptu.an is already in row 2 of the file']);
    expect(within(rows[2]!).getAllByRole('cell')[1]).toHaveTextContent('officeCode');
    expect(calls[0]!.headers.get('content-type')).toContain('multipart/form-data');

    good = true;
    await user.click(screen.getByTestId('users-import-upload'));
    const done = await screen.findByTestId('users-import-done');
    expect(screen.queryByTestId('users-import-problems')).not.toBeInTheDocument();
    expect(done).toHaveTextContent('Đã tạo 2 tài khoản.');
    expect(done).toHaveTextContent('k7Qm-3xPa-9dRt');
    expect(done).toHaveTextContent('p2Wz-8cVb-4nLs');
    await user.click(screen.getByTestId('users-import-noted'));
    await waitFor(() => expect(screen.queryByText('k7Qm-3xPa-9dRt')).not.toBeInTheDocument());
  });

  it('downloads the units template in the chosen format', async () => {
    const createObjectURL = vi.fn(() => 'blob:template');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const { calls } = mockApi({
      'GET /api/v1/units/import-template': () => new Response('\uFEFFMã đơn vị,Tên đơn vị\r\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }),
    });
    renderWithProviders(<ImportPanel kind="units" />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('units-import-open'));
    await user.selectOptions(screen.getByLabelText('Định dạng mẫu'), 'CSV');
    await user.click(screen.getByTestId('units-import-template'));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(new URL(calls[0]!.url).searchParams.get('format')).toBe('CSV');
  });
});
