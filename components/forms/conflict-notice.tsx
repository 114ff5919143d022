// A stale edit was refused: show the reader what the newer version changed next to what they typed, so they can
// reapply their edit on top of it (the form now carries the newer version number).
function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
}

export function ConflictNotice({
  current,
  submitted,
  labels,
}: {
  current: Record<string, unknown>;
  submitted: Record<string, unknown>;
  labels: Record<string, string>;
}) {
  const differences = Object.entries(labels).filter(([field]) => field in submitted && shown(current[field]) !== shown(submitted[field]));
  return (
    <section aria-labelledby="conflict-heading" className="rounded border border-amber-500 bg-amber-50 p-4">
      <h2 id="conflict-heading" className="font-semibold">
        Someone saved a newer version (version {shown(current.version)}) while you were editing
      </h2>
      <p className="mt-1 text-sm">Nothing was overwritten. Where the versions differ:</p>
      {differences.length ? (
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-3">Field</th>
              <th scope="col" className="pr-3">Saved by them</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {differences.map(([field, label]) => (
              <tr key={field} className="align-top">
                <th scope="row" className="pr-3 font-medium">{label}</th>
                <td className="pr-3" dir="auto">{shown(current[field]) || '—'}</td>
                <td dir="auto">{shown(submitted[field]) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm">None of the fields you edited differ.</p>
      )}
      <p className="mt-2 text-sm">Your edit is still in the form below. Save again to apply it on top of their version.</p>
    </section>
  );
}
