import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { tokenStore, tokensFromResponse } from '@/lib/auth/token-store';
import { CurrentUserContext } from '@/lib/current-user';
import { tokens } from '@/testing/fixtures';
import { json, mockApi, noContent, problem } from '@/testing/http';
import { stubObjectUrls } from '@/testing/object-urls';
import { renderWithProviders } from '@/testing/render';
import type { Finding, FindingRequest, ProposalTaskRequest, Review } from '../api/types';
import { figures, finding, page, review, units, validationProblem, VPDB_OFFICE, VPTU_OFFICE, VPUB_OFFICE, vptuLeader, vptuSpecialist } from '../testing/fixtures';
import { ReviewRoute } from './review';

const TODAY = '2026-11-24';

function renderReview(me: MeResponse = vptuSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/reviews/:id" element={<ReviewRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/reviews/r-1' },
  );
}

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

/** The row of a figure in a part's table, by its key (and qualifier). */
function row(section: string, key: string): HTMLElement {
  const rows = within(screen.getByTestId(`figures-table-${section}`)).getAllByTestId('figure-row');
  return rows.find((r) => r.getAttribute('data-key') === key)!;
}

describe('ReviewRoute — the header and the figures', () => {
  it('shows the number, kind, period, host, participants and status', async () => {
    mockApi({ 'GET /api/v1/reviews/r-1': () => json(200, review()), 'GET /api/v1/reviews/r-1/figures': () => json(200, figures()) });
    renderReview();
    expect(await screen.findByTestId('review-heading', {}, { timeout: 5_000 })).toHaveTextContent('Đánh giá công tác phối hợp năm 2025');
    expect(screen.getByTestId('review-status')).toHaveTextContent('Dự thảo');
    expect(screen.getByTestId('review-subtitle')).toHaveTextContent('Đánh giá hằng năm số 1/2026');
    expect(screen.getByTestId('fact-number')).toHaveTextContent('1/2026');
    expect(screen.getByTestId('fact-period')).toHaveTextContent('01/01/2025 – 31/12/2025');
    expect(screen.getByTestId('fact-host')).toHaveTextContent('Văn phòng Tỉnh ủy');
    expect(screen.getByTestId('fact-participants')).toHaveTextContent('Văn phòng UBND tỉnh; Văn phòng Đoàn ĐBQH và HĐND tỉnh');
    expect(screen.queryByTestId('fact-finalised')).not.toBeInTheDocument();
    // a specialist edits but does not finalise
    expect(screen.getByTestId('review-edit')).toHaveTextContent('Sửa thông tin');
    expect(screen.queryByTestId('review-finalise')).not.toBeInTheDocument();
    expect(screen.getByTestId('review-download-report')).toHaveTextContent('Tải báo cáo (DOCX)');
    expect(screen.getByTestId('review-download-figures')).toHaveTextContent('Tải số liệu (XLSX)');
  });

  it('shows one table per part: each office, the total, the previous period and the change, linked to the lists behind them', async () => {
    mockApi({ 'GET /api/v1/reviews/r-1': () => json(200, review()), 'GET /api/v1/reviews/r-1/figures': () => json(200, figures()) });
    renderReview();
    await screen.findByTestId('figures-table-MEETINGS', {}, { timeout: 5_000 });
    expect(screen.getByTestId('figures-stamp')).toHaveTextContent('Số liệu tính đến 24/11/2026 09:15');
    expect(screen.getByTestId('figures-MEETINGS')).toHaveTextContent('Phục vụ hội nghị, cuộc họp');
    const headings = within(screen.getByTestId('figures-table-MEETINGS')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headings).toEqual(['Chỉ tiêu', 'VPTU', 'VP UBND', 'VPĐB', 'Tổng', 'Kỳ trước', 'Tăng/giảm']);

    const held = row('MEETINGS', 'MEETINGS_HELD');
    expect(within(held).getByTestId('figure-label')).toHaveTextContent('Hội nghị, cuộc họp đã phục vụ');
    expect(within(held).getAllByTestId('figure-office').map((c) => c.textContent)).toEqual(['812', '640', '231']);
    expect(within(held).getByTestId('figure-total')).toHaveTextContent('1.234');
    expect(within(held).getByTestId('figure-previous')).toHaveTextContent('1.100');
    expect(within(held).getByTestId('figure-change')).toHaveTextContent('+134 (+12,2%)');
    // the numbers open the SPA's list behind them
    expect(within(within(held).getByTestId('figure-total')).getByRole('link')).toHaveAttribute('href', '/meetings?from=2025-01-01&to=2025-12-31&held=true');
    expect(within(within(held).getAllByTestId('figure-office')[1]!).getByRole('link')).toHaveAttribute(
      'href',
      `/meetings?from=2025-01-01&to=2025-12-31&held=true&officeId=${VPUB_OFFICE}`,
    );
    // a share of its basis after the value; the programmes list of the calendars
    const onTime = row('CALENDARS', 'PROGRAMMES_ON_TIME');
    expect(within(onTime).getByTestId('figure-total')).toHaveTextContent('550 (94,0%)');
    expect(within(within(onTime).getByTestId('figure-total')).getByRole('link')).toHaveAttribute(
      'href',
      '/calendar/programmes?deadlineFrom=2025-01-01&deadlineTo=2025-12-31&onTime=true',
    );
    expect(within(row('CONCLUSIONS', 'TASKS_ASSIGNED')).getByTestId('figure-change')).toHaveTextContent('-5 (-11,1%)');
    // no page lists the conclusion tasks of a period: the number alone
    expect(within(within(row('CONCLUSIONS', 'TASKS_ASSIGNED')).getByTestId('figure-total')).queryByRole('link')).not.toBeInTheDocument();
    expect(within(row('CONCLUSIONS', 'TASKS_ASSIGNED')).getByTestId('figure-total')).toHaveTextContent('40');

    // the petitions are not in use: their note, no table, no zeros
    const petitions = screen.getByTestId('figures-PETITIONS');
    expect(petitions).toHaveTextContent('Tiếp công dân, xử lý đơn thư');
    expect(within(petitions).getByTestId('figures-unavailable')).toHaveTextContent(
      'Chưa có số liệu: chức năng đơn thư, tiếp công dân và kiến nghị cử tri chưa được đưa vào sử dụng.',
    );
    expect(within(petitions).queryByRole('table')).not.toBeInTheDocument();
    expect(petitions.textContent).not.toMatch(/\d/);

    // the bars: each figure against the previous period, and each office's meetings served
    const chart = screen.getByTestId('figures-chart-MEETINGS');
    const bars = within(chart).getAllByTestId('chart-bar');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Hội nghị, cuộc họp đã phục vụ: kỳ này 1.234, kỳ trước 1.100',
      'Hội nghị Thường trực Thành ủy: kỳ này 120, kỳ trước 98',
    ]);
    expect(within(chart).getAllByTestId('chart-office-bar').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Văn phòng Tỉnh ủy: 812',
      'Văn phòng UBND tỉnh: 640',
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh: 231',
    ]);
    expect(within(screen.getByTestId('figures-chart-CALENDARS')).queryAllByTestId('chart-office-bar')).toHaveLength(0);
  });

  it('downloads the report and the figures with the review\'s number in their names', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    const created = stubObjectUrls('blob:file');
    const { calls } = mockApi({
      'GET /api/v1/reviews/r-1': () => json(200, review()),
      'GET /api/v1/reviews/r-1/figures': () => json(200, figures()),
      'GET /api/v1/reviews/r-1/report': () => new Response(new Blob(['PK']), { status: 200 }),
      'GET /api/v1/reviews/r-1/figures/export': () => new Response(new Blob(['PK']), { status: 200 }),
    });
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      renderReview();
      const user = userEvent.setup();
      await user.click(await screen.findByTestId('review-download-report', {}, { timeout: 5_000 }));
      await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
      await user.click(screen.getByTestId('review-download-figures'));
      await waitFor(() => expect(created).toHaveBeenCalledTimes(2));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).toEqual(['bao-cao-danh-gia-1-2026.docx', 'so-lieu-danh-gia-1-2026.xlsx']);
    expect(calls.find((c) => c.url.endsWith('/report'))!.headers.get('Authorization')).toBe('Bearer access-1');
  });
});

