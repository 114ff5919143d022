import { z } from 'zod';
import { isoDay, noteText, optional, optionalText, requiredText, slugPattern, version } from '@/lib/validation/fields';

export const entityKinds = ['ORGANIZATION', 'PERSON', 'PLACE', 'EVENT', 'OTHER'] as const;

export const entityKindLabel: Record<(typeof entityKinds)[number], string> = {
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
  PLACE: 'Place',
  EVENT: 'Event',
  OTHER: 'Other',
};

export const maxAliases = 100;

/** Two spellings that differ only in case or spacing are one alias; "al Qaeda" and "al-Qaeda" stay two, because
 *  the desk records each spelling its sources use (the picker finds both through `normalized` and `matchKey`). */
export const aliasDuplicateKey = (alias: string) => alias.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

const aliasSchema = z
  .object({
    alias: requiredText(200, 'Write the alias, or remove the row'),
    validFrom: optional(isoDay),
    validTo: optional(isoDay),
    note: optionalText(1_000),
  })
  .refine((value) => !value.validFrom || !value.validTo || value.validTo >= value.validFrom, {
    message: 'The end of the period cannot be before its start',
    path: ['validTo'],
  });

const aliasList = z
  .array(aliasSchema, { error: 'Send aliases as a list' })
  .max(maxAliases, `At most ${maxAliases} aliases`)
  .superRefine((aliases, context) => {
    const seen = new Map<string, number>();
    aliases.forEach(({ alias }, index) => {
      const key = aliasDuplicateKey(alias);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else context.addIssue({ code: 'custom', message: `Same as alias ${first + 1}`, path: [index, 'alias'] });
    });
  });

const fields = {
  name: requiredText(200, 'Give the entity a name'),
  slug: optional(
    z
      .string()
      .trim()
      .max(100, 'At most 100 characters')
      .regex(slugPattern, 'Lower-case letters, digits and single hyphens, such as al-qaeda'),
  ),
  kind: z.enum(entityKinds, { error: 'Choose what kind of entity this is' }),
  description: noteText(4_000),
  aliases: aliasList,
};

export const createEntitySchema = z.object({ ...fields, aliases: aliasList.default([]) });

/** PATCH: any subset of the fields, with the version the edit started from. Sending `aliases` replaces the list. */
export const updateEntitySchema = z
  .object({ ...fields, version })
  .partial()
  .required({ version: true });

export type EntityAliasInput = z.infer<typeof aliasSchema>;
