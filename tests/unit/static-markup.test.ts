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

describe('StaticMarkup of a cached value', () => {
  const countingBody = (counter: { renders: number }, text: string) => {
    function Body() {
      counter.renders++;
      return h('p', null, text);
    }
    return h(Body);
  };

  it('renders a frozen value once: a second page made from it gets the same markup without rendering again', async () => {
    const counter = { renders: 0 };
    const topic = Object.freeze({ title: 'AQIM and the Islamic State' });
    const first = await renderLikeNext(h(StaticMarkup, { renderedFrom: topic, children: countingBody(counter, topic.title) }));
    const second = await renderLikeNext(h(StaticMarkup, { renderedFrom: topic, children: countingBody(counter, 'not rendered') }));
    expect(second).toBe(first);
    expect(first).toBe('<div><p>AQIM and the Islamic State</p></div>');
    expect(counter.renders).toBe(1);
  });

  it('renders every time from a value that is not frozen, or from none, since such a value may not be shared', async () => {
    const counter = { renders: 0 };
    const draft = { title: 'AQIM backs ISIS' };
    await renderLikeNext(h(StaticMarkup, { renderedFrom: draft, children: countingBody(counter, draft.title) }));
    draft.title = 'AQIM reaffirms allegiance to Zawahiri';
    const changed = await renderLikeNext(h(StaticMarkup, { renderedFrom: draft, children: countingBody(counter, draft.title) }));
    await renderLikeNext(h(StaticMarkup, { children: countingBody(counter, 'no value') }));
    expect(changed).toBe('<div><p>AQIM reaffirms allegiance to Zawahiri</p></div>');
    expect(counter.renders).toBe(3);
  });
});

describe('StaticMarkup of a cached value and what else the body is made from', () => {
  /** Search pages of one cached result, as typed: each renders its form, and says so in `renders`. */
  function searchPages() {
    const renders: string[] = [];
    const result = Object.freeze({ total: 1 });
    const page = (typed: string) => {
      function Body() {
        renders.push(typed);
        return h('input', { name: 'q', defaultValue: typed });
      }
      return h(StaticMarkup, { renderedFrom: result, andFrom: JSON.stringify({ q: typed }), children: h(Body) });
    };
    return { page, renders };
  }

  it('keeps one markup for each string given beside the value: one search result, two ways of typing it', async () => {
    const { page, renders } = searchPages();
    const lower = await renderLikeNext(page('zawahri'));
    const upper = await renderLikeNext(page('Zawahri'));
    expect(await renderLikeNext(page('zawahri'))).toBe(lower);
    expect(upper).toBe('<div><input name="q" value="Zawahri"/></div>');
    expect(renders).toEqual(['zawahri', 'Zawahri']);
  });

  it('keeps no more than a few markups for one value, however many ways a search is typed', async () => {
    const { page, renders } = searchPages();
    const typings = Array.from({ length: 20 }, (_, spaces) => `${' '.repeat(spaces)}Zawahri`);
    for (const typed of [...typings, ...typings]) await renderLikeNext(page(typed));
    // The first eight are kept and rendered once; the other twelve are rendered every time they are asked for.
    expect(renders).toHaveLength(8 + 12 * 2);
    expect(await renderLikeNext(page('   Zawahri'))).toBe('<div><input name="q" value="   Zawahri"/></div>');
  });
});