describe('ReviewRoute — the findings', () => {
  it('lists the four parts in the report\'s order, a shortcoming with its cause', async () => {
    mockApi({ 'GET /api/v1/reviews/r-1': () => json(200, review()), 'GET /api/v1/reviews/r-1/figures': () => json(200, figures()) });
    renderReview();
    await screen.findByTestId('findings', {}, { timeout: 5_000 });
    const parts = within(screen.getByTestId('findings')).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(parts).toEqual([
      'I. Kết quả đạt được',
      'II. Tồn tại, hạn chế và nguyên nhân',
      'III. Bài học kinh nghiệm',
      'IV. Phương hướng, đề xuất, kiến nghị',
    ]);
    const shortcoming = within(screen.getByTestId('findings-SHORTCOMING')).getByTestId('finding');
    expect(within(shortcoming).getByTestId('finding-content')).toHaveTextContent('Thông tin lịch họp lớn đôi khi gửi muộn');
    expect(within(shortcoming).getByTestId('finding-cause')).toHaveTextContent('Nguyên nhân: Chưa có đầu mối trao đổi lịch thường xuyên');
    expect(within(screen.getByTestId('findings-LESSON')).getByTestId('findings-empty')).toHaveTextContent('Chưa có nội dung.');
  });

  it('adds a lesson at the end of its part', async () => {
    const posted: FindingRequest[] = [];
    let current = review();
    mockApi({
      'GET /api/v1/reviews/r-1': () => json(200, current),
      'GET /api/v1/reviews/r-1/figures': () => json(200, figures()),
      'POST /api/v1/reviews/r-1/findings': async (req) => {
        const body = (await req.json()) as FindingRequest;
        posted.push(body);
        const added = finding({ id: 'f-9', section: 'LESSON', content: body.content });
        current = review({ findings: [...current.findings, added], version: 4 });
        return json(201, added);
      },
    });
    renderReview();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('finding-add-LESSON', {}, { timeout: 5_000 }));
    // a lesson has no cause
    expect(screen.queryByTestId('finding-cause-text')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('finding-save'));
    expect(screen.getByTestId('finding-text-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(posted).toHaveLength(0);
    await fill(user, 'finding-text', 'Trao đổi lịch công tác sớm giúp tránh trùng lịch');
    await user.click(screen.getByTestId('finding-save'));
    const lesson = await within(screen.getByTestId('findings-LESSON')).findByTestId('finding');
    expect(lesson).toHaveTextContent('Trao đổi lịch công tác sớm giúp tránh trùng lịch');
    expect(screen.queryByTestId('finding-form')).not.toBeInTheDocument();
    expect(posted).toEqual([{ section: 'LESSON', content: 'Trao đổi lịch công tác sớm giúp tránh trùng lịch', cause: null }]);
  });

  it('adds a shortcoming with its cause, rewrites and removes findings with If-Match', async () => {
    const requests: { method: string; ifMatch: string | null; body: FindingRequest | null }[] = [];
    let current = review();
    mockApi({
      'GET /api/v1/reviews/r-1': () => json(200, current),
      'GET /api/v1/reviews/r-1/figures': () => json(200, figures()),
      'POST /api/v1/reviews/r-1/findings': async (req) => {
        const body = (await req.json()) as FindingRequest;
        requests.push({ method: 'POST', ifMatch: null, body });
        const added = finding({ id: 'f-8', section: 'SHORTCOMING', position: 2, content: body.content, cause: body.cause ?? null });
        current = review({ findings: [...current.findings, added] });
        return json(201, added);
      },
      'PUT /api/v1/reviews/r-1/findings/f-1': async (req) => {
        const body = (await req.json()) as FindingRequest;
        requests.push({ method: 'PUT', ifMatch: req.headers.get('If-Match'), body });
        const changed = finding({ content: body.content, version: 1 });
        current = review({ findings: current.findings.map((f) => (f.id === 'f-1' ? changed : f)) });
        return json(200, changed);
      },
      'DELETE /api/v1/reviews/r-1/findings/f-1': (req) => {
        requests.push({ method: 'DELETE', ifMatch: req.headers.get('If-Match'), body: null });
        current = review({ findings: current.findings.filter((f) => f.id !== 'f-1') });
        return noContent();
      },
    });
    renderReview();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('finding-add-SHORTCOMING', {}, { timeout: 5_000 }));
    await fill(user, 'finding-text', 'Một số hội nghị gửi giấy mời muộn');
    await fill(user, 'finding-cause-text', 'Chưa thống nhất thời hạn gửi giấy mời');
    await user.click(screen.getByTestId('finding-save'));
    await waitFor(() => expect(within(screen.getByTestId('findings-SHORTCOMING')).getAllByTestId('finding')).toHaveLength(2));
    expect(within(screen.getByTestId('findings-SHORTCOMING')).getAllByTestId('finding-cause')[1]).toHaveTextContent(
      'Nguyên nhân: Chưa thống nhất thời hạn gửi giấy mời',
    );

    const result = within(screen.getByTestId('findings-RESULT')).getByTestId('finding');
    await user.click(within(result).getByTestId('finding-edit'));
    expect(screen.getByTestId('finding-text')).toHaveValue('Phối hợp chặt chẽ trong phục vụ các hội nghị lớn của tỉnh');
    await fill(user, 'finding-text', 'Phục vụ chu đáo 45 hội nghị lớn của tỉnh');
    await user.click(screen.getByTestId('finding-save'));
    await waitFor(() =>
      expect(within(screen.getByTestId('findings-RESULT')).getByTestId('finding-content')).toHaveTextContent('Phục vụ chu đáo 45 hội nghị lớn của tỉnh'),
    );
    await user.click(within(screen.getByTestId('findings-RESULT')).getByTestId('finding-delete'));
    await waitFor(() => expect(within(screen.getByTestId('findings-RESULT')).getByTestId('findings-empty')).toBeInTheDocument());

    expect(requests).toEqual([
      { method: 'POST', ifMatch: null, body: { section: 'SHORTCOMING', content: 'Một số hội nghị gửi giấy mời muộn', cause: 'Chưa thống nhất thời hạn gửi giấy mời' } },
      { method: 'PUT', ifMatch: '"0"', body: { section: 'RESULT', content: 'Phục vụ chu đáo 45 hội nghị lớn của tỉnh', cause: null } },
      { method: 'DELETE', ifMatch: '"1"', body: null },
    ]);
  }, 15_000);

  it('turns a proposal into a task: the server\'s field errors under the fields, then the task\'s progress', async () => {
    const posted: ProposalTaskRequest[] = [];
    let current = review();
    const converted: Finding = finding({
      id: 'f-3',
      section: 'PROPOSAL',
      content: 'Họp định kỳ lãnh đạo 3 Văn phòng mỗi quý',
      version: 1,
      task: {
        taskId: 't-77',
        status: 'IN_PROGRESS',
        progressPercent: 0,
        deadline: '2027-03-31',
        completedOn: null,
        leadUnitId: 'u-stc',
        leadUnitName: 'Sở Tài chính',
      },
    });
    mockApi({
      'GET /api/v1/reviews/r-1': () => json(200, current),
      'GET /api/v1/reviews/r-1/figures': () => json(200, figures()),
      'GET /api/v1/units': () => json(200, page(units)),
      'POST /api/v1/reviews/r-1/findings/f-3/task': async (req) => {
        const body = (await req.json()) as ProposalTaskRequest;
        posted.push(body);
        if (!body.leadUnitId || !body.deadline) {
          return validationProblem(400, 'The request is invalid.', [
            ...(body.leadUnitId ? [] : [{ field: 'leadUnitId', message: 'rõ trách nhiệm: the lead unit is required' }]),
            ...(body.deadline ? [] : [{ field: 'deadline', message: 'rõ tiến độ: the deadline is required' }]),
          ]);
        }
        current = review({ findings: current.findings.map((f) => (f.id === 'f-3' ? converted : f)), allowedActions: ['EDIT'] });
        return json(201, converted);
      },
    });
    renderReview();
    const user = userEvent.setup();
    const proposal = within(await screen.findByTestId('findings-PROPOSAL', {}, { timeout: 5_000 })).getByTestId('finding');
    await user.click(within(proposal).getByTestId('finding-convert'));
    expect(within(proposal).getByTestId('finding-convert')).toHaveTextContent('Chuyển thành nhiệm vụ');
    await fill(user, 'task-focal', 'Chánh Văn phòng Sở Tài chính');
    await user.click(screen.getByTestId('convert-submit'));
    expect(await screen.findByTestId('task-lead-error')).toHaveTextContent('rõ trách nhiệm: the lead unit is required');
    expect(screen.getByTestId('task-lead-search')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('task-deadline-error')).toHaveTextContent('rõ tiến độ: the deadline is required');
    expect(screen.getByTestId('convert-error')).toHaveTextContent('The request is invalid.');

    await user.type(screen.getByTestId('task-lead-search'), 'Tài');
    await user.click(await screen.findByTestId('task-lead-result'));
    await user.type(screen.getByTestId('task-deadline'), '2027-03-31');
    await fill(user, 'task-expected', 'Quy chế họp định kỳ được ban hành');
    await user.click(screen.getByTestId('convert-submit'));

    const task = await screen.findByTestId('proposal-task');
    expect(within(task).getByTestId('proposal-task-status')).toHaveTextContent('Đang thực hiện');
    expect(within(task).getByTestId('proposal-task-progress')).toHaveTextContent('Tiến độ 0 %');
    expect(within(task).getByTestId('proposal-task-lead')).toHaveTextContent('Đơn vị chủ trì: Sở Tài chính');
    expect(within(task).getByTestId('proposal-task-deadline')).toHaveTextContent('Hạn: 31/03/2027');
    expect(within(task).getByTestId('proposal-task-link')).toHaveAttribute('href', '/conclusion-tasks/t-77');
    expect(screen.queryByTestId('convert-form')).not.toBeInTheDocument();
    expect(screen.queryByTestId('finding-convert')).not.toBeInTheDocument();
    expect(posted.at(-1)).toEqual({
      leadUnitId: 'u-stc',
      coordinatingUnitIds: [],
      deadline: '2027-03-31',
      expectedResult: 'Quy chế họp định kỳ được ban hành',
      focalOfficer: 'Chánh Văn phòng Sở Tài chính',
    });
  }, 15_000);
});

