/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image builds with NEXT_OUTPUT=standalone and runs that server; `npm start` runs `next start`,
  // which does not serve a standalone build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  experimental: {
    // forbidden(): a desk page the signed-in role may not use answers 403 with app/forbidden.tsx.
    authInterrupts: true,
    // The public record's cache lives in memory only: after a restart, or against another database, nothing
    // cached from an earlier record can be served (lib/public-site/published-cache.ts).
    isrFlushToDisk: false,
  },
  reactStrictMode: true,
  // The API's documentation page lives at pages/api-docs.tsx: the Pages Router reserves pages/api for routes.
  async rewrites() {
    return [{ source: '/api', destination: '/api-docs' }];
  },
  // The pg driver stays a plain Node dependency rather than being bundled into the server chunks.
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
};

export default nextConfig;
