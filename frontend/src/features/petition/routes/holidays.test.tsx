import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { admin, nationalAdmin, specialist } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Holiday } from '../api/holidays';
import { HolidaysRoute } from './holidays';

function holiday(overrides: Partial<Holiday> = {}): Holiday {
  return {
    id: 'h-1',
    day: '2026-04-30',
    kind: 'HOLIDAY',
    nameVi: 'Ngày Chiến thắng (30/4)',
    legalReference: 'Bộ luật Lao động 2019, điểm c khoản 1 Điều 112',
    createdAt: '2026-01-05T08:00:00+07:00',
    updatedAt: '2026-01-05T08:00:00+07:00',
    scope: 'NATIONAL',
    jurisdictionId: null,
    ...overrides,
  };
}

const local = holiday({ id: 'h-2', day: '2026-10-10', nameVi: 'Ngày Giải phóng Thủ đô', legalReference: 'Nghị quyết HĐND', scope: 'LOCAL', jurisdictionId: 'j-hn' });

function renderPage(me: MeResponse) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <HolidaysRoute />
    </CurrentUserContext.Provider>,
    { route: '/holidays?year=2026' },
  );
}

describe('HolidaysRoute', () => {
  it('lets the national administrator change national days only, with every kind', async () => {
    mockApi({ 'GET /api/v1/holidays': () => json(200, [holiday(), local]) });
    renderPage(nationalAdmin);
    const rows = await screen.findAllByTestId('holiday-row', {}, { timeout: 5_000 });
    expect(within(rows[0]!).getByTestId('holiday-scope')).toHaveTextContent('Toàn quốc');
    expect(within(rows[0]!).getByTestId('holiday-delete')).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId('holiday-delete')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Thêm ngày vào lịch toàn quốc');
    expect(within(screen.getByTestId('holiday-kind')).getAllByRole('option')).toHaveLength(3);
  });

  it("lets a jurisdiction's administrator add and remove its local days, never a national one", async () => {
    const { calls } = mockApi({
      'GET /api/v1/holidays': () => json(200, [holiday(), local]),
      'POST /api/v1/holidays': () => json(201, local),
    });
    renderPage(admin);
    const rows = await screen.findAllByTestId('holiday-row', {}, { timeout: 5_000 });
    expect(within(rows[0]!).queryByTestId('holiday-delete')).toBeNull();
    expect(within(rows[1]!).getByTestId('holiday-scope')).toHaveTextContent('Địa phương');
    expect(within(rows[1]!).getByTestId('holiday-delete')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Thêm ngày nghỉ riêng của địa phương');
    expect(within(screen.getByTestId('holiday-kind')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Nghỉ lễ, tết', 'Nghỉ bù']);

    const user = userEvent.setup();
    await user.type(screen.getByTestId('holiday-day'), '2026-10-10');
    await user.type(screen.getByTestId('holiday-name'), 'Ngày Giải phóng Thủ đô');
    await user.type(screen.getByTestId('holiday-reference'), 'Nghị quyết HĐND');
    await user.click(screen.getByTestId('holiday-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({
      day: '2026-10-10',
      kind: 'HOLIDAY',
      nameVi: 'Ngày Giải phóng Thủ đô',
      legalReference: 'Nghị quyết HĐND',
      scope: 'LOCAL',
    });
  });

  it('is not for office staff', () => {
    mockApi({});
    renderPage(specialist);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});
