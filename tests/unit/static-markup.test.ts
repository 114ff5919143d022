import { createElement as h } from 'react';
import { renderToReadableStream } from 'react-dom/server.edge';
import { describe, expect, it } from 'vitest';
import { StaticMarkup } from '@/components/static-markup';

/** How Next renders a Pages Router page: React's streaming renderer, read back into a string. */
async function renderLikeNext(element: React.ReactElement) {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

const body = () => [
  h('h1', { key: 'h' }, 'AQIM <backs> "ISIS" & more'),
  h('p', { key: 'p', dir: 'auto', className: 'mt-2' }, 'تنظيم القاعدة في بلاد المغرب الإسلامي'),
  h('a', { key: 'a', href: '/claims/1?a=1&b=2' }, 'a claim'),
];

describe('StaticMarkup, a public page body rendered to one string', () => {
  it('gives the markup the page would have had rendered in place, with text and attributes escaped', async () => {
    const inPlace = await renderLikeNext(h('main', null, h('article', null, ...body())));
    const asString = await renderLikeNext(h('main', null, h(StaticMarkup, { as: 'article', children: body() })));
    expect(asString).toBe(inPlace);
    expect(asString).toContain('AQIM &lt;backs&gt; &quot;ISIS&quot; &amp; more');
    expect(asString).toContain('href="/claims/1?a=1&amp;b=2"');
  });

  it('wraps the body in a div unless told otherwise', async () => {
    expect(await renderLikeNext(h(StaticMarkup, { children: h('p', null, 'x') }))).toBe('<div><p>x</p></div>');
  });
});
