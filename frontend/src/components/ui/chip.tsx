import type { ReactNode } from 'react';

/** The colour of a status: neutral (grey), info (blue), warning (amber), progress (violet), success (green), danger (red). */
export type ChipTone = 'neutral' | 'info' | 'warning' | 'progress' | 'success' | 'danger';

type Props = { tone: ChipTone; children: ReactNode } & Record<`data-${string}`, string | undefined>;

/** A status chip in the shared style (styles.css `.chip`); each feature says which tone each of its statuses has. */
export function Chip({ tone, children, ...data }: Props) {
  return (
    <span className={tone === 'neutral' ? 'chip' : `chip chip--${tone}`} {...data}>
      {children}
    </span>
  );
}
