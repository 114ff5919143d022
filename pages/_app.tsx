import type { AppProps } from 'next/app';
import { SiteHeader } from '@/components/site-header';
import '@/styles/globals.css';

// The public site. Its pages live in the Pages Router, and not beside the desk in app/, for one reason: each
// sets `unstable_runtimeJS: false`, so a reader's page carries no JavaScript at all. The App Router's client
// runtime alone is about 138 kB compressed, and a public page may send at most 50 kB. Everything here works
// as plain HTML: links, GET forms, print styles. Links are plain <a>, not next/link: without the runtime it adds
// nothing, and rendering it took 1% of a claim page's time.
export default function PublicSite({ Component, pageProps }: AppProps) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <Component {...pageProps} />
      </main>
    </>
  );
}
