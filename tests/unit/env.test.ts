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

  it('reads TRUSTED_PROXIES as a list of addresses and ranges, empty when unset', () => {
    expect(parseServerEnv(valid).TRUSTED_PROXIES).toEqual([]);
    expect(parseServerEnv({ ...valid, TRUSTED_PROXIES: ' 10.0.0.0/8, 192.0.2.7,fd00::/8 ' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '192.0.2.7', 'fd00::/8']);
  });

  it.each([
    [{ DATABASE_URL: undefined }, /DATABASE_URL is not set/],
    [{ DATABASE_URL: 'mysql://localhost/x' }, /postgres:\/\//],
    [{ BETTER_AUTH_SECRET: 'short' }, /at least 32/],
    [{ BETTER_AUTH_URL: 'not a url' }, /BETTER_AUTH_URL/],
    [{ PORT: '70000' }, /./],
    [{ TRUSTED_PROXIES: '10.0.0.0/8, proxy.internal' }, /TRUSTED_PROXIES/],
    [{ TRUSTED_PROXIES: '10.0.0.0/33' }, /TRUSTED_PROXIES/],
  ])('refuses %o with a clear message', (override, message) => {
    expect(() => parseServerEnv({ ...valid, ...override })).toThrow(message);
  });
});
