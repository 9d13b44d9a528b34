import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { json, mockApi, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { ConclusionTask, ConclusionTaskEvent } from '../api/types';
import { tokenStore, tokensFromResponse } from '@/lib/auth/token-store';
import { tokens } from '@/testing/fixtures';
import {
  attachment,
  coordinatingOfficer,
  leadOfficer,
  officeLeader,
  offices,
  officeSpecialist,
  otherOfficeSpecialist,
  otherUnitOfficer,
  stubObjectUrls,
  task,
} from '../testing/fixtures';
import { TaskRoute } from './task';

const TODAY = '2026-11-24';

const created: ConclusionTaskEvent = {
  id: 'e-1',
  kind: 'CREATED',
  actorName: 'Trần Văn Theo Dõi',
  unitId: null,
  note: null,
  percent: null,
  deadlineFrom: null,
  deadlineTo: null,
  attachmentIds: [],
  occurredAt: '2026-11-20T09:00:00+07:00',
};

function renderTask(me: MeResponse, current: ConclusionTask, history: ConclusionTaskEvent[] = [created], extra = {}) {
  const api = mockApi({
    'GET /api/v1/conclusion-tasks/t-1': () => json(200, current),
    'GET /api/v1/conclusion-tasks/t-1/history': () => json(200, history),
    'GET /api/v1/offices': () => json(200, offices),
    ...extra,
  });
  renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/conclusion-tasks/:id" element={<TaskRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/conclusion-tasks/t-1' },
  );
  return api;
}

async function actionNames(): Promise<string[]> {
  await screen.findByTestId('task-status', {}, { timeout: 5_000 });
  const actions = screen.queryByTestId('task-actions');
  return actions ? within(actions).getAllByRole('button').map((b) => b.textContent ?? '') : [];
}

describe('TaskRoute: who sees which action', () => {
  it('offers the lead unit officer progress, completion and extension — not confirmation', async () => {
    renderTask(leadOfficer, task());
    expect(await actionNames()).toEqual(['Báo cáo tiến độ', 'Đề nghị xác nhận hoàn thành', 'Đề nghị gia hạn']);
    expect(screen.getByTestId('task-status')).toHaveTextContent('Đang thực hiện');
    expect(screen.getByTestId('task-progress')).toHaveTextContent('40 %');
    expect(screen.getByTestId('task-office')).toHaveTextContent('Văn phòng UBND Thành phố');
    expect(await screen.findByText('Giao nhiệm vụ')).toBeInTheDocument();
  });

  it('offers a coordinating unit officer only the progress report', async () => {
    renderTask(coordinatingOfficer, task());
    expect(await actionNames()).toEqual(['Báo cáo tiến độ']);
  });

  it('offers nothing to an officer of another unit', async () => {
    renderTask(otherUnitOfficer, task());
    expect(await actionNames()).toEqual([]);
  });

  it('hides the lead unit actions while the completion waits for confirmation', async () => {
    renderTask(leadOfficer, task({ awaitingConfirmation: true, completionProposedOn: '2026-11-23' }));
    expect(await actionNames()).toEqual([]);
    expect(screen.getByTestId('task-awaiting')).toBeInTheDocument();
  });

  it('offers the following office "Xác nhận hoàn thành" and "Trả lại" only when awaiting confirmation', async () => {
    renderTask(officeSpecialist, task({ awaitingConfirmation: true, completionProposedOn: '2026-11-23' }));
    expect(await actionNames()).toEqual(['Xác nhận hoàn thành', 'Trả lại']);
  });

  it('offers the following office nothing while the task is simply in progress', async () => {
    renderTask(officeSpecialist, task());
    expect(await actionNames()).toEqual([]);
  });

  it('offers another office nothing, even when awaiting confirmation', async () => {
    renderTask(otherOfficeSpecialist, task({ awaitingConfirmation: true }));
    expect(await actionNames()).toEqual([]);
  });

  it('offers an office leader the extension decision and cancellation', async () => {
    const pendingExtension = { id: 'x-1', requestedDeadline: '2027-01-31', reason: 'Chờ ý kiến của Bộ', requestedAt: '2026-11-22T08:00:00+07:00' };
    renderTask(officeLeader, task({ pendingExtension }));
    expect(await actionNames()).toEqual(['Duyệt gia hạn', 'Từ chối gia hạn', 'Hủy nhiệm vụ']);
    expect(screen.getByTestId('task-pending-extension')).toHaveTextContent('31/01/2027');
    expect(screen.getByTestId('task-pending-extension')).toHaveTextContent('Chờ ý kiến của Bộ');
  });

  it('offers nothing on a finished task', async () => {
    renderTask(officeLeader, task({ status: 'DONE_ON_TIME', completedOn: '2026-11-23', progressPercent: 100 }));
    expect(await actionNames()).toEqual([]);
    expect(screen.getByTestId('task-status')).toHaveTextContent('Hoàn thành đúng hạn');
  });
});

