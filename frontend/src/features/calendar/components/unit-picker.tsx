import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useUnitSearch } from '../api/search-units';
import type { Ref } from '../api/types';
import { useDebounced } from '../utils/use-debounced';
import './calendar.css';

type Props = {
  id: string;
  label: string;
  /** one unit (a locality) or several (participating units) */
  multiple: boolean;
  selected: readonly Ref[];
  onChange: (units: Ref[]) => void;
  error?: string;
};

/** Finds units by name (GET /units?q=, diacritics ignored) and keeps the chosen ones as removable tags. */
export function UnitPicker({ id, label, multiple, selected, onChange, error }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 300);
  const search = useUnitSearch(debounced);
  const errorId = `${id}-error`;
  const shown = debounced.trim().length >= 2 ? (search.data ?? []).filter((u) => !selected.some((s) => s.id === u.id)) : [];

  function choose(unit: Ref) {
    onChange(multiple ? [...selected, unit] : [unit]);
    setQ('');
  }

  return (
    <div className="field" data-testid={id}>
      <label htmlFor={`${id}-search`}>{label}</label>
      {selected.length > 0 && (
        <ul className="cal-tags" data-testid={`${id}-selected`}>
          {selected.map((unit) => (
            <li key={unit.id} className="cal-tag">
              {unit.name}
              <button
                type="button"
                aria-label={t('itemForm.remove', { name: unit.name })}
                onClick={() => onChange(selected.filter((s) => s.id !== unit.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-search`}
        data-testid={`${id}-search`}
        type="search"
        autoComplete="off"
        placeholder={t('itemForm.unitSearch')}
        value={q}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setQ(e.target.value)}
      />
      {shown.length > 0 && (
        <ul className="cal-results" data-testid={`${id}-results`}>
          {shown.map((unit) => (
            <li key={unit.id}>
              <button type="button" data-testid={`${id}-result`} onClick={() => choose({ id: unit.id, name: unit.name })}>
                {unit.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {debounced.trim().length >= 2 && search.isSuccess && shown.length === 0 && (
        <p className="field__hint">{t('itemForm.noMatch')}</p>
      )}
      {error && (
        <p className="field__error" id={errorId} data-testid={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
