import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import { GD, leadOfficer, officeSpecialist, task, taskPage, YT } from '../testing/fixtures';
import { MyTasksRoute } from './my-tasks';

describe('MyTasksRoute', () => {
  it("lists the unit's tasks by deadline, with all / overdue / due-soon tabs", async () => {
    const { calls } = mockApi({
      'GET /api/v1/conclusion-tasks': (req) => {
        const overdue = new URL(req.url).searchParams.get('status') === 'OVERDUE';
        return json(
          200,
          taskPage([
            overdue
              ? task({ id: 'o', content: 'Việc quá hạn', status: 'OVERDUE', leadUnit: YT, coordinatingUnits: [GD] })
              : task({ id: 'a', content: 'Việc đang làm' }),
          ]),
        );
      },
    });
    renderWithProviders(
      <CurrentUserContext.Provider value={leadOfficer}>
        <MyTasksRoute />
      </CurrentUserContext.Provider>,
      { route: '/my-tasks' },
    );
    const row = await screen.findByTestId('task-row', {}, { timeout: 5_000 });
    expect(within(row).getByTestId('task-link')).toHaveTextContent('Việc đang làm');
    expect(row).toHaveTextContent('125-TB/VPUBND');
    expect(within(row).getByTestId('task-unit-role')).toHaveTextContent('Chủ trì');
    let query = new URL(calls.at(-1)!.url).searchParams;
    expect(query.get('sort')).toBe('deadline');
    expect(query.has('status')).toBe(false);

    const user = userEvent.setup();
    await user.click(screen.getByTestId('my-tasks-overdue'));
    await waitFor(() => expect(within(screen.getByTestId('task-row')).getByTestId('status-chip')).toHaveTextContent('Quá hạn'));
    expect(screen.getByTestId('task-unit-role')).toHaveTextContent('Phối hợp');
    expect(new URL(calls.at(-1)!.url).searchParams.get('status')).toBe('OVERDUE');

    await user.click(screen.getByTestId('my-tasks-due-soon'));
    await waitFor(() => expect(new URL(calls.at(-1)!.url).searchParams.get('dueWithinDays')).toBe('7'));
    query = new URL(calls.at(-1)!.url).searchParams;
    expect(query.has('status')).toBe(false);
    expect(screen.getByTestId('my-tasks-due-soon')).toHaveAttribute('aria-pressed', 'true');
  });

  it('is for unit officers only', () => {
    mockApi({});
    renderWithProviders(
      <CurrentUserContext.Provider value={officeSpecialist}>
        <MyTasksRoute />
      </CurrentUserContext.Provider>,
    );
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });
});
