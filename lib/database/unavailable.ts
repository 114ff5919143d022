// Tells "the database is not there" (stopped, restarting, unreachable, out of connections) from every other
// failure, so the app can answer 503 and "try again" instead of 500 and "our bug". What the errors look like
// was read off the real stack: Prisma wraps the pg adapter's DriverAdapterError, which wraps pg's or Node's.

export const databaseUnavailableMessage =
  'Counterclaim cannot reach its database right now. Try again in a few seconds.';

/** Seconds a client is asked to wait before trying again (the Retry-After header). */
export const retryAfterSeconds = 5;

// P1001 can't reach the server, P1002 it timed out, P1008 an operation timed out, P1017 the server closed the
// connection, P2024 no connection came free in the pool in time.
const prismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// The adapter's names for a socket that failed, and for a server refusing more connections.
const adapterKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND']);
// SQLSTATE class 08 (connection exception), 57P01–57P03 (shut down by an administrator, crashed, starting up or
// shutting down) and 53300 (too many connections).
const postgresCode = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
// pg's own errors carry no code: a connection lost mid-query, and a pool that could not connect in time.
const pgMessages = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  return related(error).some((candidate) => {
    const { code, kind, message } = candidate as { code?: unknown; kind?: unknown; message?: unknown };
    if (typeof code === 'string' && (prismaCodes.has(code) || socketCodes.has(code) || postgresCode.test(code))) return true;
    if (typeof kind === 'string' && adapterKinds.has(kind)) return true;
    return typeof message === 'string' && pgMessages.test(message);
  });
}

/** The error and everything it wraps: `cause` chains, Prisma's `meta.driverAdapterError`, an AggregateError's list. */
function related(error: unknown, seen = new Set<unknown>()): object[] {
  if (typeof error !== 'object' || error === null || seen.has(error)) return [];
  seen.add(error);
  const { cause, meta, errors } = error as { cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown };
  return [
    error,
    ...related(cause, seen),
    ...related(meta?.driverAdapterError, seen),
    ...(Array.isArray(errors) ? errors.flatMap((inner) => related(inner, seen)) : []),
  ];
}
