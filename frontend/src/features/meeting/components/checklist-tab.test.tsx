import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi, noContent } from '@/testing/http';
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

  it('offers no planning once the server no longer allows editing', async () => {
    mockApi({ 'GET /api/v1/meetings/m-1/tasks': () => json(200, [task({ canComplete: false })]) });
    renderTab(meeting({ status: 'HELD', allowedActions: ['WRITE_MINUTES'] }));
    await screen.findByTestId('task-row', {}, { timeout: 5_000 });
    expect(screen.queryByTestId('task-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-delete')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-complete')).not.toBeInTheDocument();
  });
});
