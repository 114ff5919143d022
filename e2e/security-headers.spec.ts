import { expect, test, type APIResponse } from '@playwright/test';
import { demoExamples, examplePath, routesOnDisk, type DemoExamples } from './support/routes';
import { requestAs, signInAs } from './support/sign-in';

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
  // The sign-in page is an App Router page, with Next.js's scripts and the stylesheet (the public pages send no script).
  const signInPage = await (await request.get('/sign-in')).text();
  const asset = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(signInPage)![1];
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(signInPage)![1];
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
  for (const who of [null, 'admin@demo.test']) {
    const client = await requestAs(baseURL!, who);
    for (const probe of probes) {
      // Each request from an address of its own: better-auth's per-address limit is not what this test is about.
      const headers = { ...probe.headers, 'x-forwarded-for': `192.0.2.${++address % 250}` };
      const body = ['POST', 'PATCH'].includes(probe.method) && !probe.headers?.['next-action'] ? {} : undefined;
      const response = await client.fetch(probe.path, { method: probe.method, headers, data: body, maxRedirects: 0 });
      problems.push(...headerProblems(`${probe.label} as ${who ?? 'anonymous'} (${response.status()})`, response));
    }
    await client.dispose();
  }
  expect(problems).toEqual([]);
});

test('every script on a page carries its own response’s nonce, which is new each time', async ({ baseURL }) => {
  const admin = await requestAs(baseURL!, 'admin@demo.test');
  const pages = routesOnDisk().filter((route) => route.startsWith('PAGE ') && route !== 'PAGE /sign-in');
  const nonces = new Set<string>();
  let checked = 0;
  for (const route of pages) {
    const response = await admin.get(examplePath(route.slice(5), ids));
    expect(response.status(), route).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'])![1];
    nonces.add(nonce);
    // JSON-LD and Next's page data are data blocks, not script: the browser never runs them.
    const scripts = [...(await response.text()).matchAll(/<script\b([^>]*)>/g)]
      .map(([, attributes]) => attributes)
      .filter((attributes) => !/type="application\/(ld\+)?json"/.test(attributes));
    for (const attributes of scripts) expect(attributes, route).toContain(`nonce="${nonce}"`);
    checked += scripts.length;
  }
  // The public pages send no script at all; the desk's pages send Next.js's.
  expect(checked).toBeGreaterThan(0);
  expect(nonces.size).toBe(pages.length);
  await admin.dispose();
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
    // Next.js's own scripts set window.next once they run: they carried the nonce. Public pages send none.
    if (await page.locator('script[src]').count()) await page.waitForFunction(() => 'next' in window, undefined, { timeout: 10_000 });
  }
  // A client-side navigation loads more code, which 'strict-dynamic' lets the nonce's scripts bring in.
  await page.goto('/desk');
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Sources/);
  expect(violations).toEqual([]);
});
