import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { stubObjectUrls } from '@/testing/object-urls';
import { renderWithProviders } from '@/testing/render';
import type { ClassificationRequest, ForwardingRequest, Petition } from '../api/types';
import { bodies, DENOUNCER, petition, vptuLeader, vptuSpecialist } from '../testing/fixtures';
import { PetitionRoute } from './petition';

const TODAY = '2026-11-24';

function renderPage(me: MeResponse) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/petitions/:id" element={<PetitionRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/petitions/p-1' },
  );
}

const handler = { userId: vptuSpecialist.id, fullName: vptuSpecialist.fullName, assignedAt: '2026-11-21T08:00:00+07:00' };

/** The petition as its handler sees it: still redacted (a denunciation), with the handling steps of a new petition. */
const handled = petition({ handlers: [handler], allowedActions: ['REVEAL_IDENTITY', 'CLASSIFY', 'ASSIGN_UNIT'] });

const common = {
  'GET /api/v1/bodies': () => json(200, bodies),
  'GET /api/v1/petitions/p-1/duplicates': () => json(200, []),
  'GET /api/v1/petitions/p-1/history': () => json(200, []),
};

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

describe('PetitionRoute', () => {
  it('shows a leader the petition with its due date and legal basis, the denouncer redacted, and lets them assign a handler', async () => {
    const staff = [
      { userId: vptuLeader.id, fullName: vptuLeader.fullName, role: 'OFFICE_LEADER', handler: false },
      { userId: vptuSpecialist.id, fullName: vptuSpecialist.fullName, role: 'SPECIALIST', handler: false },
    ];
    const posted: unknown[] = [];
    mockApi({
      ...common,
      'GET /api/v1/petitions/p-1': () => json(200, petition({ allowedActions: ['ASSIGN_HANDLER', 'CLASSIFY', 'ASSIGN_UNIT'], flags: ['SKIPS_LEVEL'] })),
      'GET /api/v1/petitions/p-1/assignable-handlers': () => json(200, staff),
      'POST /api/v1/petitions/p-1/handlers': async (req) => {
        posted.push(await req.json());
        return json(200, petition({ handlers: [handler], allowedActions: ['ASSIGN_HANDLER', 'CLASSIFY', 'ASSIGN_UNIT'] }));
      },
    });
    renderPage(vptuLeader);
    expect(await screen.findByTestId('petition-heading', {}, { timeout: 5_000 })).toHaveTextContent('Đơn tố cáo số 12/2026');
    expect(screen.getByTestId('petition-status')).toHaveTextContent('Chờ phân loại, xử lý');
    expect(screen.getByTestId('petition-flags')).toHaveTextContent('Vượt cấp');
    expect(screen.getByTestId('petition-subtitle')).toHaveTextContent('Cổng thông tin điện tử · nhận ngày 20/11/2026');
    expect(screen.getByTestId('fact-tracking')).toHaveTextContent('TC-7Q2K9');
    expect(await screen.findByTestId('fact-body')).toHaveTextContent('Thường trực Tỉnh ủy');
    // due dates with the countdown and the legal basis
    expect(screen.getByTestId('petition-due-countdown')).toHaveTextContent('còn 7 ngày');
    expect(screen.getByTestId('petition-due-on')).toHaveTextContent('01/12/2026');
    expect(screen.getByTestId('deadline-first')).toHaveTextContent('01/12/2026');
    expect(screen.getByTestId('deadline-first')).toHaveTextContent('Căn cứ: Luật Tố cáo 2018, khoản 1 Điều 24');
    expect(screen.getByTestId('deadline-classification')).toHaveTextContent('Chưa phân loại');
    // the denouncer: redacted, and no "see identity" for a leader who does not handle it
    expect(screen.getByTestId('petitioner-redacted')).toHaveTextContent('Đã ẩn danh tính');
    expect(screen.queryByTestId('reveal-open')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(DENOUNCER);

    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Lê Thị Hoa (Chuyên viên)' })).toHaveLength(1));
    await user.click(screen.getByTestId('assign-handler-submit'));
    expect(screen.getByTestId('assign-handler-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    await user.selectOptions(screen.getByTestId('assign-handler'), 'Lê Thị Hoa (Chuyên viên)');
    await user.click(screen.getByTestId('assign-handler-submit'));
    expect(await screen.findByTestId('petition-done')).toHaveTextContent('Đã giao đồng chí Lê Thị Hoa xử lý đơn.');
    expect(posted).toEqual([{ userId: vptuSpecialist.id }]);
    expect(within(screen.getByTestId('handlers-list')).getByTestId('handler')).toHaveTextContent('Lê Thị Hoa');
  });

  it('reveals the identities to a handler only with a recorded reason of 10 characters, in the dialog only, and forgets them on close', async () => {
    const reasons: unknown[] = [];
    mockApi({
      ...common,
      'GET /api/v1/petitions/p-1': () => json(200, handled),
      'POST /api/v1/petitions/p-1/identity-disclosures': async (req) => {
        reasons.push(await req.json());
        return json(201, {
          disclosureId: 'd-1',
          petitioners: [
            { position: 1, representative: false, redacted: false, identity: { fullName: DENOUNCER, address: 'Số 5 phố Trần Duy Hưng', idNumber: '001099012345', phone: null } },
          ],
          scans: [{ scanId: 's-1', position: 1 }],
        });
      },
    });
    const { queryClient } = renderPage(vptuSpecialist);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('reveal-open', {}, { timeout: 5_000 }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByTestId('reveal-recorded')).toHaveTextContent('Việc xem danh tính được ghi lại: người xem, thời điểm, lý do.');

    await fill(user, 'reveal-reason', 'Cần xem');
    await user.click(within(dialog).getByTestId('reveal-submit'));
    expect(within(dialog).getByTestId('reveal-reason-error')).toHaveTextContent('Lý do phải có ít nhất 10 ký tự.');
    expect(reasons).toHaveLength(0);

    await fill(user, 'reveal-reason', 'Cần liên hệ người tố cáo để xác minh thêm nội dung');
    await user.click(within(dialog).getByTestId('reveal-submit'));
    const shown = await within(dialog).findByTestId('reveal-identities');
    expect(within(shown).getByTestId('identity-name')).toHaveTextContent(DENOUNCER);
    expect(within(dialog).getByTestId('reveal-scan')).toHaveTextContent('Tải bản chụp bút tích số 1');
    expect(within(shown).getByTestId('identity-id-number')).toHaveTextContent('001099012345');
    expect(reasons).toEqual([{ reason: 'Cần liên hệ người tố cáo để xác minh thêm nội dung' }]);
    // the page itself still shows the petitioner redacted
    expect(screen.getByTestId('petitioner-redacted')).toHaveTextContent('Đã ẩn danh tính');
    // nothing of it in the query cache
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data))).not.toContain(DENOUNCER);

    await user.click(within(dialog).getByTestId('reveal-close'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(DENOUNCER);
    await waitFor(() => expect(JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state.data ?? null))).not.toContain(DENOUNCER));

    // opening it again asks for a reason again
    await user.click(screen.getByTestId('reveal-open'));
    expect(screen.getByTestId('reveal-form')).toBeInTheDocument();
    expect(screen.queryByTestId('reveal-identities')).not.toBeInTheDocument();
    expect(screen.getByTestId('reveal-reason')).toHaveValue('');
  });

  it('classifies the petition as outside competence, then forwards it only with an authority, previewing the letter, and downloads it', async () => {
    const created = stubObjectUrls('blob:letter');
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    let current: Petition = handled;
    const classified: ClassificationRequest[] = [];
    const forwarded: ForwardingRequest[] = [];
    const letter = { id: 'doc-1', kind: 'FORWARDING_LETTER', number: '7/2026', issuedOn: TODAY, addressee: 'Thanh tra tỉnh' };
    const { calls } = mockApi({
      ...common,
      'GET /api/v1/petitions/p-1': () => json(200, current),
      'POST /api/v1/petitions/p-1/classification': async (req) => {
        classified.push((await req.json()) as ClassificationRequest);
        current = {
          ...handled,
          handling: { ...handled.handling, eligible: false, ineligibleReason: 'OUTSIDE_COMPETENCE', classifiedAt: '2026-11-24T09:00:00+07:00' },
          allowedActions: ['REVEAL_IDENTITY', 'CLASSIFY', 'FORWARD', 'GUIDE', 'FILE', 'ASSIGN_UNIT'],
        };
        return json(200, current);
      },
      'POST /api/v1/petitions/p-1/forwardings': async (req) => {
        forwarded.push((await req.json()) as ForwardingRequest);
        current = {
          ...current,
          status: 'FORWARDED',
          handling: {
            ...current.handling,
            dueOn: null,
            daysLeft: null,
            documents: [letter],
            forwardings: [{ id: 'f-1', documentId: 'doc-1', authority: 'Thanh tra tỉnh', replyDueOn: null, repliedOn: null, replySummary: null, replyDocument: null }],
          },
          allowedActions: ['REVEAL_IDENTITY'],
        };
        return json(200, current);
      },
      'GET /api/v1/petitions/p-1/documents/doc-1/letter': () => new Response(new Blob(['PK-docx']), { status: 200 }),
    });
    renderPage(vptuSpecialist);
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('action-classify', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('classify-eligible-no'));
    await user.click(screen.getByTestId('classify-submit'));
    expect(screen.getByTestId('classify-reason-error')).toHaveTextContent('Chọn lý do đơn không đủ điều kiện xử lý.');
    await user.selectOptions(screen.getByTestId('classify-reason'), 'Không thuộc thẩm quyền');
    await user.click(screen.getByTestId('classify-submit'));
    expect(await screen.findByTestId('petition-done')).toHaveTextContent('Đã thực hiện: Phân loại.');
    expect(classified).toEqual([{ eligible: false, ineligibleReason: 'OUTSIDE_COMPETENCE', note: null, complexity: 'NORMAL', remoteArea: false, round: null }]);
    expect(screen.getByTestId('deadline-classification')).toHaveTextContent('Không đủ điều kiện xử lý: Không thuộc thẩm quyền');

    await user.click(screen.getByTestId('action-forward'));
    await user.click(screen.getByTestId('forward-submit'));
    expect(screen.getByTestId('forward-authority-error')).toHaveTextContent('Vui lòng ghi cơ quan có thẩm quyền nhận đơn.');
    expect(forwarded).toHaveLength(0);

    await fill(user, 'forward-authority', 'Thanh tra tỉnh');
    await fill(user, 'forward-note', 'xác minh, xử lý theo quy định');
    const preview = screen.getByTestId('forward-preview');
    expect(preview).toHaveTextContent('Kính gửi: Thanh tra tỉnh');
    expect(preview).toHaveTextContent(
      'Văn phòng Tỉnh ủy nhận được đơn tố cáo số 12/2026 ghi ngày nhận 20/11/2026, nội dung: Tố cáo cán bộ địa chính phường nhận tiền.',
    );
    expect(preview).toHaveTextContent('để xem xét, giải quyết theo thẩm quyền; xác minh, xử lý theo quy định.');
    expect(preview).toHaveTextContent('Đề nghị giữ bí mật họ tên, địa chỉ, bút tích');
    expect(preview).not.toHaveTextContent(DENOUNCER);
    await user.click(screen.getByTestId('forward-submit'));

    expect(await screen.findByTestId('petition-done')).toHaveTextContent('Đã thực hiện: Chuyển đơn.');
    expect(forwarded).toEqual([{ authority: 'Thanh tra tỉnh', authorityUnitId: null, note: 'xác minh, xử lý theo quy định', replyDueOn: null }]);
    expect(screen.getByTestId('petition-status')).toHaveTextContent('Đã chuyển đơn');
    expect(within(screen.getByTestId('petition-forwardings')).getByTestId('forwarding-authority')).toHaveTextContent('Chuyển đến: Thanh tra tỉnh');

    await user.click(within(screen.getByTestId('petition-forwardings')).getByTestId('forwarding-letter-download'));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(calls.some((c) => new URL(c.url).pathname === '/api/v1/petitions/p-1/documents/doc-1/letter')).toBe(true);
    expect(saved).toEqual(['cong-van-chuyen-don-7-2026.docx']);
    expect(screen.getByTestId('done-letter-download')).toHaveTextContent('Tải công văn chuyển đơn (DOCX)');
  });
});
