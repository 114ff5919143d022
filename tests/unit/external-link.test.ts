import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from '@/components/external-link';

const render = (href: string) => renderToStaticMarkup(createElement(ExternalLink, { href, children: 'the source' }));

describe('ExternalLink', () => {
  it.each(['https://www.longwarjournal.org/archives/2014/07/aqim.php', 'http://example.org/a?b=1#c', 'HTTPS://EXAMPLE.ORG/'])('links %s, without referrer or opener', (href) => {
    expect(render(href)).toBe(`<a href="${new URL(href).href}" rel="noopener noreferrer nofollow" class="text-blue-800 underline hover:text-blue-950">the source</a>`);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:window.__xss=1',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//attacker.example/',
    '/claims/1',
    'http://',
    'not a url',
  ])('shows %j as text, not a link', (href) => {
    expect(render(href)).toBe('<span>the source</span>');
  });

  it('escapes what it links to', () => {
    expect(render('https://example.org/"><script>alert(1)</script>')).toBe(
      '<a href="https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E" rel="noopener noreferrer nofollow" class="text-blue-800 underline hover:text-blue-950">the source</a>',
    );
  });
});
