#!/usr/bin/env bash
# Starts, stops or restarts the journeys' backend. `restart P3D` runs it 3 days ahead (CLOCK_OFFSET), which is how a
# journey lets a deadline pass. Expects API_PORT, DB_URL, DB_USER, DB_PASSWORD, JWT_SECRET, JAVA_HOME from e2e.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/frontend/e2e/out"
PID_FILE="$OUT/backend.pid"
mkdir -p "$OUT"

stop() {
  if [ -f "$PID_FILE" ]; then
    local pid; pid="$(cat "$PID_FILE")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    rm -f "$PID_FILE"
  fi
}

start() {
  local offset="${1:-PT0S}"
  CLOCK_OFFSET="$offset" PORT="$API_PORT" ATTACHMENT_DIR="$OUT/attachments" \
    nohup "$JAVA_HOME/bin/java" -jar "$ROOT/backend/target/lienthong-backend-0.1.0.jar" >> "$OUT/backend.log" 2>&1 &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$API_PORT/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$(cat "$PID_FILE")" 2>/dev/null || { tail -50 "$OUT/backend.log" >&2; echo "backend failed to start" >&2; return 1; }
    sleep 0.5
  done
  echo "backend did not become ready" >&2
  return 1
}

case "${1:-}" in
  start) start "${2:-PT0S}" ;;
  stop) stop ;;
  restart) stop; start "${2:-PT0S}" ;;
  *) echo "usage: $0 start|stop|restart [ISO-8601 clock offset]" >&2; exit 2 ;;
esac
