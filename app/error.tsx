'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useEffect, useState } from 'react';
import { databaseUnavailableMessage } from '@/lib/database/unavailable';

// Shown when a page failed on the server. Next.js hides the error's message in production, so the page asks the
// health probe whether the database is what is missing (the server then answered 503, and waiting helps).
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [databaseDown, setDatabaseDown] = useState<boolean | null>(null);
  useEffect(() => {
    fetch('/api/health', { cache: 'no-store' }).then(
      (response) => setDatabaseDown(response.status === 503),
      () => setDatabaseDown(null),
    );
  }, []);
  const messages = {
    unknown: 'If Counterclaim cannot reach its database (while it restarts, say), this clears within seconds. Nothing on record is lost.',
    down: databaseUnavailableMessage,
    up: 'Something went wrong on our side while showing it.',
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">This page could not be shown</h1>
      <p className="mt-2" role="status">
        {messages[databaseDown === null ? 'unknown' : databaseDown ? 'down' : 'up']}
      </p>
      <button
        type="button"
        // The page failed on the server: fetch it again rather than only re-rendering what the browser has.
        onClick={() => startTransition(() => (router.refresh(), reset()))}
        className="mt-4 rounded border border-stone-400 bg-white px-3 py-1"
      >
        Try again
      </button>
    </>
  );
}
