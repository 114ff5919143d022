import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { aliasDuplicateKey, type EntityAliasInput } from './entity-schema';
import { firstFreeSlug, slugFromName } from './entity-slug';
import { nameMatchKey, normalizeName } from './normalize-name';

export const entityResponseSelect = {
  id: true,
  slug: true,
  version: true,
  name: true,
  kind: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  aliases: { select: { alias: true, validFrom: true, validTo: true, note: true }, orderBy: { alias: 'asc' } },
} satisfies Prisma.EntitySelect;

export const staleEntityMessage = 'Someone saved this entity after you opened it. Compare, then apply your edit again.';

/** An alias row with the keys the picker matches on. */
export function aliasRow(entry: EntityAliasInput) {
  return {
    alias: entry.alias,
    normalized: normalizeName(entry.alias),
    matchKey: nameMatchKey(entry.alias),
    validFrom: entry.validFrom ?? null,
    validTo: entry.validTo ?? null,
    note: entry.note ?? null,
  };
}

export const hasAlias = (aliases: readonly { alias: string }[], name: string) =>
  aliases.some((entry) => aliasDuplicateKey(entry.alias) === aliasDuplicateKey(name));

/** The rows to store for a list of aliases, with the entity's own name among them so that matching finds it. */
export function aliasRows(name: string, aliases: readonly EntityAliasInput[]) {
  return [...aliases, ...(hasAlias(aliases, name) ? [] : [{ alias: name }])].map(aliasRow);
}

/** A slug asked for must be free; one derived from the name gets -2, -3, … until it is. */
export async function resolveSlug(tx: Prisma.TransactionClient, name: string, requested: string | undefined) {
  if (requested) {
    const existing = await tx.entity.findUnique({ where: { slug: requested }, select: { id: true, name: true } });
    if (existing) throw slugTakenError(existing);
    return requested;
  }
  const base = slugFromName(name);
  const taken = await tx.entity.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((entity) => entity.slug)));
}

export function slugTakenError(existing: { id: string; name: string }) {
  return new AppError('CONFLICT', `Another entity already uses this slug: “${existing.name}”`, { slug: ['This slug is taken'] }, { existingEntity: existing });
}
