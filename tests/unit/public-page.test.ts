import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GetServerSidePropsContext } from 'next';
import { afterEach, describe, expect, it, vi } from 'vitest';

// A public page's data reaches it by reference in production, where a page that sends no JavaScript never has its
// props serialized, and as a marked copy elsewhere (`next dev` writes the props into the page).

async function publicPageModule(nodeEnv: string) {
  vi.resetModules();
  vi.stubEnv('NODE_ENV', nodeEnv);
  return import('@/lib/public-site/public-page');
}

const context = () => ({ res: { statusCode: 200 } }) as unknown as GetServerSidePropsContext;
const data = { statement: 'AQIM backs ISIS', claimedAt: new Date('2014-07-02T00:00:00Z'), note: undefined };

afterEach(() => vi.unstubAllEnvs());

describe('a public page’s props', () => {
  it('carry the data itself in production, by reference', async () => {
    const { publicPage, pageData } = await publicPageModule('production');
    const result = await publicPage(async () => data)(context());
    const props = 'props' in result ? await result.props : null;
    expect(props).toEqual({ data: { $kept: true } });
    expect(pageData(props!)).toBe(data);
  });

  it('carry a copy with its Dates marked in development, which survives JSON', async () => {
    const { publicPage, pageData } = await publicPageModule('development');
    const result = await publicPage(async () => data)(context());
    const props = 'props' in result ? await result.props : null;
    expect(props).toEqual({ data: { statement: 'AQIM backs ISIS', claimedAt: { $date: '2014-07-02T00:00:00.000Z' } } });
    expect(pageData<typeof data>(JSON.parse(JSON.stringify(props)))).toEqual({ statement: 'AQIM backs ISIS', claimedAt: data.claimedAt });
  });

  it('answer 404 with null data when there is nothing to show', async () => {
    const { publicPage, pageData } = await publicPageModule('production');
    const notFound = context();
    const result = await publicPage(async () => null)(notFound);
    expect(notFound.res.statusCode).toBe(404);
    expect(pageData('props' in result ? await result.props : { data: {} })).toBeNull();
  });

  it('stay on the server: every page that reads through publicPage sends no JavaScript', () => {
    const pagesDir = path.join(import.meta.dirname, '../../pages');
    const pages = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => ({ file, source: readFileSync(path.join(pagesDir, file), 'utf8') }));
    const publicPages = pages.filter(({ source }) => source.includes('publicPage('));
    expect(publicPages.length).toBeGreaterThanOrEqual(8);
    for (const { file, source } of publicPages) expect(source, file).toMatch(/unstable_runtimeJS: false/);
  });
});
