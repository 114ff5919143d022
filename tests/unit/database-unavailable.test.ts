import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '@/lib/database/unavailable';

// The shapes seen from Prisma 7 with @prisma/adapter-pg, and from pg underneath it.
const prisma = (code: string, cause: object) => Object.assign(new Error('Invalid `prisma.claim.findMany()` invocation'), { code, meta: { driverAdapterError: Object.assign(new Error('DriverAdapterError'), { cause }) } });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a server that refuses connections', prisma('P2010', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['a transaction that cannot start', prisma('P1001', { kind: 'DatabaseNotReachable' })],
    ['a query cut off by a shutdown', prisma('P2010', { kind: 'postgres', code: '57P01', message: 'terminating connection due to administrator command' })],
    ['a server starting up or shutting down', prisma('P2010', { kind: 'postgres', code: '57P03' })],
    ['a connection reset', prisma('P2010', { kind: 'ConnectionClosed' })],
    ['no connection free in the pool in time', Object.assign(new Error('Timed out fetching a new connection'), { code: 'P2024' })],
    ['pg losing its connection', new Error('Connection terminated unexpectedly')],
    ['pg failing to connect in time', new Error('timeout exceeded when trying to connect')],
    ['a socket error wrapped as a cause', new Error('failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })],
  ])('recognises %s', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', prisma('P2002', { kind: 'UniqueConstraintViolation' })],
    ['a trigger refusing a write', prisma('P2010', { kind: 'postgres', code: 'P0001', message: 'four eyes: reviewer x cannot approve work they created or edited' })],
    ['an ordinary bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing at all', undefined],
  ])('leaves %s alone', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
