import Head from 'next/head';
import { publicOrigin } from '@/lib/runtime/public-origin';

type Props = { title?: string; description: string; path?: string; type?: 'website' | 'article'; noIndex?: boolean };

export const siteDescription = 'Who claims what, when, on what evidence, and which claims conflict: a reviewed record of sourced claims.';

/** Title, description and Open Graph tags, so a shared link previews well; the feed and icon for every page. */
export function PublicHead({ title, description, path, type = 'website', noIndex = false }: Props) {
  const fullTitle = title ? `${title} · Counterclaim` : 'Counterclaim';
  const url = path === undefined ? undefined : new URL(path, publicOrigin()).toString();
  return (
    <Head>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {noIndex && <meta name="robots" content="noindex" />}
      {url && <link rel="canonical" href={url} />}
      <meta property="og:title" content={title ?? 'Counterclaim'} />
      <meta property="og:description" content={description} />
      {url && <meta property="og:url" content={url} />}
      <meta property="og:site_name" content="Counterclaim" />
      <meta property="og:type" content={type} />
      <meta name="twitter:card" content="summary" />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <link rel="alternate" type="application/atom+xml" title="Counterclaim: contradictions" href="/feed.xml" />
    </Head>
  );
}
