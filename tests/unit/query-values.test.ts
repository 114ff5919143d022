import { describe, expect, it } from 'vitest';
import { firstValue, firstValues } from '@/lib/http/query-values';

describe('query values', () => {
  it('read a repeated parameter as its first value, and leave single and missing ones as they are', () => {
    expect(firstValue(['a', 'b'])).toBe('a');
    expect(firstValue('a')).toBe('a');
    expect(firstValue(undefined)).toBeUndefined();
    expect(firstValue([])).toBeUndefined();
  });

  it('read every parameter of an address as its first value', () => {
    expect(firstValues({ q: ['zawahiri', 'ignored'], page: '2', topic: undefined })).toEqual({ q: 'zawahiri', page: '2', topic: undefined });
  });
});
