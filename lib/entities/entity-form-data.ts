// The entity form names its alias rows `aliases.0.alias`, `aliases.0.validFrom`, …; the lib functions take
// `{ aliases: [{ alias, validFrom, … }] }`. Rows left entirely blank (an added row never filled in) are dropped,
// and the rest are renumbered, so the form redraws from this list and its field errors line up with the rows.
const aliasField = /^aliases\.(\d{1,3})\.(alias|validFrom|validTo|note)$/;

export type AliasRow = { alias: string; validFrom: string; validTo: string; note: string };

export function entityInputFromForm(form: FormData): Record<string, unknown> & { aliases: AliasRow[] } {
  const values: Record<string, unknown> = {};
  const rows = new Map<number, AliasRow>();
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    const match = aliasField.exec(key);
    if (!match) {
      values[key] = value;
      continue;
    }
    const index = Number(match[1]);
    const row = rows.get(index) ?? { alias: '', validFrom: '', validTo: '', note: '' };
    row[match[2] as keyof AliasRow] = value;
    rows.set(index, row);
  }
  const aliases = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.values(row).some((value) => value.trim() !== ''));
  return { ...values, aliases };
}
