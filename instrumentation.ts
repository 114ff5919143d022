import type { Instrumentation } from 'next';
import { isDatabaseUnavailable } from '@/lib/database/unavailable';
import { markDatabaseUnavailable } from '@/lib/runtime/request-state';

// Runs once when the Next.js server starts, under `npm start` and in the Docker image alike.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { parseServerEnv } = await import('@/lib/env');
  // Fail at start with the reason, rather than on the first request.
  parseServerEnv(process.env);
  const { answerUnavailableWith503 } = await import('@/lib/runtime/unavailable-responses');
  answerUnavailableWith503();
  const { bootstrapAdmin } = await import('@/lib/users/bootstrap-admin');
  await bootstrapAdmin(process.env);
  const { keepRefillingPublishedClaimJson } = await import('@/lib/public-api/refill-claim-json');
  keepRefillingPublishedClaimJson();
}

// Next.js calls this, synchronously, for every error a page, action or route handler did not handle, before it
// writes its 500: an unreachable database makes that a 503.
export const onRequestError: Instrumentation.onRequestError = (error) => {
  if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
};
