import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { tokenStore, tokensFromResponse } from '@/lib/auth/token-store';
import { admin, specialist, tokens, unitOfficer } from '@/testing/fixtures';
import { json, mockApi, noContent, problem } from '@/testing/http';
import { testQueryClient } from '@/testing/render';
import { AppProvider } from './provider';
import { routes } from './routes';

function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={testQueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

function signedIn(me: MeResponse, unread = 3) {
  tokenStore.set(tokensFromResponse(tokens('1')));
  return mockApi({
    'GET /api/v1/me': () => json(200, me),
    'GET /api/v1/notifications/unread-count': () => json(200, { count: unread }),
    'POST /api/v1/auth/logout': () => noContent(),
    'POST /api/v1/auth/login': () => json(200, tokens('2')),
  });
}

describe('App', () => {
  it('sends a signed-out visitor to the login page', async () => {
    mockApi({});
    const router = renderApp('/notifications');
    expect(await screen.findByTestId('login-submit')).toHaveTextContent('Đăng nhập');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows the header in Vietnamese and switches to English', async () => {
    signedIn(specialist);
    renderApp('/');
    const office = await screen.findByTestId('header-office');
    expect(office).toHaveTextContent('Văn phòng UBND Thành phố');
    expect(screen.getByTestId('header-user')).toHaveTextContent('Nguyễn Thị Hồng');
    expect(screen.getByTestId('logout')).toHaveTextContent('Đăng xuất');
    expect(screen.getByRole('link', { name: 'Trang chủ' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Thông báo/ })).toBeInTheDocument();
    expect(await screen.findByTestId('unread-badge')).toHaveTextContent('3');
    expect(screen.getByTestId('lang-vi')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('lang-en')).toHaveAttribute('aria-label', 'Chuyển sang tiếng Anh');
    expect(document.documentElement.lang).toBe('vi');

    await userEvent.setup().click(screen.getByTestId('lang-en'));

    expect(screen.getByTestId('header-office')).toHaveTextContent("People's Committee Office");
    expect(screen.getByTestId('logout')).toHaveTextContent('Log out');
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(screen.getByTestId('home-greeting')).toHaveTextContent('Hello, Nguyễn Thị Hồng!');
    expect(screen.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('lienthong.lang')).toBe('en');
  });

  it.each([
    ['a unit officer', unitOfficer, 'Sở Tài chính'],
    ['an administrator', admin, 'Thành phố Hà Nội'],
  ])('shows what %s belongs to', async (_label, me, expected) => {
    signedIn(me);
    renderApp('/');
    expect(await screen.findByTestId('header-office')).toHaveTextContent(expected);
  });

  it('logs out: revokes the refresh token, forgets the tokens, shows the login page in the chosen language', async () => {
    window.localStorage.setItem('lienthong.lang', 'en');
    const { calls } = signedIn(specialist);
    const router = renderApp('/');
    await userEvent.setup().click(await screen.findByTestId('logout'));

    expect(await screen.findByTestId('login-submit')).toHaveTextContent('Log in');
    expect(router.state.location.pathname).toBe('/login');
    const logoutCall = calls.find((c) => c.url.endsWith('/api/v1/auth/logout'));
    expect(await logoutCall?.json()).toEqual({ refreshToken: 'refresh-1' });
    expect(tokenStore.get()).toBeNull();
    expect(window.sessionStorage.getItem('lienthong.tokens')).toBeNull();
  });

  it('goes to /login when the session cannot be renewed', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    mockApi({
      'GET /api/v1/me': () => problem(401, 'urn:lienthong:problem:invalid-token', 'expired'),
      'POST /api/v1/auth/refresh': () => problem(401, 'urn:lienthong:problem:invalid-token', 'revoked'),
    });
    const router = renderApp('/');
    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(tokenStore.get()).toBeNull();
  });

  it('logs in and lands on the home page', async () => {
    const { calls } = signedIn(specialist);
    tokenStore.clear();
    const router = renderApp('/');
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('login-username'), 'chuyenvien');
    await user.type(screen.getByTestId('login-password'), 'mat-khau');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('header-office')).toHaveTextContent('Văn phòng UBND Thành phố');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const meCall = calls.find((c) => c.url.endsWith('/api/v1/me'));
    expect(meCall?.headers.get('Authorization')).toBe('Bearer access-2');
  });
});
