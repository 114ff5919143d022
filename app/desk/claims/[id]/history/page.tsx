import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { TextDiff } from '@/components/desk/text-diff';
import { inputClass } from '@/components/forms/field';
import { requirePageActor } from '@/lib/auth/actor';
import { getClaimHistory } from '@/lib/claims/desk-queries';
import { diffVersions } from '@/lib/claims/version-diff';
import { formatDay, formatMoment } from '@/lib/format/dates';

export const metadata: Metadata = { title: 'Claim history' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const decisionLabel = { APPROVE: 'approved', REQUEST_CHANGES: 'requested changes to', REJECT: 'rejected', RETRACT: 'retracted' } as const;

export default async function ClaimHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageActor('desk:read', `/desk/claims/${id}/history`);
  const claim = await getClaimHistory(id);
  if (!claim) notFound();
  const { versions } = claim;
  const latest = versions.length;
  const pick = (value: string | undefined, fallback: number) => {
    const number = Number(value);
    return Number.isInteger(number) && number >= 1 && number <= latest ? number : fallback;
  };
  const query = await searchParams;
  const to = pick(query.to, latest);
  const from = pick(query.from, Math.max(1, to - 1));
  const diff = from !== to ? diffVersions(versions[from - 1], versions[to - 1]) : null;

  return (
    <>
      <p>
        <NoPrefetchLink href={`/desk/claims/${claim.id}`} className="text-blue-800 underline">
          Back to the claim
        </NoPrefetchLink>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">History</h1>
      <ol className="mt-4 space-y-2">
        {versions.map((version) => (
          <li key={version.id} className="rounded border border-stone-300 bg-white p-3">
            <p className="font-medium">
              Version {version.version}: <span dir="auto">{version.statement}</span>
            </p>
            <p className="text-sm text-stone-700">
              by {version.editedBy.name}, {formatMoment(version.createdAt)}
              {claim.publishedVersion?.version === version.version && ' · the version the public sees'}
            </p>
            {claim.reviews
              .filter((review) => review.version === version.version)
              .map((review) => (
                <p key={review.createdAt.toISOString()} className="text-sm">
                  {review.reviewer.name} {decisionLabel[review.decision]} it on {formatDay(review.createdAt)}
                  {review.note && <span dir="auto">: {review.note}</span>}
                </p>
              ))}
          </li>
        ))}
      </ol>

      {latest > 1 && (
        <section aria-labelledby="compare-heading" className="mt-8">
          <h2 id="compare-heading" className="text-xl font-semibold">Compare two versions</h2>
          <form className="mt-3 flex flex-wrap items-end gap-3">
            {(['from', 'to'] as const).map((field) => (
              <div key={field}>
                <label htmlFor={field} className="block text-sm font-medium">{field === 'from' ? 'From version' : 'To version'}</label>
                <select id={field} name={field} defaultValue={field === 'from' ? from : to} className={inputClass}>
                  {versions.map((version) => (
                    <option key={version.version} value={version.version}>{version.version}</option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="rounded border border-stone-600 px-3 py-2 font-medium">Compare</button>
          </form>
          {diff && (
            <div className="mt-4 space-y-3">
              <p className="text-sm">Changes from version {from} to version {to}:</p>
              {diff.fields.length === 0 && diff.citations.length === 0 && <p>No difference.</p>}
              <dl className="space-y-2">
                {diff.fields.map((field) => (
                  <div key={field.label}>
                    <dt className="font-medium">{field.label}</dt>
                    <dd><TextDiff parts={field.parts} /></dd>
                  </div>
                ))}
                {diff.citations.map((citation, index) => (
                  <div key={index}>
                    <dt className="font-medium">{citation.label} {citation.change}</dt>
                    <dd><TextDiff parts={citation.parts} /></dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
        </section>
      )}
    </>
  );
}
