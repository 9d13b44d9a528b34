#!/usr/bin/env bash
# Local throughput benchmark: three read endpoints through the whole HTTP stack (wrk) next to the same SQL
# run bare against PostgreSQL (pgbench), on its own database `lienthong_bench`.
#
#   deploy/local/bench.sh
#
# Uses the project-local PostgreSQL (pg.sh), or DATABASE_URL when set (then the database is not recreated).
# Uses backend/target/lienthong-backend-0.1.0.jar as it is (builds it only when missing).
# Knobs: BENCH_WARMUP (s, default 5), BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
#        BENCH_UNITS (extra units seeded for HN, default 20000), BENCH_NOTICES (1000000) and BENCH_TASKS_PER_NOTICE (3):
#        conclusions seeded nationally over 34 jurisdictions and ten years (BENCH_NOTICES=0 skips that part).
#        About 3 minutes without conclusions, 10-15 with the national set.
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

# --- conclusions: the national set (34 jurisdictions x 10 years) ---------------------------------------
NOTICES="${BENCH_NOTICES:-1000000}"
PER_NOTICE="${BENCH_TASKS_PER_NOTICE:-3}"
SCAN_NOTE=""
if [ "$NOTICES" -gt 0 ]; then
  say "Seeding $NOTICES notices with $PER_NOTICE tasks each over 34 jurisdictions (takes a few minutes)"
  T_SEED=$(date +%s)
  sql -v notices="$NOTICES" -v per="$PER_NOTICE" <<'SQL'
SET synchronous_commit = off;
INSERT INTO jurisdiction (id, code, name, kind, created_at, updated_at)
SELECT gen_random_uuid(), 'BJ' || lpad(n::text, 2, '0'), 'Tỉnh Thử ' || n, 'PROVINCE', now(), now() FROM generate_series(1, 33) n;
INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at)
SELECT gen_random_uuid(), id, 'VPUBND', 'PEOPLES_COMMITTEE_OFFICE', 'Văn phòng UBND', 'People''s Committee Office', 'VPUBND', now(), now()
FROM jurisdiction WHERE code LIKE 'BJ%';
INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at)
SELECT gen_random_uuid(), o.jurisdiction_id, o.id, 'UBND', 'Ủy ban nhân dân tỉnh', 'Provincial People''s Committee', now(), now()
FROM office o JOIN jurisdiction j ON j.id = o.jurisdiction_id WHERE j.code LIKE 'BJ%';
INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, created_at, updated_at)
SELECT gen_random_uuid(), j.id, 'BU' || lpad(k::text, 3, '0'), 'Sở Thử ' || k, 'DEPARTMENT', DATE '2010-01-01', now(), now()
FROM jurisdiction j, generate_series(1, 40) k WHERE j.code LIKE 'BJ%';
CREATE TEMP TABLE bench_j AS
SELECT row_number() OVER (ORDER BY j.code) - 1 AS idx, j.id, o.id AS office, b.id AS body,
       (SELECT array_agg(u.id ORDER BY u.code) FROM unit u WHERE u.jurisdiction_id = j.id AND u.code NOT LIKE 'BENCH-%') AS units
FROM jurisdiction j JOIN office o ON o.jurisdiction_id = j.id AND o.code = 'VPUBND' JOIN leadership_body b ON b.jurisdiction_id = j.id AND b.code = 'UBND'
WHERE j.code = 'HN' OR j.code LIKE 'BJ%';
INSERT INTO conclusion_document (id, jurisdiction_id, office_id, kind, number, issued_on, issuing_body_id, signer, summary, created_by, created_at, updated_at)
SELECT gen_random_uuid(), j.id, j.office, 'CONCLUDING_NOTICE', 'B' || n || '-TB', current_date - 3650 + (n % 3640), j.body, 'Người ký',
       'Kết luận số ' || n || ' về ' || (ARRAY['giao ban', 'đầu tư công', 'chuyển đổi số', 'y tế', 'giáo dục'])[1 + n % 5],
       (SELECT id FROM app_user WHERE username = 'vpubnd.chuyenvien'), now(), now()
