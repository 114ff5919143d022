import { describe, expect, it } from 'vitest';
import { preparedStatementName } from '@/lib/database/prisma-client';
import { idArray } from '@/lib/database/id-array';
import { rowLimit } from '@/lib/database/row-limit';
import { Prisma } from '@/lib/generated/prisma/client';

// Prisma's queries and our fixed reads run as named prepared statements; our SQL planned for its values does not.

const prismaQuery = 'SELECT "t0"."id" FROM "public"."Claim" AS "t0" WHERE "t0"."id" = $1 LIMIT $2';

describe('prepared statement names', () => {
  it('names a query Prisma wrote, the same name for the same text, within Postgres’s 63-byte limit', () => {
    const name = preparedStatementName({ sql: prismaQuery });
    expect(name).toMatch(/^prepared_[\w-]+$/);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
    expect(preparedStatementName({ sql: prismaQuery })).toBe(name);
    expect(preparedStatementName({ sql: prismaQuery.replace('LIMIT $2', 'LIMIT $3') })).not.toBe(name);
  });

  it('names our fixed reads, which name their tables with the schema', () => {
    expect(preparedStatementName({ sql: 'SELECT json_build_object(\'id\', c.id) FROM "public"."Claim" c WHERE c.id = ANY($1::uuid[])' })).toMatch(/^prepared_/);
  });

  it('leaves our hand-written SQL unnamed, so Postgres plans it for each search term', () => {
    expect(preparedStatementName({ sql: 'SELECT "claimId" FROM "PublishedClaimSearch" WHERE "document" @@ $1 LIMIT $2' })).toBeUndefined();
  });
});

describe('a row limit written into a statement', () => {
  it('is the count itself, so the statement keeps one text and Postgres can keep its plan', () => {
    const statement = Prisma.sql`SELECT id FROM "public"."Claim" WHERE id > ${'x'} LIMIT ${rowLimit(26)}`;
    expect(statement.sql).toBe('SELECT id FROM "public"."Claim" WHERE id > ? LIMIT 26');
    expect(statement.values).toEqual(['x']);
  });

  it('refuses anything but a whole number, since it is written into the SQL', () => {
    for (const count of [2.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '1; DROP TABLE "Claim"' as unknown as number]) {
      expect(() => rowLimit(count)).toThrow(/whole number/);
    }
  });
});

describe('ids sent for = ANY', () => {
  const ids = (count: number) => Array.from({ length: count }, (_, index) => `id-${index}`);

  it('sends a short list as 20 ids, the last repeated, so Postgres prices it above its kept plan and keeps that plan', () => {
    const statement = Prisma.sql`SELECT id FROM "public"."Claim" WHERE id = ANY(${idArray(ids(3))})`;
    expect(statement.sql).toBe('SELECT id FROM "public"."Claim" WHERE id = ANY(?::uuid[])');
    expect(statement.values).toEqual([[...ids(3), ...Array(17).fill('id-2')]]);
  });

  it('sends 20 ids or more, and no ids, as they are', () => {
    for (const count of [0, 20, 100]) expect(idArray(ids(count)).values).toEqual([ids(count)]);
  });
});
