'use client';

import { useEffect, useState } from 'react';
import { NoPrefetchLink } from './no-prefetch-link';

type Candidate = { claimId: string; statement: string; status: string; explanation: string };

export type ConflictQuery = Record<string, string | undefined>;

/** Candidate conflicts for what the form holds, refreshed as the editor types; each can be linked in one click
 *  (a submit button: the claim is saved, then linked as contradicting the candidate). */
export function ConflictCandidates({ query }: { query: ConflictQuery }) {
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/desk/conflicts?${search}`);
      if (current && response.ok) setCandidates((await response.json()).data);
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search]);

  return (
    <section aria-labelledby="candidates-heading" className="rounded border border-stone-300 bg-white p-4">
      <h2 id="candidates-heading" className="font-semibold">
        Possible conflicts
      </h2>
      <div aria-live="polite">
        {candidates.length === 0 ? (
          <p className="mt-1 text-sm text-stone-600">None found so far. Suggestions appear as you write the statement and its structured form.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {candidates.map((candidate) => (
              <li key={candidate.claimId} className="rounded border border-amber-400 bg-amber-50 p-3">
                <p>
                  <NoPrefetchLink href={`/desk/claims/${candidate.claimId}`} className="font-medium text-blue-800 underline" dir="auto" target="_blank">
                    {candidate.statement}
                  </NoPrefetchLink>{' '}
                  <span className="text-sm text-stone-700">({candidate.status.toLowerCase().replace('_', ' ')})</span>
                </p>
                <p className="text-sm text-stone-700">{candidate.explanation}</p>
                <button type="submit" name="linkTo" value={candidate.claimId} className="mt-2 rounded border border-stone-600 bg-white px-2 py-1 text-sm font-medium">
                  Save and link as contradicting<span className="sr-only">: {candidate.statement}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