FROM generate_series(1, :notices) n JOIN bench_j j ON j.idx = n % 34;
-- Realistic shape: past deadlines are mostly done (1 % left overdue), future ones mostly open.
INSERT INTO conclusion_task (id, jurisdiction_id, document_id, document_issued_on, position, content, expected_result, lead_unit_id, focal_officer, deadline,
                             original_deadline, following_office_id, state, progress_percent, completed_on, created_at, updated_at)
SELECT gen_random_uuid(), d.jurisdiction_id, d.id, d.issued_on, k, 'Nhiệm vụ ' || k || ' của ' || d.number, 'Kết quả', j.units[1 + abs(hashtext(d.id::text || k)) % cardinality(j.units)],
       'Đầu mối', d.issued_on + 30 + (k * 30), d.issued_on + 30 + (k * 30), d.office_id,
       CASE WHEN d.issued_on + 30 + (k * 30) < current_date THEN (CASE WHEN abs(hashtext(d.id::text || k)) % 100 = 0 THEN 'OPEN' ELSE 'DONE' END)
            ELSE (CASE WHEN abs(hashtext(d.id::text || k)) % 5 = 0 THEN 'DONE' ELSE 'OPEN' END) END,
       50, CASE WHEN abs(hashtext(d.id::text || k)) % 100 = 0 AND d.issued_on + 30 + (k * 30) < current_date THEN NULL
                ELSE least(d.issued_on + 25 + (k * 30) + abs(hashtext(d.id::text)) % 10, current_date) END,
       now(), now()
