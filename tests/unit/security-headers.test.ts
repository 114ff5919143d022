import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

// proxy.ts as Next.js calls it: the headers every response gets, and what it passes on to the page.
const configured = process.env.BETTER_AUTH_URL;
afterEach(() => {
  process.env.BETTER_AUTH_URL = configured;
});

function run(url: string, publicUrl: string) {
  process.env.BETTER_AUTH_URL = publicUrl;
  return proxy(new NextRequest(url));
}

const directives = (policy: string | null) => new Map((policy ?? '').split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe('proxy', () => {
  it('gives a page a policy with a fresh nonce for scripts and styles, and no inline script', () => {
    const [first, second] = [run('http://localhost:3000/', 'http://localhost:3000'), run('http://localhost:3000/', 'http://localhost:3000')];
    const policy = directives(first.headers.get('content-security-policy'));
    const nonce = policy.get('script-src')!.find((value) => value.startsWith("'nonce-"));
    expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
    expect(policy.get('script-src')).toEqual(["'self'", nonce, "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", nonce]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    // Next.js reads the nonce from the policy on the request it renders.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(first.headers.get('content-security-policy'));
  });

  it.each(['/', '/api/v1/claims', '/feed.xml', '/_next/static/chunks/app.js', '/desk/claims/new'])('sets the other headers on %s, without HSTS over http', (path) => {
    const response = run(`http://localhost:3000${path}`, 'http://localhost:3000');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it('adds HSTS and upgrades requests when the site’s address is https', () => {
    const response = run('http://app:3000/claims/x', 'https://counterclaim.example.org');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('sends an anonymous desk visitor to sign in, with the headers too', () => {
    const response = run('http://localhost:3000/desk/sources?page=2', 'http://localhost:3000');
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location')!).searchParams.get('next')).toBe('/desk/sources?page=2');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
