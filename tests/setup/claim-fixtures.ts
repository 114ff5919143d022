import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/permissions';
import type { Database } from '@/lib/database/prisma-client';
import { nameMatchKey, normalizeName } from '@/lib/entities/normalize-name';
import { uniqueUrl } from './actors';

/** Reference data for claims: two relations, entities with aliases, a topic and a source, named uniquely. */
export async function claimFixtures(db: Database, author: Actor) {
  const tag = randomUUID().slice(0, 8);
  await db.relation.upsert({
    where: { key: 'pledges-allegiance-to' },
    create: { key: 'pledges-allegiance-to', label: 'pledges allegiance to', exclusive: true, description: 'One leader at a time' },
    update: {},
  });
  await db.relation.upsert({ where: { key: 'supports' }, create: { key: 'supports', label: 'supports', exclusive: false, description: '' }, update: {} });
  const entity = (name: string, aliases: string[]) =>
    db.entity.create({
      data: {
        slug: `${name.toLowerCase().replace(/\W+/g, '-')}-${tag}`,
        name: `${name} ${tag}`,
        kind: 'ORGANIZATION',
        createdById: author.id,
        aliases: { create: [name, ...aliases].map((alias) => ({ alias: `${alias} ${tag}`, normalized: normalizeName(`${alias} ${tag}`), matchKey: nameMatchKey(`${alias} ${tag}`) })) },
      },
    });
  const [aqim, zawahiri, isis] = await Promise.all([entity('AQIM', ['GSPC']), entity('Ayman al-Zawahiri', ['Zawahri']), entity('ISIS', ['ISIL'])]);
  const topic = await db.topic.create({ data: { slug: `topic-${tag}`, title: `Allegiance ${tag}`, summary: '' } });
  const source = await db.source.create({
    data: { title: `LWJ ${tag}`, url: uniqueUrl('lwj'), publisher: 'Long War Journal', kind: 'NEWS_REPORT', grade: 'B', createdById: author.id },
  });
  return { tag, aqim, zawahiri, isis, topic, source };
}

export type ClaimFixtures = Awaited<ReturnType<typeof claimFixtures>>;

export function claimInput(fixtures: ClaimFixtures, override: Record<string, unknown> = {}) {
  return {
    statement: `AQIM reaffirms allegiance to Zawahiri (${fixtures.tag})`,
    subjectId: fixtures.aqim.id,
    relation: 'pledges-allegiance-to',
    objectId: fixtures.zawahiri.id,
    polarity: 'AFFIRMS',
    claimedAt: '2014-07-14',
    credibility: 2,
    credibilityNote: 'SITE translation, later confirmed',
    topicIds: [fixtures.topic.id],
    citations: [
      {
        sourceId: fixtures.source.id,
        quote: 'we still adhere to our pledge of allegiance to our sheikh and emir, Ayman al Zawahiri',
        translator: 'SITE Intelligence Group',
        locator: 'paragraph 4',
        attributedTo: 'AQIM statement',
      },
    ],
    ...override,
  };
}
