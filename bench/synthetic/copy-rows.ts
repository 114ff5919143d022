import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | Date | null | undefined;

/** COPY's text format: tab-separated, \N for null, backslash escapes for the characters that separate. */
function cell(value: Cell) {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  return String(value).replace(/[\\\t\n\r]/g, (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character]!);
}

/** Streams rows into a table with COPY FROM STDIN, in batches of lines; returns how many rows it wrote. */
export async function copyRows(client: pg.ClientBase, table: string, columns: string[], rows: Iterable<Cell[]>) {
  let count = 0;
  function* lines() {
    let batch = '';
    for (const row of rows) {
      batch += `${row.map(cell).join('\t')}\n`;
      count += 1;
      if (batch.length > 1 << 16) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  const quoted = columns.map((column) => `"${column}"`).join(', ');
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY "${table}" (${quoted}) FROM STDIN`)));
  return count;
}
