import { describe, expect, it } from 'vitest';
import { entityInputFromForm } from '@/lib/entities/entity-form-data';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe('entityInputFromForm', () => {
  it('gathers alias rows into a list in row order, keeping the other fields', () => {
    const input = entityInputFromForm(
      form([
        ['name', 'al-Qaeda in the Islamic Maghreb'],
        ['kind', 'ORGANIZATION'],
        ['version', '3'],
        ['aliases.1.alias', 'GSPC'],
        ['aliases.1.validTo', '2007-01-24'],
        ['aliases.1.note', 'Former name'],
        ['aliases.0.alias', 'AQIM'],
        ['aliases.0.validFrom', ''],
        ['$ACTION_ID_abc', ''],
      ]),
    );
    expect(input).toEqual({
      name: 'al-Qaeda in the Islamic Maghreb',
      kind: 'ORGANIZATION',
      version: '3',
      aliases: [
        { alias: 'AQIM', validFrom: '', validTo: '', note: '' },
        { alias: 'GSPC', validFrom: '', validTo: '2007-01-24', note: 'Former name' },
      ],
    });
  });

  it('drops rows left blank and renumbers the rest, so errors line up with the redrawn rows', () => {
    const input = entityInputFromForm(
      form([
        ['aliases.0.alias', '  '],
        ['aliases.0.note', ''],
        ['aliases.2.alias', ''],
        ['aliases.2.validFrom', '2001-01-01'],
        ['aliases.5.alias', 'Zawahri'],
      ]),
    );
    expect(input.aliases).toEqual([
      { alias: '', validFrom: '2001-01-01', validTo: '', note: '' },
      { alias: 'Zawahri', validFrom: '', validTo: '', note: '' },
    ]);
  });

  it('sends an empty list when every row was removed, so saving clears the aliases', () => {
    expect(entityInputFromForm(form([['name', 'Zawahiri']])).aliases).toEqual([]);
  });

  it('does not treat look-alike names as alias fields', () => {
    const input = entityInputFromForm(form([['aliases.x.alias', 'A'], ['aliases.0.other', 'B']]));
    expect(input).toEqual({ 'aliases.x.alias': 'A', 'aliases.0.other': 'B', aliases: [] });
  });
});
