import { entityKindLabel } from '@/lib/entities/entity-schema';
import { searchEntities } from '@/lib/entities/search-entities';
import { deskLookup } from '@/lib/http/desk-lookup';

// ?q= for the entity picker; the hint says which spelling matched, so "Zawahri" shows why it found al-Zawahiri.
export const GET = deskLookup(async (params) => {
  const entities = await searchEntities(params.get('q') ?? '');
  return entities.map((entity) => ({
    id: entity.id,
    label: entity.name,
    hint: entity.matchedAlias === entity.name ? entityKindLabel[entity.kind] : `${entityKindLabel[entity.kind]} · matched as ${entity.matchedAlias}`,
  }));
});
