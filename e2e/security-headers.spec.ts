import { expect, test, type APIResponse } from '@playwright/test';
import { demoExamples, examplePath, routesOnDisk, type DemoExamples } from './support/routes';
import { sessionCookieHeader, signInAs } from './support/sign-in';

// The headers of issue 7 on every route there is (the same list the authorization matrix checks against the
// disk), for anonymous and signed-in callers, whatever the status; and pages that run in Chromium under the
// policy without a single violation.

let ids: DemoExamples;
test.beforeAll(async () => {
  ids = await demoExamples();
});

const directives = (policy: string) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

/** What is wrong with a response's security headers, as readable lines; none when all is well. */
function headerProblems(label: string, response: APIResponse): string[] {
  const headers = response.headers();
  const problems: string[] = [];
  const policy = directives(headers['content-security-policy'] ?? '');
  const scripts = policy.get('script-src') ?? [];
  if (!scripts.some((value) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(value))) problems.push(`${label}: script-src has no nonce (${headers['content-security-policy']})`);
  if (scripts.includes("'unsafe-inline'") || (policy.get('default-src') ?? []).includes("'unsafe-inline'")) problems.push(`${label}: scripts may run inline`);
  if (policy.get('frame-ancestors')?.join(' ') !== "'none'") problems.push(`${label}: frame-ancestors is not 'none'`);
  if (headers['x-content-type-options'] !== 'nosniff') problems.push(`${label}: X-Content-Type-Options is ${headers['x-content-type-options']}`);
  if (headers['referrer-policy'] !== 'same-origin') problems.push(`${label}: Referrer-Policy is ${headers['referrer-policy']}`);
  // Served over plain http here: HSTS would be wrong (the https case is tests/unit/security-headers.test.ts).
  if (headers['strict-transport-security']) problems.push(`${label}: HSTS over http`);
  return problems;
}

test('every page, route handler and file answers with the security headers, whoever asks', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const home = await (await request.get('/')).text();
  const asset = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(home)![1];
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(home)![1];
  const probes: { label: string; method: string; path: string; headers?: Record<string, string> }[] = [
    ...routesOnDisk().map((route) => {
      const [kind, pattern] = route.split(' ');
      return { label: route, method: kind === 'PAGE' ? 'GET' : kind, path: examplePath(pattern, ids) };
    }),
    { label: 'a script', method: 'GET', path: asset },
    { label: 'a stylesheet', method: 'GET', path: stylesheet },
    { label: 'a public file', method: 'GET', path: '/robots.txt' },
    { label: 'the icon', method: 'GET', path: '/icon.svg' },
    { label: 'an unknown page', method: 'GET', path: '/no-such-page' },
    { label: 'an unknown API route', method: 'GET', path: '/api/v1/no-such-thing' },
    { label: 'a navigation’s RSC payload', method: 'GET', path: '/sources', headers: { rsc: '1' } },
    { label: 'an unknown server action', method: 'POST', path: '/desk', headers: { 'next-action': '00'.repeat(21) } },
  ];
  const problems: string[] = [];
  let address = 0;
  for (const who of ['anonymous', 'admin@demo.test']) {
    const signedIn: Record<string, string> = who === 'anonymous' ? {} : { cookie: sessionCookieHeader(who), origin: baseURL! };
    for (const probe of probes) {
      // Each request from an address of its own: better-auth's per-address limit is not what this test is about.
      const headers = { ...signedIn, ...probe.headers, 'x-forwarded-for': `192.0.2.${++address % 250}` };
      const body = ['POST', 'PATCH'].includes(probe.method) && !probe.headers?.['next-action'] ? {} : undefined;
      const response = await request.fetch(probe.path, { method: probe.method, headers, data: body, maxRedirects: 0 });
      problems.push(...headerProblems(`${probe.label} as ${who} (${response.status()})`, response));
    }
  }
  expect(problems).toEqual([]);
});

test('a page’s scripts carry its own response’s nonce, which is new each time', async ({ request }) => {
  const nonces = new Set<string>();
  for (const route of routesOnDisk().filter((route) => route.startsWith('PAGE ') && !route.includes('/desk'))) {
    const response = await request.get(examplePath(route.slice(5), ids));
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'])![1];
    nonces.add(nonce);
    const html = await response.text();
    // JSON-LD is data, not script: the browser never runs it, so it needs no nonce.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map(([, attributes]) => attributes).filter((attributes) => !attributes.includes('application/ld+json'));
    expect(scripts.length, route).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes, route).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(routesOnDisk().filter((route) => route.startsWith('PAGE ') && !route.includes('/desk')).length);
});

test('no page meets a Content-Security-Policy violation in Chromium, and every page’s scripts run', async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(`${page.url()}: console: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`${page.url()}: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const pages = routesOnDisk().filter((route) => route.startsWith('PAGE ')).map((route) => examplePath(route.slice(5), ids));
  // The sign-in page first, while signed out (signed in, it sends you on); then everything as an administrator.
  for (const path of ['/sign-in', ...pages.filter((path) => path !== '/sign-in')]) {
    if (path !== '/sign-in' && !(await page.context().cookies()).length) await signInAs(page, 'admin@demo.test');
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // Next.js's own scripts set window.next once they run: they carried the nonce.
    await page.waitForFunction(() => 'next' in window, undefined, { timeout: 10_000 });
  }
  // A client-side navigation loads more code, which 'strict-dynamic' lets the nonce's scripts bring in.
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Sources/);
  expect(violations).toEqual([]);
});
