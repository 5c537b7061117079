# syntax=docker/dockerfile:1
# The bot as a container: a build stage compiles TypeScript; the runtime stage is slim
# Node 24 with production dependencies only, a non-root user and the SQLite file on /data.
# No secret is built in: pass MicrosoftApp*, WEBEX_* and OPERATOR_TOKEN at run time.
# scripts/productionInstall.sh runs these same steps without a container daemon (in CI).
# See docs/deploy.md.

FROM node:24-bookworm-slim AS build
WORKDIR /app
# botbuilder-dialogs' postinstall runs npx (needs yes=true, set in .npmrc).
# better-sqlite3 is optional and for Node 20 only: Node 24 uses the built-in node:sqlite.
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=optional --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
COPY channels ./channels
COPY bot ./bot
COPY dialogs ./dialogs
COPY knowledge ./knowledge
COPY provisioning ./provisioning
COPY state ./state
COPY locales ./locales
COPY scripts ./scripts
COPY bench ./bench
COPY appPackage ./appPackage
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    STATE_DB=/data/state.sqlite \
    OPERATOR_HOST=0.0.0.0 \
    OPERATOR_PORT=3979
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund \
    && npm cache clean --force
COPY --from=build /app/dist ./dist
# Data files read at start from the package root (not compiled into dist/).
COPY provisioning/rules.json ./provisioning/rules.json
COPY knowledge/knowledge.json ./knowledge/knowledge.json
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3978 3979
# node:24-slim has no curl: ask with Node itself.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "dist/server/healthCheck.js"]
# Node as PID 1 handles SIGTERM itself (server/main.ts closes the server and the store);
# `docker run --init` or compose's `init: true` adds a reaper as well.
CMD ["node", "dist/server/main.js"]
