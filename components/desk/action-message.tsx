// A row form's outcome, read out by screen readers: the status region is always in the page so a new message
// in it is announced; a refusal is an alert.
export function ActionMessage({ state, className = '' }: { state: { status: string; message?: string }; className?: string }) {
  return (
    <>
      <div role="status" className={className}>
        {state.status === 'saved' && state.message && <p className="text-sm font-medium text-green-900">{state.message}</p>}
      </div>
      {state.status === 'error' && state.message && (
        <p role="alert" className={`text-sm font-medium text-red-800 ${className}`}>
          {state.message}
        </p>
      )}
    </>
  );
}
