// The backup archive: gzip-compressed JSON lines. The first line is the header below; then come the rows of each
// table in the header's order, one JSON object per line, as Postgres's row_to_json wrote them. Rows pass through
// Node as text and go back in through jsonb_populate_recordset, so no value is ever converted by JavaScript
// (bigints, timestamps' microseconds and JSON documents come back exactly).
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';

export const archiveFormat = 'counterclaim-backup';
/** Raise when the layout of the archive changes; a restore refuses a version it does not know. */
export const archiveFormatVersion = 1;

const headerSchema = z.object({
  format: z.literal(archiveFormat),
  formatVersion: z.number().int(),
  takenAt: z.string(),
  server: z.string(),
  /** The migrations the database had, oldest first: the schema the rows fit. */
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()), rows: z.number().int().nonnegative() })),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
});

export type ArchiveHeader = z.infer<typeof headerSchema>;

/** Writes the header, then every line `lines` yields. The file appears under its name only once complete. */
export async function writeArchive(file: string, header: ArchiveHeader, lines: AsyncIterable<string>) {
  const partial = `${file}.partial`;
  async function* text() {
    yield `${JSON.stringify(header)}\n`;
    for await (const line of lines) yield `${line}\n`;
  }
  try {
    await pipeline(text, createGzip(), createWriteStream(partial, { mode: 0o600 }));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, file);
}

/** The header and an iterator over the lines after it. */
export async function openArchive(file: string) {
  // A stream's own error would escape the pipe below as an uncaught one: find a missing file first.
  await access(file, constants.R_OK).catch(() => {
    throw new Error(`cannot read ${file}`);
  });
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next().catch(() => ({ done: true, value: '' }));
  let header: unknown;
  try {
    header = first.done ? null : JSON.parse(first.value);
  } catch {
    header = null;
  }
  const parsed = headerSchema.safeParse(header);
  if (!parsed.success || parsed.data.format !== archiveFormat) throw new Error(`${file} is not a Counterclaim backup archive`);
  if (parsed.data.formatVersion !== archiveFormatVersion) {
    throw new Error(`${file} is a version ${parsed.data.formatVersion} archive; this Counterclaim reads version ${archiveFormatVersion}`);
  }
  return { header: parsed.data, lines };
}
