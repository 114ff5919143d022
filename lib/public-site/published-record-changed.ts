import 'server-only';
import { revalidateTag } from 'next/cache';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external';
import { publishedRecordTag } from './published-cache';

/** Expires every cached public read at once. Call after the transaction that changed the public record has
 *  committed. Decisions and edits come through server actions and route handlers, which always have a work
 *  store; scripts and tests have none, and no cache to expire. */
export function publishedRecordChanged() {
  if (workAsyncStorage.getStore()) revalidateTag(publishedRecordTag, { expire: 0 });
}
