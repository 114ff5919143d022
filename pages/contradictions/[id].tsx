import type { PageConfig } from 'next';
import { PublicClaimColumn } from '@/components/public-claim-column';
import { getPublishedContradiction } from '@/lib/claims/get-published-contradiction';
import { formatDay } from '@/lib/format/dates';
import { resolutionLabel } from '@/lib/links/link-schema';
import { NotPublicPage } from '@/components/not-public';
import { StaticMarkup } from '@/components/static-markup';
import { PublicHead } from '@/components/public-head';
import { pageData, publicPage, routeParam, type LoadedData, type PublicPageProps } from '@/lib/public-site/public-page';

export const config: PageConfig = { unstable_runtimeJS: false };

const load = (id: string) => getPublishedContradiction(id);
export const getServerSideProps = publicPage((context) => load(routeParam(context, 'id')));

export default function ContradictionPage(props: PublicPageProps) {
  const contradiction = pageData<LoadedData<typeof load>>(props);
  if (!contradiction) return <NotPublicPage />;
  return (
    <>
      <PublicHead title={`${contradiction.claimA.version.statement} / ${contradiction.claimB.version.statement}`} description={`Two sourced claims that contradict each other. ${resolutionLabel[contradiction.resolution]}.`} path={`/contradictions/${contradiction.id}`} type="article" />
      <StaticMarkup as="article">
        <h1 className="text-3xl font-semibold tracking-tight">These claims contradict each other</h1>
        {contradiction.retraction && (
          <div role="note" className="mt-4 rounded border border-red-400 bg-red-50 p-4 text-red-950">
            <p className="font-semibold">This contradiction was retracted on {formatDay(contradiction.retraction.createdAt)}</p>
            <p dir="auto">{contradiction.retraction.note}</p>
          </div>
        )}
        <section aria-label="How they stand" className="mt-4 rounded border border-stone-400 bg-white p-4">
          {contradiction.note && <p dir="auto">{contradiction.note}</p>}
          <p className="mt-2">
            <span className="font-semibold">Resolution: {resolutionLabel[contradiction.resolution]}.</span>{' '}
            {contradiction.resolutionNote && <span dir="auto">{contradiction.resolutionNote}</span>}
          </p>
          {contradiction.signOff && (
            <p className="mt-2 text-sm text-stone-700">
              Approved by {contradiction.signOff.reviewer.name} on {formatDay(contradiction.signOff.createdAt)}.
            </p>
          )}
          <p className="mt-2 text-sm print:hidden">
            <a href="/key" className="text-blue-800 underline">
              What the grades mean: sources A–F, information 1–6
            </a>
          </p>
        </section>
        <div className="mt-6 grid gap-6 md:grid-cols-2 print:grid-cols-2">
          <PublicClaimColumn claim={contradiction.claimA} side="First claim" />
          <PublicClaimColumn claim={contradiction.claimB} side="Second claim" />
        </div>
      </StaticMarkup>
    </>
  );
}
