import 'server-only';
import { db } from '@/lib/db';
import { createAuth } from './create-auth';

export const auth = createAuth(db);