describe('ReviewRoute — finalising', () => {
  const finalised = (): Review =>
    review({
      status: 'FINALISED',
      finalisedAt: '2026-11-24T16:00:00+07:00',
      finalisedBy: 'Hoàng Văn Tổng Hợp',
      allowedActions: ['CONVERT_PROPOSAL'],
      version: 4,
    });

  it('a leader of the host office finalises after confirming: the figures are frozen, the findings no longer change', async () => {
    let current = review({ allowedActions: ['EDIT', 'FINALISE', 'CONVERT_PROPOSAL'] });
    let frozen = false;
    const { calls } = mockApi({
      'GET /api/v1/reviews/r-1': () => json(200, current),
      'GET /api/v1/reviews/r-1/figures': () => json(200, figures(frozen ? { frozen: true, computedAt: '2026-11-24T16:00:00+07:00' } : {})),
      'POST /api/v1/reviews/r-1/finalisation': () => {
        current = finalised();
        frozen = true;
        return json(200, current);
      },
    });
    renderReview(vptuLeader);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('review-finalise', {}, { timeout: 5_000 }));
    expect(screen.getByTestId('review-finalise')).toHaveTextContent('Hoàn thành, khóa số liệu');
    // nothing is sent before the confirmation; cancelling closes it
    expect(screen.getByTestId('finalise-dialog')).toHaveTextContent('số liệu được khóa');
    await user.click(screen.getByTestId('finalise-cancel'));
    expect(screen.queryByTestId('finalise-dialog')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByTestId('review-finalise'));
    await user.click(screen.getByTestId('finalise-confirm'));
    await waitFor(() => expect(screen.getByTestId('review-status')).toHaveTextContent('Đã hoàn thành'));
    expect(screen.getByTestId('review-done')).toHaveTextContent('Đã hoàn thành kỳ đánh giá; số liệu đã được khóa.');
    expect(screen.getByTestId('fact-finalised')).toHaveTextContent('Hoàng Văn Tổng Hợp, lúc 24/11/2026 16:00');
    await waitFor(() => expect(screen.getByTestId('figures-stamp')).toHaveTextContent('Số liệu đã khóa ngày 24/11/2026'));
    expect(screen.queryByTestId('review-finalise')).not.toBeInTheDocument();
    expect(screen.queryByTestId('review-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('finding-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('finding-add-LESSON')).not.toBeInTheDocument();
    // a proposal may still become a task
    expect(screen.getByTestId('finding-convert')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('says why the finalisation was refused', async () => {
    mockApi({
      'GET /api/v1/reviews/r-1': () => json(200, review({ allowedActions: ['EDIT', 'FINALISE'] })),
      'GET /api/v1/reviews/r-1/figures': () => json(200, figures()),
      'POST /api/v1/reviews/r-1/finalisation': () => problem(409, 'urn:lienthong:problem:conflict', 'The review is already finalised.'),
    });
    renderReview(vptuLeader);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('review-finalise', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('finalise-confirm'));
    expect(await screen.findByTestId('review-action-error')).toHaveTextContent('The review is already finalised.');
    expect(screen.getByTestId('review-status')).toHaveTextContent('Dự thảo');
  });

  it('edits the details of a draft with If-Match', async () => {
    let current = review();
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    mockApi({
      'GET /api/v1/reviews/r-1': () => json(200, current),
      'GET /api/v1/reviews/r-1/figures': () => json(200, figures()),
      'GET /api/v1/offices': () => json(200, []),
      'PUT /api/v1/reviews/r-1': async (req) => {
        const body = (await req.json()) as { title: string };
        puts.push({ ifMatch: req.headers.get('If-Match'), body });
        current = review({ title: body.title, version: 4 });
        return json(200, current);
      },
    });
    renderReview();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('review-edit', {}, { timeout: 5_000 }));
    await fill(user, 'review-title', 'Đánh giá công tác phối hợp năm 2025 giữa ba Văn phòng');
    await user.click(screen.getByTestId('review-save'));
    expect(await screen.findByTestId('review-done')).toHaveTextContent('Đã lưu thông tin kỳ đánh giá.');
    expect(screen.getByTestId('review-heading')).toHaveTextContent('Đánh giá công tác phối hợp năm 2025 giữa ba Văn phòng');
    expect(puts).toEqual([
      {
        ifMatch: '"3"',
        body: {
          kind: 'ANNUAL',
          title: 'Đánh giá công tác phối hợp năm 2025 giữa ba Văn phòng',
          periodFrom: '2025-01-01',
          periodTo: '2025-12-31',
          hostOfficeId: VPTU_OFFICE,
          participatingOfficeIds: [VPUB_OFFICE, VPDB_OFFICE],
          meetingId: null,
        },
      },
    ]);
  });
});
