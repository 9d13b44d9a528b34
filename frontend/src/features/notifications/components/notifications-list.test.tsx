import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { notification } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { NotificationsList } from './notifications-list';

const unread = notification({ id: 'a', title: 'Giao nhiệm vụ mới', read: false, link: '/tasks/1' });
const read = notification({ id: 'b', title: 'Văn bản đã được duyệt', read: true, createdAt: '2026-11-20T02:00:00Z' });

describe('NotificationsList', () => {
  it('highlights unread items and offers "mark as read" only for them', () => {
    renderWithProviders(<NotificationsList items={[unread, read]} onMarkRead={() => {}} emptyText="trống" />);
    const [first, second] = screen.getAllByTestId('notification-item');
    expect(first).toHaveClass('notif--unread');
    expect(first).toHaveAttribute('data-read', 'false');
    expect(within(first!).getByText('Chưa đọc')).toBeInTheDocument();
    expect(within(first!).getByRole('button', { name: 'Đánh dấu đã đọc' })).toBeEnabled();
    expect(within(first!).getByText('24/11/2026 00:30')).toBeInTheDocument();
    expect(within(first!).getByRole('link', { name: 'Xem chi tiết' })).toHaveAttribute('href', '/tasks/1');

    expect(second).not.toHaveClass('notif--unread');
    expect(second).toHaveAttribute('data-read', 'true');
    expect(within(second!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(second!).getByText('20/11/2026 09:00')).toBeInTheDocument();
  });

  it('calls onMarkRead with the id', async () => {
    const onMarkRead = vi.fn();
    renderWithProviders(<NotificationsList items={[unread]} onMarkRead={onMarkRead} emptyText="trống" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Đánh dấu đã đọc' }));
    expect(onMarkRead).toHaveBeenCalledWith('a');
  });

  it('is in English in English mode', () => {
    renderWithProviders(<NotificationsList items={[unread]} onMarkRead={() => {}} emptyText="empty" />, { lang: 'en' });
    expect(screen.getByRole('button', { name: 'Mark as read' })).toBeInTheDocument();
    expect(screen.getByText('24/11/2026, 00:30')).toBeInTheDocument();
  });

  it('shows the empty text', () => {
    renderWithProviders(<NotificationsList items={[]} onMarkRead={() => {}} emptyText="Bạn chưa có thông báo nào." />);
    expect(screen.getByTestId('notifications-empty')).toHaveTextContent('Bạn chưa có thông báo nào.');
  });
});
