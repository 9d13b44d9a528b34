import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { ClashAcceptanceRequest, ClashMergeRequest } from '../api/types';
import { clash, item, leaders, page, ubndSpecialist, vptuSpecialist } from '../testing/fixtures';
import { ClashesRoute } from './clashes';

const TODAY = '2026-12-01';

function renderClashes(me: MeResponse) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <ClashesRoute today={TODAY} />
    </CurrentUserContext.Provider>,
    { route: '/calendar/clashes' },
  );
}

const ours = item({ id: 'i-1', programmeId: 'p-1', title: 'Làm việc với Sở Tài chính' });
const theirs = item({
  id: 'i-tu',
  programmeId: 'p-tu',
  title: 'Hội nghị Ban Thường vụ Tỉnh ủy',
  bodyName: 'Thường trực Tỉnh ủy',
  startsAt: '2026-12-10T08:00:00+07:00',
  endsAt: '2026-12-10T11:00:00+07:00',
});

describe('ClashesRoute', () => {
  it('lists each clash once with both items; the Party Committee Office accepts one with a required note', async () => {
    const accepted: ClashAcceptanceRequest[] = [];
    let list = [clash({ itemId: 'i-1', itemTitle: ours.title }), clash({ itemId: 'i-tu', otherItemId: 'i-1', itemTitle: theirs.title })];
    const { calls } = mockApi({
      'GET /api/v1/clashes': () => json(200, { clashes: list }),
      'GET /api/v1/calendar-items': () => json(200, page([ours, theirs])),
      'GET /api/v1/leaders': () => json(200, page(leaders)),
      'POST /api/v1/clash-acceptances': async (req) => {
        const body = (await req.json()) as ClashAcceptanceRequest;
        accepted.push(body);
        list = [clash({ itemId: 'i-1', accepted: true, acceptanceNote: body.note })];
        return json(201, { ...body, acceptedByName: 'Nguyễn Thị Hồng', acceptedAt: '2026-12-01T09:00:00+07:00' });
      },
    });
    renderClashes(vptuSpecialist);
    const cards = await screen.findAllByTestId('clash-card', {}, { timeout: 5_000 });
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(card).toHaveTextContent('Trùng lãnh đạo chủ trì');
    expect(card).toHaveTextContent('Làm việc với Sở Tài chính');
    expect(card).toHaveTextContent('Hội nghị Ban Thường vụ Tỉnh ủy');
    expect(within(card).getAllByTestId('clash-move').map((a) => a.getAttribute('href'))).toEqual([
      '/calendar/programmes/p-1',
      '/calendar/programmes/p-tu',
    ]);
    const clashesCall = new URL(calls.find((c) => c.url.includes('/clashes'))!.url);
    expect(clashesCall.searchParams.get('from')).toBe('2026-12-01');
    expect(clashesCall.searchParams.get('includeAccepted')).toBe('true');

    const user = userEvent.setup();
    await user.click(within(card).getByTestId('clash-accept'));
    await user.click(screen.getByTestId('clash-accept-submit'));
    expect(screen.getByTestId('clash-note-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(accepted).toHaveLength(0);
    await user.type(screen.getByTestId('clash-note'), 'Đồng chí Bí thư dự phần đầu');
    await user.click(screen.getByTestId('clash-accept-submit'));
    await waitFor(() =>
      expect(accepted).toEqual([{ itemId: 'i-1', otherItemId: 'i-tu', kind: 'LEADER', note: 'Đồng chí Bí thư dự phần đầu' }]),
    );
    expect(await screen.findByTestId('clash-accepted', {}, { timeout: 5_000 })).toHaveTextContent('Đã chấp nhận: Đồng chí Bí thư dự phần đầu');
    expect(screen.queryByTestId('clash-accept')).not.toBeInTheDocument();
  });

  it('does not offer "Chấp nhận" outside the Party Committee Office', async () => {
    mockApi({
      'GET /api/v1/clashes': () => json(200, { clashes: [clash({ itemId: 'i-1' })] }),
      'GET /api/v1/calendar-items': () => json(200, page([ours, theirs])),
      'GET /api/v1/leaders': () => json(200, page(leaders)),
    });
    renderClashes(ubndSpecialist);
    await screen.findAllByTestId('clash-card', {}, { timeout: 5_000 });
    expect(screen.getAllByTestId('clash-move')).toHaveLength(2);
    expect(screen.queryByTestId('clash-accept')).not.toBeInTheDocument();
    expect(screen.queryByTestId('clash-merge')).not.toBeInTheDocument();
  });

  it('lets the Party Committee Office merge two activities that are one, with a required reason', async () => {
    const merged: ClashMergeRequest[] = [];
    let list = [clash({ itemId: 'i-1', itemTitle: ours.title })];
    mockApi({
      'GET /api/v1/clashes': () => json(200, { clashes: list }),
      'GET /api/v1/calendar-items': () => json(200, page([ours, theirs])),
      'GET /api/v1/leaders': () => json(200, page(leaders)),
      'POST /api/v1/clash-merges': async (req) => {
        const body = (await req.json()) as ClashMergeRequest;
        merged.push(body);
        list = [];
        return json(200, { item: ours, clashes: [] });
      },
    });
    renderClashes(vptuSpecialist);
    const card = (await screen.findAllByTestId('clash-card', {}, { timeout: 5_000 }))[0]!;
    const user = userEvent.setup();
    await user.click(within(card).getByTestId('clash-merge'));
    expect(screen.getByTestId('clash-merge-form')).toHaveTextContent('Hai hoạt động là một');
    await user.click(screen.getByTestId('clash-merge-submit'));
    expect(merged).toHaveLength(0);
    await user.type(screen.getByTestId('clash-note'), 'Hội nghị liên tịch');
    await user.click(screen.getByTestId('clash-merge-submit'));
    await waitFor(() => expect(merged).toEqual([{ itemId: 'i-1', otherItemId: 'i-tu', note: 'Hội nghị liên tịch' }]));
    expect(await screen.findByTestId('clashes-empty', {}, { timeout: 5_000 })).toBeInTheDocument();
  });
});
