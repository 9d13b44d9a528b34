#!/usr/bin/env bash
# Local throughput benchmark: three read endpoints through the whole HTTP stack (wrk) next to the same SQL
# run bare against PostgreSQL (pgbench), on its own database `lienthong_bench`.
#
#   deploy/local/bench.sh
#
# Uses the project-local PostgreSQL (pg.sh), or DATABASE_URL when set (then the database is not recreated).
# Uses backend/target/lienthong-backend-0.1.0.jar as it is (builds it only when missing).
# Knobs: BENCH_WARMUP (s, default 5), BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
#        BENCH_UNITS (extra units seeded for HN, default 20000). Takes about 3 minutes with the defaults.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source deploy/local/db-env.sh
T0=$(date +%s)
cpu_busy() { # % of all cores busy over one second, from /proc/stat
  local a b
  a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
  awk -v u="$(( b[1]+b[2]+b[3]+b[6]+b[7] - a[1]-a[2]-a[3]-a[6]-a[7] ))" -v i="$(( b[4]+b[5] - a[4]-a[5] ))" \
    'BEGIN { printf "%.0f", (u + i > 0 ? 100 * u / (u + i) : 0) }'
}
BUSY_BEFORE="$(cpu_busy)"

DB=lienthong_bench
JAR="$ROOT/backend/target/lienthong-backend-0.1.0.jar"
WARMUP="${BENCH_WARMUP:-5}"
DURATION="${BENCH_DURATION:-20}"
CONNS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
EXTRA_UNITS="${BENCH_UNITS:-20000}"
USERNAME=vptu.chuyenvien
PASSWORD='LienThong@2026'
WORK="$ROOT/.local/bench"
mkdir -p "$WORK"

say() { echo "==> $*" >&2; }
die() { echo "bench.sh: $*" >&2; exit 1; }

# --- tools ---------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  say "Installing wrk with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi
PGBENCH="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1 || true)"
[ -n "$PGBENCH" ] && [ -x "$PGBENCH" ] || die "pgbench not found (it ships with the PostgreSQL client/server packages)"
export JAVA_HOME="$(deploy/local/find-jdk.sh)"

# --- PostgreSQL: remember whether the project-local server was running --------------------------------
pg_was_running=1
if [ -z "${DATABASE_URL:-}" ]; then
  port="$(cat "$ROOT/.local/pg/port" 2>/dev/null || true)"
  if [ -z "$port" ] || [ ! -f "$ROOT/.local/pg/data/postmaster.pid" ] \
     || ! pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
    pg_was_running=0
  fi
fi

