import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env';

const valid = {
  DATABASE_URL: 'postgresql://u:p@localhost:5432/counterclaim',
  BETTER_AUTH_SECRET: 's'.repeat(32),
  BETTER_AUTH_URL: 'http://localhost:3000',
};

describe('parseServerEnv', () => {
  it('accepts a complete configuration and defaults the port', () => {
    expect(parseServerEnv(valid).PORT).toBe(3000);
  });

  it.each([
    [{ DATABASE_URL: undefined }, /DATABASE_URL is not set/],
    [{ DATABASE_URL: 'mysql://localhost/x' }, /postgres:\/\//],
    [{ BETTER_AUTH_SECRET: 'short' }, /at least 32/],
    [{ BETTER_AUTH_URL: 'not a url' }, /BETTER_AUTH_URL/],
    [{ PORT: '70000' }, /./],
  ])('refuses %o with a clear message', (override, message) => {
    expect(() => parseServerEnv({ ...valid, ...override })).toThrow(message);
  });
});
