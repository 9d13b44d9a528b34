import { useT } from '@/lib/i18n';
import type { StatusCounts, TaskStatus } from '../api/types';
import { statusLabel } from '../utils/labels';
import './conclusion.css';

export function StatusChip({ status, testId = 'status-chip' }: { status: TaskStatus; testId?: string }) {
  const t = useT();
  return (
    <span className={`chip chip--${status}`} data-testid={testId} data-status={status}>
      {statusLabel(status, t)}
    </span>
  );
}

const COUNTED: { status: TaskStatus; count: (c: StatusCounts) => number }[] = [
  { status: 'OVERDUE', count: (c) => c.overdue },
  { status: 'IN_PROGRESS', count: (c) => c.inProgress },
  { status: 'EXTENDED', count: (c) => c.extended },
  { status: 'DONE_ON_TIME', count: (c) => c.doneOnTime },
  { status: 'DONE_LATE', count: (c) => c.doneLate },
  { status: 'CANCELLED', count: (c) => c.cancelled },
];

/** The non-zero counts of a document's tasks by status, as small coloured chips. */
export function StatusCountChips({ counts, emptyText }: { counts: StatusCounts; emptyText: string }) {
  const t = useT();
  const shown = COUNTED.map((c) => ({ status: c.status, count: c.count(counts) })).filter((c) => c.count > 0);
  if (shown.length === 0) return <span className="field__hint">{emptyText}</span>;
  return (
    <span className="chips" data-testid="status-counts">
      {shown.map(({ status, count }) => (
        <span
          key={status}
          className={`chip chip--${status}`}
          data-testid="status-count"
          data-status={status}
          title={statusLabel(status, t)}
        >
          {statusLabel(status, t)}
          <span className="chip__count">{count}</span>
        </span>
      ))}
    </span>
  );
}
