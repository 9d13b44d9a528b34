export type Option = { id: string; label: string };

type Props = {
  id: string;
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  emptyText: string;
  error?: string;
};

/** A labelled list of checkboxes (leaders, bodies, offices): the chosen ids in the options' order. */
export function CheckList({ id, label, options, selected, onChange, emptyText, error }: Props) {
  const errorId = `${id}-error`;
  return (
    <fieldset className="field" style={{ border: 0, margin: 0, padding: 0 }} aria-describedby={error ? errorId : undefined}>
      <legend style={{ fontWeight: 600, padding: 0, marginBottom: '0.3rem' }}>{label}</legend>
      {options.length === 0 ? (
        <p className="field__hint">{emptyText}</p>
      ) : (
        <ul className="ui-checklist" data-testid={id}>
          {options.map((option) => (
            <li key={option.id}>
              <label>
                <input
                  type="checkbox"
                  value={option.id}
                  checked={selected.includes(option.id)}
                  onChange={(e) =>
                    onChange(
                      e.target.checked
                        ? options.filter((o) => o.id === option.id || selected.includes(o.id)).map((o) => o.id)
                        : selected.filter((s) => s !== option.id),
                    )
                  }
                />
                {option.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field__error" id={errorId} data-testid={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
