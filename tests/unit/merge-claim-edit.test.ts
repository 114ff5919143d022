import { describe, expect, it } from 'vitest';
import { mergeClaimEdit } from '@/lib/claims/merge-claim-edit';

const base = {
  statement: 'AQIM backs ISIS',
  credibility: 3,
  credibilityNote: '',
  topicIds: ['t1'],
  citations: [{ id: 'c1', sourceId: 's1', quote: 'declared its support' }],
};

describe('mergeClaimEdit', () => {
  it('applies my changes to their version and keeps theirs where I changed nothing', () => {
    const theirs = { ...base, credibilityNote: 'Two reports, one origin', topicIds: ['t1', 't2'] };
    const mine = { ...base, credibility: '2' };
    const { merged, changedByThem, changedByBoth } = mergeClaimEdit(base, theirs, mine);
    expect(merged).toMatchObject({ credibility: '2', credibilityNote: 'Two reports, one origin', topicIds: ['t1', 't2'], statement: 'AQIM backs ISIS' });
    expect(changedByThem.sort()).toEqual(['credibilityNote', 'topicIds']);
    expect(changedByBoth).toEqual([]);
  });

  it('flags a field we both changed, keeping my value for me to review', () => {
    const theirs = { ...base, statement: 'AQIM’s judge backs ISIS' };
    const mine = { ...base, statement: 'An AQIM figure backs ISIS' };
    const { merged, changedByBoth } = mergeClaimEdit(base, theirs, mine);
    expect(merged.statement).toBe('An AQIM figure backs ISIS');
    expect(changedByBoth).toEqual(['statement']);
  });

  it('takes their citations when I left mine alone, and re-adds mine as new when they dropped them', () => {
    const theirs = { ...base, citations: [{ id: 'c2', sourceId: 's2', quote: 'other' }] };
    expect(mergeClaimEdit(base, theirs, { ...base }).merged.citations).toEqual(theirs.citations);
    const mine = { ...base, citations: [{ id: 'c1', sourceId: 's1', quote: 'declared its support for ISIS' }] };
    expect(mergeClaimEdit(base, theirs, mine).merged.citations).toEqual([{ id: undefined, sourceId: 's1', quote: 'declared its support for ISIS' }]);
  });
});
