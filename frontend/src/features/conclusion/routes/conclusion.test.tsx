import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { json, mockApi, problem as apiProblem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { AddTaskRequest, ConclusionDocument, ConclusionUpdateRequest } from '../api/types';
import {
  attachment,
  bodies,
  conclusionDocument,
  counts,
  leadOfficer,
  officeLeader,
  officeSpecialist,
  otherOfficeSpecialist,
  stubObjectUrls,
  task,
  taskPage,
  unitPage,
} from '../testing/fixtures';
import { ConclusionRoute } from './conclusion';

const TODAY = '2026-11-24';

function renderNotice(me: MeResponse = officeSpecialist, lang: 'vi' | 'en' = 'vi') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/conclusions/:id" element={<ConclusionRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/conclusions/d-1', lang },
  );
}

function problem(status: number, type: string, detail: string, errors: { field: string; message: string }[] = []) {
  return json(
    status,
    { type, title: 'Problem', status, detail, instance: '/api/v1/conclusions/d-1', requestId: null, errors },
    'application/problem+json',
  );
}

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

describe('ConclusionRoute — adding a task', () => {
  it('posts the task to /tasks, shows the server\'s `deadline` error next to the field, then refetches the notice and its tasks', async () => {
    const posted: AddTaskRequest[] = [];
    let reply = () =>
      problem(400, 'urn:lienthong:problem:validation', 'Nhiệm vụ chưa đủ "5 rõ".', [
        { field: 'deadline', message: "must not be before the document's date (2026-11-20)" },
      ]);
    let doc = conclusionDocument();
    let tasks = taskPage([task({ id: 't-1', position: 1, content: 'Việc một' })]);
    const { calls } = mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, doc),
      'GET /api/v1/conclusions/d-1/tasks': () => json(200, tasks),
      'GET /api/v1/units': () => json(200, unitPage()),
      'POST /api/v1/conclusions/d-1/tasks': async (req) => {
        posted.push((await req.json()) as AddTaskRequest);
        return reply();
      },
    });
    renderNotice();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('conclusion-add-task-open', {}, { timeout: 5_000 }));
    await screen.findAllByRole('option', { name: 'Sở Y tế' }, { timeout: 5_000 });
    expect(screen.getByText('Nhiệm vụ mới')).toBeInTheDocument();

    await fill(user, 'add-task-content', 'Báo cáo tiến độ giải phóng mặt bằng');
    await fill(user, 'add-task-expected-result', 'Báo cáo được gửi');
    await user.selectOptions(screen.getByTestId('add-task-lead'), 'Sở Tài chính');
    await user.click(within(screen.getByTestId('add-task-coordinating')).getByLabelText('Sở Y tế'));
    await fill(user, 'add-task-focal-officer', 'Phạm Thị Lan');
    fireEvent.change(screen.getByTestId('add-task-deadline'), { target: { value: '2026-11-01' } });
    await user.click(screen.getByTestId('conclusion-add-task-submit'));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      content: 'Báo cáo tiến độ giải phóng mặt bằng',
      expectedResult: 'Báo cáo được gửi',
      focalOfficer: 'Phạm Thị Lan',
      units: [
        { unitId: 'u-tc', role: 'LEAD' },
        { unitId: 'u-yt', role: 'COORDINATING' },
      ],
      deadline: '2026-11-01',
      reportingCycle: null,
    });
    const error = await screen.findByTestId('add-task-deadline-error', {}, { timeout: 5_000 });
    expect(error).toHaveTextContent("must not be before the document's date (2026-11-20)");
    expect(screen.getByTestId('add-task-deadline')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('add-task-content-error')).not.toBeInTheDocument();
    expect(screen.getByTestId('conclusion-add-task-error')).toHaveTextContent('Nhiệm vụ chưa đủ "5 rõ".');
    expect(screen.getByTestId('conclusion-add-task-error')).not.toHaveTextContent('deadline:');

    // corrected, it is added; the notice's counts and its tasks are fetched again
    reply = () => json(201, task({ id: 't-2', position: 2, content: 'Báo cáo tiến độ giải phóng mặt bằng' }));
    doc = conclusionDocument({ tasks: counts({ assigned: 2, inProgress: 2, inProgressPercent: 100 }) });
    tasks = taskPage([
      task({ id: 't-1', position: 1, content: 'Việc một' }),
      task({ id: 't-2', position: 2, content: 'Báo cáo tiến độ giải phóng mặt bằng' }),
    ]);
    const fetchesBefore = calls.filter((c) => c.method === 'GET' && c.url.includes('/conclusions/d-1')).length;
    fireEvent.change(screen.getByTestId('add-task-deadline'), { target: { value: '2026-12-15' } });
    await user.click(screen.getByTestId('conclusion-add-task-submit'));

    expect(await screen.findByTestId('conclusion-done', {}, { timeout: 5_000 })).toHaveTextContent('Đã thêm nhiệm vụ.');
    expect(posted[1]!.deadline).toBe('2026-12-15');
    expect(screen.queryByTestId('conclusion-add-task-form')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('task-row')).toHaveLength(2));
    expect(screen.getByTestId('conclusion-assigned')).toHaveTextContent('Tổng số nhiệm vụ: 2');
    const refetched = calls.filter((c) => c.method === 'GET' && c.url.includes('/conclusions/d-1')).slice(fetchesBefore);
    expect(refetched.map((c) => new URL(c.url).pathname).sort()).toEqual(['/api/v1/conclusions/d-1', '/api/v1/conclusions/d-1/tasks']);
  }, 30_000);

  it('checks the "5 rõ" before posting', async () => {
    const { calls } = mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, conclusionDocument()),
      'GET /api/v1/conclusions/d-1/tasks': () => json(200, taskPage([])),
      'GET /api/v1/units': () => json(200, unitPage()),
    });
    renderNotice();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('conclusion-add-task-open', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('conclusion-add-task-submit'));
    expect(screen.getByTestId('add-task-lead-error')).toHaveTextContent('Vui lòng chọn một đơn vị chủ trì.');
    expect(screen.getByTestId('add-task-deadline-error')).toHaveTextContent('Vui lòng nhập thời hạn');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});

