import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { ConclusionDocumentRequest } from '../api/types';
import { attachment, bodies, officeSpecialist, units, leadOfficer } from '../testing/fixtures';
import { NewConclusionRoute } from './new-conclusion';

const TODAY = '2026-11-24';

function renderForm(me: MeResponse = officeSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/conclusions/new" element={<NewConclusionRoute today={TODAY} />} />
        <Route path="/conclusions/:id" element={<p data-testid="notice-page">notice page</p>} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/conclusions/new' },
  );
}

function validationProblem(errors: { field: string; message: string }[]) {
  return json(
    400,
    {
      type: 'urn:lienthong:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Văn bản hoặc nhiệm vụ chưa đủ "5 rõ".',
      instance: '/api/v1/conclusions',
      requestId: null,
      errors,
    },
    'application/problem+json',
  );
}

/** Types a value at once (user.type is slow for long Vietnamese texts). */
async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

function setDate(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

async function fillDocument(user: UserEvent) {
  await fill(user, 'conclusion-number', '125-TB/VPUBND');
  await user.selectOptions(screen.getByTestId('conclusion-body'), 'Ủy ban nhân dân tỉnh');
  await fill(user, 'conclusion-signer', 'Trần Văn Cường');
  await fill(user, 'conclusion-summary', 'Kết luận tại cuộc họp giao ban tháng 11');
}

async function fillTask(user: UserEvent, i: number, lead: string, deadline: string) {
  await fill(user, `task-${i}-content`, `Nội dung ${i + 1}`);
  await fill(user, `task-${i}-expected-result`, `Kết quả ${i + 1}`);
  await user.selectOptions(screen.getByTestId(`task-${i}-lead`), lead);
  await fill(user, `task-${i}-focal-officer`, `Cán bộ ${i + 1}`);
  setDate(`task-${i}-deadline`, deadline);
}

describe('NewConclusionRoute', () => {
  it('records the notice with the files uploaded in the form', async () => {
    const posted: ConclusionDocumentRequest[] = [];
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'GET /api/v1/units': () => json(200, { items: units, page: 0, size: 100, totalItems: 3, totalPages: 1 }),
      'POST /api/v1/attachments': () => json(201, attachment({ id: 'a-5', fileName: 'thong-bao-125.pdf' })),
      'POST /api/v1/conclusions': async (req) => {
        posted.push((await req.json()) as ConclusionDocumentRequest);
        return json(201, { id: 'd-9' });
      },
    });
    renderForm();
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Ủy ban nhân dân tỉnh' }, { timeout: 5_000 });
    await screen.findAllByRole('option', { name: 'Sở Y tế' }, { timeout: 5_000 });
    await fillDocument(user);
    await fillTask(user, 0, 'Sở Y tế', '2026-12-31');
    await user.upload(screen.getByTestId('attachment-input'), new File(['%PDF-1.7'], 'thong-bao-125.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(screen.getByTestId('attachment-item')).toHaveAttribute('data-state', 'done'));
    await user.click(screen.getByTestId('conclusion-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.attachmentIds).toEqual(['a-5']);
  }, 30_000);

  it('sends exactly one LEAD per task, and puts the server field errors next to the right task fields', async () => {
    const posted: { body: ConclusionDocumentRequest; key: string | null }[] = [];
    let reply = () =>
      validationProblem([
        { field: 'tasks[1].deadline', message: 'must not be before the document\'s date (2026-11-24)' },
        { field: 'tasks[0].units[1].unitId', message: 'unknown unit, or one that did not exist on the document\'s date' },
      ]);
    const { calls } = mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'GET /api/v1/units': () => json(200, { items: units, page: 0, size: 100, totalItems: 3, totalPages: 1 }),
      'POST /api/v1/conclusions': async (req) => {
        posted.push({ body: (await req.json()) as ConclusionDocumentRequest, key: req.headers.get('Idempotency-Key') });
        return reply();
      },
    });
    renderForm();
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Ủy ban nhân dân tỉnh' }, { timeout: 5_000 });
    await screen.findAllByRole('option', { name: 'Sở Y tế' }, { timeout: 5_000 });

    await fillDocument(user);
    // task 1: Sở Y tế is first ticked as coordinating, then chosen as the lead
    const coordinating = screen.getByTestId('task-0-coordinating');
    await user.click(within(coordinating).getByLabelText('Sở Y tế'));
    await user.click(within(coordinating).getByLabelText('Sở Tài chính'));
    await fillTask(user, 0, 'Sở Y tế', '2026-12-31');
    expect(within(screen.getByTestId('task-0-coordinating')).queryByLabelText('Sở Y tế')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('conclusion-add-task'));
    await fillTask(user, 1, 'Sở Giáo dục và Đào tạo', '2026-11-01');

    await user.click(screen.getByTestId('conclusion-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    const { body, key } = posted[0]!;
    expect(body.tasks).toHaveLength(2);
    for (const task of body.tasks ?? []) {
      expect(task.units.filter((u) => u.role === 'LEAD')).toHaveLength(1);
      expect(new Set(task.units.map((u) => u.unitId)).size).toBe(task.units.length);
    }
    expect(body.tasks?.[0]?.units).toEqual([
      { unitId: 'u-yt', role: 'LEAD' },
      { unitId: 'u-tc', role: 'COORDINATING' },
    ]);
    expect(body.tasks?.[1]?.units).toEqual([{ unitId: 'u-gd', role: 'LEAD' }]);
    expect(body).toMatchObject({
      kind: 'CONCLUDING_NOTICE',
      number: '125-TB/VPUBND',
      issuedOn: TODAY,
      issuingBodyId: 'b-ubnd',
      signer: 'Trần Văn Cường',
    });
    expect(body.tasks?.[1]).toMatchObject({ deadline: '2026-11-01', reportingCycle: null, focalOfficer: 'Cán bộ 2' });
    expect(key).toMatch(/^[0-9a-f-]{36}$/);

    // the errors sit next to the fields of the task they belong to
    const secondTask = screen.getAllByTestId('task-fieldset')[1]!;
    const deadlineError = await within(secondTask).findByTestId('task-1-deadline-error', {}, { timeout: 5_000 });
    expect(deadlineError).toHaveTextContent("must not be before the document's date (2026-11-24)");
    expect(within(secondTask).getByTestId('task-1-deadline')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('task-0-deadline-error')).not.toBeInTheDocument();
    const firstTask = screen.getAllByTestId('task-fieldset')[0]!;
    expect(within(firstTask).getByTestId('task-0-lead-error')).toHaveTextContent('unknown unit');
    expect(screen.queryByTestId('task-1-lead-error')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('task-0-lead')).toHaveFocus());
    expect(screen.getByTestId('conclusion-error')).toHaveTextContent('Văn bản hoặc nhiệm vụ chưa đủ "5 rõ".');
    expect(screen.getByTestId('conclusion-error')).not.toHaveTextContent('tasks[');

    // retrying the same submission keeps its key; a corrected one gets a new key, and success opens the notice
    await user.click(screen.getByTestId('conclusion-submit'));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]!.key).toBe(key);

    reply = () =>
      new Response(JSON.stringify({ id: 'd-new' }), {
        status: 201,
        headers: { 'Content-Type': 'application/json', Location: '/api/v1/conclusions/d-new' },
      });
    setDate('task-1-deadline', '2026-12-15');
    await user.click(screen.getByTestId('conclusion-submit'));
    expect(await screen.findByTestId('notice-page', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(posted[2]!.key).not.toBe(key);
    expect(posted[2]!.body.tasks?.[1]?.deadline).toBe('2026-12-15');
    const unitCall = calls.find((c) => c.url.includes('/api/v1/units'));
    expect(new URL(unitCall!.url).searchParams.get('activeOn')).toBe(TODAY);
  }, 30_000);

  it('checks the "5 rõ" before sending, in Vietnamese, and sends an ongoing task with its cycle', async () => {
    const posted: ConclusionDocumentRequest[] = [];
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'GET /api/v1/units': () => json(200, { items: units, page: 0, size: 100, totalItems: 3, totalPages: 1 }),
      'POST /api/v1/conclusions': async (req) => {
        posted.push((await req.json()) as ConclusionDocumentRequest);
        return new Response(null, { status: 201, headers: { Location: '/api/v1/conclusions/d-2' } });
      },
    });
    renderForm();
    const user = userEvent.setup();
    await screen.findAllByRole('option', { name: 'Sở Y tế' }, { timeout: 5_000 });
    await user.click(screen.getByTestId('conclusion-submit'));

    expect(posted).toHaveLength(0);
    expect(screen.getByTestId('conclusion-error')).toHaveTextContent('Vui lòng kiểm tra lại các trường được đánh dấu.');
    expect(screen.getByTestId('conclusion-body-error')).toHaveTextContent('Vui lòng chọn cơ quan ban hành.');
    expect(screen.getByTestId('task-0-lead-error')).toHaveTextContent('Vui lòng chọn một đơn vị chủ trì.');
    expect(screen.getByTestId('task-0-content-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    await waitFor(() => expect(screen.getByTestId('conclusion-number')).toHaveFocus());

    await fillDocument(user);
    await fill(user, 'task-0-content', 'Báo cáo tình hình dịch bệnh');
    await fill(user, 'task-0-expected-result', 'Báo cáo định kỳ');
    await user.selectOptions(screen.getByTestId('task-0-lead'), 'Sở Y tế');
    await fill(user, 'task-0-focal-officer', 'Lê Văn Y');
    await user.click(screen.getByLabelText('Nhiệm vụ thường xuyên'));
    await user.selectOptions(screen.getByTestId('task-0-cycle'), 'Hằng quý');
    await user.click(screen.getByTestId('conclusion-submit'));

    expect(await screen.findByTestId('notice-page', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(posted[0]!.tasks?.[0]).toMatchObject({
      deadline: null,
      reportingCycle: 'QUARTERLY',
      units: [{ unitId: 'u-yt', role: 'LEAD' }],
    });
  }, 30_000);

  it('is not offered to unit officers', () => {
    mockApi({});
    renderForm(leadOfficer);
    expect(screen.getByTestId('forbidden')).toHaveTextContent('Chỉ cán bộ văn phòng được ghi nhận văn bản.');
    expect(screen.queryByTestId('conclusion-form')).not.toBeInTheDocument();
  });
});
