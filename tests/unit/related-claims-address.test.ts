import { describe, expect, it } from 'vitest';
import { parseRelatedClaimsQuery, relatedClaimsPath } from '@/lib/claims/related-claims-address';

describe('the address of a claim’s related claims of one kind', () => {
  it('names the kind in lower case and the page from the second on, and reads back as it was written', () => {
    expect(relatedClaimsPath('c1', 'SUPPORTS')).toBe('/claims/c1/related?kind=supports');
    expect(relatedClaimsPath('c1', 'CONTRADICTS', 3)).toBe('/claims/c1/related?kind=contradicts&page=3');
    expect(parseRelatedClaimsQuery({ kind: 'contradicts', page: '3' })).toEqual({ kind: 'CONTRADICTS', page: 3 });
    expect(parseRelatedClaimsQuery({ kind: 'supports' })).toEqual({ kind: 'SUPPORTS', page: 1 });
    expect(parseRelatedClaimsQuery({ kind: ['qualifies', 'supports'], page: ['2', '5'] })).toEqual({ kind: 'QUALIFIES', page: 2 });
  });

  it('names nothing for an unknown kind or a page that cannot be', () => {
    for (const query of [{}, { kind: 'SUPPORTS' }, { kind: 'agrees' }, { kind: 'supports', page: '0' }, { kind: 'supports', page: '1.5' }, { kind: 'supports', page: 'x' }, { kind: 'supports', page: '10001' }]) {
      expect(parseRelatedClaimsQuery(query), JSON.stringify(query)).toBeNull();
    }
  });
});
