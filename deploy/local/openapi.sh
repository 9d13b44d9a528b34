#!/usr/bin/env bash
# `make openapi`: regenerates openapi/lienthong.yml from the code (OpenAPI 3.1) and the frontend's types from it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/db-env.sh
export JAVA_HOME="$(deploy/local/find-jdk.sh)"
db_env lienthong_test
(cd backend && mvn -B -q -ntp test -Dtest=OpenApiContractTest -Dopenapi.update=true -Dsurefire.failIfNoSpecifiedTests=false)
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run gen:api)
echo "openapi/lienthong.yml and frontend/src/lib/api/schema.d.ts regenerated"
