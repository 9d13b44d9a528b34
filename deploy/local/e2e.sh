#!/usr/bin/env bash
# The browser journey: real Chromium (Debian's) through the built SPA (vite preview) and the real backend
# on its own database. Installs Chromium with apt when it is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/db-env.sh
export JAVA_HOME="$(deploy/local/find-jdk.sh)"

if [ ! -x /usr/bin/chromium ]; then
  echo "==> Installing Debian's chromium for the browser journey"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

free_port() { local p; for p in $(shuf -i 30000-39999 -n 50); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }

if [ -z "${DATABASE_URL:-}" ]; then deploy/local/pg.sh recreate lienthong_e2e; fi
db_env lienthong_e2e
API_PORT="$(free_port)"; SPA_PORT="$(free_port)"
LOG_DIR="$ROOT/frontend/e2e/out"; mkdir -p "$LOG_DIR"
pids=()
cleanup() { "$ROOT/deploy/local/e2e-backend.sh" stop; for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

[ -f backend/target/lienthong-backend-0.1.0.jar ] || (cd backend && mvn -B -q -ntp -DskipTests package)
export API_PORT JAVA_HOME JWT_SECRET="e2e-only-secret-$(date +%s%N)-0123456789abcdef0123456789" \
  PETITION_IDENTITY_KEY="$(head -c 32 /dev/urandom | base64 -w0)"
: > "$LOG_DIR/backend.log"
CODE="E2E$(date +%s | tail -c 7)$RANDOM"
PREFIX="$(echo "$CODE" | tr 'A-Z' 'a-z')"
# The new-province journey's brand-new jurisdiction and its first administrator come from the bootstrap, as in the
# README's "Setting up a new province"; only the first start has the variables (a restart would skip them anyway).
NEW_JURISDICTION_CODE="${CODE}-LC" NEW_JURISDICTION_NAME="Tỉnh Lào Cai ($CODE)" NEW_ADMIN_PASSWORD='Mot-lan-E2e-2026'
ADMIN_BOOTSTRAP_USERNAME="$PREFIX.quantri.moi" ADMIN_BOOTSTRAP_PASSWORD="$NEW_ADMIN_PASSWORD" \
ADMIN_BOOTSTRAP_JURISDICTION_CODE="$NEW_JURISDICTION_CODE" ADMIN_BOOTSTRAP_JURISDICTION_NAME="$NEW_JURISDICTION_NAME" \
  deploy/local/e2e-backend.sh start
# A journey runs `$E2E_BACKEND_CTL restart P3D` to let days pass on the server.
export E2E_BACKEND_CTL="$ROOT/deploy/local/e2e-backend.sh"

if [ -n "${DATABASE_URL:-}" ]; then
  psql "$DATABASE_URL" -X -q -v ON_ERROR_STOP=1 -v code="$CODE" -f frontend/e2e/fixture.sql
else
  deploy/local/pg.sh psql lienthong_e2e -v code="$CODE" -f "$ROOT/frontend/e2e/fixture.sql"
fi

cd frontend
[ -d dist ] || npm run build
BACKEND_URL="http://127.0.0.1:$API_PORT" node_modules/.bin/vite preview --port "$SPA_PORT" --strictPort --host 127.0.0.1 > "$LOG_DIR/preview.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$SPA_PORT/" >/dev/null 2>&1 && break; sleep 0.5; done

SPA_URL="http://127.0.0.1:$SPA_PORT" E2E_PASSWORD='E2e-Journey-2026!' CHROMIUM_PATH=/usr/bin/chromium \
E2E_USERNAME="$PREFIX.chuyenvien" E2E_OFFICE_VI='Văn phòng Tỉnh ủy' E2E_OFFICE_EN='Provincial Party Committee Office' \
E2E_UBND_USERNAME="$PREFIX.ubnd" E2E_UBND_LEADER_USERNAME="$PREFIX.ubnd.lanhdao" E2E_UNIT_USERNAME="$PREFIX.sogd" \
E2E_VPTU_LEADER_USERNAME="$PREFIX.vptu.lanhdao" E2E_LEADER_NAME='Nguyễn Văn Bí Thư' E2E_LEADER_TITLE='Bí thư Tỉnh ủy' \
E2E_BODY_NAME='Ủy ban nhân dân tỉnh' E2E_UNIT_NAMES='Sở Giáo dục và Đào tạo|Sở Y tế|Sở Tài chính' \
E2E_ADMIN_USERNAME="$PREFIX.quantri" E2E_PORTAL_CLIENT_ID="$PREFIX.congthongtin" E2E_PORTAL_CLIENT_SECRET='E2e-Journey-2026!' \
E2E_NEW_ADMIN_USERNAME="$PREFIX.quantri.moi" E2E_NEW_ADMIN_PASSWORD="$NEW_ADMIN_PASSWORD" \
E2E_NEW_JURISDICTION_NAME="$NEW_JURISDICTION_NAME" E2E_NEW_PREFIX="$PREFIX" \
  npm run e2e
