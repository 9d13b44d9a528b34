import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/auth/token-store';
import { RequireAuth } from './require-auth';

function LoginProbe() {
  const location = useLocation();
  return <p data-testid="login-state">{JSON.stringify(location.state)}</p>;
}

function renderAt(path: string) {
  tokenStore.set({ accessToken: 'a', refreshToken: 'r', accessExpiresAt: Date.now() + 60_000, refreshExpiresAt: Date.now() + 600_000 });
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/login" element={<LoginProbe />} />
        <Route path="*" element={<RequireAuth><p>private page</p></RequireAuth>} />
      </Routes>
    </MemoryRouter>,
  );
  expect(screen.getByText('private page')).toBeInTheDocument();
}

describe('RequireAuth', () => {
  afterEach(() => tokenStore.clear());

  it('remembers the page when the session expires, to come back after logging in again', () => {
    renderAt('/conclusion-tasks/42');
    act(() => tokenStore.clear());
    expect(screen.getByTestId('login-state').textContent).toBe(JSON.stringify({ from: '/conclusion-tasks/42' }));
  });

  it('forgets the page after a deliberate logout, so the next user starts at home', () => {
    renderAt('/conclusion-tasks/42');
    act(() => tokenStore.clear({ loggedOut: true }));
    expect(screen.getByTestId('login-state').textContent).toBe('null');
  });
});
