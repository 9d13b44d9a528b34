import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Meeting, Minutes, MinutesRequest, OutcomeNoticeRequest } from '../api/types';
import { meeting, minutes, offices, VPUB_OFFICE } from '../testing/fixtures';
import { MinutesTab } from './minutes-tab';

const held = meeting({ status: 'HELD', allowedActions: ['TAKE_ATTENDANCE', 'WRITE_MINUTES', 'NOTIFY_OUTCOME'] });

function renderTab(m: Meeting = held) {
  return renderWithProviders(<MinutesTab meeting={m} />);
}

describe('MinutesTab', () => {
  it('writes the minutes the first time without If-Match, then rewrites them with it', async () => {
    const puts: { ifMatch: string | null; body: MinutesRequest }[] = [];
    let current: Minutes | null = null;
    mockApi({
      'GET /api/v1/meetings/m-1/minutes': () => (current ? json(200, current) : problem(404, 'urn:lienthong:problem:not-found', 'Minutes not found')),
      'GET /api/v1/meetings/m-1/outcome-notices': () => json(200, []),
      'GET /api/v1/meetings/m-1': () => json(200, held),
      'PUT /api/v1/meetings/m-1/minutes': async (req) => {
        const body = (await req.json()) as MinutesRequest;
        puts.push({ ifMatch: req.headers.get('If-Match'), body });
        current = minutes({ content: body.content, version: puts.length - 1 });
        return json(200, current);
      },
    });
    renderTab();
    expect(await screen.findByTestId('minutes-empty', {}, { timeout: 5_000 })).toHaveTextContent('Chưa có biên bản.');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('minutes-edit'));
    await user.click(screen.getByTestId('minutes-save'));
    expect(screen.getByTestId('minutes-content-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    await user.click(screen.getByTestId('minutes-content'));
    await user.paste('Hội nghị thống nhất các nhiệm vụ tháng 12.');
    await user.click(screen.getByTestId('minutes-save'));
    expect(await screen.findByTestId('minutes-text')).toHaveTextContent('Hội nghị thống nhất các nhiệm vụ tháng 12.');
    expect(screen.getByTestId('minutes-written')).toHaveTextContent('Người ghi: Lê Thị Hoa, lúc 27/11/2026 15:00');

    await user.click(screen.getByTestId('minutes-edit'));
    expect(screen.getByTestId('minutes-content')).toHaveValue('Hội nghị thống nhất các nhiệm vụ tháng 12.');
    await user.click(screen.getByTestId('minutes-content'));
    await user.paste(' Giao Văn phòng theo dõi.');
    await user.click(screen.getByTestId('minutes-save'));
    await waitFor(() => expect(screen.getByTestId('minutes-text')).toHaveTextContent('Giao Văn phòng theo dõi.'));
    expect(puts.map((p) => p.ifMatch)).toEqual([null, '"0"']);
    expect(puts[0]?.body).toEqual({ content: 'Hội nghị thống nhất các nhiệm vụ tháng 12.', attachmentIds: [] });
  });

  it('shows who approved the minutes of a closed meeting, without editing', async () => {
    mockApi({
      'GET /api/v1/meetings/m-1/minutes': () => json(200, minutes({ approvedByName: 'Hoàng Văn Tổng Hợp', approvedAt: '2026-11-28T09:00:00+07:00' })),
      'GET /api/v1/meetings/m-1/outcome-notices': () => json(200, []),
    });
    renderTab(meeting({ status: 'CLOSED', allowedActions: [] }));
    expect(await screen.findByTestId('minutes-approved', {}, { timeout: 5_000 })).toHaveTextContent('Đã duyệt: Hoàng Văn Tổng Hợp, lúc 28/11/2026 09:00');
    expect(screen.queryByTestId('minutes-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('notice-open')).not.toBeInTheDocument();
  });

  it('keeps the minutes of an internal meeting from those not involved', async () => {
    mockApi({ 'GET /api/v1/meetings/m-1/outcome-notices': () => json(200, []) });
    renderTab(meeting({ status: 'HELD', documentsVisible: false, allowedActions: [] }));
    expect(screen.getByTestId('minutes-internal')).toHaveTextContent('lưu hành nội bộ');
  });

  it('notifies the related offices of the conclusions, the supporting offices chosen by default', async () => {
    const sent: OutcomeNoticeRequest[] = [];
    mockApi({
      'GET /api/v1/meetings/m-1/minutes': () => json(200, minutes()),
      'GET /api/v1/meetings/m-1/outcome-notices': () =>
        json(
          200,
          sent.map((s, i) => ({
            id: `n-${i}`,
            meetingId: 'm-1',
            content: s.content,
            conclusionId: null,
            recipients: [{ id: VPUB_OFFICE, name: 'Văn phòng UBND tỉnh' }],
            sentByName: 'Lê Thị Hoa',
            sentAt: '2026-11-28T09:00:00+07:00',
          })),
        ),
      'GET /api/v1/meetings/m-1': () => json(200, held),
      'GET /api/v1/offices': () => json(200, offices),
      'POST /api/v1/meetings/m-1/outcome-notices': async (req) => {
        sent.push((await req.json()) as OutcomeNoticeRequest);
        return json(201, { id: 'n-0', meetingId: 'm-1', content: sent[0]!.content, conclusionId: null, recipients: [], sentByName: 'Lê Thị Hoa', sentAt: '2026-11-28T09:00:00+07:00' });
      },
    });
    renderTab();
    expect(await screen.findByTestId('notices-empty', {}, { timeout: 5_000 })).toHaveTextContent('Chưa gửi thông báo kết luận.');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('notice-open'));
    await user.click(screen.getByTestId('notice-content'));
    await user.paste('Thường trực Tỉnh ủy kết luận: giao UBND tỉnh hoàn thiện báo cáo.');
    await waitFor(() => expect(screen.getByLabelText('Văn phòng UBND tỉnh')).toBeChecked());
    // the host office itself is not among the recipients
    expect(screen.queryByLabelText('Văn phòng Tỉnh ủy')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('notice-send'));
    expect(await screen.findByTestId('outcome-notice')).toHaveTextContent('Nơi nhận: Văn phòng UBND tỉnh');
    expect(sent).toEqual([
      { content: 'Thường trực Tỉnh ủy kết luận: giao UBND tỉnh hoàn thiện báo cáo.', recipientOfficeIds: [VPUB_OFFICE], conclusionId: null },
    ]);
  });
});
