import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, securityHeaders, servedOverHttps } from '@/lib/http/security-headers';

// Runs on every request, static files included (no matcher), so no route can be left without the security
// headers. The redirect below is only a convenience: every desk page, action and API route checks the session
// (and the role) itself.
export function proxy(request: NextRequest) {
  const headers = securityHeaders(createNonce(), {
    https: servedOverHttps(process.env.BETTER_AUTH_URL),
    development: process.env.NODE_ENV === 'development',
  });
  const response = isDesk(request.nextUrl.pathname) && !getSessionCookie(request) ? signInFirst(request) : passOn(request, headers);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

const isDesk = (pathname: string) => pathname === '/desk' || pathname.startsWith('/desk/');

/** An anonymous visitor to the desk is sent to sign in, and back afterwards. */
function signInFirst(request: NextRequest) {
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

/** Next.js reads the nonce from the policy on the request and puts it on the scripts it renders. */
function passOn(request: NextRequest, headers: Record<string, string>) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', headers['Content-Security-Policy']);
  return NextResponse.next({ request: { headers: requestHeaders } });
}
