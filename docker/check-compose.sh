#!/usr/bin/env bash
# CI check for docker/: no Docker engine runs here, so this validates what can be validated without
# one: compose.yaml parses and interpolates with the required variables set, and refuses, naming the
# variable, when one is missing. Needs the docker-compose client (Debian package docker-compose).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null; then
  echo "docker-compose is not installed (Debian: apt-get install docker-compose)" >&2
  exit 1
fi

# An empty env file, so that a developer's docker/.env (which compose reads by default) plays no part.
empty_env=$(mktemp)
trap 'rm -f "$empty_env"' EXIT

compose_config() {
  env -u POSTGRES_PASSWORD -u MEILI_MASTER_KEY -u CASE_LINK_SECRET "$@" \
    docker-compose -f docker/compose.yaml --env-file "$empty_env" config -q
}

compose_config POSTGRES_PASSWORD=x MEILI_MASTER_KEY=xxxxxxxxxxxxxxxxxxxx CASE_LINK_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
echo "compose.yaml: valid with the required variables set"

refuses_without() {
  local missing=$1 out
  shift
  if out=$(compose_config "$@" 2>&1); then
    echo "compose.yaml: accepted without $missing" >&2
    exit 1
  fi
  if ! grep -q "set $missing in docker/.env" <<<"$out"; then
    echo "compose.yaml: refused without $missing, but for another reason:" >&2
    echo "$out" >&2
    exit 1
  fi
  echo "compose.yaml: refuses to run without $missing"
}
refuses_without POSTGRES_PASSWORD MEILI_MASTER_KEY=xxxxxxxxxxxxxxxxxxxx CASE_LINK_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
refuses_without MEILI_MASTER_KEY POSTGRES_PASSWORD=x CASE_LINK_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
refuses_without CASE_LINK_SECRET POSTGRES_PASSWORD=x MEILI_MASTER_KEY=xxxxxxxxxxxxxxxxxxxx
