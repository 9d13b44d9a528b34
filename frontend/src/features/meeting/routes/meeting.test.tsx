import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Meeting, MeetingAction, MeetingRequest, Postponement } from '../api/types';
import { agendaItem, bodies, kinds, leaders, meeting, offices, vptuLeader, vptuSpecialist } from '../testing/fixtures';
import { MeetingRoute } from './meeting';

const TODAY = '2026-11-24';

function renderMeeting(me: MeResponse = vptuSpecialist, route = '/meetings/m-1') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/meetings/:id" element={<MeetingRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route },
  );
}

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

const agenda = { 'GET /api/v1/meetings/m-1/agenda': () => json(200, [agendaItem()]) };
const HEADER = ['meeting-edit', 'meeting-invite', 'meeting-hold', 'meeting-close', 'meeting-postpone', 'meeting-cancel'];

describe('MeetingRoute — the header', () => {
  it('shows the status, time, venue, host and the people of the meeting', async () => {
    mockApi({ 'GET /api/v1/meetings/m-1': () => json(200, meeting()), ...agenda });
    renderMeeting();
    expect(await screen.findByTestId('meeting-heading', {}, { timeout: 5_000 })).toHaveTextContent('Hội nghị Thường trực Tỉnh ủy tháng 11');
    expect(screen.getByTestId('meeting-status')).toHaveTextContent('Dự kiến');
    expect(screen.getByTestId('fact-when')).toHaveTextContent('08:00–11:30 ngày 27/11/2026');
    expect(screen.getByTestId('fact-venue')).toHaveTextContent('Phòng họp số 1, Tỉnh ủy');
    expect(screen.getByTestId('fact-host')).toHaveTextContent('Văn phòng Tỉnh ủy');
    expect(screen.getByTestId('fact-supporting')).toHaveTextContent('Văn phòng UBND tỉnh');
    expect(screen.getByTestId('fact-leaders')).toHaveTextContent('Nguyễn Văn An (Bí thư Tỉnh ủy)');
    expect(screen.getByTestId('fact-confidentiality')).toHaveTextContent('Lưu hành nội bộ');
    expect(await screen.findByTestId('agenda-row')).toHaveTextContent('Báo cáo tình hình kinh tế – xã hội tháng 11');
    expect(screen.queryByTestId('meeting-clashes')).not.toBeInTheDocument();
  });

  it.each([
    [['EDIT', 'INVITE', 'POSTPONE', 'CANCEL'], ['meeting-edit', 'meeting-invite', 'meeting-postpone', 'meeting-cancel']],
    [['EDIT', 'POSTPONE', 'CANCEL', 'HOLD', 'TAKE_ATTENDANCE'], ['meeting-edit', 'meeting-hold', 'meeting-postpone', 'meeting-cancel']],
    [['TAKE_ATTENDANCE', 'WRITE_MINUTES', 'CLOSE', 'NOTIFY_OUTCOME'], ['meeting-close']],
    [['WRITE_MINUTES', 'NOTIFY_OUTCOME'], []],
  ])('allowedActions %j → buttons %j', async (allowed, buttons) => {
    mockApi({ 'GET /api/v1/meetings/m-1': () => json(200, meeting({ allowedActions: allowed as MeetingAction[] })), ...agenda });
    renderMeeting();
    await screen.findByTestId('meeting-heading', {}, { timeout: 5_000 });
    for (const id of HEADER) {
      if (buttons.includes(id)) expect(screen.getByTestId(id)).toBeInTheDocument();
      else expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    }
    if (buttons.length === 0) expect(screen.queryByTestId('meeting-actions')).not.toBeInTheDocument();
  });

  it('warns of the calendar clashes in the server\'s Vietnamese sentences', async () => {
    const sentence = 'Trùng lịch với «Tiếp xúc cử tri» (Thường trực HĐND): cùng lãnh đạo Nguyễn Văn An.';
    mockApi({
      'GET /api/v1/meetings/m-1': () =>
        json(200, meeting({ clashes: [{ severity: 'CONFLICT', kind: 'LEADER', message: sentence }, { severity: 'WARNING', kind: 'LOCALITY', message: 'Cùng địa bàn.' }] })),
      ...agenda,
    });
    renderMeeting();
    const alert = await screen.findByTestId('meeting-clashes', {}, { timeout: 5_000 });
    expect(alert).toHaveAttribute('role', 'alert');
    const items = within(alert).getAllByTestId('meeting-clash');
    expect(items[0]).toHaveTextContent(`Trùng lịch${sentence}`);
    expect(items[1]).toHaveTextContent('Lưu ýCùng địa bàn.');
  });

  it('sends the invitations with one click and shows the new status', async () => {
    let current = meeting({ counts: { ...meeting().counts, invitees: 1 } });
    const { calls } = mockApi({
      'GET /api/v1/meetings/m-1': () => json(200, current),
      'POST /api/v1/meetings/m-1/invitation': () => {
        current = meeting({ status: 'INVITED', version: 3, allowedActions: ['EDIT', 'POSTPONE', 'CANCEL', 'HOLD', 'TAKE_ATTENDANCE'] });
        return json(200, current);
      },
      'GET /api/v1/meetings/m-1/history': () => json(200, []),
      'GET /api/v1/meetings/m-1/invitees': () => json(200, []),
      'GET /api/v1/meetings/m-1/tasks': () => json(200, []),
      'GET /api/v1/meetings/m-1/minutes': () => problem(404, 'urn:lienthong:problem:not-found', 'none'),
      ...agenda,
    });
    renderMeeting();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('meeting-invite', {}, { timeout: 5_000 }));
    await waitFor(() => expect(screen.getByTestId('meeting-status')).toHaveTextContent('Đã gửi giấy mời'));
    expect(screen.getByTestId('meeting-done')).toHaveTextContent('Đã thực hiện: Gửi giấy mời.');
    expect(screen.queryByTestId('meeting-invite')).not.toBeInTheDocument();
    expect(screen.getByTestId('meeting-hold')).toHaveTextContent('Xác nhận đã họp');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('says why a transition was refused', async () => {
    mockApi({
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'POST /api/v1/meetings/m-1/invitation': () =>
        problem(409, 'urn:lienthong:problem:conflict', 'Add the invitees (persons, bodies or units) before sending the invitations.'),
      ...agenda,
    });
    renderMeeting();
    await userEvent.setup().click(await screen.findByTestId('meeting-invite', {}, { timeout: 5_000 }));
    expect(await screen.findByTestId('meeting-action-error')).toHaveTextContent('Add the invitees');
    expect(screen.getByTestId('meeting-status')).toHaveTextContent('Dự kiến');
  });

  it('postpones with the new time and a required reason', async () => {
    const posted: Postponement[] = [];
    mockApi({
      'GET /api/v1/meetings/m-1': () => json(200, meeting({ status: 'INVITED', allowedActions: ['EDIT', 'POSTPONE', 'CANCEL', 'HOLD'] })),
      'POST /api/v1/meetings/m-1/postponement': async (req) => {
        posted.push((await req.json()) as Postponement);
        return json(
          200,
          meeting({
            status: 'POSTPONED',
            statusReason: 'Trùng lịch làm việc với Trung ương',
            startsAt: '2026-12-02T08:00:00+07:00',
            endsAt: '2026-12-02T11:00:00+07:00',
            allowedActions: ['EDIT', 'POSTPONE', 'CANCEL', 'INVITE'],
          }),
        );
      },
      'GET /api/v1/meetings/m-1/history': () => json(200, []),
      'GET /api/v1/meetings/m-1/invitees': () => json(200, []),
      'GET /api/v1/meetings/m-1/tasks': () => json(200, []),
      'GET /api/v1/meetings/m-1/minutes': () => problem(404, 'x', 'none'),
      ...agenda,
    });
    renderMeeting();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('meeting-postpone', {}, { timeout: 5_000 }));
    const dialog = screen.getByTestId('postpone-dialog');
    expect(dialog).toHaveAttribute('role', 'dialog');
    await user.click(screen.getByTestId('postpone-submit'));
    expect(screen.getByTestId('postpone-reason-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(posted).toHaveLength(0);
    await fill(user, 'postpone-start-date', '2026-12-02');
    await fill(user, 'postpone-end-date', '2026-12-02');
    await fill(user, 'postpone-end-time', '11:00');
    await fill(user, 'postpone-reason', 'Trùng lịch làm việc với Trung ương');
    await user.click(screen.getByTestId('postpone-submit'));
    await waitFor(() => expect(screen.getByTestId('meeting-status')).toHaveTextContent('Tạm hoãn'));
    expect(posted).toEqual([
      { startsAt: '2026-12-02T08:00:00+07:00', endsAt: '2026-12-02T11:00:00+07:00', reason: 'Trùng lịch làm việc với Trung ương' },
    ]);
    expect(screen.getByTestId('fact-status-reason')).toHaveTextContent('Trùng lịch làm việc với Trung ương');
    expect(screen.getByTestId('fact-when')).toHaveTextContent('08:00–11:00 ngày 02/12/2026');
    expect(screen.queryByTestId('postpone-dialog')).not.toBeInTheDocument();
  });

  it('cancels only with a reason', async () => {
    const posted: unknown[] = [];
    mockApi({
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'POST /api/v1/meetings/m-1/cancellation': async (req) => {
        posted.push(await req.json());
        return json(200, meeting({ status: 'CANCELLED', statusReason: 'Nội dung đã xử lý', allowedActions: [] }));
      },
      'GET /api/v1/meetings/m-1/history': () => json(200, []),
      'GET /api/v1/meetings/m-1/invitees': () => json(200, []),
      'GET /api/v1/meetings/m-1/tasks': () => json(200, []),
      'GET /api/v1/meetings/m-1/minutes': () => problem(404, 'x', 'none'),
      ...agenda,
    });
    renderMeeting();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('meeting-cancel', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('cancel-submit'));
    expect(screen.getByTestId('cancel-reason-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    await fill(user, 'cancel-reason', 'Nội dung đã xử lý');
    await user.click(screen.getByTestId('cancel-submit'));
    await waitFor(() => expect(screen.getByTestId('meeting-status')).toHaveTextContent('Đã hủy'));
    expect(posted).toEqual([{ reason: 'Nội dung đã xử lý' }]);
    expect(screen.queryByTestId('meeting-actions')).not.toBeInTheDocument();
  });

  it('says the cancellation is done although its dialog was gone before the history came back', async () => {
    // The cancelled meeting reaches the cache first (no header actions are left, so the dialog unmounts) while the
    // history it invalidated is still being fetched: the dialog's success must not need the dialog to still be there.
    let cancelled = false;
    let release = () => {};
    const historyBack = new Promise<void>((resolve) => (release = resolve));
    mockApi({
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'POST /api/v1/meetings/m-1/cancellation': () => {
        cancelled = true;
        return json(200, meeting({ status: 'CANCELLED', statusReason: 'Nội dung đã xử lý', allowedActions: [] }));
      },
      'GET /api/v1/meetings/m-1/history': async () => {
        if (cancelled) await historyBack;
        return json(200, []);
      },
      ...agenda,
    });
    renderMeeting(vptuSpecialist, '/meetings/m-1?tab=history');
    expect(await screen.findByTestId('history-empty', {}, { timeout: 5_000 })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('meeting-cancel'));
    await fill(user, 'cancel-reason', 'Nội dung đã xử lý');
    await user.click(screen.getByTestId('cancel-submit'));
    await waitFor(() => expect(screen.getByTestId('meeting-status')).toHaveTextContent('Đã hủy'));
    expect(screen.queryByTestId('cancel-dialog')).not.toBeInTheDocument();
    expect(screen.queryByTestId('meeting-done')).not.toBeInTheDocument();
    release();
    expect(await screen.findByTestId('meeting-done')).toHaveTextContent('Đã thực hiện: Hủy cuộc họp.');
  });

  it('lets a leader of the host office close a held meeting', async () => {
    mockApi({
      'GET /api/v1/meetings/m-1': () => json(200, meeting({ status: 'HELD', allowedActions: ['TAKE_ATTENDANCE', 'WRITE_MINUTES', 'CLOSE', 'NOTIFY_OUTCOME'] })),
      'POST /api/v1/meetings/m-1/closure': () => json(200, meeting({ status: 'CLOSED', allowedActions: ['NOTIFY_OUTCOME'] })),
      'GET /api/v1/meetings/m-1/history': () => json(200, []),
      'GET /api/v1/meetings/m-1/invitees': () => json(200, []),
      'GET /api/v1/meetings/m-1/tasks': () => json(200, []),
      'GET /api/v1/meetings/m-1/minutes': () => problem(404, 'x', 'none'),
      ...agenda,
    });
    renderMeeting(vptuLeader);
    const user = userEvent.setup();
    const close = await screen.findByTestId('meeting-close', {}, { timeout: 5_000 });
    expect(close).toHaveTextContent('Duyệt biên bản, kết thúc cuộc họp');
    await user.click(close);
    await waitFor(() => expect(screen.getByTestId('meeting-status')).toHaveTextContent('Đã kết thúc'));
  });

  it('edits the details with If-Match and shows the field errors of a 422 under their fields', async () => {
    const puts: { ifMatch: string | null; body: MeetingRequest }[] = [];
    let answer: 'invalid' | 'ok' = 'invalid';
    mockApi({
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'GET /api/v1/meeting-kinds': () => json(200, kinds),
      'GET /api/v1/bodies': () => json(200, bodies),
      'GET /api/v1/leaders': () => json(200, { items: leaders, page: 0, size: 100, totalItems: 2, totalPages: 1 }),
      'GET /api/v1/offices': () => json(200, offices),
      'PUT /api/v1/meetings/m-1': async (req) => {
        puts.push({ ifMatch: req.headers.get('If-Match'), body: (await req.json()) as MeetingRequest });
        if (answer === 'invalid') {
          return json(
            422,
            {
              type: 'urn:lienthong:problem:unprocessable',
              title: 'Request cannot be processed',
              status: 422,
              detail: 'The meeting is inconsistent or refers to unknown data.',
              instance: '/api/v1/meetings/m-1',
              requestId: null,
              errors: [
                { field: 'supportingOfficeIds', message: 'the host office does not support its own meeting' },
                { field: 'endsAt', message: 'a meeting lasts at most 92 days' },
              ],
            },
            'application/problem+json',
          );
        }
        return json(200, meeting({ version: 3, venue: 'Hội trường Tỉnh ủy', clashes: [{ severity: 'WARNING', kind: 'VENUE', message: 'Cùng địa điểm với «Tiếp dân».' }] }));
      },
      'GET /api/v1/meetings/m-1/history': () => json(200, []),
      'GET /api/v1/meetings/m-1/invitees': () => json(200, []),
      'GET /api/v1/meetings/m-1/tasks': () => json(200, []),
      'GET /api/v1/meetings/m-1/minutes': () => problem(404, 'x', 'none'),
      ...agenda,
    });
    renderMeeting();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('meeting-edit', {}, { timeout: 5_000 }));
    expect(await screen.findByTestId('meeting-form')).toHaveTextContent('Sửa thông tin cuộc họp');
    await waitFor(() => expect(screen.getByTestId('meeting-kind')).toHaveValue('k-tt'));
    await fill(user, 'meeting-venue', 'Hội trường Tỉnh ủy');
    await user.click(screen.getByTestId('meeting-save'));
    expect(await screen.findByTestId('meeting-supporting-error')).toHaveTextContent('the host office does not support its own meeting');
    expect(screen.getByTestId('meeting-end-date-error')).toHaveTextContent('a meeting lasts at most 92 days');
    expect(screen.getByTestId('meeting-form-error')).toHaveTextContent('The meeting is inconsistent or refers to unknown data.');
    expect(puts[0]?.ifMatch).toBe('"2"');
    expect(puts[0]?.body).toMatchObject({ venue: 'Hội trường Tỉnh ủy', startsAt: '2026-11-27T08:00:00+07:00', leaderIds: ['l-bt'] });

    answer = 'ok';
    await user.click(screen.getByTestId('meeting-save'));
    expect(await screen.findByTestId('meeting-done')).toHaveTextContent('Đã lưu thông tin cuộc họp.');
    expect(screen.queryByTestId('meeting-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('fact-venue')).toHaveTextContent('Hội trường Tỉnh ủy');
    expect(screen.getByTestId('meeting-clashes')).toHaveTextContent('Cùng địa điểm với «Tiếp dân».');
  });

  it('opens the tab named in the address and switches tabs', async () => {
    mockApi({
      'GET /api/v1/meetings/m-1': () => json(200, meeting({ counts: { ...meeting().counts, tasks: 2 } }) as Meeting),
      'GET /api/v1/meetings/m-1/history': () =>
        json(200, [
          { action: 'CREATE', fromStatus: null, toStatus: 'PLANNED', reason: null, startsAt: null, endsAt: null, actorName: 'Lê Thị Hoa', at: '2026-11-20T09:00:00+07:00' },
          {
            action: 'POSTPONE',
            fromStatus: 'PLANNED',
            toStatus: 'POSTPONED',
            reason: 'Trùng lịch',
            startsAt: '2026-12-02T08:00:00+07:00',
            endsAt: '2026-12-02T11:00:00+07:00',
            actorName: 'Lê Thị Hoa',
            at: '2026-11-21T10:00:00+07:00',
          },
        ]),
      ...agenda,
    });
    renderMeeting(vptuSpecialist, '/meetings/m-1?tab=history');
    const rows = await screen.findAllByTestId('history-row', {}, { timeout: 5_000 });
    expect(rows[0]).toHaveTextContent('20/11/2026 09:00Lập kế hoạchDự kiến');
    expect(rows[1]).toHaveTextContent('Hoãn');
    expect(rows[1]).toHaveTextContent('Dự kiến → Tạm hoãn');
    expect(rows[1]).toHaveTextContent('Thời gian mới: 08:00–11:00 ngày 02/12/2026');
    expect(rows[1]).toHaveTextContent('Lý do: Trùng lịch');
    expect(screen.getByTestId('tab-history')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('tab-checklist')).toHaveTextContent('Công tác chuẩn bị2');
    await userEvent.setup().click(screen.getByTestId('tab-agenda'));
    expect(await screen.findByTestId('agenda-row')).toBeInTheDocument();
    expect(screen.getByTestId('tab-agenda')).toHaveAttribute('aria-selected', 'true');
  });
});
