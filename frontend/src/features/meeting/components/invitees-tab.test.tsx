import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { stubObjectUrls } from '@/testing/object-urls';
import { renderWithProviders } from '@/testing/render';
import type { AttendanceRequest, Invitee, InviteeReply, InviteeRequest, Meeting } from '../api/types';
import { bodies, invitee, meeting, unitOfficer, vptuSpecialist } from '../testing/fixtures';
import { InviteesTab } from './invitees-tab';

function renderTab(m: Meeting, me = vptuSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <InviteesTab meeting={m} />
    </CurrentUserContext.Provider>,
  );
}

const body = invitee({ id: 'i-2', kind: 'BODY', name: 'Ủy ban nhân dân tỉnh', unitId: null, bodyId: 'b-ubnd', reply: 'ATTEND', repliedAt: '2026-11-25T10:00:00+07:00', repliedByName: 'Trần Văn Bình' });
const substitute = invitee({ id: 'i-3', reply: 'SUBSTITUTE', substituteName: 'Phó Giám đốc Nguyễn Thị Lan', replyReason: 'Giám đốc đi công tác' });

describe('InviteesTab', () => {
  it('lists the invitees with their replies, and offers each invitation as .ics', async () => {
    const created = stubObjectUrls('blob:ics');
    mockApi({
      'GET /api/v1/meetings/m-1/invitees': () => json(200, [body, substitute]),
      'GET /api/v1/meetings/m-1/invitees/i-2/invitation.ics': () => new Response('BEGIN:VCALENDAR', { status: 200, headers: { 'Content-Type': 'text/calendar' } }),
    });
    renderTab(meeting({ status: 'INVITED', allowedActions: [], counts: { ...meeting().counts, invitees: 2, attending: 1, substitutes: 1 } }), unitOfficer);
    const rows = await screen.findAllByTestId('invitee-row', {}, { timeout: 5_000 });
    expect(rows[0]).toHaveTextContent('Ủy ban nhân dân tỉnh');
    expect(rows[0]).toHaveTextContent('Cơ quan lãnh đạo');
    expect(within(rows[0]!).getByTestId('invitee-reply')).toHaveTextContent('Tham dự');
    expect(rows[0]).toHaveTextContent('Trần Văn Bình phản hồi lúc 25/11/2026 10:00');
    expect(within(rows[1]!).getByTestId('invitee-reply')).toHaveTextContent('Cử người dự thay');
    expect(rows[1]).toHaveTextContent('Người dự thay: Phó Giám đốc Nguyễn Thị Lan');
    expect(screen.getByTestId('invitee-counts')).toHaveTextContent('2Thành phần mời');
    expect(screen.queryByTestId('invitee-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('invitee-remove')).not.toBeInTheDocument();
    expect(screen.queryByTestId('invitee-reply-open')).not.toBeInTheDocument();
    await userEvent.setup().click(within(rows[0]!).getByTestId('invitee-ics'));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
  });

  it('lets the host add a unit as invitee', async () => {
    const posted: InviteeRequest[] = [];
    let list: Invitee[] = [];
    mockApi({
      'GET /api/v1/meetings/m-1/invitees': () => json(200, list),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'GET /api/v1/bodies': () => json(200, bodies),
      'GET /api/v1/units': () => json(200, { items: [{ id: 'u-stc', code: 'STC', name: 'Sở Tài chính', kind: 'DEPARTMENT', validFrom: '2020-01-01', validTo: null, version: 0, updatedAt: '2026-01-01T00:00:00+07:00' }], page: 0, size: 10, totalItems: 1, totalPages: 1 }),
      'POST /api/v1/meetings/m-1/invitees': async (req) => {
        posted.push((await req.json()) as InviteeRequest);
        list = [invitee()];
        return json(201, list[0]);
      },
    });
    renderTab(meeting());
    expect(await screen.findByTestId('invitees-empty', {}, { timeout: 5_000 })).toHaveTextContent('Chưa có thành phần mời.');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('invitee-add'));
    await user.selectOptions(screen.getByTestId('invitee-kind'), 'UNIT');
    await user.click(screen.getByTestId('invitee-save'));
    expect(screen.getByTestId('invitee-unit-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    await user.type(screen.getByTestId('invitee-unit-search'), 'tai chinh');
    await user.click(await screen.findByTestId('invitee-unit-result', {}, { timeout: 3_000 }));
    await user.click(screen.getByTestId('invitee-save'));
    expect(await screen.findByTestId('invitee-row')).toHaveTextContent('Sở Tài chính');
    expect(posted).toEqual([{ kind: 'UNIT', unitId: 'u-stc' }]);
  });

  it('answers for an invitee: absent needs a reason', async () => {
    const replies: InviteeReply[] = [];
    mockApi({
      'GET /api/v1/meetings/m-1/invitees': () => json(200, [invitee({ canReply: true })]),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'POST /api/v1/meetings/m-1/invitees/i-1/reply': async (req) => {
        replies.push((await req.json()) as InviteeReply);
        return json(200, invitee({ reply: 'ABSENT', replyReason: 'Đi công tác' }));
      },
    });
    renderTab(meeting({ status: 'INVITED', allowedActions: [] }), unitOfficer);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('invitee-reply-open', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('reply-ABSENT'));
    await user.click(screen.getByTestId('reply-submit'));
    expect(screen.getByTestId('reply-i-1-reason-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    await user.type(screen.getByTestId('reply-i-1-reason'), 'Đi công tác');
    await user.click(screen.getByTestId('reply-submit'));
    await waitFor(() => expect(replies).toEqual([{ reply: 'ABSENT', reason: 'Đi công tác', substituteName: null }]));
    await waitFor(() => expect(screen.queryByTestId('reply-form')).not.toBeInTheDocument());
  });

  it('takes the attendance, those who said they attend ticked', async () => {
    const sent: AttendanceRequest[] = [];
    let list: Invitee[] = [body, invitee({ reply: 'ABSENT', replyReason: 'Ốm' })];
    mockApi({
      'GET /api/v1/meetings/m-1/invitees': () => json(200, list),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'PUT /api/v1/meetings/m-1/invitees/attendance': async (req) => {
        sent.push((await req.json()) as AttendanceRequest);
        list = [{ ...body, attended: true }, invitee({ reply: 'ABSENT', attended: false })];
        return json(200, list);
      },
    });
    renderTab(meeting({ status: 'HELD', allowedActions: ['TAKE_ATTENDANCE', 'WRITE_MINUTES'] }));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('attendance-open', {}, { timeout: 5_000 }));
    const boxes = screen.getAllByTestId('attendance-present');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, false]);
    await user.click(screen.getByTestId('attendance-save'));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          entries: [
            { inviteeId: 'i-2', attended: true, note: null },
            { inviteeId: 'i-1', attended: false, note: null },
          ],
        },
      ]),
    );
    await waitFor(() => expect(screen.getAllByTestId('invitee-attended')[0]).toHaveTextContent('Có mặt'));
    expect(screen.getAllByTestId('invitee-attended')[1]).toHaveTextContent('Vắng');
  });
});
