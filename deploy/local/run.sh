#!/usr/bin/env bash
# `make run`: PostgreSQL (project-local unless DATABASE_URL is set), the backend with demo data, and the SPA.
# Ctrl-C stops all three; the data stays for the next run (`make clean-db` wipes it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/db-env.sh
export JAVA_HOME="$(deploy/local/find-jdk.sh)"
PORT="${PORT:-8080}"
SPA_PORT="${SPA_PORT:-5173}"

db_env lienthong
mkdir -p .local
[ -s .local/jwt-secret ] || head -c 48 /dev/urandom | base64 -w0 > .local/jwt-secret
# the key sealing petitioners' identities: generated once on this machine, never in the repository or the database
[ -s .local/petition-identity-key ] || (umask 077 && head -c 32 /dev/urandom | base64 -w0 > .local/petition-identity-key)
export JWT_SECRET="${JWT_SECRET:-$(cat .local/jwt-secret)}" PETITION_IDENTITY_KEY="${PETITION_IDENTITY_KEY:-$(cat .local/petition-identity-key)}" \
  DEMO_DATA=true PORT ATTACHMENT_DIR="$ROOT/.local/attachments"

echo "==> Building the backend"
(cd backend && mvn -B -q -ntp -DskipTests package)
echo "==> Installing the frontend's packages"
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; })

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${DATABASE_URL:-}" ] || "$ROOT/deploy/local/pg.sh" stop
}
trap cleanup EXIT
trap 'exit 0' INT TERM   # Ctrl-C is the normal way to stop: exit cleanly through cleanup

echo "==> Starting the backend on port $PORT"
"$JAVA_HOME/bin/java" -jar backend/target/lienthong-backend-0.1.0.jar &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health/readiness" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "backend failed to start" >&2; exit 1; }
  sleep 1
done

cat <<BANNER

  Liên Thông is running.
    SPA (Vietnamese first):  http://localhost:$SPA_PORT
    API:                     http://localhost:$PORT/api/v1
    Swagger UI:              http://localhost:$PORT/swagger-ui/index.html
    Demo accounts:           vptu.chuyenvien, vpdbhd.lanhdao, vpubnd.chanhvanphong, snv.canbo, quantri, quantri.quocgia ... (see README)
    Password (local only):   LienThong@2026
  Ctrl-C stops everything.

BANNER
cd frontend
BACKEND_URL="http://127.0.0.1:$PORT" node_modules/.bin/vite --port "$SPA_PORT" --strictPort --host 127.0.0.1 &
pids+=($!)
wait -n "${pids[@]}"
