const styles: Record<string, string> = {
  DRAFT: 'border-stone-500 bg-stone-100 text-stone-900',
  IN_REVIEW: 'border-blue-700 bg-blue-50 text-blue-950',
  CHANGES_REQUESTED: 'border-amber-600 bg-amber-50 text-amber-950',
  APPROVED: 'border-green-700 bg-green-50 text-green-950',
  REJECTED: 'border-red-700 bg-red-50 text-red-950',
  RETRACTED: 'border-red-700 bg-red-50 text-red-950',
};

export const statusLabel = (status: string) => status.charAt(0) + status.slice(1).toLowerCase().replace('_', ' ');

export function StatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${styles[status] ?? ''}`}>{statusLabel(status)}</span>;
}
