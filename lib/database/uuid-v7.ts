import { randomBytes } from 'node:crypto';

/** `count` new UUIDv7 ids (RFC 9562: the millisecond, then random bits), in ascending order. Rows written in
 *  one statement get their ids here rather than from Prisma's `uuid(7)` default so that the caller knows which
 *  id is which row's before writing (a claim's version must name its claim), and so that they sort in the order
 *  given, as ids made one by one would. */
export function uuidv7s(count: number, milliseconds = Date.now()): string[] {
  const time = milliseconds.toString(16).padStart(12, '0');
  const random = randomBytes(10 * count);
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const bytes = random.subarray(index * 10, index * 10 + 10);
    bytes[0] = 0x70 | (bytes[0] & 0x0f); // version 7
    bytes[2] = 0x80 | (bytes[2] & 0x3f); // variant 10
    const hex = bytes.toString('hex');
    ids.push(`${time.slice(0, 8)}-${time.slice(8)}-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8)}`);
  }
  return ids.sort();
}
