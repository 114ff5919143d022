import type { PageConfig } from 'next';
import { PublicHead } from '@/components/public-head';
import { StaticMarkup } from '@/components/static-markup';
import { publicPage } from '@/lib/public-site/public-page';

// The floor `npm run bench` measures beside its ceiling: a public page made as every other one is (its props through
// publicPage, its head, its body by StaticMarkup, in the site's layout) that reads nothing. Its share of the ceiling
// is what the Pages Router costs before any read; what a public page falls short of it is the page's own reading and
// rendering. Kept in production, like the ceiling: it reads nothing, takes no input and shows nothing of the record.

export const config: PageConfig = { unstable_runtimeJS: false };

export const getServerSideProps = publicPage(async () => ({ read: 'nothing' }));

export default function BenchFloorPage() {
  return (
    <>
      <PublicHead title="Benchmark floor" description="A page that reads nothing, for the benchmark." path="/bench/floor" noIndex />
      <StaticMarkup as="article">
        <h1 className="text-3xl font-semibold tracking-tight">Benchmark floor</h1>
        <p className="mt-2">This page reads nothing from the record: the benchmark measures what any public page costs before it reads.</p>
      </StaticMarkup>
    </>
  );
}
