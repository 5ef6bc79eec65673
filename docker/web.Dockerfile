# syntax=docker/dockerfile:1
# The web app: static files from the Vite build, served by nginx, which also proxies /api/ to the api.
#
# Build context: the repository root (`docker build -f docker/web.Dockerfile .`). BuildKit reads
# docker/web.Dockerfile.dockerignore for it; there is no .dockerignore at the root.
#
# The base, deps and build stages are word for word those of node.Dockerfile (and the two ignore
# files are identical) so that BuildKit builds them once for both images: keep them identical.

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

# nginx-unprivileged runs as uid 101 and listens on 8080, so the container needs no root and no
# capabilities; its nginx.conf already keeps the pid file and temp files under /tmp.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 8080
