/** The address readers reach the site at (BETTER_AUTH_URL, which `npm start` and compose always set). */
export function publicOrigin(): string {
  return new URL(process.env.BETTER_AUTH_URL ?? 'http://localhost:3000').origin;
}
