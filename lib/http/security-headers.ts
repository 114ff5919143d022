// The headers every response carries, pages, route handlers and files alike; proxy.ts sets them.

/** 128 random bits, fresh for every response: a script runs only if it carries this response's nonce. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

type Served = { https: boolean; development: boolean };

/**
 * Scripts: only those carrying the nonce (Next.js puts it on its own scripts), and what they load
 * ('strict-dynamic'); no 'unsafe-inline', so markup that slips into a page cannot run. JSON-LD is a data block,
 * which CSP does not govern. Styles: the nonce too, since Tailwind's output is one stylesheet and no component
 * sets a style attribute; `next dev` injects styles and evaluates code, so it alone gets the unsafe allowances.
 */
export function contentSecurityPolicy(nonce: string, { https, development }: Served): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Every response's headers: the policy with this response's nonce, and the rest, which never vary by route. */
export function securityHeaders(nonce: string, served: Served): Record<string, string> {
  const { https } = served;
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce, served),
    'X-Content-Type-Options': 'nosniff',
    // Readers' paths (claim ids, desk searches) never reach the sites we link to; links out add noreferrer too.
    'Referrer-Policy': 'same-origin',
    // Only when the site's address is https: a browser would ignore it over http anyway, and an http-only
    // install (the demo on localhost) must not be pinned to https.
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

/** HSTS and upgrade-insecure-requests follow the address readers use (BETTER_AUTH_URL), not the request:
 *  X-Forwarded-Proto is whatever the nearest client says. */
export function servedOverHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith('https://') ?? false;
}
