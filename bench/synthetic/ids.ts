// UUIDv7 ids, as Prisma gives the app's rows (`@default(uuid(7))`): the time of creation first, so keyset
// pagination on the id follows creation order as it does for real rows. The random part is the table's tag and
// the row's number instead, so ids are unique and the same on every run.

export function uuidv7(milliseconds: number, tag: number, index: number) {
  const time = Math.floor(milliseconds).toString(16).padStart(12, '0');
  const sequence = (tag & 0xfff).toString(16).padStart(3, '0');
  const row = index.toString(16).padStart(15, '0');
  // Variant bits 10 in the first nibble of the fourth group.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${sequence}-${(0x8 | (parseInt(row[0], 16) & 0x3)).toString(16)}${row.slice(1, 4)}-${row.slice(4, 15).padStart(12, '0')}`;
}

/** One tag per kind of row. */
export const idTag = {
  topic: 1,
  entity: 2,
  alias: 3,
  source: 4,
  claim: 5,
  claimVersion: 6,
  citation: 7,
  link: 8,
  linkVersion: 9,
  review: 10,
  importedClaim: 11,
  importedVersion: 12,
  importedCitation: 13,
} as const;
