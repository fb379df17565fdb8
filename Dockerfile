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
# pg_dump and pg_restore of the PostgreSQL server's major version (16, as in docker-compose.yml) from
# PostgreSQL's own Debian repository, for `coalition backup` and scheduled backups; nothing else is added.
ARG PG_MAJOR=16
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && install -d /usr/share/postgresql-common/pgdg \
 && curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc https://www.postgresql.org/media/keys/ACCC4CF8.asc \
 && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" > /etc/apt/sources.list.d/pgdg.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-${PG_MAJOR} \
 && apt-get purge -y curl && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
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
# The embedded database and the generated master key live in DATA_DIR, scheduled backups in /backups:
# keep both on volumes. The operators' command line: node server/dist/cli.js --help.
RUN mkdir -p /data /backups && chown node:node /data /backups
USER node
VOLUME ["/data", "/backups"]
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# main.js handles SIGTERM itself: drains HTTP, closes the pool, stops PGlite.
STOPSIGNAL SIGTERM
CMD ["node", "server/dist/main.js"]
