import type { Metadata } from 'next';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { StatusBadge, statusLabel } from '@/components/desk/status-badge';
import { requirePageActor } from '@/lib/auth/actor';
import { getDashboard } from '@/lib/claims/desk-queries';
import { formatDay } from '@/lib/format/dates';

export const metadata: Metadata = { title: 'Desk' };

const statuses = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'RETRACTED'] as const;

type Row = { id: string; status: string; updatedAt: Date; author: { name: string }; currentVersion: { statement: string } | null };

function ClaimList({ claims, empty, note }: { claims: Row[]; empty: string; note?: (claim: Row) => React.ReactNode }) {
  if (claims.length === 0) return <p className="mt-2 text-stone-700">{empty}</p>;
  return (
    <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-300 bg-white">
      {claims.map((claim) => (
        <li key={claim.id} className="p-3">
          <p className="flex flex-wrap items-center gap-2">
            <StatusBadge status={claim.status} />
            <NoPrefetchLink href={`/desk/claims/${claim.id}`} className="font-medium text-blue-800 underline" dir="auto">
              {claim.currentVersion?.statement}
            </NoPrefetchLink>
          </p>
          <p className="mt-1 text-sm text-stone-700">
            {claim.author.name}, changed {formatDay(claim.updatedAt)}
          </p>
          {note?.(claim)}
        </li>
      ))}
    </ul>
  );
}

export default async function DeskPage() {
  const actor = await requirePageActor('desk:read', '/desk');
  const { drafts, changesRequested, recent, counts } = await getDashboard(actor.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">Desk</h1>
      <h2 className="sr-only">Claims by status</h2>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-6">
        {statuses.map((status) => (
          <div key={status} className="rounded border border-stone-300 bg-white p-3">
            <dt className="text-sm text-stone-700">{statusLabel(status)}</dt>
            <dd className="text-2xl font-semibold">{counts[status] ?? 0}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="changes-heading" className="mt-8">
        <h2 id="changes-heading" className="text-xl font-semibold">My claims with changes requested</h2>
        <ClaimList
          claims={changesRequested}
          empty="None."
          note={(claim) => {
            const review = (claim as (typeof changesRequested)[number]).reviews[0];
            return review ? (
              <p className="mt-1 rounded bg-amber-50 p-2 text-sm" dir="auto">
                {review.reviewer.name}: {review.note}
              </p>
            ) : null;
          }}
        />
      </section>
      <section aria-labelledby="drafts-heading" className="mt-8">
        <h2 id="drafts-heading" className="text-xl font-semibold">My drafts</h2>
        <ClaimList claims={drafts} empty="No drafts." />
      </section>
      <section aria-labelledby="recent-heading" className="mt-8">
        <h2 id="recent-heading" className="text-xl font-semibold">Recently changed</h2>
        <ClaimList claims={recent} empty="Nothing yet." />
      </section>
    </>
  );
}
