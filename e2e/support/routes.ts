import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { query } from './database';

/** Every page and every exported handler under app/, and every public page under pages/ (its special files
 *  _app, _document, _error and 404 aside), as "PAGE /path" or "METHOD /path". */
export function routesOnDisk(): string[] {
  const app = path.resolve(import.meta.dirname, '../../app');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      const route = `/${path.relative(app, dir).split(path.sep).join('/')}`.replace(/\/$/, '') || '/';
      if (entry.name === 'page.tsx') found.push(`PAGE ${route}`);
      if (entry.name === 'route.ts') {
        for (const [, method] of readFileSync(full, 'utf8').matchAll(/export (?:const|async function|function) (GET|HEAD|OPTIONS|POST|PATCH|PUT|DELETE)\b/g)) found.push(`${method} ${route}`);
        for (const [, methods] of readFileSync(full, 'utf8').matchAll(/export const \{ ([A-Z, ]+) \}/g)) {
          for (const method of methods.split(',').map((name) => name.trim())) found.push(`${method} ${route}`);
        }
      }
    }
  };
  walk(app);
  const pages = path.resolve(import.meta.dirname, '../../pages');
  const walkPages = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        walkPages(path.join(dir, entry.name));
      } else if (!/^(_app|_document|_error|404)\.tsx$/.test(entry.name)) {
        const route = `/${path.relative(pages, path.join(dir, entry.name.replace(/\.tsx$/, ''))).split(path.sep).join('/')}`.replace(/\/index$/, '') || '/';
        found.push(`PAGE ${route === '/index' ? '/' : route}`);
      }
    }
  };
  walkPages(pages);
  return found.sort();
}

/** Demo records that each dynamic page can show, looked up in the browser tests' database. */
export async function demoExamples() {
  const one = async (sql: string) => (await query<{ id: string }>(sql))[0].id;
  const [contradiction] = await query<{ id: string; claimAId: string }>(
    `SELECT id, "claimAId" FROM "ClaimLink" WHERE kind = 'CONTRADICTS' AND status = 'APPROVED' ORDER BY "createdAt" LIMIT 1`,
  );
  return {
    approvedClaim: await one(`SELECT id FROM "Claim" WHERE status = 'APPROVED' ORDER BY "createdAt" LIMIT 1`),
    claimInReview: await one(`SELECT id FROM "Claim" WHERE status = 'IN_REVIEW' ORDER BY "createdAt" LIMIT 1`),
    contradiction: contradiction.id,
    contradictedClaim: contradiction.claimAId,
    link: await one(`SELECT id FROM "ClaimLink" ORDER BY "createdAt" LIMIT 1`),
    linkInReview: await one(`SELECT id FROM "ClaimLink" WHERE status = 'IN_REVIEW' ORDER BY "createdAt" LIMIT 1`),
    citedSource: await one(`SELECT s.id FROM "Source" s WHERE EXISTS (SELECT 1 FROM "Citation" c WHERE c."sourceId" = s.id) ORDER BY s."createdAt" LIMIT 1`),
    entity: await one(`SELECT id FROM "Entity" ORDER BY "createdAt" LIMIT 1`),
  };
}

export type DemoExamples = Awaited<ReturnType<typeof demoExamples>>;

// A route's address with its dynamic segments filled in: a demo record where one exists, else an id that matches
// nothing (the route must still answer, and with the same headers).
const examplePaths: Record<string, (ids: DemoExamples) => string> = {
  '/claims/[id]': (ids) => `/claims/${ids.approvedClaim}`,
  '/claims/[id]/related': (ids) => `/claims/${ids.contradictedClaim}/related?kind=contradicts`,
  '/contradictions/[id]': (ids) => `/contradictions/${ids.contradiction}`,
  '/sources/[id]': (ids) => `/sources/${ids.citedSource}`,
  '/entities/[slug]': () => '/entities/aqim',
  '/api-docs': () => '/api',
  '/search': () => '/search?q=Zawahri',
  '/topics/[slug]': () => '/topics/aqim-isis-allegiance-2014',
  '/desk/claims/[id]': (ids) => `/desk/claims/${ids.approvedClaim}`,
  '/desk/claims/[id]/history': (ids) => `/desk/claims/${ids.approvedClaim}/history`,
  '/desk/sources/[id]': (ids) => `/desk/sources/${ids.citedSource}`,
  '/desk/entities/[id]': (ids) => `/desk/entities/${ids.entity}`,
  '/desk/links/[id]': (ids) => `/desk/links/${ids.link}`,
  '/desk/review/claims/[id]': (ids) => `/desk/review/claims/${ids.claimInReview}`,
  '/desk/review/links/[id]': (ids) => `/desk/review/links/${ids.linkInReview}`,
  '/api/v1/claims/[id]': (ids) => `/api/v1/claims/${ids.approvedClaim}`,
  '/api/v1/contradictions/[id]': (ids) => `/api/v1/contradictions/${ids.contradiction}`,
  '/api/auth/[...all]': () => '/api/auth/get-session',
};

const unknownId = '00000000-0000-7000-8000-000000000000';

export function examplePath(route: string, ids: DemoExamples): string {
  return examplePaths[route]?.(ids) ?? route.replace(/\[[^\]]+\]/g, unknownId);
}
