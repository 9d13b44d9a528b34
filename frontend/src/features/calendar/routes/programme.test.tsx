import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { ApprovalRequest, ClashCheckRequest, ItemRequest, Programme } from '../api/types';
import { bodies, clash, item, leaders, offices, page, programme, ubndSpecialist, vptuLeader, vptuSpecialist } from '../testing/fixtures';
import { ProgrammeRoute } from './programme';

const TODAY = '2026-11-24';

function renderProgramme(me: MeResponse = ubndSpecialist, lang: 'vi' | 'en' = 'vi') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/calendar/programmes/:id" element={<ProgrammeRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/calendar/programmes/p-1', lang },
  );
}

function problem(status: number, type: string, detail: string, errors: { field: string; message: string }[] = []) {
  return json(status, { type, title: 'Problem', status, detail, instance: '/api/v1/x', requestId: null, errors }, 'application/problem+json');
}

const reference = {
  'GET /api/v1/leaders': () => json(200, page(leaders)),
  'GET /api/v1/bodies': () => json(200, bodies),
  'GET /api/v1/offices': () => json(200, offices),
};

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

describe('ProgrammeRoute — the buttons follow allowedActions', () => {
  it.each([
    [['EDIT_ITEMS', 'SUBMIT'], ['programme-submit'], true],
    [['RETURN', 'CONSOLIDATE'], ['programme-return', 'programme-consolidate'], false],
    [['RETURN', 'APPROVE'], ['programme-return', 'programme-approve'], false],
    [['PUBLISH'], ['programme-publish'], false],
    [['AMEND'], [], true],
  ])('allowedActions %j → %j', async (allowed, buttons, canAdd) => {
    mockApi({
      ...reference,
      'GET /api/v1/programmes/p-1': () => json(200, programme({ allowedActions: allowed as Programme['allowedActions'] })),
      'GET /api/v1/programmes/p-1/items': () => json(200, page([item()])),
      'GET /api/v1/programmes/p-1/amendments': () => json(200, []),
    });
    renderProgramme();
    await screen.findByTestId('programme-heading', {}, { timeout: 5_000 });
    await screen.findAllByTestId('item-row', {}, { timeout: 5_000 });
    const all = ['programme-submit', 'programme-return', 'programme-consolidate', 'programme-approve', 'programme-publish'];
    for (const id of all) {
      if (buttons.includes(id)) expect(screen.getByTestId(id)).toBeInTheDocument();
      else expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    }
    if (buttons.length === 0) expect(screen.queryByTestId('programme-actions')).not.toBeInTheDocument();
    expect(!!screen.queryByTestId('item-add')).toBe(canAdd);
    expect(!!screen.queryByTestId('item-edit')).toBe(canAdd);
  });

  it('shows no button at all when the user may do nothing', async () => {
    mockApi({
      'GET /api/v1/programmes/p-1': () => json(200, programme({ status: 'SUBMITTED', allowedActions: [] })),
      'GET /api/v1/programmes/p-1/items': () => json(200, page([item()])),
    });
    renderProgramme(vptuSpecialist);
    expect(await screen.findByTestId('programme-status', {}, { timeout: 5_000 })).toHaveTextContent('Đã gửi');
    await screen.findAllByTestId('item-row');
    expect(screen.queryByTestId('programme-actions')).not.toBeInTheDocument();
    expect(screen.queryByTestId('item-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('item-edit')).not.toBeInTheDocument();
  });

  it('submits with one click and shows the new status', async () => {
    let current = programme({ allowedActions: ['EDIT_ITEMS', 'SUBMIT'] });
    mockApi({
      ...reference,
      'GET /api/v1/programmes/p-1': () => json(200, current),
      'GET /api/v1/programmes/p-1/items': () => json(200, page([])),
      'POST /api/v1/programmes/p-1/submission': () => {
        current = programme({ status: 'SUBMITTED', submittedAt: '2026-11-24T09:00:00+07:00', submittedOnTime: true, allowedActions: [] });
        return json(200, current);
      },
    });
    renderProgramme();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('programme-submit', {}, { timeout: 5_000 }));
    await waitFor(() => expect(screen.getByTestId('programme-status')).toHaveTextContent('Đã gửi'));
    expect(screen.getByTestId('on-time')).toHaveTextContent('Đúng hạn');
    expect(screen.getByTestId('programme-done')).toHaveTextContent('Đã thực hiện: Gửi chương trình.');
    expect(screen.queryByTestId('programme-submit')).not.toBeInTheDocument();
  });

  it('asks for a comment before returning, and for the decision before approving', async () => {
    const returned: unknown[] = [];
    const approved: ApprovalRequest[] = [];
    mockApi({
      'GET /api/v1/programmes/p-1': () => json(200, programme({ status: 'CONSOLIDATED', allowedActions: ['RETURN', 'APPROVE'] })),
      'GET /api/v1/programmes/p-1/items': () => json(200, page([])),
      'POST /api/v1/programmes/p-1/return': async (req) => {
        returned.push(await req.json());
        return json(200, programme({ status: 'RETURNED', returnComment: 'Bổ sung thành phần', allowedActions: [] }));
      },
      'POST /api/v1/programmes/p-1/approval': async (req) => {
        approved.push((await req.json()) as ApprovalRequest);
        return json(200, programme({ status: 'APPROVED', decisionReference: '15-QĐ/TU', decidedOn: TODAY, allowedActions: ['PUBLISH'] }));
      },
    });
    renderProgramme(vptuLeader);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('programme-return', {}, { timeout: 5_000 }));
    expect(screen.getByRole('dialog')).toHaveTextContent('Trả lại');
    await user.click(screen.getByTestId('return-submit'));
    expect(screen.getByTestId('return-comment-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(returned).toHaveLength(0);
    await user.click(screen.getByTestId('return-close'));

    await user.click(screen.getByTestId('programme-approve'));
    await user.click(screen.getByTestId('approve-submit'));
    expect(screen.getByTestId('approve-reference-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(screen.getByTestId('approve-date')).toHaveValue(TODAY);
    await fill(user, 'approve-reference', '15-QĐ/TU');
    await user.click(screen.getByTestId('approve-submit'));
    await waitFor(() => expect(approved).toEqual([{ decisionReference: '15-QĐ/TU', decidedOn: TODAY }]));
    await waitFor(() => expect(screen.getByTestId('programme-status')).toHaveTextContent('Đã phê duyệt'));
    expect(screen.getByTestId('programme-decision')).toHaveTextContent('Số 15-QĐ/TU ngày 24/11/2026');
    expect(screen.getByTestId('programme-publish')).toHaveTextContent('Ban hành');
    expect(screen.queryByTestId('programme-approve')).not.toBeInTheDocument();
  });
});

describe('ProgrammeRoute — the item form', () => {
  it('warns of clashes in Vietnamese while typing, then shows those the save answered with', async () => {
    const checks: ClashCheckRequest[] = [];
    const posted: ItemRequest[] = [];
    mockApi({
      ...reference,
      'GET /api/v1/programmes/p-1': () => json(200, programme()),
      'GET /api/v1/programmes/p-1/items': () => json(200, page([])),
      'POST /api/v1/clash-checks': async (req) => {
        const body = (await req.json()) as ClashCheckRequest;
        checks.push(body);
        const clashes = body.leaderIds?.includes('l-bt')
          ? [clash(), clash({ kind: 'LOCALITY', severity: 'WARNING', otherItemId: 'i-x', shared: [{ id: 'u-cg', name: 'Phường Cầu Giấy' }] })]
          : [];
        return json(200, { clashes });
      },
      'POST /api/v1/programmes/p-1/items': async (req) => {
        posted.push((await req.json()) as ItemRequest);
        return json(201, { item: item({ title: 'Làm việc với Sở Tài chính' }), clashes: [clash()] });
      },
    });
    renderProgramme();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('item-add', {}, { timeout: 5_000 }));
    await screen.findByLabelText('Nguyễn Văn A (Bí thư Tỉnh ủy)', {}, { timeout: 5_000 });
    await fill(user, 'item-title', 'Làm việc với Sở Tài chính');
    await fill(user, 'item-start-date', '2026-12-10');
    await fill(user, 'item-end-date', '2026-12-10');
    await fill(user, 'item-start-time', '09:00');
    await fill(user, 'item-end-time', '10:30');
    await user.selectOptions(screen.getByTestId('item-visibility'), 'PUBLIC');
    expect(await screen.findByTestId('clash-none', {}, { timeout: 5_000 })).toHaveTextContent('Không trùng lịch.');
    await user.click(screen.getByLabelText('Nguyễn Văn A (Bí thư Tỉnh ủy)'));

    const warning = await screen.findByTestId('clash-warning', {}, { timeout: 5_000 });
    expect(warning).toHaveAttribute('role', 'alert');
    const [conflict, notice] = within(warning).getAllByTestId('clash');
    expect(conflict).toHaveTextContent(
      'Trùng lịch: Đ/c Nguyễn Văn A (Bí thư Tỉnh ủy) đã có lịch «Hội nghị Ban Thường vụ Tỉnh ủy» (Thường trực Tỉnh ủy) 08:00–11:00 ngày 10/12/2026.',
    );
    expect(conflict).toHaveClass('cal-clash--CONFLICT');
    expect(notice).toHaveClass('cal-clash--WARNING');
    expect(notice).toHaveTextContent('Lưu ý');
    expect(notice).toHaveTextContent('Cùng địa bàn: Phường Cầu Giấy đã có lịch');
    const last = checks[checks.length - 1]!;
    expect(last).toEqual({
      periodKind: 'MONTH',
      startsAt: '2026-12-10T09:00:00+07:00',
      endsAt: '2026-12-10T10:30:00+07:00',
      allDay: false,
      venue: null,
      localityUnitId: null,
      leaderIds: ['l-bt'],
      participantBodyIds: [],
      participantUnitIds: [],
    });
    // debounced: not one check per keystroke
    expect(checks.length).toBeLessThan(6);

    await user.click(screen.getByTestId('item-save'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({
      title: 'Làm việc với Sở Tài chính',
      startsAt: '2026-12-10T09:00:00+07:00',
      endsAt: '2026-12-10T10:30:00+07:00',
      allDay: false,
      leaderIds: ['l-bt'],
      visibility: 'PUBLIC',
      servingOfficeId: programme().officeId,
    });
    expect('amendmentReason' in posted[0]!).toBe(false);
    expect(await screen.findByTestId('programme-done', {}, { timeout: 5_000 })).toHaveTextContent('Đã lưu hoạt động.');
    expect(screen.getByTestId('saved-clashes')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('saved-clashes')).toHaveTextContent('Trùng lịch: Đ/c Nguyễn Văn A (Bí thư Tỉnh ủy) đã có lịch');
    expect(screen.queryByTestId('item-form')).not.toBeInTheDocument();
  }, 30_000);

  it('checks nothing while the end is not after the start, and says so', async () => {
    const { calls } = mockApi({
      ...reference,
      'GET /api/v1/programmes/p-1': () => json(200, programme()),
      'GET /api/v1/programmes/p-1/items': () => json(200, page([])),
      'POST /api/v1/clash-checks': () => json(200, { clashes: [] }),
    });
    renderProgramme();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('item-add', {}, { timeout: 5_000 }));
    await fill(user, 'item-title', 'Họp');
    await fill(user, 'item-start-time', '11:00');
    await fill(user, 'item-end-time', '09:00');
    await act(() => new Promise((r) => setTimeout(r, 600)));
    const checked = calls.filter((c) => c.url.endsWith('/clash-checks')).length;
    await user.click(screen.getByTestId('item-save'));
    expect(screen.getByTestId('item-end-date-error')).toHaveTextContent('Thời gian kết thúc phải sau thời gian bắt đầu.');
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect(calls.filter((c) => c.url.endsWith('/clash-checks')).length).toBe(checked);
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/items'))).toBe(false);
  }, 15_000);

  it('sends If-Match when changing an item, explains a 412, and puts the server\'s field errors next to the fields', async () => {
    const puts: { ifMatch: string | null; body: ItemRequest }[] = [];
    let reply = () => problem(412, 'urn:lienthong:problem:stale-version', 'changed');
    mockApi({
      ...reference,
      'GET /api/v1/programmes/p-1': () => json(200, programme({ status: 'PUBLISHED', allowedActions: ['AMEND'] })),
      'GET /api/v1/programmes/p-1/items': () => json(200, page([item()])),
      'GET /api/v1/programmes/p-1/amendments': () => json(200, []),
      'POST /api/v1/clash-checks': () => json(200, { clashes: [] }),
      'PUT /api/v1/programme-items/i-1': async (req) => {
        puts.push({ ifMatch: req.headers.get('If-Match'), body: (await req.json()) as ItemRequest });
        return reply();
      },
    });
    renderProgramme();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('item-edit', {}, { timeout: 5_000 }));
    expect(screen.getByTestId('item-start-time')).toHaveValue('09:00');
    expect(screen.getByTestId('item-end-time')).toHaveValue('10:30');
    // a published programme: the change is an amendment and needs its reason
    await user.click(screen.getByTestId('item-save'));
    expect(screen.getByTestId('item-amendment-reason-error')).toHaveTextContent('Vui lòng nhập lý do điều chỉnh.');
    expect(puts).toHaveLength(0);
    await fill(user, 'item-amendment-reason', 'Đồng chí Chủ tịch đi công tác');
    await fill(user, 'item-start-time', '14:00');
    await fill(user, 'item-end-time', '16:00');
    await user.click(screen.getByTestId('item-save'));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.ifMatch).toBe('"2"');
    expect(puts[0]!.body).toMatchObject({
      startsAt: '2026-12-10T14:00:00+07:00',
      endsAt: '2026-12-10T16:00:00+07:00',
      amendmentReason: 'Đồng chí Chủ tịch đi công tác',
    });
    expect(await screen.findByTestId('item-stale', {}, { timeout: 5_000 })).toHaveTextContent(
      'Hoạt động đã được người khác thay đổi, vui lòng tải lại.',
    );
    expect(screen.getByTestId('item-save')).toBeDisabled();

    await user.click(screen.getByTestId('item-reload'));
    await waitFor(() => expect(screen.queryByTestId('item-stale')).not.toBeInTheDocument());
    reply = () =>
      problem(422, 'urn:lienthong:problem:validation', 'Một số trường không hợp lệ.', [
        { field: 'startsAt', message: 'ngoài kỳ của chương trình' },
      ]);
    await fill(user, 'item-amendment-reason', 'Đổi giờ');
    await user.click(screen.getByTestId('item-save'));
    expect(await screen.findByTestId('item-start-date-error', {}, { timeout: 5_000 })).toHaveTextContent('ngoài kỳ của chương trình');
    expect(screen.getByTestId('item-error')).toHaveTextContent('Một số trường không hợp lệ.');
  }, 30_000);
});
