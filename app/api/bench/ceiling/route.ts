// The ceiling `npm run bench` compares every measured route with: the cheapest dynamic answer this server gives,
// rendered per request and touching no database, so a route's figures read as a share of what the same process
// manages in the same run. Kept in production: it reads nothing, takes no input and says nothing.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ ok: true });
}
