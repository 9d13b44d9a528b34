import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useUnitSearch } from '../api/search-units';
import type { NamedRef } from '../api/types';
import { useDebounced } from '../utils/use-debounced';
import './meeting.css';

type Props = {
  id: string;
  label: string;
  selected: NamedRef | null;
  onChange: (unit: NamedRef | null) => void;
  error?: string;
};

/** Finds one unit by name (GET /units?q=, diacritics ignored) and keeps it as a removable tag. */
export function UnitPicker({ id, label, selected, onChange, error }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 300);
  const search = useUnitSearch(debounced);
  const errorId = `${id}-error`;
  const searching = debounced.trim().length >= 2;
  const shown = searching ? (search.data ?? []).filter((u) => u.id !== selected?.id) : [];

  return (
    <div className="field" data-testid={id}>
      <label htmlFor={`${id}-search`}>{label}</label>
      {selected && (
        <ul className="mt-tags" data-testid={`${id}-selected`}>
          <li className="mt-tag">
            {selected.name}
            <button type="button" aria-label={t('unitPicker.remove', { name: selected.name })} onClick={() => onChange(null)}>
              ×
            </button>
          </li>
        </ul>
      )}
      <input
        id={`${id}-search`}
        data-testid={`${id}-search`}
        type="search"
        autoComplete="off"
        placeholder={t('unitPicker.search')}
        value={q}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setQ(e.target.value)}
      />
      {shown.length > 0 && (
        <ul className="mt-results" data-testid={`${id}-results`}>
          {shown.map((unit) => (
            <li key={unit.id}>
              <button
                type="button"
                data-testid={`${id}-result`}
                onClick={() => {
                  onChange({ id: unit.id, name: unit.name });
                  setQ('');
                }}
              >
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
