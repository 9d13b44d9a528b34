/**
 * A labelled filter select: "all" (the empty value) first, then the choices. Its id is also its data-testid. Used by
 * the statistics pages, whose filters are a body, an office, a kind or a unit of a list loaded from the API.
 */
export function ChoiceSelect<T extends { id: string }>({
  id,
  label,
  allLabel,
  value,
  choices,
  choiceLabel,
  onChange,
}: {
  id: string;
  label: string;
  allLabel: string;
  value: string;
  choices: readonly T[] | undefined;
  choiceLabel: (choice: T) => string;
  onChange: (id: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {(choices ?? []).map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choiceLabel(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
