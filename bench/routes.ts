import { broadTerm, selectiveTerm, termVariants } from './synthetic/text';
import type { Targets } from './targets';

// The routes issue 6 measures, each with the addresses it cycles through, and search with terms no cache has seen;
// then the other public pages and API routes that read the record, but for the exports (the whole record at once);
// last, the floor.

export type RouteKind = 'ceiling' | 'floor' | 'public' | 'search' | 'desk';
export type MeasuredRoute = { name: string; kind: RouteKind; paths: string[]; headers?: Record<string, string> };

/** The ceiling and the floor read nothing: they have no plans to capture. */
export const readsNothing = (route: Pick<MeasuredRoute, 'kind'>) => route.kind === 'ceiling' || route.kind === 'floor';

export function measuredRoutes(targets: Targets, reviewerCookie: string): MeasuredRoute[] {
  const search = (name: string, path: string, term: string): MeasuredRoute => ({ name, kind: 'search', paths: [`${path}?q=${encodeURIComponent(term)}`] });
  // Search results are cached per term like every public read: these ask a term not asked before each time.
  const uncachedSearch = (name: string, term: string): MeasuredRoute => ({
    name,
    kind: 'search',
    paths: termVariants(term, 5_000).map((variant) => `/search?q=${encodeURIComponent(variant)}`),
  });
  return [
    { name: 'ceiling: GET /api/bench/ceiling', kind: 'ceiling', paths: ['/api/bench/ceiling'] },
    { name: '/contradictions/[id]', kind: 'public', paths: targets.contradictions.map((id) => `/contradictions/${id}`) },
    { name: '/claims/[id]', kind: 'public', paths: targets.claims.map((id) => `/claims/${id}`) },
    { name: '/topics/[slug]', kind: 'public', paths: targets.topics.map((slug) => `/topics/${slug}`) },
    { name: 'GET /api/v1/claims (first page)', kind: 'public', paths: ['/api/v1/claims'] },
    { name: 'GET /api/v1/claims (deep cursor)', kind: 'public', paths: targets.deepCursors.map((cursor) => `/api/v1/claims?cursor=${cursor}`) },
    search(`/search?q= selective (${selectiveTerm})`, '/search', selectiveTerm),
    search(`/search?q= broad (${broadTerm})`, '/search', broadTerm),
    search(`GET /api/v1/search?q= selective (${selectiveTerm})`, '/api/v1/search', selectiveTerm),
    search(`GET /api/v1/search?q= broad (${broadTerm})`, '/api/v1/search', broadTerm),
    uncachedSearch(`/search?q= selective, a new term each time (${selectiveTerm} and common words)`, selectiveTerm),
    uncachedSearch(`/search?q= broad, a new term each time (${broadTerm} and common words)`, broadTerm),
    { name: '/desk/review (signed in)', kind: 'desk', paths: ['/desk/review'], headers: { cookie: reviewerCookie } },
    // The other public pages and API routes, after the rest so that the routes above run as they always have.
    { name: '/ (home)', kind: 'public', paths: ['/'] },
    { name: '/entities/[slug]', kind: 'public', paths: targets.entities.map((slug) => `/entities/${slug}`) },
    { name: '/sources', kind: 'public', paths: ['/sources'] },
    { name: '/sources/[id]', kind: 'public', paths: targets.sources.map((id) => `/sources/${id}`) },
    { name: '/topics', kind: 'public', paths: ['/topics'] },
    { name: 'GET /api/v1/claims/[id]', kind: 'public', paths: targets.claims.map((id) => `/api/v1/claims/${id}`) },
    { name: 'GET /api/v1/contradictions/[id]', kind: 'public', paths: targets.contradictions.map((id) => `/api/v1/contradictions/${id}`) },
    { name: 'GET /api/v1/contradictions (first page)', kind: 'public', paths: ['/api/v1/contradictions'] },
    { name: 'GET /api/v1/entities (first page)', kind: 'public', paths: ['/api/v1/entities'] },
    { name: 'GET /api/v1/sources (first page)', kind: 'public', paths: ['/api/v1/sources'] },
    { name: 'GET /api/v1/topics', kind: 'public', paths: ['/api/v1/topics'] },
    { name: 'GET /feed.xml', kind: 'public', paths: ['/feed.xml'] },
    // The cost no public page goes below: the Pages Router's, with nothing read (pages/bench/floor.tsx).
    { name: 'floor: /bench/floor, a public page that reads nothing', kind: 'floor', paths: ['/bench/floor'] },
  ];
}
