/** Marks a claim or link a reviewer retracted: it stays at its address, and every list says so. */
export function RetractedBadge() {
  return <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-sm text-red-900">Retracted</span>;
}
