import 'server-only';
import { z } from 'zod';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { firstValues, type QueryValue } from '@/lib/http/query-values';
import { isoDay, optional, text } from '@/lib/validation/fields';

// Each filter falls back on its own: one malformed value (a hand-edited URL, an old bookmark) is ignored
// without dropping the others, and never fails the page.
const ignoredIfInvalid = <T extends z.ZodType>(schema: T) => optional(schema).catch(undefined);

// Claim, source, entity and link ids are stored lower-cased; an id pasted in capitals should still match.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const auditFilterSchema = z.object({
  actor: ignoredIfInvalid(z.string().trim().regex(/^[\w-]{1,100}$/)),
  action: ignoredIfInvalid(z.string().trim().regex(/^[\w.:-]{1,100}$/)),
  targetType: ignoredIfInvalid(z.string().trim().regex(/^\w{1,100}$/)),
  targetId: ignoredIfInvalid(
    text()
      .trim()
      .max(200)
      .transform((id) => (uuidPattern.test(id) ? id.toLowerCase() : id)),
  ),
  from: ignoredIfInvalid(isoDay),
  to: ignoredIfInvalid(isoDay),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

const maxBigInt = 2n ** 63n - 1n;
// The keyset cursor: the id of the last row of the previous page, as a decimal string.
const cursorSchema = ignoredIfInvalid(
  z
    .string()
    .trim()
    .regex(/^\d{1,19}$/)
    .transform((id) => BigInt(id))
    .refine((id) => id <= maxBigInt),
);

export const auditPageSize = 50;
const dayMs = 24 * 60 * 60 * 1000;

const auditEventSelect = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true } },
} satisfies Prisma.AuditEventSelect;

/** The audit trail for admins, newest first, 50 a page: filtered by actor, action, target and UTC days
 *  (both ends inclusive), continued with `before=<id of the last row shown>`. */
export async function listAuditEvents(actor: Actor | null, rawSearchParams: Record<string, QueryValue>) {
  authorize(actor, 'user:manage');
  const raw = firstValues(rawSearchParams);
  const filter = auditFilterSchema.parse(raw);
  const cursor = cursorSchema.parse(raw.before);
  const where: Prisma.AuditEventWhereInput = {
    actorId: filter.actor,
    action: filter.action,
    targetType: filter.targetType,
    targetId: filter.targetId,
    createdAt: filter.from || filter.to ? { gte: filter.from, lt: filter.to && new Date(filter.to.getTime() + dayMs) } : undefined,
    id: cursor === undefined ? undefined : { lt: cursor },
  };
  const [rows, actors, actions, targetTypes] = await Promise.all([
    // One row more than a page tells whether an older page exists.
    db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: auditPageSize + 1, select: auditEventSelect }),
    db.user.findMany({
      where: { auditEvents: { some: {} } },
      orderBy: [{ name: 'asc' }, { email: 'asc' }],
      select: { id: true, name: true, email: true },
    }),
    db.auditEvent.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
    db.auditEvent.groupBy({ by: ['targetType'], orderBy: { targetType: 'asc' } }),
  ]);
  const page = rows.slice(0, auditPageSize);
  return {
    events: page.map((row) => ({ ...row, id: row.id.toString() })),
    nextCursor: rows.length > auditPageSize ? page[page.length - 1].id.toString() : null,
    cursor: cursor?.toString() ?? null,
    filter,
    options: {
      actors,
      actions: actions.map((group) => group.action),
      targetTypes: targetTypes.map((group) => group.targetType),
    },
  };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>['events'][number];

export const auditJsonLimit = 20_000;

/** A recorded before or after state as indented JSON. A huge one is cut at `limit` characters, so one bulky
 *  record cannot make the whole page unreadable; `length` says how long it really was. */
export function formatAuditJson(value: Prisma.JsonValue | null, limit = auditJsonLimit) {
  if (value === null) return null;
  const text = JSON.stringify(value, null, 2);
  if (text.length <= limit) return { text, length: text.length, truncated: false };
  // Do not cut a surrogate pair in half: that would show a broken character at the end.
  const end = /[\uD800-\uDBFF]/.test(text[limit - 1]) ? limit - 1 : limit;
  return { text: text.slice(0, end), length: text.length, truncated: true };
}
