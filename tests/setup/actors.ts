import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/permissions';
import type { Database } from '@/lib/database/prisma-client';
import { expect } from 'vitest';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';

/** A user row with a unique identity, as lib functions see the signed-in caller. */
export async function createActor(db: Database, role: Role, name = `${role.toLowerCase()} ${randomUUID().slice(0, 8)}`): Promise<Actor> {
  const id = randomUUID();
  const email = `${id}@test.invalid`;
  await db.user.create({ data: { id, name, email, role } });
  return { id, name, email, role };
}

export const uniqueUrl = (label = 'item') => `https://news.example.org/${label}/${randomUUID()}`;

/** Row counts of the tables a refused action must leave alone. */
export async function snapshotCounts(db: Database) {
  const [sources, entities, aliases, claims, versions, citations, links, linkVersions, audit] = await Promise.all([
    db.source.count(),
    db.entity.count(),
    db.entityAlias.count(),
    db.claim.count(),
    db.claimVersion.count(),
    db.citation.count(),
    db.claimLink.count(),
    db.claimLinkVersion.count(),
    db.auditEvent.count(),
  ]);
  return { sources, entities, aliases, claims, versions, citations, links, linkVersions, audit };
}

/** Runs an action that must be refused: it throws an AppError and leaves every table's row count as it was. */
export async function expectRefusal(db: Database, run: () => Promise<unknown>): Promise<AppError> {
  const before = await snapshotCounts(db);
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(await snapshotCounts(db)).toEqual(before);
  return error as AppError;
}
