// Runs once when the Next.js server starts, under `npm start` and in the Docker image alike.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { parseServerEnv } = await import('@/lib/env');
  // Fail at start with the reason, rather than on the first request.
  parseServerEnv(process.env);
  const { bootstrapAdmin } = await import('@/lib/users/bootstrap-admin');
  await bootstrapAdmin(process.env);
}
