import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NotificationPage } from '@/lib/api/types';
import { notification } from '@/testing/fixtures';
import { json, mockApi, noContent } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { NotificationsRoute } from './notifications';

function page(items: NotificationPage['items'], extra: Partial<NotificationPage> = {}): NotificationPage {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0, ...extra };
}

describe('NotificationsRoute', () => {
  it('lists the inbox, marks one and all as read, and refetches', async () => {
    let state = [notification({ id: 'a', read: false }), notification({ id: 'b', title: 'Thứ hai', read: false })];
    const { calls } = mockApi({
      'GET /api/v1/notifications': () => json(200, page(state)),
      'POST /api/v1/notifications/a/read': () => {
        state = state.map((n) => (n.id === 'a' ? { ...n, read: true } : n));
        return noContent();
      },
      'POST /api/v1/notifications/read-all': () => {
        state = state.map((n) => ({ ...n, read: true }));
        return noContent();
      },
    });
    renderWithProviders(<NotificationsRoute />, { route: '/notifications' });
    const user = userEvent.setup();

    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(2));
    const listUrl = new URL(calls[0]!.url);
    expect(listUrl.searchParams.get('page')).toBe('0');
    expect(listUrl.searchParams.get('size')).toBe('20');
    expect(listUrl.searchParams.has('unread')).toBe(false);

    await user.click(screen.getAllByRole('button', { name: 'Đánh dấu đã đọc' })[0]!);
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Đánh dấu đã đọc' })).toHaveLength(1));

    await user.click(screen.getByTestId('mark-all-read'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Đánh dấu đã đọc' })).not.toBeInTheDocument());
    expect(screen.getByTestId('mark-all-read')).toBeDisabled();
  });

  it('filters unread and shows the empty state', async () => {
    const { calls } = mockApi({ 'GET /api/v1/notifications': () => json(200, page([])) });
    renderWithProviders(<NotificationsRoute />, { route: '/notifications?unread=true' });
    expect(await screen.findByTestId('notifications-empty')).toHaveTextContent('Không có thông báo chưa đọc.');
    expect(new URL(calls[0]!.url).searchParams.get('unread')).toBe('true');
  });

  it('pages', async () => {
    const { calls } = mockApi({
      'GET /api/v1/notifications': (req) => {
        const p = Number(new URL(req.url).searchParams.get('page'));
        return json(200, page([notification({ id: `n${p}`, title: `Trang ${p}` })], { page: p, totalPages: 3, totalItems: 41 }));
      },
    });
    renderWithProviders(<NotificationsRoute />, { route: '/notifications', lang: 'en' });
    expect(await screen.findByText('Trang 0')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Trang 1')).toBeInTheDocument();
    expect(new URL(calls.at(-1)!.url).searchParams.get('page')).toBe('1');
  });
});
