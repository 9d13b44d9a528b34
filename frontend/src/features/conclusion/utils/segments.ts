import type { StatusCounts, TaskStatus } from '../api/types';

type Segment = { status: TaskStatus; count: number; percent: number };

/** The shares of the assigned tasks, in a fixed order (cancelled tasks are not assigned). */
export function segmentsOf(c: StatusCounts): Segment[] {
  return [
    { status: 'DONE_ON_TIME', count: c.doneOnTime, percent: c.doneOnTimePercent },
    { status: 'DONE_LATE', count: c.doneLate, percent: c.doneLatePercent },
    { status: 'IN_PROGRESS', count: c.inProgress, percent: c.inProgressPercent },
    { status: 'EXTENDED', count: c.extended, percent: c.extendedPercent },
    { status: 'OVERDUE', count: c.overdue, percent: c.overduePercent },
  ];
}
