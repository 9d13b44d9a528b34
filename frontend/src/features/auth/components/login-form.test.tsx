import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { tokenStore } from '@/lib/auth/token-store';
import { tokens } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { LoginForm } from './login-form';

async function submit(username = 'chuyenvien', password = 'sai-mat-khau') {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('login-username'), username);
  await user.type(screen.getByTestId('login-password'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('LoginForm', () => {
  it('has Vietnamese labels by default', () => {
    renderWithProviders(<LoginForm onSuccess={() => {}} />);
    expect(screen.getByLabelText('Tên đăng nhập')).toBe(screen.getByTestId('login-username'));
    expect(screen.getByLabelText('Mật khẩu')).toBe(screen.getByTestId('login-password'));
    expect(screen.getByTestId('login-submit')).toHaveTextContent('Đăng nhập');
  });

  it('has English labels in English', () => {
    renderWithProviders(<LoginForm onSuccess={() => {}} />, { lang: 'en' });
    expect(screen.getByLabelText('Username')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByTestId('login-submit')).toHaveTextContent('Log in');
  });

  it('shows the translated message on a 401 invalid-credentials problem', async () => {
    const { calls } = mockApi({
      'POST /api/v1/auth/login': () =>
        problem(401, 'urn:lienthong:problem:invalid-credentials', 'Invalid username or password', 'Invalid credentials'),
    });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);
    await submit();
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(await calls[0]?.json()).toEqual({ username: 'chuyenvien', password: 'sai-mat-khau' });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(tokenStore.get()).toBeNull();
  });

  it('shows the English message in English', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => problem(401, 'urn:lienthong:problem:invalid-credentials', 'Invalid'),
    });
    renderWithProviders(<LoginForm onSuccess={() => {}} />, { lang: 'en' });
    await submit();
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Wrong username or password.');
  });

  it('shows the too-many-requests message on 429', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => problem(429, 'urn:lienthong:problem:too-many-requests', 'Slow down'),
    });
    renderWithProviders(<LoginForm onSuccess={() => {}} />);
    await submit();
    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau.',
    );
  });

  it("shows the server's detail for other problems", async () => {
    mockApi({
      'POST /api/v1/auth/login': () => problem(503, 'urn:lienthong:problem:unavailable', 'Hệ thống đang bảo trì.'),
    });
    renderWithProviders(<LoginForm onSuccess={() => {}} />);
    await submit();
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Hệ thống đang bảo trì.');
  });

  it('asks for both fields before calling the server', async () => {
    const { fetchMock } = mockApi({});
    renderWithProviders(<LoginForm onSuccess={() => {}} />);
    await userEvent.setup().click(screen.getByTestId('login-submit'));
    expect(screen.getByTestId('login-error')).toHaveTextContent('Vui lòng nhập tên đăng nhập và mật khẩu.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('stores the tokens and reports success', async () => {
    mockApi({ 'POST /api/v1/auth/login': () => json(200, tokens('9')) });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);
    await submit('chuyenvien', 'dung-mat-khau');
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(tokenStore.get()?.accessToken).toBe('access-9');
    expect(screen.queryByTestId('login-error')).not.toBeInTheDocument();
  });
});