BACKEND_PID=""
cleanup() {
  local rc=$?
  if [ -n "$BACKEND_PID" ]; then
    kill "$BACKEND_PID" 2>/dev/null || true
    wait "$BACKEND_PID" 2>/dev/null || true
  fi
  if [ -z "${DATABASE_URL:-}" ] && [ "$pg_was_running" = 0 ]; then
    say "Stopping the project-local PostgreSQL (it was not running before)"
    deploy/local/pg.sh stop || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${DATABASE_URL:-}" ]; then
  say "Recreating database $DB on the project-local PostgreSQL"
  deploy/local/pg.sh recreate "$DB"
fi
db_env "$DB"
# libpq form of the same database for psql and pgbench
if [ -n "${DATABASE_URL:-}" ]; then
  CONN="postgresql://${DB_URL#jdbc:postgresql://}"
  export PGUSER="$DB_USER"
  [ -z "$DB_PASSWORD" ] || export PGPASSWORD="$DB_PASSWORD"
else
  CONN="postgresql://postgres@127.0.0.1:$(cat "$ROOT/.local/pg/port")/$DB"
fi
sql() { psql "$CONN" -X -q -v ON_ERROR_STOP=1 "$@"; }

# --- backend ---------------------------------------------------------------------------------------------
if [ ! -f "$JAR" ]; then
  say "Building the backend (jar missing)"
  (cd backend && mvn -B -q -ntp -DskipTests package)
fi
free_port() { local p; for p in $(shuf -i 40000-49999 -n 50); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; die "no free port"; }
API_PORT="$(free_port)"
BASE="http://127.0.0.1:$API_PORT"
mkdir -p "$WORK/attachments"
# run a copy: a concurrent `mvn package` must not swap classes under the running JVM
cp "$JAR" "$WORK/backend.jar"
say "Starting the backend on port $API_PORT (log: ${WORK#$ROOT/}/backend.log)"
PORT="$API_PORT" DEMO_DATA=true ATTACHMENT_DIR="$WORK/attachments" \
JWT_SECRET="bench-only-secret-$(date +%s%N)-0123456789abcdef0123456789" \
  "$JAVA_HOME/bin/java" -jar "$WORK/backend.jar" > "$WORK/backend.log" 2>&1 &
BACKEND_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$BASE/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$BACKEND_PID" 2>/dev/null || { tail -50 "$WORK/backend.log" >&2; die "backend failed to start"; }
  sleep 1
done
curl -fs "$BASE/health/readiness" >/dev/null || die "backend not ready after 120 s"

# --- data: ~20k extra units for HN ---------------------------------------------------------------------
say "Seeding $EXTRA_UNITS extra units for jurisdiction HN"
sql -v n="$EXTRA_UNITS" <<'SQL'
INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, created_at, updated_at)
SELECT gen_random_uuid(), j.id,
       'BENCH-' || lpad(g.n::text, 6, '0'),
       CASE WHEN g.n % 100 = 0 THEN 'Tổ dân phố Cầu Giấy ' || g.n
            ELSE (ARRAY['Phường Thử ', 'Xã Thử Nghiệm ', 'Thị trấn Mẫu ', 'Phường Đống Đa Mới ', 'Xã Sóc Sơn Thử '])[1 + g.n % 5] || g.n
       END,
       (ARRAY['WARD', 'COMMUNE', 'DISTRICT', 'DEPARTMENT', 'SPECIAL_ZONE', 'OTHER'])[1 + g.n % 6],
       DATE '2025-07-01', now(), now()
FROM jurisdiction j, generate_series(1, :n) AS g(n)
WHERE j.code = 'HN'
ON CONFLICT (jurisdiction_id, code) DO NOTHING;
ANALYZE unit;
ANALYZE app_user;
ANALYZE jurisdiction;
ANALYZE office;
SQL

# ids for the pgbench scripts, bound as parameters (-D) exactly like the backend binds them
read -r USER_ID JUR_ID OFFICE_ID < <(sql -tA -F ' ' -c \
  "SELECT id, jurisdiction_id, coalesce(office_id::text, '') FROM app_user WHERE username = '$USERNAME'")
[ -n "${JUR_ID:-}" ] || die "demo user $USERNAME not found"
UNITS_HN="$(sql -tAc "SELECT count(*) FROM unit WHERE jurisdiction_id = '$JUR_ID'")"

# --- token -----------------------------------------------------------------------------------------------
TOKEN="$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"username\":\"$USERNAME\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" \
  | sed -n 's/.*"accessToken"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')"
[ -n "$TOKEN" ] || die "login failed"
AUTH="Authorization: Bearer $TOKEN"

# --- pgbench scripts (the SQL each endpoint runs) ------------------------------------------------------
cat > "$WORK/me.sql" <<'SQL'
SELECT * FROM app_user WHERE id = :uid;
SELECT * FROM jurisdiction WHERE id = :jid;
SQL
[ -z "$OFFICE_ID" ] || echo 'SELECT * FROM office WHERE id = :oid;' >> "$WORK/me.sql"
cat > "$WORK/units.sql" <<'SQL'
SELECT count(*) FROM unit WHERE jurisdiction_id = :jid;
SELECT * FROM unit WHERE jurisdiction_id = :jid ORDER BY name ASC, id ASC LIMIT 20 OFFSET 0;
SQL
cat > "$WORK/units-q.sql" <<'SQL'
SELECT count(*) FROM unit WHERE jurisdiction_id = :jid AND search_text LIKE '%' || search_normalize(:q) || '%';
SELECT * FROM unit WHERE jurisdiction_id = :jid AND search_text LIKE '%' || search_normalize(:q) || '%' ORDER BY name ASC, id ASC LIMIT 20 OFFSET 0;
SQL

