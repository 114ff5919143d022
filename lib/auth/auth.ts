import 'server-only';
import { db } from '@/lib/db';
import { parseTrustedProxies } from '@/lib/env';
import { createAuth } from './create-auth';

export const auth = createAuth(db, { trustedProxies: parseTrustedProxies(process.env.TRUSTED_PROXIES) });