describe('TaskRoute: actions', () => {
  it('reports progress, then refetches the task and its history', async () => {
    let current = task();
    let history = [created];
    const { calls } = renderTask(leadOfficer, current, history, {
      'GET /api/v1/conclusion-tasks/t-1': () => json(200, current),
      'GET /api/v1/conclusion-tasks/t-1/history': () => json(200, history),
      'POST /api/v1/conclusion-tasks/t-1/progress-reports': async (req: Request) => {
        const body = (await req.json()) as { note: string; percent: number };
        current = { ...current, progressPercent: body.percent };
        history = [
          ...history,
          { ...created, id: 'e-2', kind: 'PROGRESS_REPORTED', actorName: 'Phạm Văn Giáo Dục', note: body.note, percent: body.percent },
        ];
        return json(200, current);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('action-progress', {}, { timeout: 5_000 }));
    await user.clear(screen.getByTestId('action-percent'));
    await user.type(screen.getByTestId('action-percent'), '50');
    await user.type(screen.getByTestId('action-note'), 'Đã xong dự thảo');
    await user.click(screen.getByTestId('action-submit'));

    await waitFor(() => expect(screen.getByTestId('task-progress')).toHaveTextContent('50 %'));
    expect(await screen.findByText('Đã xong dự thảo')).toBeInTheDocument();
    expect(screen.getByText('Tiến độ: 50 %')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(await post!.json()).toEqual({ note: 'Đã xong dự thảo', percent: 50 });
    expect(screen.getByTestId('action-done')).toHaveTextContent('Đã ghi nhận.');
  });

  it('proposes completion on today by default', async () => {
    let current = task();
    const { calls } = renderTask(leadOfficer, current, [created], {
      'GET /api/v1/conclusion-tasks/t-1': () => json(200, current),
      'POST /api/v1/conclusion-tasks/t-1/completion-proposals': () => {
        current = { ...current, awaitingConfirmation: true, completionProposedOn: TODAY };
        return json(200, current);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('action-propose', {}, { timeout: 5_000 }));
    expect(screen.getByTestId('action-date')).toHaveValue(TODAY);
    await user.type(screen.getByTestId('action-note'), 'Quy hoạch đã được phê duyệt');
    await user.click(screen.getByTestId('action-submit'));
    expect(await screen.findByTestId('task-awaiting')).toBeInTheDocument();
    expect(screen.queryByTestId('action-propose')).not.toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(await post!.json()).toEqual({ note: 'Quy hoạch đã được phê duyệt', completedOn: TODAY });
  });

  it('confirms completion and shows a refusal from the server', async () => {
    let current = task({ awaitingConfirmation: true, completionProposedOn: '2026-11-23' });
    let refuse = true;
    renderTask(officeSpecialist, current, [created], {
      'GET /api/v1/conclusion-tasks/t-1': () => json(200, current),
      'POST /api/v1/conclusion-tasks/t-1/completion-confirmations': () => {
        if (refuse) {
          refuse = false;
          return problem(409, 'urn:lienthong:problem:conflict', 'Chỉ xác nhận được nhiệm vụ đã đề nghị hoàn thành.');
        }
        current = { ...current, awaitingConfirmation: false, status: 'DONE_ON_TIME', completedOn: '2026-11-23', progressPercent: 100 };
        return json(200, current);
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('action-confirm', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('action-submit'));
    expect(await screen.findByTestId('action-error')).toHaveTextContent('Chỉ xác nhận được nhiệm vụ đã đề nghị hoàn thành.');
    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(screen.getByTestId('task-status')).toHaveTextContent('Hoàn thành đúng hạn'));
    expect(screen.queryByTestId('action-confirm')).not.toBeInTheDocument();
    expect(screen.getByTestId('task-completed-on')).toHaveTextContent('23/11/2026');
  });

  it('requires a reason to send a completion back', async () => {
    const { calls } = renderTask(officeSpecialist, task({ awaitingConfirmation: true }));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('action-return', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('action-submit'));
    expect(screen.getByTestId('action-note-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});

const MIB = 1024 * 1024;

function pdf(name = 'bao-cao-tien-do.pdf', content = '%PDF-1.7 báo cáo'): File {
  return new File([content], name, { type: 'application/pdf' });
}

async function openProgressForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByTestId('action-progress', {}, { timeout: 5_000 }));
  await user.clear(screen.getByTestId('action-percent'));
  await user.type(screen.getByTestId('action-percent'), '60');
  await user.type(screen.getByTestId('action-note'), 'Đã gửi dự thảo');
}

describe('TaskRoute: attachments', () => {
  it('uploads a chosen file at once as the multipart part `file` and sends its id with the progress report', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const uploads: { contentType: string; part: FormDataEntryValue | null }[] = [];
    const { calls } = renderTask(leadOfficer, task(), [created], {
      'POST /api/v1/attachments': async (req: Request) => {
        uploads.push({ contentType: req.headers.get('Content-Type') ?? '', part: (await req.formData()).get('file') });
        await held;
        return json(201, attachment({ id: 'a-9', fileName: 'bao-cao-tien-do.pdf', sizeBytes: 1.5 * MIB }));
      },
      'POST /api/v1/conclusion-tasks/t-1/progress-reports': () => json(200, task({ progressPercent: 60 })),
    });
    // jsdom's File loses its name on the way through Node's Request, so the name is checked where it is set
    const append = vi.spyOn(FormData.prototype, 'append');
    const file = pdf();
    const user = userEvent.setup();
    await openProgressForm(user);
    await user.upload(screen.getByTestId('attachment-input'), file);

    // uploading: shown, and the report waits for it
    const item = await screen.findByTestId('attachment-item');
    expect(item).toHaveAttribute('data-state', 'uploading');
    expect(item).toHaveTextContent('Đang tải lên…');
    await waitFor(() => expect(uploads).toHaveLength(1));
    expect(screen.getByTestId('action-submit')).toBeDisabled();
    release();
    await waitFor(() => expect(item).toHaveAttribute('data-state', 'done'));
    expect(item).toHaveTextContent('bao-cao-tien-do.pdf');
    expect(item).toHaveTextContent('1,5 MB');

    expect(uploads[0]!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const part = uploads[0]!.part as File;
    expect(typeof part).not.toBe('string');
    expect(append).toHaveBeenCalledWith('file', file, 'bao-cao-tien-do.pdf');
    expect(await part.text()).toBe('%PDF-1.7 báo cáo');
    const upload = calls.find((c) => c.url.endsWith('/api/v1/attachments'))!;
    expect(upload.headers.get('Authorization')).toBe('Bearer access-1');

    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/progress-reports'))).toHaveLength(1));
    const post = calls.find((c) => c.url.endsWith('/progress-reports'))!;
    expect(await post.json()).toEqual({ note: 'Đã gửi dự thảo', percent: 60, attachmentIds: ['a-9'] });
  });

  it('shows the detail of a 415 problem next to the file and sends the report without it', async () => {
    const { calls } = renderTask(leadOfficer, task(), [created], {
      'POST /api/v1/attachments': () =>
        problem(415, 'urn:lienthong:problem:unsupported-media-type', 'Loại tệp không được chấp nhận (nội dung không phải PDF).'),
      'POST /api/v1/conclusion-tasks/t-1/progress-reports': () => json(200, task({ progressPercent: 60 })),
    });
    const user = userEvent.setup();
    await openProgressForm(user);
    await user.upload(screen.getByTestId('attachment-input'), pdf('gia-mao.pdf', 'MZ không phải PDF'));

    expect(await screen.findByTestId('attachment-error')).toHaveTextContent(
      'Loại tệp không được chấp nhận (nội dung không phải PDF).',
    );
    expect(screen.getByTestId('attachment-item')).toHaveAttribute('data-state', 'error');
    expect(screen.getByTestId('attachment-item')).toHaveTextContent('gia-mao.pdf');

    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/progress-reports'))).toHaveLength(1));
    expect(await calls.find((c) => c.url.endsWith('/progress-reports'))!.json()).toEqual({ note: 'Đã gửi dự thảo', percent: 60 });
  });

  it('refuses a file over 20 MB before uploading it, and lets it be removed', async () => {
    const { calls } = renderTask(leadOfficer, task());
    const user = userEvent.setup();
    await openProgressForm(user);
    const big = pdf('ban-do-quy-hoach.pdf');
    Object.defineProperty(big, 'size', { value: 20 * MIB + 1 });
    await user.upload(screen.getByTestId('attachment-input'), big);

    expect(await screen.findByTestId('attachment-error')).toHaveTextContent('Tệp vượt quá 20 MB, không thể đính kèm.');
    expect(screen.getByTestId('attachment-item')).toHaveTextContent('ban-do-quy-hoach.pdf');
    expect(calls.some((c) => c.url.includes('/attachments'))).toBe(false);
    expect(screen.getByTestId('action-submit')).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Xóa tệp ban-do-quy-hoach.pdf' }));
    expect(screen.queryByTestId('attachment-item')).not.toBeInTheDocument();
  });

  it('sends the uploaded files with the completion proposal', async () => {
    const { calls } = renderTask(leadOfficer, task(), [created], {
      'POST /api/v1/attachments': () => json(201, attachment({ id: 'a-7', fileName: 'quyet-dinh.pdf' })),
      'POST /api/v1/conclusion-tasks/t-1/completion-proposals': () =>
        json(200, task({ awaitingConfirmation: true, completionProposedOn: TODAY })),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('action-propose', {}, { timeout: 5_000 }));
    await user.type(screen.getByTestId('action-note'), 'Quy hoạch đã được phê duyệt');
    await user.upload(screen.getByTestId('attachment-input'), pdf('quyet-dinh.pdf'));
    await waitFor(() => expect(screen.getByTestId('attachment-item')).toHaveAttribute('data-state', 'done'));
    await user.click(screen.getByTestId('action-submit'));
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/completion-proposals'))).toHaveLength(1));
    expect(await calls.find((c) => c.url.endsWith('/completion-proposals'))!.json()).toEqual({
      note: 'Quy hoạch đã được phê duyệt',
      completedOn: TODAY,
      attachmentIds: ['a-7'],
    });
  });

  it('lists the files of a history entry and downloads one with the bearer token', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    const createObjectURL = stubObjectUrls('blob:file');
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const reported: ConclusionTaskEvent = {
      ...created,
      id: 'e-2',
      kind: 'PROGRESS_REPORTED',
      note: 'Đã gửi dự thảo',
      percent: 60,
      attachmentIds: ['a-3'],
    };
    const { calls } = renderTask(leadOfficer, task(), [created, reported], {
      'GET /api/v1/attachments/a-3': () => json(200, attachment({ id: 'a-3', fileName: 'du-thao-quy-hoach.docx', sizeBytes: 40_960 })),
      'GET /api/v1/attachments/a-3/content': () => new Response('PK docx', { status: 200 }),
    });
    const files = await screen.findByTestId('task-event-attachments', {}, { timeout: 5_000 });
    expect(await within(files).findByText('du-thao-quy-hoach.docx')).toBeInTheDocument();
    expect(within(files).getByTestId('attachment-item')).toHaveTextContent('40 KB');

    await userEvent.setup().click(within(files).getByTestId('attachment-download'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('du-thao-quy-hoach.docx');
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe('PK docx');
    expect(calls.find((c) => c.url.endsWith('/a-3/content'))!.headers.get('Authorization')).toBe('Bearer access-1');
  });
});
