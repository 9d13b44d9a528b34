import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { admin } from '@/testing/fixtures';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { MeetingTask } from '../api/types';
import { page, task, ubndSpecialist, unitOfficer, vptuSpecialist } from '../testing/fixtures';
import { MeetingTasksRoute } from './meeting-tasks';

function renderInbox(me: MeResponse = ubndSpecialist, route = '/meeting-tasks') {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <MeetingTasksRoute />
    </CurrentUserContext.Provider>,
    { route },
  );
}

const doneTask = task({
  id: 't-2',
  title: 'In tài liệu phục vụ hội nghị',
  category: 'DOCUMENTS',
  done: true,
  doneAt: '2026-11-25T10:00:00+07:00',
  doneByName: 'Trần Văn Theo Dõi',
  doneNote: 'Đã in 50 bộ',
  canComplete: false,
});

describe('MeetingTasksRoute — "Việc được giao"', () => {
  it('shows the open tasks first, then the done ones, and ticks one off with a note', async () => {
    let open: MeetingTask[] = [task()];
    let done: MeetingTask[] = [doneTask];
    const completions: unknown[] = [];
    const { calls } = mockApi({
      'GET /api/v1/meeting-tasks': (req) => {
        const q = new URL(req.url).searchParams;
        return json(200, page(q.get('open') === 'true' ? open : done));
      },
      'POST /api/v1/meeting-tasks/t-1/completion': async (req) => {
        completions.push(await req.json());
        const after = task({ done: true, doneAt: '2026-11-26T09:00:00+07:00', doneByName: 'Nguyễn Thị Hồng', doneNote: 'Đã kiểm tra', canComplete: false });
        open = [];
        done = [after, doneTask];
        return json(200, after);
      },
    });
    renderInbox();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Việc được giao');
    const openTable = await screen.findByTestId('open-tasks', {}, { timeout: 5_000 });
    const row = within(openTable).getByTestId('task-row');
    expect(row).toHaveTextContent('Hội nghị Thường trực Tỉnh ủy tháng 11');
    expect(within(row).getByTestId('task-meeting')).toHaveAttribute('href', '/meetings/m-1?tab=checklist');
    expect(row).toHaveTextContent('Âm thanh, màn hình');
    expect(row).toHaveTextContent('26/11/2026 16:00');
    expect(within(row).getByTestId('task-state')).toHaveTextContent('Chưa hoàn thành');
    const doneTable = await screen.findByTestId('done-tasks');
    expect(within(doneTable).getByTestId('task-done-by')).toHaveTextContent('Trần Văn Theo Dõi, 25/11/2026 10:00');
    expect(within(doneTable).queryByTestId('task-complete')).not.toBeInTheDocument();
    const queries = calls.map((c) => Object.fromEntries(new URL(c.url).searchParams));
    expect(queries).toContainEqual({ size: '20', sort: 'dueAt', scope: 'ASSIGNED', open: 'true', page: '0' });
    expect(queries).toContainEqual({ size: '20', sort: '-dueAt', scope: 'ASSIGNED', open: 'false', page: '0' });

    const user = userEvent.setup();
    await user.click(within(row).getByTestId('task-complete'));
    await user.type(within(row).getByTestId('complete-note'), 'Đã kiểm tra');
    await user.click(within(row).getByTestId('complete-submit'));
    expect(await screen.findByTestId('open-tasks-empty')).toHaveTextContent('Không có nhiệm vụ nào đang chờ thực hiện.');
    await waitFor(() => expect(within(screen.getByTestId('done-tasks')).getAllByTestId('task-row')).toHaveLength(2));
    expect(completions).toEqual([{ note: 'Đã kiểm tra' }]);
  });

  it('says why a task could not be ticked off', async () => {
    mockApi({
      'GET /api/v1/meeting-tasks': (req) => json(200, page(new URL(req.url).searchParams.get('open') === 'true' ? [task()] : [])),
      'POST /api/v1/meeting-tasks/t-1/completion': () => problem(409, 'urn:lienthong:problem:conflict', 'The task is already done (Lê Văn C).'),
    });
    renderInbox();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('task-complete', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('complete-submit'));
    expect(await screen.findByTestId('complete-error')).toHaveTextContent('The task is already done (Lê Văn C).');
  });

  it('gives a unit its own inbox, without the host\'s view', async () => {
    mockApi({ 'GET /api/v1/meeting-tasks': () => json(200, page([])) });
    renderInbox(unitOfficer);
    expect(await screen.findByTestId('open-tasks-empty', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByText('Sở Tài chính')).toBeInTheDocument();
    expect(screen.queryByTestId('meeting-tasks-hosted')).not.toBeInTheDocument();
  });

  it('is not for administrators', () => {
    mockApi({});
    renderInbox(admin);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});

describe('MeetingTasksRoute — "Còn tồn đọng"', () => {
  it('lists what is still open for the meetings the office hosts', async () => {
    const { calls } = mockApi({
      'GET /api/v1/meeting-tasks': () => json(200, page([task({ overdue: true, canComplete: true })])),
    });
    renderInbox(vptuSpecialist, '/meeting-tasks?view=hosted');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Còn tồn đọng');
    const row = await screen.findByTestId('task-row', {}, { timeout: 5_000 });
    expect(within(row).getByTestId('task-state')).toHaveTextContent('Quá hạn');
    expect(row).toHaveTextContent('Văn phòng UBND tỉnh');
    expect(screen.getByTestId('meeting-tasks-hosted')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByTestId('done-tasks')).not.toBeInTheDocument();
    const queries = calls.map((c) => Object.fromEntries(new URL(c.url).searchParams));
    expect(queries).toEqual([{ size: '20', sort: 'dueAt', scope: 'HOSTED', open: 'true', page: '0' }]);
  });
});
