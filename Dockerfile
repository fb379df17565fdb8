# syntax=docker/dockerfile:1
# Coalition: one image with the API, the built client and the migrations.
#   docker build -t coalition .
#   docker run -p 4000:4000 -v coalition-data:/data coalition          (embedded PGlite in /data)
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://... coalition   (a PostgreSQL server)
# docker-compose.yml runs it next to PostgreSQL 16.

# ---- build: every dependency, then shared → server → client
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY shared shared
COPY server server
COPY client client
RUN npm run build

# ---- runtime: production dependencies and the build output only, as a non-root user
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
# --ignore-scripts: no install script of ours is needed at runtime; native modules
# (@node-rs/argon2) come as prebuilt optional packages.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/server/dist server/dist
# The SQL definitions, applied after the migrations at boot (server/src/core/db/sql-definitions.ts).
COPY --from=build /app/server/src/db/sql server/src/db/sql
COPY --from=build /app/client/dist client/dist
# The embedded database and the generated master key live in DATA_DIR: keep it on a volume.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# main.js handles SIGTERM itself: drains HTTP, closes the pool, stops PGlite.
STOPSIGNAL SIGTERM
CMD ["node", "server/dist/main.js"]
