import { z } from 'zod';
import { optional, text, uuid } from '@/lib/validation/fields';

// What the review queue's address may say: the filters, and a cursor for the page.

export const queueKinds = ['claim', 'link'] as const;
export type QueueKind = (typeof queueKinds)[number];

export const queueFilterSchema = z.object({
  topic: optional(uuid),
  editor: optional(text().max(100)),
  kind: optional(z.enum(queueKinds)),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

// A cursor names a position in the queue's order (oldest first by updatedAt, then claims before links, then by
// id), not a row, so it still works after that item has been decided. Wrapped in base64url so it reads as one
// opaque token in the address, as the public API's cursors do.
export type QueuePosition = { at: Date; kind: QueueKind; id: string };

const positionSchema = z.strictObject({
  at: z.iso.datetime().transform((value) => new Date(value)),
  kind: z.enum(queueKinds),
  id: uuid,
});

const notOurs = 'Not a cursor this queue gave out';

export const queueCursor = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,300}$/, notOurs)
  .transform((value, context) => {
    try {
      return JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: notOurs });
      return z.NEVER;
    }
  })
  .pipe(positionSchema);

/** `after` asks for the page that follows a position, `before` for the one that ends just before it. */
export const queuePageSchema = z.union([z.strictObject({ after: queueCursor }), z.strictObject({ before: queueCursor }), z.strictObject({})]);

export function encodeQueueCursor({ at, kind, id }: QueuePosition) {
  return Buffer.from(JSON.stringify({ at: at.toISOString(), kind, id })).toString('base64url');
}