FROM conclusion_document d JOIN bench_j j ON j.id = d.jurisdiction_id CROSS JOIN generate_series(1, :per) k
WHERE d.number LIKE 'B%-TB';
UPDATE conclusion_task SET completed_on = NULL WHERE state = 'OPEN' AND completed_on IS NOT NULL;
VACUUM ANALYZE conclusion_document;
VACUUM ANALYZE conclusion_task;
SQL
  say "Seeded in $(( $(date +%s) - T_SEED )) s"
  TASKS_TOTAL="$(sql -tAc 'SELECT count(*) FROM conclusion_task')"
  read -r UNIT_ID UNIT_USER_ID < <(sql -tA -F ' ' -c "SELECT unit_id, id FROM app_user WHERE username = 'snv.canbo'")
  read -r UBND_USER_ID UBND_OFFICE_ID < <(sql -tA -F ' ' -c "SELECT id, office_id FROM app_user WHERE username = 'vpubnd.chuyenvien'")
  TODAY="$(TZ=Asia/Ho_Chi_Minh date +%F)"
  YEAR="$(( $(TZ=Asia/Ho_Chi_Minh date +%Y) - 1 ))"
  login_as() { curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" \
    | sed -n 's/.*"accessToken"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p'; }

  VIS="(t.lead_unit_id = :unit OR EXISTS (SELECT 1 FROM conclusion_task_coordinator c WHERE c.task_id = t.id AND c.unit_id = :unit))"
  PAGE_IDS="ARRAY(SELECT id FROM conclusion_task WHERE lead_unit_id = :unit ORDER BY deadline, id LIMIT 20)"
  cat > "$WORK/unit-tasks.sql" <<SQL
SELECT count(*) FROM conclusion_task t WHERE $VIS AND t.lead_unit_id = :unit;
SELECT t.*, d.number AS document_number, d.issued_on AS document_issued_on, d.office_id AS document_office_id, conclusion_task_status(t.state, t.deadline, t.original_deadline, t.completed_on, :today::date) AS status FROM conclusion_task t JOIN conclusion_document d ON d.id = t.document_id WHERE $VIS AND t.lead_unit_id = :unit ORDER BY t.deadline ASC, t.id ASC LIMIT 20 OFFSET 0;
SELECT t.id, u.id, u.code, u.name FROM conclusion_task t JOIN unit u ON u.id = t.lead_unit_id WHERE t.id = ANY($PAGE_IDS) UNION ALL SELECT c.task_id, u.id, u.code, u.name FROM conclusion_task_coordinator c JOIN unit u ON u.id = c.unit_id WHERE c.task_id = ANY($PAGE_IDS);
SELECT task_id, id FROM conclusion_extension_request WHERE task_id = ANY($PAGE_IDS) AND decision = 'PENDING';
SQL
  COUNTS="count(*) FILTER (WHERE status = 'DONE_ON_TIME') AS done_on_time, count(*) FILTER (WHERE status = 'DONE_LATE') AS done_late, count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress, count(*) FILTER (WHERE status = 'EXTENDED') AS extended, count(*) FILTER (WHERE status = 'OVERDUE') AS overdue, count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled"
  cat > "$WORK/statistics.sql" <<SQL
SELECT u.id AS unit_id, u.code, u.name, c.* FROM (SELECT lead_unit_id, $COUNTS FROM (SELECT t.lead_unit_id, conclusion_task_status(t.state, t.deadline, t.original_deadline, t.completed_on, :today::date) AS status FROM conclusion_task t WHERE t.jurisdiction_id = :jid AND t.document_issued_on BETWEEN :from::date AND :to::date) s GROUP BY lead_unit_id) c JOIN unit u ON u.id = c.lead_unit_id;
SQL
  conclusion_bench() { # label path script statements token extra-pgbench-vars...
    local label="$1" path="$2" script="$3" stmts="$4" token="$5"; shift 5
    local name; name="$(echo "$label" | tr -c 'a-zA-Z0-9\n' '-' | tr -s '-')"
    local saved_auth="$AUTH"; AUTH="Authorization: Bearer $token"
    run_wrk "$name" "$path"
    AUTH="$saved_auth"
    say "$name: pgbench -n -c$CONNS -j$THREADS -T$DURATION -M prepared"
    "$PGBENCH" -n -c"$CONNS" -j"$THREADS" -T"$DURATION" -M prepared -D jid="$JUR_ID" -D today="$TODAY" "$@" -f "$WORK/$script" "$CONN" \
      > "$WORK/pgbench-$name.txt" 2>&1 || { cat "$WORK/pgbench-$name.txt" >&2; die "pgbench failed"; }
    TPS="$(awk '/^tps = .*without initial connection time/ { printf "%.0f", $3 }' "$WORK/pgbench-$name.txt")"
    local ratio; ratio="$(awk -v a="$RPS" -v b="$TPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    ROWS+=("$label|$RPS|$P50|$P99|$TPS ($stmts stmts)|$ratio")
  }
  conclusion_bench "GET /api/v1/conclusion-tasks?mine=true (unit)" "/api/v1/conclusion-tasks?mine=true" unit-tasks.sql 4 "$(login_as snv.canbo)" -D unit="$UNIT_ID"
  conclusion_bench "GET /api/v1/conclusion-statistics (HN, $YEAR)" "/api/v1/conclusion-statistics?from=$YEAR-01-01&to=$YEAR-12-31" statistics.sql 1 \
    "$(login_as vpubnd.chuyenvien)" -D from="$YEAR-01-01" -D to="$YEAR-12-31"

  say "Timing the overdue scan over all $TASKS_TOTAL tasks"
  DETECT_MS="$(sql -tA -c '\timing on' -c "SELECT count(*) FROM conclusion_task t LEFT JOIN conclusion_task_reminder r ON r.task_id = t.id WHERE t.state = 'OPEN' AND t.deadline <= current_date + 7 AND (r.last_urged_on IS NULL OR r.last_urged_on < current_date)" \
    | awk '/^Time:/ { printf "%.0f", $2 }')"
  DUE_COUNT="$(sql -tAc "SELECT count(*) FROM conclusion_task t WHERE t.state = 'OPEN' AND t.deadline <= current_date + 7")"
  ADMIN_TOKEN="$(login_as quantri)"
  T_JOB_START=$(date +%s%N)
  curl -fsS -X POST -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/jobs/conclusion.urging/runs" > "$WORK/urging-run.json"
  JOB_MS=$(( ($(date +%s%N) - T_JOB_START) / 1000000 ))
  SCAN_NOTE="Overdue scan over $TASKS_TOTAL tasks: finding the $DUE_COUNT due/overdue open tasks takes ${DETECT_MS} ms in SQL; the whole urging job (mark, remind unit + focal officer in batches, history, letters) took ${JOB_MS} ms: $(sed -n 's/.*"lastMessage":"\([^"]*\)".*/\1/p' "$WORK/urging-run.json")"
fi

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
[ -z "$SCAN_NOTE" ] || echo "$SCAN_NOTE"
echo "Raw outputs: ${WORK#$ROOT/}/{wrk,pgbench}-*.txt; total time $(( $(date +%s) - T0 )) s"
