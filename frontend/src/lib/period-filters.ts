import { useState, type FormEvent } from 'react';
import { isIsoDate } from './format';

/**
 * The filters of a statistics page: edited as a draft, applied on submit only when the period is two valid dates in
 * order (else `invalid`, and the figures shown stay those of the last valid filters).
 */
export function usePeriodFilters<F extends { from: string; to: string }>(initial: F) {
  const [draft, setDraft] = useState<F>(initial);
  const [filters, setFilters] = useState<F>(initial);
  const [invalid, setInvalid] = useState(false);
  const set = (patch: Partial<F>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const bad = !isIsoDate(draft.from) || !isIsoDate(draft.to) || draft.from > draft.to;
    setInvalid(bad);
    if (!bad) setFilters(draft);
  };
  return { draft, set, filters, invalid, submit };
}
