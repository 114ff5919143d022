import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SiteHeader } from '@/components/site-header';
import '@/styles/globals.css';

export const metadata: Metadata = {
  title: { default: 'Counterclaim', template: '%s · Counterclaim' },
  description: 'Who claims what, when, on what evidence, and which claims conflict: a reviewed record of sourced claims.',
  metadataBase: new URL(process.env.BETTER_AUTH_URL ?? 'http://localhost:3000'),
  openGraph: { siteName: 'Counterclaim', type: 'website' },
  alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Counterclaim: contradictions' }] } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The App Router's pages (the desk, sign-in, its error pages) render for each request: one built ahead of time
  // would carry no nonce, and the Content-Security-Policy (proxy.ts) would then block its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
