import { useState } from 'react';
import { useUnitSearch } from '@/lib/api/units';
import { useT } from '@/lib/i18n';
import { useDebounced } from '@/lib/use-debounced';

export type UnitRef = { id: string; name: string };

type Props = {
  id: string;
  label: string;
  /** one unit (a locality, an assignee) or several (participating units) */
  multiple: boolean;
  selected: readonly UnitRef[];
  onChange: (units: UnitRef[]) => void;
  error?: string;
};

/** Finds units by name (GET /units?q=, diacritics ignored) and keeps the chosen ones as removable tags. */
export function UnitPicker({ id, label, multiple, selected, onChange, error }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 300);
  const search = useUnitSearch(debounced);
  const errorId = `${id}-error`;
  const searching = debounced.trim().length >= 2;
  const shown = searching ? (search.data ?? []).filter((u) => !selected.some((s) => s.id === u.id)) : [];

  function choose(unit: UnitRef) {
    onChange(multiple ? [...selected, unit] : [unit]);
    setQ('');
  }

  return (
    <div className="field" data-testid={id}>
      <label htmlFor={`${id}-search`}>{label}</label>
      {selected.length > 0 && (
        <ul className="ui-tags" data-testid={`${id}-selected`}>
          {selected.map((unit) => (
            <li key={unit.id} className="ui-tag">
              {unit.name}
              <button
                type="button"
                aria-label={t('unitPicker.remove', { name: unit.name })}
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
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('unitPicker.search')}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {shown.length > 0 && (
        <ul className="ui-results" data-testid={`${id}-results`}>
          {shown.map((unit) => (
            <li key={unit.id}>
              <button type="button" data-testid={`${id}-result`} onClick={() => choose({ id: unit.id, name: unit.name })}>
                {unit.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {searching && search.isSuccess && shown.length === 0 && <p className="field__hint">{t('unitPicker.noMatch')}</p>}
      {error && (
        <p className="field__error" id={errorId} data-testid={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The picker for exactly one unit or none. */
export function OneUnitPicker({ selected, onChange, ...props }: Omit<Props, 'multiple' | 'selected' | 'onChange'> & {
  selected: UnitRef | null;
  onChange: (unit: UnitRef | null) => void;
}) {
  return <UnitPicker {...props} multiple={false} selected={selected ? [selected] : []} onChange={(units) => onChange(units[0] ?? null)} />;
}
