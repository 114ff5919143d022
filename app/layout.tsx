import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Counterclaim', template: '%s · Counterclaim' },
  description: 'Who claims what, when, on what evidence, and which claims conflict: a reviewed record of sourced claims.',
  metadataBase: new URL(process.env.BETTER_AUTH_URL ?? 'http://localhost:3000'),
  openGraph: { siteName: 'Counterclaim', type: 'website' },
  alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Counterclaim: contradictions' }] } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered for each request, every page included: a page built ahead of time would carry no nonce, and the
  // Content-Security-Policy (proxy.ts) would then block its scripts.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-stone-300 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              Counterclaim
            </Link>
            <span className="flex gap-4 text-sm">
              <Link href="/sources" className="underline">Sources</Link>
              <Link href="/key" className="underline">Grades</Link>
              <Link href="/api" className="underline">API</Link>
            </span>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
