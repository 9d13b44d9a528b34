/**
 * The message above a form's buttons: what went wrong, and the server's field errors that have no field on
 * this form to sit next to.
 */
export function FormErrorSummary({ summary, leftover, testId }: { summary: string | null; leftover: [string, string][]; testId: string }) {
  if (!summary) return null;
  return (
    <div className="form-error" role="alert" data-testid={testId}>
      <p style={{ margin: 0 }}>{summary}</p>
      {leftover.length > 0 && (
        <ul>
          {leftover.map(([field, message]) => (
            <li key={field}>
              {field}: {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
