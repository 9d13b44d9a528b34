import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { PetitionRequest, ReceptionSession } from '../api/types';
import { bodies, receptionSession, summary, vptuSpecialist } from '../testing/fixtures';
import { ReceptionSessionRoute } from './reception-session';

const TODAY = '2026-11-24';

function renderSession() {
  return renderWithProviders(
    <CurrentUserContext.Provider value={vptuSpecialist}>
      <Routes>
        <Route path="/reception-sessions/:id" element={<ReceptionSessionRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/reception-sessions/s-1' },
  );
}

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

describe('ReceptionSessionRoute', () => {
  it('records a petition handed in at the session with the intake form (in person), then lists it', async () => {
    const posted: { key: string | null; body: PetitionRequest }[] = [];
    let recorded = false;
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'GET /api/v1/reception-sessions/s-1': () => json(200, receptionSession({ petitionCount: recorded ? 1 : 0 })),
      'GET /api/v1/reception-sessions/s-1/petitions': () => json(200, recorded ? [summary({ id: 'p-7', number: '13/2026', channel: 'IN_PERSON' })] : []),
      'POST /api/v1/reception-sessions/s-1/petitions': async (req) => {
        posted.push({ key: req.headers.get('Idempotency-Key'), body: (await req.json()) as PetitionRequest });
        recorded = true;
        return json(201, summary({ id: 'p-7', number: '13/2026', channel: 'IN_PERSON' }));
      },
    });
    renderSession();
    expect(await screen.findByTestId('session-heading', {}, { timeout: 5_000 })).toHaveTextContent('Tiếp công dân định kỳ ngày 24/11/2026');
    expect(screen.getByTestId('fact-leaders')).toHaveTextContent('Nguyễn Văn An (Bí thư Tỉnh ủy)');
    expect(await screen.findByTestId('session-petitions-empty')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('session-record-petition'));
    // the channel is not asked: in person
    expect(screen.queryByTestId('petition-channel')).not.toBeInTheDocument();
    await fill(user, 'petition-subject', 'Kiến nghị sửa chữa đường ngõ');
    await fill(user, 'petition-content', 'Đường ngõ 12 xuống cấp.');
    await fill(user, 'petitioner-0-name', 'Đỗ Thị Công Dân');
    await user.selectOptions(screen.getByTestId('petition-kind'), 'Kiến nghị');
    await user.click(screen.getByTestId('petition-save'));

    expect(await screen.findByTestId('session-done')).toHaveTextContent('Đã tiếp nhận đơn số 13/2026.');
    expect(posted[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posted[0]!.body).toMatchObject({ channel: 'IN_PERSON', kind: 'RECOMMENDATION', receivedOn: TODAY });
    const row = await screen.findByTestId('session-petition');
    expect(row).toHaveTextContent('13/2026');
    expect(row).not.toHaveTextContent('Đỗ Thị Công Dân');
    // a fresh form for the next citizen
    expect(screen.getByTestId('petition-subject')).toHaveValue('');
  });

  it('records that the session was held, with the citizens who came and the outcome', async () => {
    let session: ReceptionSession = receptionSession();
    const held: unknown[] = [];
    mockApi({
      'GET /api/v1/reception-sessions/s-1': () => json(200, session),
      'GET /api/v1/reception-sessions/s-1/petitions': () => json(200, []),
      'POST /api/v1/reception-sessions/s-1/holding': async (req) => {
        held.push(await req.json());
        session = receptionSession({ status: 'HELD', citizensCount: 14, outcome: 'Đã giải thích, hướng dẫn 14 lượt công dân.', allowedActions: ['RECORD_PETITION'] });
        return json(200, session);
      },
    });
    renderSession();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('session-hold', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('hold-submit'));
    expect(screen.getByTestId('hold-citizens-error')).toHaveTextContent('Nhập số lượt công dân');
    await fill(user, 'hold-citizens', '14');
    await fill(user, 'hold-outcome', 'Đã giải thích, hướng dẫn 14 lượt công dân.');
    await user.click(screen.getByTestId('hold-submit'));
    expect(await screen.findByTestId('session-done')).toHaveTextContent('Đã ghi nhận buổi tiếp.');
    expect(held).toEqual([{ citizensCount: 14, outcome: 'Đã giải thích, hướng dẫn 14 lượt công dân.', issuesRaised: null }]);
    await waitFor(() => expect(screen.getByTestId('session-status')).toHaveTextContent('Đã tiếp'));
    expect(within(screen.getByTestId('session-actions')).queryByTestId('session-hold')).not.toBeInTheDocument();
  });
});