# --- runners ---------------------------------------------------------------------------------------------
to_ms() { # wrk latency like 812.00us / 1.23ms / 1.02s -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

run_wrk() { # name path -> sets RPS P50 P99
  local name="$1" url="$BASE$2" out="$WORK/wrk-$1.txt"
  local code; code="$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$url")"
  [ "$code" = 200 ] || die "$2 answered $code"
  say "$name: warm-up ${WARMUP}s, then wrk -t$THREADS -c$CONNS -d${DURATION}s"
  wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" -H "$AUTH" "$url" > /dev/null
  wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -H "$AUTH" "$url" > "$out"
  if grep -q 'Non-2xx or 3xx responses' "$out"; then cat "$out" >&2; die "$2: non-2xx responses during the run"; fi
  RPS="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
  P50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
  P99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  [ -n "$RPS" ] || { cat "$out" >&2; die "could not parse wrk output"; }
}

run_pgbench() { # name script -> sets TPS
  local name="$1" out="$WORK/pgbench-$1.txt"
  say "$name: pgbench -n -c$CONNS -j$THREADS -T$DURATION -M prepared"
  "$PGBENCH" -n -c"$CONNS" -j"$THREADS" -T"$DURATION" -M prepared \
    -D uid="$USER_ID" -D jid="$JUR_ID" -D oid="${OFFICE_ID:-}" -D "q=cau giay" \
    -f "$WORK/$2" "$CONN" > "$out" 2>&1 || { cat "$out" >&2; die "pgbench failed"; }
  TPS="$(awk '/^tps = .*without initial connection time/ { printf "%.0f", $3 }' "$out")"
  [ -n "$TPS" ] || { cat "$out" >&2; die "could not parse pgbench output"; }
}

ROWS=()
bench() { # label path script statements
  local name; name="$(echo "$1" | tr -c 'a-zA-Z0-9\n' '-' | tr -s '-')"
  run_wrk "$name" "$2"
  run_pgbench "$name" "$3"
  local ratio; ratio="$(awk -v a="$RPS" -v b="$TPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
  ROWS+=("$1|$RPS|$P50|$P99|$TPS ($4 stmts)|$ratio")
}

bench "GET /api/v1/me" "/api/v1/me" me.sql "$(grep -c . "$WORK/me.sql")"
bench "GET /api/v1/units?page=0&size=20&sort=name" "/api/v1/units?page=0&size=20&sort=name" units.sql 2
bench "GET /api/v1/units?q=cau%20giay&size=20" "/api/v1/units?q=cau%20giay&size=20" units-q.sql 2

# --- report ----------------------------------------------------------------------------------------------
cores="$(nproc)"
echo
echo "Liên Thông bench — $(date -u '+%Y-%m-%d %H:%M UTC'), $cores cores, $UNITS_HN units in HN, wrk -t$THREADS -c$CONNS -d${DURATION}s (after ${WARMUP}s warm-up), pgbench -c$CONNS -j$THREADS -T$DURATION -M prepared"
echo "Note: one HTTP request runs 2-3 SQL statements (in a read-only transaction) plus JWT verification, JSON and request logging;"
echo "      the ratio HTTP/pgbench is the cost of the whole stack relative to the bare SQL. Client, backend and PostgreSQL share the machine's $cores cores"
echo "      (CPU already busy when the run started: ${BUSY_BEFORE}%; anything else running on the machine skews both columns)."
echo
{
  echo "endpoint|HTTP req/s|p50 ms|p99 ms|pgbench tps (same SQL)|ratio HTTP/pgbench"
  echo "--------|----------|------|------|----------------------|------------------"
  printf '%s\n' "${ROWS[@]}"
} | column -t -s '|' -o ' | '
echo
echo "Raw outputs: ${WORK#$ROOT/}/{wrk,pgbench}-*.txt; total time $(( $(date +%s) - T0 )) s"
