import { db } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/database/unavailable';

// An edit to something many published claims show (renaming an entity, regrading a source) drops their stored JSON
// and queues them, so that it commits in a moment however many claims it touches (migration deferred_claim_json).
// Here the queue is built again, a batch a transaction: each batch takes the lock every writer of published rows
// takes, so an approval waits at most one batch, never a whole rename's worth.

const batchSize = 500;
const pollMs = 2_000;

/** Builds the stored JSON of every queued claim; returns how many it built. */
export async function refillPublishedClaimJson(): Promise<number> {
  let built = 0;
  for (;;) {
    const [{ refilled }] = await db.$queryRaw<{ refilled: number }[]>`SELECT counterclaim_refill_claim_json(${batchSize}::integer) AS refilled`;
    built += refilled;
    if (refilled < batchSize) return built;
  }
}

/** While the server runs, looks at the queue every two seconds (an empty queue costs one indexed read); returns
 *  what stops it. */
export function keepRefillingPublishedClaimJson(): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await refillPublishedClaimJson();
    } catch (error) {
      // While the database is away every request already says so; the next tick tries again.
      if (!isDatabaseUnavailable(error)) console.error('Building the claim list’s stored JSON failed; trying again shortly.', error);
    } finally {
      running = false;
    }
  }, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}
