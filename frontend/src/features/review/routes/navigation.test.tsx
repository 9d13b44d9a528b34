import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppShell } from '@/components/layout/app-shell';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { admin } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { unitOfficer, vptuLeader, vptuSpecialist } from '../testing/fixtures';

function renderShell(me: MeResponse) {
  renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <AppShell userName={me.fullName} officeName="" unreadCount={0} onLogout={() => {}}>
        <p>content</p>
      </AppShell>
    </CurrentUserContext.Provider>,
  );
}

describe('navigation to the reviews', () => {
  it.each([
    ['a specialist', vptuSpecialist],
    ['an office leader', vptuLeader],
    ['an administrator', admin],
  ])('offers %s "Sơ kết, tổng kết"', (_who, me) => {
    renderShell(me);
    expect(screen.getByTestId('nav-reviews')).toHaveTextContent('Sơ kết, tổng kết');
    expect(screen.getByTestId('nav-reviews')).toHaveAttribute('href', '/reviews');
  });

  it('does not offer it to a unit', () => {
    renderShell(unitOfficer);
    expect(screen.queryByTestId('nav-reviews')).not.toBeInTheDocument();
  });
});
