// Every request the load test sends goes through `send`, which records when it started and ended and how it was
// answered, so the report can count statuses and place each answer before, during or after an outage.

export type Kind = 'page' | 'desk' | 'read-api' | 'write';

export type Exchange = {
  kind: Kind;
  method: string;
  path: string;
  startedAt: number;
  endedAt: number;
  /** 0 when no answer came: the connection failed or the request timed out. */
  status: number;
  retryAfter: string | null;
  failure?: string;
};

export type Answer = { status: number; body: unknown; text: string };

/** A request that has not been answered after this long counts as a hang. */
const timeoutMs = 30_000;

export class Traffic {
  readonly exchanges: Exchange[] = [];
  /** The first 503's body of each kind, to check the message users get. */
  readonly unavailableBodies = new Map<Kind, string>();

  constructor(private readonly baseUrl: string) {}

  async send(kind: Kind, method: string, path: string, { token, cookie, body }: { token?: string; cookie?: string; body?: unknown } = {}): Promise<Answer> {
    const startedAt = performance.now();
    const exchange: Exchange = { kind, method, path, startedAt, endedAt: startedAt, status: 0, retryAfter: null };
    this.exchanges.push(exchange);
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        redirect: 'manual',
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(cookie ? { cookie } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      Object.assign(exchange, { endedAt: performance.now(), status: response.status, retryAfter: response.headers.get('retry-after') });
      if (response.status === 503 && !this.unavailableBodies.has(kind)) this.unavailableBodies.set(kind, text);
      return { status: response.status, body: parseJson(text), text };
    } catch (error) {
      Object.assign(exchange, { endedAt: performance.now(), failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      return { status: 0, body: null, text: '' };
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
