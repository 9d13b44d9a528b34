import type { ReactNode } from 'react';

export type ControlProps = {
  id: string;
  'data-testid': string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type Props = {
  /** id of the control; also its data-testid; its error is `${id}-error` */
  id: string;
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled control with its error (from the client's checks or the server's `errors`) right under it. */
export function FormField({ id, label, error, hint, className, children }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'data-testid': id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })}
      {hint && !error && <p className="field__hint">{hint}</p>}
      {error && (
        <p className="field__error" id={errorId} data-testid={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
