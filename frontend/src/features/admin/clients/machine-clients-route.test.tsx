import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { admin, specialist } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { MachineClient } from './api';
import { MachineClientsRoute } from './machine-clients-route';

function client(overrides: Partial<MachineClient> = {}): MachineClient {
  return {
    id: 'mc-1',
    clientId: 'cong-thong-tin',
    name: 'Cổng thông tin điện tử thành phố',
    scopes: ['public:read', 'petitions:submit'],
    active: true,
    version: 2,
    createdAt: '2026-01-05T08:00:00+07:00',
    updatedAt: '2026-01-05T08:00:00+07:00',
    secretRotatedAt: '2026-01-05T08:00:00+07:00',
    ...overrides,
  };
}

function page(items: MachineClient[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}

function renderPage(me: MeResponse) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <MachineClientsRoute />
    </CurrentUserContext.Provider>,
    { route: '/admin/clients' },
  );
}

describe('MachineClientsRoute', () => {
  it('registers a client with an Idempotency-Key and shows its secret once, with a copy button and a warning', async () => {
    const registered = client({ id: 'mc-2', clientId: 'ung-dung-di-dong', name: 'Ứng dụng di động', scopes: ['public:read'], version: 0 });
    const { calls } = mockApi({
      'GET /api/v1/machine-clients': () => json(200, page([client()])),
      'POST /api/v1/machine-clients': () => json(201, { client: registered, clientSecret: 'bi-mat-chi-hien-mot-lan' }),
    });
    renderPage(admin);
    const rows = await screen.findAllByTestId('mc-row', {}, { timeout: 5_000 });
    expect(within(rows[0]!).getByTestId('mc-scopes')).toHaveTextContent('Đọc dữ liệu công khai, Gửi đơn thư');
    expect(within(rows[0]!).getByTestId('mc-active')).toHaveTextContent('Đang hoạt động');

    const user = userEvent.setup();
    await user.type(screen.getByTestId('mc-client-id'), 'ung-dung-di-dong');
    await user.type(screen.getByTestId('mc-name'), 'Ứng dụng di động');
    await user.click(screen.getByTestId('mc-register'));

    const panel = await screen.findByTestId('mc-secret');
    expect(panel).toHaveTextContent('chỉ hiển thị một lần');
    expect(within(panel).getByTestId('mc-secret-value')).toHaveTextContent('bi-mat-chi-hien-mot-lan');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.json()).toEqual({ clientId: 'ung-dung-di-dong', name: 'Ứng dụng di động', scopes: ['public:read'] });

    await user.click(within(panel).getByTestId('mc-secret-copy'));
    // user-event stands in for the clipboard
    expect(await navigator.clipboard.readText()).toBe('bi-mat-chi-hien-mot-lan');
    expect(await within(panel).findByText('Đã sao chép')).toBeInTheDocument();
    await user.click(within(panel).getByTestId('mc-secret-done'));
    expect(screen.queryByTestId('mc-secret')).toBeNull();
    expect(screen.queryByText('bi-mat-chi-hien-mot-lan')).toBeNull();
  });

  it('edits scopes with If-Match, deactivates after confirming and rotates the secret', async () => {
    const { calls } = mockApi({
      'GET /api/v1/machine-clients': () => json(200, page([client()])),
      'PUT /api/v1/machine-clients/mc-1': () => json(200, client({ scopes: ['public:read'], version: 3 })),
      'POST /api/v1/machine-clients/mc-1/deactivation': () => json(200, client({ active: false, version: 3 })),
      'POST /api/v1/machine-clients/mc-1/secret-rotations': () => json(201, { client: client({ version: 3 }), clientSecret: 'khoa-moi' }),
    });
    renderPage(admin);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('mc-edit', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('mc-edit-scope-petitions:submit'));
    await user.click(screen.getByTestId('mc-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({ name: 'Cổng thông tin điện tử thành phố', scopes: ['public:read'] });

    await user.click(await screen.findByTestId('mc-deactivate'));
    expect(screen.getByTestId('mc-confirm')).toHaveTextContent('Ngừng hoạt động "Cổng thông tin điện tử thành phố"?');
    await user.click(screen.getByTestId('mc-confirm-yes'));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/deactivation'))).toBe(true));

    await user.click(await screen.findByTestId('mc-rotate'));
    expect(screen.getByTestId('mc-confirm')).toHaveTextContent('vô hiệu ngay lập tức');
    await user.click(screen.getByTestId('mc-confirm-yes'));
    expect(await screen.findByTestId('mc-secret-value')).toHaveTextContent('khoa-moi');
  });

  it('is only for the system administrator', () => {
    mockApi({});
    renderPage(specialist);
    expect(screen.getByTestId('forbidden')).toHaveTextContent('Chỉ quản trị hệ thống');
  });
});
