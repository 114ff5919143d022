import type { Prisma } from '@/lib/generated/prisma/client';

export type AuditEntry = {
  actorId: string;
  action: string; // verb-noun, e.g. "claim.update"
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
};

/** Written inside the transaction of the change it records, so neither exists without the other. */
export function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

// Dates and other values become plain JSON, as they would in an API response.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
