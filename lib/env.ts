import { isIP } from 'node:net';
import { z } from 'zod';

/** An IP address or a CIDR range, such as 10.0.0.0/8 or fd00::/8. */
function isAddressOrRange(entry: string) {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/** TRUSTED_PROXIES: the reverse proxies whose entries in X-Forwarded-For are skipped to find the client's address. */
const trustedProxies = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean))
  .refine((entries) => entries.every(isAddressOrRange), 'TRUSTED_PROXIES must be IP addresses or CIDR ranges, separated by commas');

export const parseTrustedProxies = (value: string | undefined): string[] => trustedProxies.parse(value);

// What the server needs from its environment, checked once so a bad setting fails with one clear line.
const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
  BETTER_AUTH_SECRET: z
    .string({ error: 'BETTER_AUTH_SECRET is not set (32 or more random characters)' })
    .min(32, 'BETTER_AUTH_SECRET must be at least 32 characters'),
  BETTER_AUTH_URL: z.url('BETTER_AUTH_URL must be the URL the app is served at, e.g. http://localhost:3000'),
  TRUSTED_PROXIES: trustedProxies,
  PORT: z.coerce.number({ error: 'PORT must be a port number' }).int().min(1, 'PORT must be a port number').max(65535, 'PORT must be a port number').default(3000),
});

/** PORT alone, for the checks `npm start` makes before anything else is known. */
export function parsePort(value: string | undefined): number {
  const parsed = serverEnvSchema.shape.PORT.safeParse(value);
  if (!parsed.success) throw new Error(`PORT must be a port number, not "${value}"`);
  return parsed.data;
}

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = serverEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}