describe('ConclusionRoute — editing the details', () => {
  it('sends If-Match with the version\'s ETag and no tasks, explains a 412 and starts again from the reloaded notice', async () => {
    const puts: { ifMatch: string | null; body: ConclusionUpdateRequest }[] = [];
    let doc: ConclusionDocument = conclusionDocument({ version: 3, meetingId: 'm-1', attachmentIds: ['a-1'] });
    let reply: (body: ConclusionUpdateRequest) => Response = () =>
      problem(412, 'urn:lienthong:problem:stale-version', 'The resource was changed by someone else (current version 4).');
    mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, doc, 'application/json'),
      'GET /api/v1/conclusions/d-1/tasks': () => json(200, taskPage([])),
      'GET /api/v1/bodies': () => json(200, bodies),
      'PUT /api/v1/conclusions/d-1': async (req) => {
        const body = (await req.json()) as ConclusionUpdateRequest;
        puts.push({ ifMatch: req.headers.get('If-Match'), body });
        return reply(body);
      },
    });
    renderNotice();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('conclusion-edit-open', {}, { timeout: 5_000 }));
    await screen.findByRole('option', { name: 'Thường trực Tỉnh ủy' }, { timeout: 5_000 });
    expect(screen.getByTestId('conclusion-edit-number')).toHaveValue('125-TB/VPUBND');
    expect(screen.getByTestId('conclusion-edit-body')).toHaveValue('b-ubnd');
    expect(screen.getByTestId('conclusion-edit-issued-on')).toHaveValue('2026-11-20');

    await fill(user, 'conclusion-edit-summary', 'Kết luận (đính chính) tại cuộc họp giao ban tháng 11');
    await user.selectOptions(screen.getByTestId('conclusion-edit-kind'), 'Chỉ thị');
    await user.click(screen.getByTestId('conclusion-edit-submit'));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]!.ifMatch).toBe('"3"');
    expect('tasks' in puts[0]!.body).toBe(false);
    expect(puts[0]!.body).toEqual({
      kind: 'DIRECTIVE',
      number: '125-TB/VPUBND',
      issuedOn: '2026-11-20',
      issuingBodyId: 'b-ubnd',
      signer: 'Trần Văn Cường',
      summary: 'Kết luận (đính chính) tại cuộc họp giao ban tháng 11',
      meetingId: 'm-1',
      attachmentIds: ['a-1'],
    });
    const stale = await screen.findByTestId('conclusion-edit-stale', {}, { timeout: 5_000 });
    expect(stale).toHaveTextContent('Thông báo đã được người khác cập nhật, vui lòng tải lại.');
    expect(screen.getByTestId('conclusion-edit-submit')).toBeDisabled();

    // reloading brings the other person's change and a new version into the form
    doc = conclusionDocument({ version: 4, signer: 'Lê Thị Mai', meetingId: 'm-1', attachmentIds: ['a-1'] });
    await user.click(screen.getByTestId('conclusion-edit-reload'));
    await waitFor(() => expect(screen.getByTestId('conclusion-edit-signer')).toHaveValue('Lê Thị Mai'));
    expect(screen.queryByTestId('conclusion-edit-stale')).not.toBeInTheDocument();
    expect(screen.getByTestId('conclusion-edit-summary')).toHaveValue('Kết luận tại cuộc họp giao ban tháng 11');

    // a field error from the server sits next to its field
    reply = () =>
      problem(400, 'urn:lienthong:problem:validation', 'Một số trường không hợp lệ.', [
        { field: 'number', message: 'another document of this body already has this number' },
      ]);
    await fill(user, 'conclusion-edit-number', '126-TB/VPUBND');
    await user.click(screen.getByTestId('conclusion-edit-submit'));
    expect(await screen.findByTestId('conclusion-edit-number-error', {}, { timeout: 5_000 })).toHaveTextContent(
      'another document of this body already has this number',
    );
    expect(puts[1]!.ifMatch).toBe('"4"');
    expect(screen.getByTestId('conclusion-edit-number')).toHaveAttribute('aria-invalid', 'true');

    reply = (body) => {
      doc = { ...doc, ...body, version: 5 } as ConclusionDocument;
      return json(200, doc);
    };
    await fill(user, 'conclusion-edit-number', '127-TB/VPUBND');
    await user.click(screen.getByTestId('conclusion-edit-submit'));
    expect(await screen.findByTestId('conclusion-done', {}, { timeout: 5_000 })).toHaveTextContent('Đã lưu thông tin văn bản.');
    expect(screen.getByTestId('conclusion-heading')).toHaveTextContent('Thông báo kết luận số 127-TB/VPUBND');
    expect(screen.getByTestId('conclusion-signer')).toHaveTextContent('Lê Thị Mai');
    expect(puts[2]!.ifMatch).toBe('"4"');
  }, 30_000);

  it('says so in English too', async () => {
    mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, conclusionDocument({ version: 7 })),
      'GET /api/v1/conclusions/d-1/tasks': () => json(200, taskPage([])),
      'GET /api/v1/bodies': () => json(200, bodies),
      'PUT /api/v1/conclusions/d-1': () => problem(412, 'urn:lienthong:problem:stale-version', 'changed'),
    });
    renderNotice(officeSpecialist, 'en');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('conclusion-edit-open', {}, { timeout: 5_000 }));
    expect(screen.getByTestId('conclusion-edit-open')).toHaveTextContent('Edit details');
    await user.click(screen.getByTestId('conclusion-edit-submit'));
    expect(await screen.findByTestId('conclusion-edit-stale', {}, { timeout: 5_000 })).toHaveTextContent(
      'The notice has been updated by someone else; please reload it.',
    );
  });
});

