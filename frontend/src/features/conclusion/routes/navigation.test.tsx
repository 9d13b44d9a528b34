import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShell } from '@/components/layout/app-shell';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { admin } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { leadOfficer, officeLeader, officeSpecialist } from '../testing/fixtures';

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

describe('navigation to the conclusions pages', () => {
  it.each([
    ['a specialist', officeSpecialist],
    ['an office leader', officeLeader],
  ])('offers %s the notices, the board and the statistics', (_who, me) => {
    const links = renderShell(me);
    expect(links).toEqual(expect.arrayContaining(['Kết luận', 'Bảng theo dõi', 'Thống kê']));
    expect(links).not.toContain('Nhiệm vụ của đơn vị');
    expect(screen.getByTestId('nav-board')).toHaveAttribute('href', '/conclusion-board');
  });

  it('offers a unit officer the notices, the unit tasks and the statistics', () => {
    const links = renderShell(leadOfficer);
    expect(links).toEqual(expect.arrayContaining(['Kết luận', 'Nhiệm vụ của đơn vị', 'Thống kê']));
    expect(links).not.toContain('Bảng theo dõi');
    expect(screen.getByTestId('nav-my-tasks')).toHaveAttribute('href', '/my-tasks');
  });

  it('offers an administrator none of them', () => {
    const links = renderShell(admin);
    for (const label of ['Kết luận', 'Bảng theo dõi', 'Nhiệm vụ của đơn vị', 'Thống kê']) expect(links).not.toContain(label);
  });
});
