import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi, noContent, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { Meeting, MeetingTask, MeetingTaskRequest } from '../api/types';
import { meeting, offices, task, VPUB_OFFICE, vptuSpecialist } from '../testing/fixtures';
import { ChecklistTab } from './checklist-tab';

function renderTab(m: Meeting) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={vptuSpecialist}>
      <ChecklistTab meeting={m} />
    </CurrentUserContext.Provider>,
  );
}

describe('ChecklistTab', () => {
  it('assigns a task to an office with a due time in Vietnam', async () => {
    const posted: MeetingTaskRequest[] = [];
    let list: MeetingTask[] = [];
    mockApi({
      'GET /api/v1/meetings/m-1/tasks': () => json(200, list),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'GET /api/v1/offices': () => json(200, offices),
      'POST /api/v1/meetings/m-1/tasks': async (req) => {
        posted.push((await req.json()) as MeetingTaskRequest);
        list = [task({ canComplete: true })];
        return json(201, list[0]);
      },
    });
    renderTab(meeting({ status: 'INVITED', allowedActions: ['EDIT', 'POSTPONE', 'CANCEL', 'HOLD'] }));
    expect(await screen.findByTestId('checklist-table-empty', {}, { timeout: 5_000 })).toHaveTextContent('Chưa có nhiệm vụ chuẩn bị.');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('task-add'));
    await user.click(screen.getByTestId('task-save'));
    expect(screen.getByTestId('task-title-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(screen.getByTestId('task-office-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    await user.selectOptions(screen.getByTestId('task-category'), 'Âm thanh, màn hình');
    await user.click(screen.getByTestId('task-title'));
    await user.paste('Chuẩn bị âm thanh, màn hình');
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Văn phòng UBND tỉnh' })).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('task-office'), 'Văn phòng UBND tỉnh');
    fireEvent.change(screen.getByTestId('task-due-date'), { target: { value: '2026-11-26' } });
    fireEvent.change(screen.getByTestId('task-due-time'), { target: { value: '16:00' } });
    await user.click(screen.getByTestId('task-save'));
    const row = await screen.findByTestId('task-row');
    expect(row).toHaveTextContent('Chuẩn bị âm thanh, màn hình');
    expect(row).toHaveTextContent('26/11/2026 16:00');
    expect(posted).toEqual([
      {
        category: 'SOUND_AND_SCREENS',
        title: 'Chuẩn bị âm thanh, màn hình',
        assigneeOfficeId: VPUB_OFFICE,
        assigneeUnitId: null,
        dueAt: '2026-11-26T16:00:00+07:00',
        note: null,
      },
    ]);
  }, 15_000);

  it('lets the host remove an open task, and shows who ticked off a done one', async () => {
    let list = [task(), task({ id: 't-2', title: 'Bố trí hội trường', done: true, doneAt: '2026-11-25T08:00:00+07:00', doneByName: 'Trần Văn Theo Dõi', canComplete: false })];
    mockApi({
      'GET /api/v1/meetings/m-1/tasks': () => json(200, list),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'DELETE /api/v1/meeting-tasks/t-1': () => {
        list = list.filter((t) => t.id !== 't-1');
        return noContent();
      },
    });
    renderTab(meeting({ counts: { ...meeting().counts, tasks: 2, openTasks: 1, overdueTasks: 0 } }));
    const rows = await screen.findAllByTestId('task-row', {}, { timeout: 5_000 });
    expect(screen.getByTestId('task-counts')).toHaveTextContent('2Nhiệm vụ1Chưa hoàn thành0Quá hạn');
    expect(within(rows[1]!).getByTestId('task-done-by')).toHaveTextContent('Trần Văn Theo Dõi, 25/11/2026 08:00');
    expect(within(rows[1]!).queryByTestId('task-delete')).not.toBeInTheDocument();
    await userEvent.setup().click(within(rows[0]!).getByTestId('task-delete'));
    await waitFor(() => expect(screen.getAllByTestId('task-row')).toHaveLength(1));
  });

  it('lets the host change an open task with If-Match, with the 422 field errors and the 412 of a stale version', async () => {
    const puts: { ifMatch: string | null; body: MeetingTaskRequest }[] = [];
    let answer: 'invalid' | 'stale' | 'ok' = 'invalid';
    let list = [task(), task({ id: 't-2', title: 'Bố trí hội trường', done: true, doneAt: '2026-11-25T08:00:00+07:00', doneByName: 'Trần Văn Theo Dõi', canComplete: false })];
    mockApi({
      'GET /api/v1/meetings/m-1/tasks': () => json(200, list),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'GET /api/v1/offices': () => json(200, offices),
      'PUT /api/v1/meeting-tasks/t-1': async (req) => {
        const body = (await req.json()) as MeetingTaskRequest;
        puts.push({ ifMatch: req.headers.get('If-Match'), body });
        if (answer === 'invalid') {
          return json(
            422,
            {
              type: 'urn:lienthong:problem:unprocessable',
              title: 'Request cannot be processed',
              status: 422,
              detail: 'The task is inconsistent.',
              instance: '/api/v1/meeting-tasks/t-1',
              requestId: null,
              errors: [{ field: 'dueAt', message: 'the task is due before the meeting ends' }],
            },
            'application/problem+json',
          );
        }
        if (answer === 'stale') return problem(412, 'urn:lienthong:problem:precondition-failed', 'The task has changed.');
        list = [task({ title: body.title, note: body.note ?? null, dueAt: body.dueAt, version: 1 }), list[1]!];
        return json(200, list[0]);
      },
    });
    renderTab(meeting());
    const rows = await screen.findAllByTestId('task-row', {}, { timeout: 5_000 });
    expect(within(rows[1]!).queryByTestId('task-edit')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(rows[0]!).getByRole('button', { name: 'Sửa nhiệm vụ Chuẩn bị âm thanh, màn hình' }));
    expect(screen.getByTestId('task-form')).toHaveTextContent('Sửa nhiệm vụ chuẩn bị');
    expect(screen.getByTestId('task-title')).toHaveValue('Chuẩn bị âm thanh, màn hình');
    expect(screen.getByTestId('task-category')).toHaveValue('SOUND_AND_SCREENS');
    expect(screen.getByTestId('task-due-date')).toHaveValue('2026-11-26');
    expect(screen.getByTestId('task-due-time')).toHaveValue('16:00');
    await waitFor(() => expect(screen.getByTestId('task-office')).toHaveValue(VPUB_OFFICE));
    await user.clear(screen.getByTestId('task-title'));
    await user.click(screen.getByTestId('task-title'));
    await user.paste('Chuẩn bị âm thanh, màn hình LED');
    await user.click(screen.getByTestId('task-note'));
    await user.paste('Thử trước 1 ngày');
    fireEvent.change(screen.getByTestId('task-due-time'), { target: { value: '15:00' } });
    await user.click(screen.getByTestId('task-save'));
    expect(await screen.findByTestId('task-due-date-error')).toHaveTextContent('the task is due before the meeting ends');

    answer = 'stale';
    await user.click(screen.getByTestId('task-save'));
    expect(await screen.findByTestId('task-error')).toHaveTextContent('Nhiệm vụ vừa được người khác thay đổi. Vui lòng tải lại trang rồi thực hiện lại.');
    expect(screen.queryByTestId('task-due-date-error')).not.toBeInTheDocument();

    answer = 'ok';
    await user.click(screen.getByTestId('task-save'));
    await waitFor(() => expect(screen.queryByTestId('task-form')).not.toBeInTheDocument());
    expect(screen.getAllByTestId('task-row-title')[0]).toHaveTextContent('Chuẩn bị âm thanh, màn hình LED');
    expect(puts.map((p) => p.ifMatch)).toEqual(['"0"', '"0"', '"0"']);
    expect(puts[2]?.body).toEqual({
      category: 'SOUND_AND_SCREENS',
      title: 'Chuẩn bị âm thanh, màn hình LED',
      assigneeOfficeId: VPUB_OFFICE,
      assigneeUnitId: null,
      dueAt: '2026-11-26T15:00:00+07:00',
      note: 'Thử trước 1 ngày',
    });
  }, 15_000);

  it('offers no planning once the server no longer allows editing', async () => {
    mockApi({ 'GET /api/v1/meetings/m-1/tasks': () => json(200, [task({ canComplete: false })]) });
    renderTab(meeting({ status: 'HELD', allowedActions: ['WRITE_MINUTES'] }));
    await screen.findByTestId('task-row', {}, { timeout: 5_000 });
    expect(screen.queryByTestId('task-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-delete')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-complete')).not.toBeInTheDocument();
  });
});
