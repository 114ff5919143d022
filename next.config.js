/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image builds with NEXT_OUTPUT=standalone and runs that server; `npm start` runs `next start`,
  // which does not serve a standalone build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Every page is rendered per request and sent with Cache-Control: no-store, so no browser ever asks again with
  // If-None-Match; hashing each page for an ETag took 2.6% of the server's time on a claim page under load.
  generateEtags: false,
  experimental: {
    // forbidden(): a desk page the signed-in role may not use answers 403 with app/forbidden.tsx.
    authInterrupts: true,
    // The public record's cache lives in memory only: after a restart, or against another database, nothing
    // cached from an earlier record can be served (lib/public-site/published-cache.ts).
    isrFlushToDisk: false,
  },
  // Next's in-memory cache, where the public reads live, holds up to this many characters of cached data (50 MB
  // by default). With the server's heap capped at 256 MB (scripts/start.ts), 50 MB of cache kept the server at
  // 380-400 MB resident under the benchmark's routes, 25 MB at 330 MB; each entry is a page's data, 3-60 kB.
  cacheMaxMemorySize: 25 * 1024 * 1024,
  reactStrictMode: true,
  // The API's documentation page lives at pages/api-docs.tsx: the Pages Router reserves pages/api for routes.
  async rewrites() {
    return [{ source: '/api', destination: '/api-docs' }];
  },
  // The pg driver stays a plain Node dependency rather than being bundled into the server chunks.
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
};

export default nextConfig;