describe('ConclusionRoute — who may change the notice', () => {
  it('offers editing and adding tasks to any staff of the recording office', async () => {
    mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, conclusionDocument()),
      'GET /api/v1/conclusions/d-1/tasks': () => json(200, taskPage([])),
    });
    renderNotice(officeLeader);
    expect(await screen.findByTestId('conclusion-edit-open', {}, { timeout: 5_000 })).toHaveTextContent('Sửa thông tin');
    expect(screen.getByTestId('conclusion-add-task-open')).toHaveTextContent('Thêm nhiệm vụ');
  });

  it.each([
    ['staff of another office', otherOfficeSpecialist],
    ['a unit officer', leadOfficer],
  ])('hides both buttons from %s', async (_who, me) => {
    mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, conclusionDocument()),
      'GET /api/v1/conclusions/d-1/tasks': () => json(200, taskPage([task()])),
    });
    renderNotice(me);
    expect(await screen.findByTestId('conclusion-heading', {}, { timeout: 5_000 })).toBeInTheDocument();
    await screen.findAllByTestId('task-row');
    expect(screen.queryByTestId('conclusion-edit-open')).not.toBeInTheDocument();
    expect(screen.queryByTestId('conclusion-add-task-open')).not.toBeInTheDocument();
    expect(screen.queryByTestId('conclusion-actions')).not.toBeInTheDocument();
  });
});

