import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site-header';
import '@/styles/globals.css';

export const metadata: Metadata = {
  title: { default: 'Counterclaim', template: '%s · Counterclaim' },
  description: 'Who claims what, when, on what evidence, and which claims conflict: a reviewed record of sourced claims.',
  metadataBase: new URL(process.env.BETTER_AUTH_URL ?? 'http://localhost:3000'),
  openGraph: { siteName: 'Counterclaim', type: 'website' },
  alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Counterclaim: contradictions' }] } },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
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
