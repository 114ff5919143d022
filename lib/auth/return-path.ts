/** Where to go after signing in: a path on this site, never another origin ("//evil.example", "https://…"). */
export function safeReturnPath(next: string | null | undefined, fallback = '/desk'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
