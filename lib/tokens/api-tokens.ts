import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { writeAudit } from '@/lib/audit/write-audit';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { notFound, parseInput } from '@/lib/errors';
import { text } from '@/lib/validation/fields';
import { hashToken, tokenPrefix } from './token-hash';

// Personal tokens for the write API: shown once, stored as a SHA-256 (./token-hash.ts), acting with their
// owner's current role.

const createTokenSchema = z.object({ name: text().trim().min(1, 'Give the token a name').max(100, 'At most 100 characters') });

export async function createApiToken(actor: Actor | null, input: unknown) {
  const owner = authorize(actor, 'token:own');
  const { name } = parseInput(createTokenSchema, input);
  const token = `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
  return db.$transaction(async (tx) => {
    const record = await tx.apiToken.create({
      data: { userId: owner.id, name, tokenHash: hashToken(token), tokenPrefix: token.slice(0, 10) },
      select: { id: true, name: true, tokenPrefix: true, createdAt: true },
    });
    await writeAudit(tx, { actorId: owner.id, action: 'token.create', targetType: 'ApiToken', targetId: record.id, after: record });
    return { token, record };
  });
}

export async function revokeApiToken(actor: Actor | null, tokenId: string) {
  const owner = authorize(actor, 'token:own');
  if (!z.uuid().safeParse(tokenId).success) throw notFound('Token');
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: owner.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (!count) throw notFound('Token');
    await writeAudit(tx, { actorId: owner.id, action: 'token.revoke', targetType: 'ApiToken', targetId: tokenId });
  });
}

export function listApiTokens(actor: Actor) {
  return db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** The token's owner as an actor, or null for an unknown, revoked or deactivated one. */
export async function authenticateApiToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(tokenPrefix)) return null;
  const record = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, user: { select: { id: true, name: true, email: true, role: true, banned: true } } },
  });
  if (!record || record.revokedAt || record.user.banned) return null;
  await db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  const { banned: _banned, ...actor } = record.user;
  return actor;
}

