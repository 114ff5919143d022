# Counterclaim's production image: Next.js standalone server, migrated with the ordinary Prisma CLI at start.
# Build and run with `docker compose up --build` (see docker-compose.yml and the README).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma ./prisma/schema.prisma
# postinstall generates the Prisma client from the schema.
RUN npm ci

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npx next build

# The Prisma CLI alone, for `prisma migrate deploy`, which needs the network once to fetch its schema engine.
FROM node:20-bookworm-slim AS migrate
WORKDIR /migrate
RUN npm install --no-save --no-package-lock prisma@7.10.1
COPY prisma.config.ts ./
COPY prisma/schema.prisma ./prisma/schema.prisma
COPY prisma/migrations ./prisma/migrations

FROM node:20-bookworm-slim AS runner
# The server's heap limit and malloc arenas, as `npm start` sets them (scripts/start.ts); an environment that sets
# its own wins.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 NODE_OPTIONS=--max-old-space-size=224 MALLOC_ARENA_MAX=2
COPY --from=migrate /migrate /migrate
WORKDIR /app
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
USER node
EXPOSE 3000
CMD ["sh", "-c", "cd /migrate && npx prisma migrate deploy && cd /app && exec node server.js"]
