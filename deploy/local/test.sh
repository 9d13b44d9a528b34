#!/usr/bin/env bash
# `make test`: every test, from a fresh clone. Backend (unit + @MicronautTest on real PostgreSQL, the contract
# check), the frontend (types vs contract, lint, Vitest, build), the contract's lint and a generated Java client,
# and the browser journey.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/db-env.sh
export JAVA_HOME="$(deploy/local/find-jdk.sh)"
echo "==> JDK: $JAVA_HOME"

if [ -z "${DATABASE_URL:-}" ]; then deploy/local/pg.sh recreate lienthong_test; fi
db_env lienthong_test

echo "==> Backend: tests against PostgreSQL ($DB_URL)"
(cd backend && mvn -B -ntp verify)

echo "==> Frontend: install, generated types vs the contract, lint, unit tests, build"
(cd frontend && npm ci --no-audit --no-fund && npm run check:api && npm run lint && npm test && npm run build)

echo "==> Contract: lint and a generated Java client"
(cd openapi && npm ci --no-audit --no-fund && npm run lint)
(cd openapi/client-check && mvn -B -ntp -q package)
echo "generated Java client compiled"

echo "==> Browser journey"
deploy/local/e2e.sh
echo "==> All tests passed"
