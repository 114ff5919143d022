// Readers: the public pages and the public JSON API, picked at random, as fast as each reader gets answers; now and
// then a desk page, as an editor signed in over HTTP.
import type { Kind, Traffic } from './traffic';
import type { World } from './world';

export async function readerPaths(world: World): Promise<{ kind: Kind; path: string }[]> {
  const [claims, contradictions, topics, entities, sources] = await Promise.all([
    world.query<{ id: string }>(`SELECT id FROM "Claim" WHERE "publishedVersionId" IS NOT NULL ORDER BY id LIMIT 5`),
    world.query<{ id: string }>(`SELECT id FROM "ClaimLink" WHERE kind = 'CONTRADICTS' AND "publishedVersionId" IS NOT NULL ORDER BY id LIMIT 3`),
    world.query<{ slug: string }>(`SELECT slug FROM "Topic" ORDER BY slug LIMIT 2`),
    // An entity's page exists once a published claim names it.
    world.query<{ slug: string }>(`SELECT DISTINCT e.slug FROM "Entity" e JOIN "ClaimVersion" v ON e.id IN (v."subjectId", v."objectId", v."claimantId")
      JOIN "Claim" c ON c."publishedVersionId" = v.id ORDER BY e.slug LIMIT 3`),
    world.query<{ id: string }>(`SELECT DISTINCT "sourceId" AS id FROM "Citation" ORDER BY 1 LIMIT 3`),
  ]);
  const page = (path: string) => ({ kind: 'page' as const, path });
  const api = (path: string) => ({ kind: 'read-api' as const, path });
  const desk = (path: string) => ({ kind: 'desk' as const, path });
  return [
    page('/'),
    page('/sources'),
    ...claims.map((claim) => page(`/claims/${claim.id}`)),
    ...contradictions.map((link) => page(`/contradictions/${link.id}`)),
    ...topics.map((topic) => page(`/topics/${topic.slug}`)),
    ...entities.map((entity) => page(`/entities/${entity.slug}`)),
    ...sources.map((source) => page(`/sources/${source.id}`)),
    page('/feed.xml'),
    api('/api/v1/claims'),
    api('/api/v1/claims?limit=5'),
    ...claims.slice(0, 2).map((claim) => api(`/api/v1/claims/${claim.id}`)),
    api('/api/v1/contradictions'),
    ...contradictions.slice(0, 1).map((link) => api(`/api/v1/contradictions/${link.id}`)),
    api('/api/v1/sources'),
    api('/api/v1/entities'),
    api('/api/v1/topics'),
    desk('/desk'),
    desk('/desk/sources'),
    ...claims.slice(0, 1).map((claim) => desk(`/desk/claims/${claim.id}`)),
  ];
}

/** Each path once before the clock starts: a route's first request loads its code, which is no part of the load. */
export async function warmUp(baseUrl: string, paths: { kind: Kind; path: string }[], cookie: string) {
  for (const { kind, path } of paths) await fetch(`${baseUrl}${path}`, { headers: kind === 'desk' ? { cookie } : {} }).then((response) => response.text());
}

export async function reader(traffic: Traffic, paths: { kind: Kind; path: string }[], cookie: string, running: () => boolean) {
  while (running()) {
    const { kind, path } = paths[Math.floor(Math.random() * paths.length)];
    await traffic.send(kind, 'GET', path, kind === 'desk' ? { cookie } : {});
  }
}
