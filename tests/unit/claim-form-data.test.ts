import { describe, expect, it } from 'vitest';
import { claimInputFromForm } from '@/lib/claims/claim-form-data';

describe('claimInputFromForm', () => {
  it('builds the API shape from flat form fields, in citation order, dropping blank rows', () => {
    const form = new FormData();
    form.set('statement', 'AQIM backs ISIS');
    form.set('credibility', '3');
    form.append('topicIds', 'a');
    form.append('topicIds', 'b');
    form.set('citations.1.quote', 'second');
    form.set('citations.1.sourceId', 's2');
    form.set('citations.0.quote', 'first');
    form.set('citations.0.sourceId', 's1');
    form.set('citations.0.id', 'c1');
    form.set('citations.2.quote', '');
    form.set('citations.2.sourceId', '');
    form.set('citations.0.unknownField', 'ignored');
    form.set('$ACTION_ID_123', '');
    const input = claimInputFromForm(form);
    expect(input).toMatchObject({ statement: 'AQIM backs ISIS', credibility: '3', topicIds: ['a', 'b'], subjectId: '' });
    expect(input.citations).toEqual([
      { quote: 'first', sourceId: 's1', id: 'c1' },
      { quote: 'second', sourceId: 's2' },
    ]);
  });
});
