import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { specialist, unitOfficer } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { HomeRoute } from './home';

const now = new Date('2026-11-23T17:30:00Z');

function renderHome(me: MeResponse, lang: 'vi' | 'en' = 'vi') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <HomeRoute now={now} />
    </CurrentUserContext.Provider>,
    { lang },
  );
}

describe('HomeRoute', () => {
  it('greets the user with role, office, jurisdiction and the date in Vietnamese', () => {
    renderHome({ ...specialist, role: 'CHIEF_OF_OFFICE' });
    expect(screen.getByTestId('home-greeting')).toHaveTextContent('Xin chào, Nguyễn Thị Hồng!');
    expect(screen.getByTestId('profile-role')).toHaveTextContent('Chánh Văn phòng');
    expect(screen.getByTestId('profile-office')).toHaveTextContent('Văn phòng UBND Thành phố');
    expect(screen.getByTestId('profile-jurisdiction')).toHaveTextContent('Thành phố Hà Nội');
    expect(screen.getByTestId('home-today')).toHaveTextContent('Thứ Ba, ngày 24/11/2026');
  });

  it('is in English in English mode', () => {
    renderHome(specialist, 'en');
    expect(screen.getByTestId('home-greeting')).toHaveTextContent('Hello, Nguyễn Thị Hồng!');
    expect(screen.getByTestId('profile-role')).toHaveTextContent('Specialist');
    expect(screen.getByTestId('profile-office')).toHaveTextContent("People's Committee Office");
  });

  it('shows the unit of a unit officer', () => {
    renderHome(unitOfficer);
    expect(screen.getByTestId('profile-role')).toHaveTextContent('Cán bộ đơn vị');
    expect(screen.getByTestId('profile-unit')).toHaveTextContent('Sở Tài chính');
    expect(screen.queryByTestId('profile-office')).not.toBeInTheDocument();
  });
});