describe('ConclusionRoute — attachments', () => {
  it('lists the notice\'s files by name from their metadata, says which one cannot be reached, and downloads one', async () => {
    const createObjectURL = stubObjectUrls('blob:pdf');
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { calls } = mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, conclusionDocument({ attachmentIds: ['a-1', 'a-2'] })),
      'GET /api/v1/conclusions/d-1/tasks': () => json(200, taskPage([])),
      'GET /api/v1/attachments/a-1': () => json(200, attachment({ id: 'a-1', fileName: 'thong-bao-125-TB.pdf' })),
      'GET /api/v1/attachments/a-2': () =>
        apiProblem(404, 'urn:lienthong:problem:not-found', 'Không tìm thấy tệp.'),
      'GET /api/v1/attachments/a-1/content': () => new Response('%PDF-1.7', { status: 200 }),
    });
    renderNotice();
    const files = await screen.findByTestId('conclusion-attachments', {}, { timeout: 5_000 });
    expect(await within(files).findByText('thong-bao-125-TB.pdf')).toBeInTheDocument();
    await waitFor(() => expect(within(files).getByText('Tệp không truy cập được')).toBeInTheDocument());
    const items = within(files).getAllByTestId('attachment-item');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('179 KB');
    expect(within(files).getAllByTestId('attachment-download')).toHaveLength(1);

    await userEvent.setup().click(within(items[0]!).getByTestId('attachment-download'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('thong-bao-125-TB.pdf');
    expect(clicked[0]!.href).toBe('blob:pdf');
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe('%PDF-1.7');
    expect(calls.filter((c) => c.url.endsWith('/content')).map((c) => new URL(c.url).pathname)).toEqual([
      '/api/v1/attachments/a-1/content',
    ]);
  });

  it('shows no attachments row for a notice without files', async () => {
    const { calls } = mockApi({
      'GET /api/v1/conclusions/d-1': () => json(200, conclusionDocument()),
      'GET /api/v1/conclusions/d-1/tasks': () => json(200, taskPage([])),
    });
    renderNotice();
    await screen.findByTestId('conclusion-summary', {}, { timeout: 5_000 });
    expect(screen.queryByTestId('conclusion-attachments')).not.toBeInTheDocument();
    expect(calls.some((c) => c.url.includes('/attachments'))).toBe(false);
  });
});
