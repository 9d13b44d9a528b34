import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShell } from '@/components/layout/app-shell';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { renderWithProviders } from '@/testing/render';
import { admin, unitOfficer, vptuLeader, vptuSpecialist } from '../testing/fixtures';

function renderShell(me: MeResponse) {
  renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <AppShell userName={me.fullName} officeName="" unreadCount={0} onLogout={() => {}}>
        <p>content</p>
      </AppShell>
    </CurrentUserContext.Provider>,
  );
  return screen.getAllByRole('link').map((l) => l.textContent);
}

describe('navigation to the petitions pages', () => {
  it.each([
    ['a specialist', vptuSpecialist],
    ['an office leader', vptuLeader],
  ])('offers %s the petitions', (_who, me) => {
    const links = renderShell(me);
    expect(links).toContain('Đơn thư');
    expect(links).not.toContain('Nhật ký tiết lộ danh tính');
    expect(screen.getByTestId('nav-petitions')).toHaveAttribute('href', '/petitions');
  });

  it('offers a unit officer what its unit was asked to verify', () => {
    const links = renderShell(unitOfficer);
    expect(links).toContain('Việc được giao xác minh');
    expect(links).not.toContain('Đơn thư');
    expect(screen.getByTestId('nav-unit-assignments')).toHaveAttribute('href', '/petition-unit-assignments');
  });

  it('offers an administrator the identity disclosure log, and no petition', () => {
    const links = renderShell(admin);
    expect(links).toContain('Nhật ký tiết lộ danh tính');
    expect(links).not.toContain('Đơn thư');
    expect(screen.getByTestId('nav-disclosures')).toHaveAttribute('href', '/petition-disclosures');
  });
});
