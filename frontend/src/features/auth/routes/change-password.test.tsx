import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { specialist } from '@/testing/fixtures';
import { json, mockApi, noContent } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { passwordWeakness } from '../password-rule';
import { ChangePasswordRoute } from './change-password';

describe('ChangePasswordRoute', () => {
  it('applies the strength rule before sending', () => {
    expect(passwordWeakness('short1', 'an')).toBe('short');
    expect(passwordWeakness('abcdefghijkl', 'an')).toBe('letterDigit');
    expect(passwordWeakness('vptu.an-2026x', 'vptu.an')).toBe('username');
    expect(passwordWeakness('Hoa-sen-2026-xanh', 'vptu.an')).toBeNull();
  });

  it('says a one-time password must be changed, refuses a weak one and sends a good one', async () => {
    const { calls } = mockApi({
      'GET /api/v1/me': () => json(200, { ...specialist, passwordChangeRequired: true }),
      'PUT /api/v1/me/password': () => noContent(),
    });
    renderWithProviders(<ChangePasswordRoute />, { route: '/change-password' });
    const user = userEvent.setup();
    expect(await screen.findByTestId('password-forced')).toHaveTextContent('mật khẩu dùng một lần');

    await user.type(screen.getByTestId('password-current'), 'k7Qm-3xPa-9dRt');
    await user.type(screen.getByTestId('password-new'), 'ngan1');
    await user.type(screen.getByTestId('password-repeat'), 'ngan1');
    await user.click(screen.getByTestId('password-submit'));
    expect(await screen.findByTestId('password-new-error')).toHaveTextContent('ít nhất 10 ký tự');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await user.clear(screen.getByTestId('password-new'));
    await user.clear(screen.getByTestId('password-repeat'));
    await user.type(screen.getByTestId('password-new'), 'Hoa-sen-2026-xanh');
    await user.type(screen.getByTestId('password-repeat'), 'Hoa-sen-2026-xanh');
    await user.click(screen.getByTestId('password-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
  });
});
