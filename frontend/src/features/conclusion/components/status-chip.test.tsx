import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { TaskStatus } from '../api/types';
import { counts, task } from '../testing/fixtures';
import { StatusChip, StatusCountChips } from './status-chip';
import { TaskTable } from './task-table';

const LABELS: [TaskStatus, string, string][] = [
  ['DONE_ON_TIME', 'Hoàn thành đúng hạn', 'Done on time'],
  ['DONE_LATE', 'Hoàn thành quá hạn', 'Done late'],
  ['IN_PROGRESS', 'Đang thực hiện', 'In progress'],
  ['EXTENDED', 'Được gia hạn', 'Extended'],
  ['OVERDUE', 'Quá hạn', 'Overdue'],
  ['CANCELLED', 'Đã hủy', 'Cancelled'],
];

describe('StatusChip', () => {
  it.each(LABELS)('labels %s in Vietnamese, coloured by status', (status, vi) => {
    renderWithProviders(<StatusChip status={status} />);
    const chip = screen.getByTestId('status-chip');
    expect(chip).toHaveTextContent(new RegExp(`^${vi}$`));
    expect(chip).toHaveClass(`chip--${status}`);
  });

  it.each(LABELS)('labels %s in English in English mode', (status, _vi, en) => {
    renderWithProviders(<StatusChip status={status} />, { lang: 'en' });
    expect(screen.getByTestId('status-chip')).toHaveTextContent(new RegExp(`^${en}$`));
  });
});

describe('StatusCountChips', () => {
  it('shows the non-zero counts with Vietnamese labels', () => {
    renderWithProviders(<StatusCountChips counts={counts({ assigned: 3, overdue: 1, doneOnTime: 2 })} emptyText="Chưa có" />);
    const chips = screen.getAllByTestId('status-count');
    expect(chips.map((c) => c.textContent)).toEqual(['Quá hạn1', 'Hoàn thành đúng hạn2']);
    expect(chips[0]).toHaveClass('chip--OVERDUE');
  });

  it('says when there is nothing', () => {
    renderWithProviders(<StatusCountChips counts={counts()} emptyText="Chưa có nhiệm vụ" />);
    expect(screen.getByText('Chưa có nhiệm vụ')).toBeInTheDocument();
  });
});

describe('TaskTable', () => {
  it('shows each task with its status chip, deadline and progress, linking to the task page', () => {
    renderWithProviders(
      <TaskTable
        tasks={[
          task({ id: 'a', status: 'OVERDUE', deadline: '2026-11-25' }),
          task({ id: 'b', status: 'IN_PROGRESS', deadline: null, reportingCycle: 'QUARTERLY', awaitingConfirmation: true }),
        ]}
        showPosition
        emptyText="trống"
      />,
    );
    const [first, second] = screen.getAllByTestId('task-row');
    expect(within(first!).getByTestId('status-chip')).toHaveTextContent('Quá hạn');
    expect(within(first!).getByText('25/11/2026')).toBeInTheDocument();
    expect(within(first!).getByTestId('task-link')).toHaveAttribute('href', '/conclusion-tasks/a');
    expect(within(first!).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(within(second!).getByTestId('status-chip')).toHaveTextContent('Đang thực hiện');
    expect(within(second!).getByText('Thường xuyên (Hằng quý)')).toBeInTheDocument();
    expect(within(second!).getByText('Chờ xác nhận')).toBeInTheDocument();
  });
});
