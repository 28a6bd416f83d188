#!/usr/bin/env bash
# Sets up what the tests need on this machine and runs every test: typecheck, lint, unit and integration
# tests (including the differential tests against a real Docker engine), then the browser end-to-end tests.
# Prints one closing line "tests: N passed, N failed". Called by `npm run test:all` and by .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

step "system packages"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v dockerd >/dev/null || missing+=(docker.io)
command -v busybox >/dev/null || missing+=(busybox-static)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "could not install ${missing[*]}: tests that need them will say so"
fi

step "docker engine"
if bash scripts/docker-engine.sh; then export DRYDOCK_DOCKER_READY=1; else echo "no docker engine: differential tests will report it"; fi

failed=0
mkdir -p test-results
step "typecheck"; npx tsc -p tsconfig.json --noEmit || failed=1
step "lint"; npx eslint . || failed=1
step "build"; npm run --silent build || failed=1
step "unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || failed=1
step "end-to-end tests (Chromium)"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || failed=1

node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json || failed=1
[ "$failed" = 0 ] || echo "some step failed (see above)"
exit "$failed"
