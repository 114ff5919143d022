import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MoreRelatedClaims } from '@/components/related-claim';
import { relatedClaimsShown } from '@/lib/claims/related-claims-address';

describe('the way from a claim’s page to all its related claims of a kind', () => {
  it('is offered for each kind with more than the page shows, with how many there are', () => {
    const html = renderToStaticMarkup(h(MoreRelatedClaims, { claimId: 'c1', counts: { CONTRADICTS: 3, SUPPORTS: 1280, QUALIFIES: relatedClaimsShown + 1 } }));
    expect(html).toContain('<a href="/claims/c1/related?kind=supports" class="text-blue-800 underline">supports or is supported by (1,280)</a>');
    expect(html).toContain('<a href="/claims/c1/related?kind=qualifies" class="text-blue-800 underline">qualifies or is qualified by (21)</a>');
    expect(html).not.toContain('kind=contradicts');
  });

  it('is not offered when the page shows every related claim', () => {
    expect(renderToStaticMarkup(h(MoreRelatedClaims, { claimId: 'c1', counts: { CONTRADICTS: relatedClaimsShown } }))).toBe('');
    expect(renderToStaticMarkup(h(MoreRelatedClaims, { claimId: 'c1', counts: {} }))).toBe('');
  });
});
