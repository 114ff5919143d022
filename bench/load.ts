import autocannon from 'autocannon';

// One route under load over loopback: `connections` clients keep one request each in flight for `seconds`,
// cycling through the route's addresses. Latencies are kept per response, so any percentile can be read.

export type LoadResult = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** How many responses had each status; errors are failed connections and timeouts. */
  statuses: Record<string, number>;
  errors: number;
  meanResponseBytes: number;
  /** The share of requests for an address not asked for before in the run: what the public reads' cache could
   *  not have answered. */
  firstVisitShare: number;
};

export type LoadOptions = {
  baseUrl: string;
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /** Every address asked for so far in the run; this run's are added. */
  visited: Set<string>;
};

export function percentile(sorted: number[], share: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export function loadRoute({ baseUrl, paths, headers = {}, connections, seconds, visited }: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let firstVisits = 0;
  const nextPath = () => {
    const path = paths[next++ % paths.length];
    if (!visited.has(path)) {
      visited.add(path);
      firstVisits += 1;
    }
    return path;
  };
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        headers,
        requests: [{ setupRequest: (request) => ({ ...request, path: nextPath() }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const elapsed = result.duration;
        resolve({
          requests: times.length,
          seconds: elapsed,
          requestsPerSecond: times.length / elapsed,
          p50Ms: percentile(times, 0.5),
          p95Ms: percentile(times, 0.95),
          p99Ms: percentile(times, 0.99),
          statuses,
          errors: result.errors + result.timeouts,
          meanResponseBytes: times.length ? bytes / times.length : 0,
          firstVisitShare: next ? firstVisits / next : 0,
        });
      },
    );
    instance.on('response', (_client, status, responseBytes, milliseconds) => {
      times.push(milliseconds);
      statuses[status] = (statuses[status] ?? 0) + 1;
      bytes += responseBytes;
    });
  });
}
