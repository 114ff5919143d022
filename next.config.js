/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image builds with NEXT_OUTPUT=standalone and runs that server; `npm start` runs `next start`,
  // which does not serve a standalone build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // forbidden(): a desk page the signed-in role may not use answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  reactStrictMode: true,
  // The pg driver stays a plain Node dependency rather than being bundled into the server chunks.
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
};

export default nextConfig;
