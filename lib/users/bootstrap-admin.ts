import 'server-only';
import { z } from 'zod';
import { auth } from '@/lib/auth/auth';
import { db } from '@/lib/db';

const initialAdminSchema = z.object({
  INITIAL_ADMIN_EMAIL: z.email('INITIAL_ADMIN_EMAIL must be an email address'),
  INITIAL_ADMIN_PASSWORD: z.string().min(12, 'INITIAL_ADMIN_PASSWORD must be at least 12 characters'),
  INITIAL_ADMIN_NAME: z.string().trim().min(1).default('Administrator'),
});

/** A deployment without demo data has no account to sign in with: when INITIAL_ADMIN_EMAIL and
 *  INITIAL_ADMIN_PASSWORD are set and no ADMIN exists yet, create one. Later starts leave accounts alone. */
export async function bootstrapAdmin(env: Record<string, string | undefined>) {
  if (!env.INITIAL_ADMIN_EMAIL && !env.INITIAL_ADMIN_PASSWORD) return;
  const parsed = initialAdminSchema.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  if (await db.user.count({ where: { role: 'ADMIN' } })) return;
  const { INITIAL_ADMIN_EMAIL: email, INITIAL_ADMIN_PASSWORD: password, INITIAL_ADMIN_NAME: name } = parsed.data;
  await auth.api.createUser({ body: { email, password, name, role: 'ADMIN' } });
  console.log(`counterclaim: created the initial ADMIN account ${email}`);
}
