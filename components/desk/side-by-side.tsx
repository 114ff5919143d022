import type { getDeskLink } from '@/lib/claims/desk-queries';
import { linkKindLabel, resolutionLabel } from '@/lib/links/link-schema';
import { ClaimColumn } from './claim-column';
import { StatusBadge } from './status-badge';

type DeskLink = NonNullable<Awaited<ReturnType<typeof getDeskLink>>>;

/** A link and its two claims as they stand now, drafts marked: the desk's and the reviewer's view. */
export function SideBySide({ link, footer }: { link: DeskLink; footer?: (claimId: string) => React.ReactNode }) {
  const current = link.currentVersion!;
  return (
    <>
      <section aria-label="The link" className="mt-4 rounded border border-stone-400 bg-white p-4">
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge status={link.status} />
          <span className="font-semibold">The left claim {linkKindLabel[link.kind]} the right one</span>
          <span className="text-sm text-stone-700">
            version {link.version}, linked by {link.createdBy.name}, this version by {current.editedBy.name}
          </span>
        </p>
        {current.note && (
          <p className="mt-2" dir="auto">
            {current.note}
          </p>
        )}
        <p className="mt-2">
          <span className="font-medium">Resolution:</span> {resolutionLabel[current.resolution]}
          {current.resolutionNote && <span dir="auto">. {current.resolutionNote}</span>}
        </p>
        <p className="mt-2 text-sm">It is public only while both claims have an approved version.</p>
      </section>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {([link.claimA, link.claimB] as const).map((claim, index) => (
          <section key={claim.id} aria-label={index === 0 ? 'Left claim' : 'Right claim'} className="rounded border border-stone-300 bg-stone-50 p-4">
            <ClaimColumn version={claim.currentVersion!} status={claim.status} author={claim.author.name} publishedVersion={claim.publishedVersion?.version ?? null} />
            {footer?.(claim.id)}
          </section>
        ))}
      </div>
    </>
  );
}
