#!/usr/bin/env bash
# Local throughput benchmark: three read endpoints through the whole HTTP stack (wrk) next to the same SQL
# run bare against PostgreSQL (pgbench), on its own database `lienthong_bench`.
#
#   deploy/local/bench.sh
#
# Uses the project-local PostgreSQL (pg.sh), or DATABASE_URL when set (then the database is not recreated).
# Uses backend/target/lienthong-backend-0.1.0.jar (rebuilt when missing or older than the sources), or the jar BENCH_JAR names.
# Knobs: BENCH_WARMUP (s, default 5), BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
#        BENCH_UNITS (extra units seeded for HN, default 20000), BENCH_NOTICES (1000000) and BENCH_TASKS_PER_NOTICE (3):
#        conclusions seeded nationally over 34 jurisdictions and ten years (BENCH_NOTICES=0 skips that part).
#        BENCH_CAL_ITEMS (5000000): calendar items seeded over 34 jurisdictions and ten years of weekly programmes, for
#        the clash check and the week view (0 skips that part); BENCH_CAL_RATE (200): the fixed rate of the paced runs (clash check, week view).
#        BENCH_MEETINGS (1; 0 skips that part): meetings seeded over 34 jurisdictions x 3 host offices x 10 years,
#        BENCH_MEETINGS_PER_OFFICE_YEAR (1000) each, i.e. 1.02 million, 3 % of them online conferences with 230 bridge points
#        (7 million) and 3 invitees a meeting; measures the month list and the statistics of a year at full load, then paced
#        to BENCH_MEETINGS_RATE (100 req/s) and BENCH_MEETING_STATS_RATE (10 req/s), and BENCH_MEETING_IMPORTS (5) imports of
#        a 2,000-row CSV of bridge points.
#        BENCH_PETITIONS (10000000; 0 skips that part): petitions seeded over 34 jurisdictions x 4 offices x 10 years, with
#        their petitioners (~120-byte ciphertexts, fingerprints), handling documents and the handlers of HN's Party Committee
#        Office specialist; measures his worklist, a diacritics-insensitive search (BENCH_PETITION_Q, default "nam trung yen",
#        a phrase seeded into a few hundred petitions of each office), the e-portal intake (POST /portal/petitions as the
#        demo machine client, a fresh Idempotency-Key per request: deploy/local/bench-petitions.lua) and the statistics of
#        last year, the reads also paced to BENCH_PETITIONS_RATE (20 req/s); the intake runs BENCH_PORTAL_DURATION (60 s)
#        after BENCH_PORTAL_WARMUP (60 s). The backend gets a throw-away PETITION_IDENTITY_KEY.
#        About 3 minutes without conclusions and calendars, 10-15 with the national conclusions set; seeding the 5 million
#        calendar items adds about 6-8 minutes on 2 busy cores (~13,000 items/s measured at 1 million), the meetings about 5,
#        the 10 million petitions about 40 (2,314 s on 2 cores, of which 10 minutes rebuild the indexes; 25 GB with indexes;
#        35 s at BENCH_PETITIONS=300000).
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
JAR="${BENCH_JAR:-$ROOT/backend/target/lienthong-backend-0.1.0.jar}"
WARMUP="${BENCH_WARMUP:-5}"
DURATION="${BENCH_DURATION:-20}"
PORTAL_WARMUP="${BENCH_PORTAL_WARMUP:-60}"
PORTAL_DURATION="${BENCH_PORTAL_DURATION:-60}"
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
if [ -n "${BENCH_JAR:-}" ]; then
  [ -f "$JAR" ] || die "BENCH_JAR=$BENCH_JAR: no such file"
elif [ ! -f "$JAR" ] || [ -n "$(find backend/src backend/pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  # a jar older than the sources would measure other SQL than the code's (and pgbench reads the SQL from the jar)
  say "Building the backend (jar missing or older than the sources)"
  (cd backend && mvn -B -q -ntp -DskipTests package)
fi
free_port() { local p; for p in $(shuf -i 40000-49999 -n 50); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; die "no free port"; }
API_PORT="$(free_port)"
BASE="http://127.0.0.1:$API_PORT"
mkdir -p "$WORK/attachments"
# run a copy: a concurrent `mvn package` must not swap classes under the running JVM
cp "$JAR" "$WORK/backend.jar"
say "Starting the backend on port $API_PORT (log: ${WORK#$ROOT/}/backend.log)"
# a throw-away key for the petitioners' identities (AES-256, base64 of 32 random bytes): the demo petitions and the
# e-portal submissions are sealed with it; the seeded identities are random bytes of a ciphertext's size
PETITION_IDENTITY_KEY="$(head -c 32 /dev/urandom | base64 -w0)"
PETITION_KEY_ID="$(printf '%s' "$PETITION_IDENTITY_KEY" | base64 -d | sha256sum | cut -c1-16)"
PORT="$API_PORT" DEMO_DATA=true ATTACHMENT_DIR="$WORK/attachments" PETITION_IDENTITY_KEY="$PETITION_IDENTITY_KEY" \
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
# The SQL the endpoints run, taken from the constants of the classes in the jar under test (javap prints them as Java
# literals), with the placeholders bound in order: pgbench variables, or NULL for the filters the request leaves out
# (JDBC binds them as NULL parameters).
java_const() { # class field -> that static final String of $WORK/backend.jar, unescaped
  [ -x "$JAVA_HOME/bin/javap" ] || die "javap not found in $JAVA_HOME (a JDK is needed to read the SQL constants of the jar)"
  "$JAVA_HOME/bin/javap" -constants -p -cp "$WORK/backend.jar" "$1" | FIELD="$2" perl -CSD -ne '
    next unless /\bjava\.lang\.String (\w+) = "(.*)";$/ && $1 eq $ENV{FIELD}; my $s = $2;
    $s =~ s/\\(?:u([0-9a-fA-F]{4})|(.))/defined $1 ? chr(hex $1) : ({ n => "\n", t => "\t", r => "\r", b => "\b", f => "\f" }->{$2} \/\/ $2)/ge;
    print $s; $found = 1; END { exit($found ? 0 : 1) }' || die "no String constant $2 in $1 of the jar"
}
bind_params() { # sql < values, one a line -> the SQL with its ? placeholders replaced by the values, in order (exactly as many)
  perl -CSDA -e 'my @v = <STDIN>; chomp @v; my @p = split /\?/, $ARGV[0], -1;
                die "the SQL has " . (@p - 1) . " placeholders, " . @v . " values given: $ARGV[0]\n" if @p != @v + 1;
                my $s = shift @p; $s .= shift(@v) . $_ for @p; print $s' "$1"
}
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

cal_wrk() { # name path body rate -> sets RPS P50 P99 LAST_JSON (empty body: GET; empty rate: as fast as it goes); wrk script deploy/local/bench-calendars.lua
  local name="$1" url="$BASE$2" body="$3" rate="$4" out="$WORK/wrk-$1.txt"
  local -a post=()
  [ -z "$body" ] || post=(-X POST -H 'Content-Type: application/json' -d "$body")
  LAST_JSON="$WORK/$name.json"
  local code; code="$(curl -s -o "$LAST_JSON" -w '%{http_code}' "${post[@]}" -H "$AUTH" "$url")"
  [ "$code" = 200 ] || { cat "$WORK/$name.json" >&2; echo >&2; die "$2 answered $code"; }
  if [ -z "$rate" ]; then
    say "$name: warm-up ${WARMUP}s, then wrk -t$THREADS -c$CONNS -d${DURATION}s"
    BENCH_WRK_BODY="$body" wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" -H "$AUTH" -s deploy/local/bench-calendars.lua "$url" > /dev/null
  else
    say "$name: wrk -t$THREADS -c$CONNS -d${DURATION}s, paced to $rate req/s"
  fi
  BENCH_WRK_BODY="$body" BENCH_WRK_RATE="$rate" BENCH_WRK_THREADS="$THREADS" \
    wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -H "$AUTH" -s deploy/local/bench-calendars.lua "$url" > "$out"
  if grep -q 'Non-2xx or 3xx responses' "$out"; then cat "$out" >&2; die "$2: non-2xx responses during the run"; fi
  RPS="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
  P50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
  P99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
  [ -n "$RPS" ] || { cat "$out" >&2; die "could not parse wrk output"; }
}

met() { awk -v v="$1" -v t="$2" 'BEGIN { print (v < t ? "met" : "NOT met") }'; } # value target -> met / NOT met

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
  ADMIN_TOKEN="$(login_as quantri.quocgia)"  # running a job (it covers every jurisdiction) is national administration
  T_JOB_START=$(date +%s%N)
  curl -fsS -X POST -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/jobs/conclusion.urging/runs" > "$WORK/urging-run.json"
  JOB_MS=$(( ($(date +%s%N) - T_JOB_START) / 1000000 ))
  SCAN_NOTE="Overdue scan over $TASKS_TOTAL tasks: finding the $DUE_COUNT due/overdue open tasks takes ${DETECT_MS} ms in SQL; the whole urging job (mark, remind unit + focal officer in batches, history, letters) took ${JOB_MS} ms: $(sed -n 's/.*"lastMessage":"\([^"]*\)".*/\1/p' "$WORK/urging-run.json")"
fi

# --- the 33 provinces next to HN, for the calendars and meetings sections ----------------------------------
# The conclusions part may have made them with one office and one body; this tops them up to what HN has: 4 offices,
# 10 bodies (each with its calendar, by trigger), 40 departments and 10 leaders. Idempotent: each section calls it.
seed_provinces() {
  sql <<'SQL'
SET synchronous_commit = off;
INSERT INTO jurisdiction (id, code, name, kind, created_at, updated_at)
SELECT gen_random_uuid(), 'BJ' || lpad(n::text, 2, '0'), 'Tỉnh Thử ' || n, 'PROVINCE', now(), now() FROM generate_series(1, 33) n
ON CONFLICT (code) DO NOTHING;
INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at)
SELECT gen_random_uuid(), j.id, o.code, o.kind, o.vi, o.en, o.short, now(), now()
FROM jurisdiction j CROSS JOIN (VALUES
  ('VPTU', 'PARTY_COMMITTEE_OFFICE', 'Văn phòng Tỉnh ủy', 'Party Committee Office', 'VPTU'),
  ('VPDDBQH-HDND', 'NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', 'Office of the National Assembly Delegation and People''s Council', 'VPĐĐBQH&HĐND'),
  ('VPUBND', 'PEOPLES_COMMITTEE_OFFICE', 'Văn phòng UBND', 'People''s Committee Office', 'VPUBND'),
  ('VP-MTTQ', 'FATHERLAND_FRONT_OFFICE', 'Văn phòng Ủy ban MTTQ tỉnh', 'Office of the Fatherland Front Committee', 'VP MTTQ')) o(code, kind, vi, en, short)
WHERE j.code LIKE 'BJ%'
ON CONFLICT DO NOTHING;
INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at)
SELECT gen_random_uuid(), j.id, o.id, b.code, b.vi, b.en, now(), now()
FROM jurisdiction j CROSS JOIN (VALUES
  ('VPTU', 'TTTU', 'Thường trực Tỉnh ủy', 'Standing Board of the Provincial Party Committee'),
  ('VPTU', 'BTVTU', 'Ban Thường vụ Tỉnh ủy', 'Standing Committee of the Provincial Party Committee'),
  ('VPTU', 'BCH-DB', 'Ban Chấp hành Đảng bộ tỉnh', 'Executive Committee of the Provincial Party Organisation'),
  ('VPDDBQH-HDND', 'DDBQH', 'Đoàn đại biểu Quốc hội tỉnh', 'National Assembly Delegation of the province'),
  ('VPDDBQH-HDND', 'TTHDND', 'Thường trực Hội đồng nhân dân tỉnh', 'Standing Board of the Provincial People''s Council'),
  ('VPDDBQH-HDND', 'HDND', 'Hội đồng nhân dân tỉnh', 'Provincial People''s Council'),
  ('VPUBND', 'UBND', 'Ủy ban nhân dân tỉnh', 'Provincial People''s Committee'),
  ('VPUBND', 'CT-UBND', 'Chủ tịch Ủy ban nhân dân tỉnh', 'Chairman of the Provincial People''s Committee'),
  ('VPUBND', 'PCT-UBND', 'Các Phó Chủ tịch Ủy ban nhân dân tỉnh', 'Vice-chairmen of the Provincial People''s Committee'),
  ('VP-MTTQ', 'UBMTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Provincial Committee of the Vietnam Fatherland Front')) b(office, code, vi, en)
JOIN office o ON o.jurisdiction_id = j.id AND o.code = b.office
WHERE j.code LIKE 'BJ%'
ON CONFLICT DO NOTHING;
INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, created_at, updated_at)
SELECT gen_random_uuid(), j.id, 'BU' || lpad(k::text, 3, '0'), 'Sở Thử ' || k, 'DEPARTMENT', DATE '2010-01-01', now(), now()
FROM jurisdiction j, generate_series(1, 40) k WHERE j.code LIKE 'BJ%'
ON CONFLICT (jurisdiction_id, code) DO NOTHING;
-- ten leaders per jurisdiction, each of a body
INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, created_at, updated_at)
SELECT gen_random_uuid(), j.id, b.id,
       (ARRAY['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Đức', 'Huỳnh Thị Giang', 'Phan Văn Hải', 'Vũ Thị Hạnh',
              'Võ Văn Khánh', 'Đặng Thị Lan', 'Bùi Văn Long', 'Đỗ Thị Mai', 'Hồ Văn Nam', 'Ngô Thị Oanh', 'Dương Văn Phúc', 'Lý Thị Quỳnh',
              'Nguyễn Đình Sơn', 'Trần Quang Tuấn', 'Lê Thị Uyên', 'Phạm Minh Vũ'])[1 + (t.k + 3 * j.n) % 20],
       t.vi, t.en, t.k, now(), now()
FROM (SELECT id, row_number() OVER (ORDER BY code) AS n FROM jurisdiction WHERE code = 'HN' OR code LIKE 'BJ%') j
CROSS JOIN (VALUES (1, 'TTTU', 'Bí thư', 'Secretary of the Party Committee'),
                   (2, 'TTTU', 'Phó Bí thư Thường trực', 'Standing Deputy Secretary'),
                   (3, 'CT-UBND', 'Phó Bí thư, Chủ tịch Ủy ban nhân dân', 'Deputy Secretary, Chairman of the People''s Committee'),
                   (4, 'TTHDND', 'Chủ tịch Hội đồng nhân dân', 'Chairman of the People''s Council'),
                   (5, 'PCT-UBND', 'Phó Chủ tịch Thường trực Ủy ban nhân dân', 'Standing Vice-chairman of the People''s Committee'),
                   (6, 'PCT-UBND', 'Phó Chủ tịch Ủy ban nhân dân', 'Vice-chairman of the People''s Committee'),
                   (7, 'PCT-UBND', 'Phó Chủ tịch Ủy ban nhân dân', 'Vice-chairman of the People''s Committee'),
                   (8, 'TTHDND', 'Phó Chủ tịch Hội đồng nhân dân', 'Vice-chairman of the People''s Council'),
                   (9, 'DDBQH', 'Trưởng Đoàn đại biểu Quốc hội', 'Head of the National Assembly Delegation'),
                   (10, 'UBMTTQ', 'Chủ tịch Ủy ban Mặt trận Tổ quốc', 'Chairman of the Fatherland Front Committee')) t(k, body, vi, en)
JOIN leadership_body b ON b.jurisdiction_id = j.id AND b.code = t.body
WHERE t.k > (SELECT count(*) FROM leader l WHERE l.jurisdiction_id = j.id); -- tops up the demo leaders of HN
SQL
}

# --- calendars: weekly programmes of every body, 34 jurisdictions x 10 years ------------------------------
CAL_ITEMS="${BENCH_CAL_ITEMS:-5000000}"
CAL_RATE="${BENCH_CAL_RATE:-200}"
CAL_NOTE=""
if [ "$CAL_ITEMS" -gt 0 ]; then
  # Item n of the set: jurisdiction n % 34, week (n / 34) % 520, and its slot s = n / 17680 within that
  # jurisdiction's week (about 283 items a week at 5 million, ~28 for each of the 10 bodies). A slot is a day (Monday to
  # Friday, now and then Saturday), one of 8 hour blocks in working hours and a rank m in the block; body, leader and venue
  # rotate with m, so items in one block do not share them. Clashes come from the 10 % of items running 2 h into the
  # next block, the items with two leaders or two bodies, and localities (same ward on the same day).
  say "Seeding $CAL_ITEMS calendar items (weekly programmes of 10 bodies in each of 34 jurisdictions, 520 weeks)"
  T_SEED=$(date +%s)
  seed_provinces
  sql -v items="$CAL_ITEMS" -v creator="$USER_ID" <<'SQL'
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';
SET TIME ZONE 'Asia/Ho_Chi_Minh';
CREATE TEMP TABLE cal_j AS
SELECT row_number() OVER (ORDER BY j.code) - 1 AS idx, j.id,
       ARRAY(SELECT c.id FROM calendar c JOIN leadership_body b ON b.id = c.body_id WHERE c.jurisdiction_id = j.id ORDER BY b.code) AS cals,
       ARRAY(SELECT c.office_id FROM calendar c JOIN leadership_body b ON b.id = c.body_id WHERE c.jurisdiction_id = j.id ORDER BY b.code) AS offices,
       ARRAY(SELECT c.body_id FROM calendar c JOIN leadership_body b ON b.id = c.body_id WHERE c.jurisdiction_id = j.id ORDER BY b.code) AS bodies,
       ARRAY(SELECT l.id FROM leader l WHERE l.jurisdiction_id = j.id ORDER BY l.position) AS leaders,
       ARRAY(SELECT u.id FROM unit u WHERE u.jurisdiction_id = j.id AND u.code NOT LIKE 'BENCH-%' AND u.valid_to IS NULL ORDER BY u.code LIMIT 60) AS units
FROM jurisdiction j WHERE j.code = 'HN' OR j.code LIKE 'BJ%';
-- 520 weeks: 510 past ones, the current week and 9 ahead. Past programmes are mostly published; ahead, mostly drafts.
SELECT date_trunc('week', now())::date - 7 * 510 AS w0 \gset
CREATE TEMP TABLE cal_p AS
SELECT gen_random_uuid() AS id, j.idx, j.id AS jid, k - 1 AS cal_idx, j.cals[k] AS calendar_id, j.offices[k] AS office_id, w.w,
       DATE :'w0' + 7 * w.w AS period_start,
       CASE WHEN w.w <= 511 THEN (CASE WHEN h < 92 THEN 'PUBLISHED' WHEN h < 95 THEN 'APPROVED' WHEN h < 97 THEN 'CONSOLIDATED'
                                       WHEN h < 98 THEN 'SUBMITTED' WHEN h < 99 THEN 'RETURNED' ELSE 'DRAFT' END)
            ELSE (ARRAY['DRAFT', 'DRAFT', 'DRAFT', 'DRAFT', 'DRAFT', 'SUBMITTED', 'SUBMITTED', 'RETURNED', 'CONSOLIDATED', 'APPROVED'])[1 + h % 10] END AS status
FROM cal_j j CROSS JOIN LATERAL generate_series(1, cardinality(j.cals)) k CROSS JOIN generate_series(0, 519) w(w)
CROSS JOIN LATERAL (SELECT abs(hashtext(j.cals[k]::text || w.w)) % 100 AS h) hh;
-- The demo meetings placed a few items in weekly programmes of HN already: the items of those weeks go into them.
UPDATE cal_p p SET id = x.id FROM programme x WHERE x.calendar_id = p.calendar_id AND x.period_kind = 'WEEK' AND x.period_start = p.period_start;
INSERT INTO programme (id, jurisdiction_id, calendar_id, office_id, period_kind, period_start, period_end, title, status, deadline,
                       submitted_at, submitted_by, return_comment, consolidated_at, decision_reference, decided_on, approved_at, published_at,
                       created_by, created_at, updated_at)
SELECT p.id, p.jid, p.calendar_id, p.office_id, 'WEEK', p.period_start, p.period_start + 6,
       'Chương trình công tác tuần ' || to_char(p.period_start, 'IW/IYYY'), p.status, p.period_start - 4,
       CASE WHEN p.status <> 'DRAFT' THEN (p.period_start - 5) + time '16:00' END,
       CASE WHEN p.status <> 'DRAFT' THEN :'creator'::uuid END,
       CASE WHEN p.status = 'RETURNED' THEN 'Đề nghị bổ sung thành phần tham dự' END,
       CASE WHEN p.status IN ('CONSOLIDATED', 'APPROVED', 'PUBLISHED') THEN (p.period_start - 4) + time '10:00' END,
       CASE WHEN p.status IN ('APPROVED', 'PUBLISHED') THEN (p.w + 1) || '-LCT/VP' END,
       CASE WHEN p.status IN ('APPROVED', 'PUBLISHED') THEN p.period_start - 3 END,
       CASE WHEN p.status IN ('APPROVED', 'PUBLISHED') THEN (p.period_start - 3) + time '11:00' END,
       CASE WHEN p.status = 'PUBLISHED' THEN (p.period_start - 3) + time '15:00' END,
       :'creator'::uuid, (p.period_start - 10) + time '08:00', (p.period_start - 3) + time '15:00'
FROM cal_p p
WHERE NOT EXISTS (SELECT 1 FROM programme x WHERE x.id = p.id);
CREATE INDEX ON cal_p (idx, w, cal_idx);
ANALYZE cal_p;
-- The items, in one transaction: the secondary indexes are dropped and rebuilt from their own definitions
-- (faster than maintaining the GiST and trigram indexes row by row); a failure rolls everything back.
BEGIN;
CREATE TEMP TABLE cal_ix AS SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = current_schema() AND tablename = 'programme_item' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'programme_item'::regclass);
SELECT format('DROP INDEX %I', indexname) FROM cal_ix \gexec
SELECT ceil(:items / 17680.0)::int AS slots \gset
INSERT INTO programme_item (id, jurisdiction_id, programme_id, calendar_id, period_kind, title, starts_at, ends_at, all_day, venue, locality_unit_id,
                            leader_ids, participant_body_ids, participant_unit_ids, serving_office_id, visibility, notes, cancelled, cancel_reason,
                            created_at, updated_at)
SELECT gen_random_uuid(), j.id, p.id, p.calendar_id, 'WEEK',
       (ARRAY['Giao ban', 'Họp', 'Làm việc với', 'Dự hội nghị', 'Kiểm tra', 'Nghe báo cáo', 'Tiếp công dân', 'Thăm và làm việc tại'])[1 + (g.h / 10) % 8]
         || ' ' || (ARRAY['đầu tư công', 'chuyển đổi số', 'giải phóng mặt bằng', 'y tế', 'giáo dục', 'an sinh xã hội', 'quy hoạch', 'cải cách hành chính',
                          'phòng cháy chữa cháy', 'xây dựng Đảng'])[1 + (g.h / 7) % 10],
       t.starts_at,
       CASE WHEN t.all_day THEN t.day + interval '1 day' ELSE t.starts_at + make_interval(mins => t.minutes) END,
       t.all_day, t.venue,
       CASE WHEN t.venue IS NULL THEN j.units[1 + (g.h / 10000) % cardinality(j.units)] END,
       CASE WHEN t.all_day OR (g.h / 100) % 10 >= 6 THEN '{}'::uuid[]
            WHEN (g.h / 100) % 10 = 0 THEN ARRAY[j.leaders[1 + (g.m + 3 * g.b + g.d) % cardinality(j.leaders)], j.leaders[1 + (g.m + 3 * g.b + g.d + 5) % cardinality(j.leaders)]]
            ELSE ARRAY[j.leaders[1 + (g.m + 3 * g.b + g.d) % cardinality(j.leaders)]] END,
       CASE WHEN (g.h / 100000) % 4 = 0 THEN ARRAY[j.bodies[1 + t.c], j.bodies[1 + (t.c + 1) % cardinality(j.bodies)]] ELSE ARRAY[j.bodies[1 + t.c]] END,
       CASE WHEN (g.h / 100000) % 5 = 1 THEN ARRAY[j.units[1 + (g.h / 1000000) % cardinality(j.units)]] ELSE '{}'::uuid[] END,
       p.office_id, CASE WHEN (g.h / 3) % 10 < 8 THEN 'PUBLIC' ELSE 'INTERNAL' END,
       CASE WHEN (g.h / 11) % 20 = 0 THEN 'Chuẩn bị tài liệu, báo cáo gửi trước 02 ngày' END,
       g.h % 397 = 0, CASE WHEN g.h % 397 = 0 THEN 'Lãnh đạo bận công tác đột xuất' END,
       (p.period_start - 7) + time '09:00', (p.period_start - 7) + time '09:00'
FROM (SELECT w.w, jx.jx, s.s, x.x, (x.x * 2654435761) % 4294967291 AS h,
             CASE WHEN s.s % 53 = 52 THEN 5 ELSE s.s % 5 END AS d, (s.s / 5) % 8 AS b, s.s / 40 AS m
      FROM generate_series(0, 519) w(w) CROSS JOIN generate_series(0, 33) jx(jx) CROSS JOIN generate_series(0, :slots - 1) s(s)
      CROSS JOIN LATERAL (SELECT s.s::bigint * 17680 + w.w * 34 + jx.jx AS x) x
      WHERE x.x < :items) g
JOIN cal_j j ON j.idx = g.jx
CROSS JOIN LATERAL (SELECT (g.m + g.b + g.d) % cardinality(j.cals) AS c) c
JOIN cal_p p ON p.idx = g.jx AND p.w = g.w AND p.cal_idx = c.c
CROSS JOIN LATERAL (SELECT c.c, g.h % 200 = 7 AS all_day, (p.period_start + g.d)::timestamptz AS day,
                           (p.period_start + g.d) + make_interval(mins => (ARRAY[450, 510, 570, 630, 810, 870, 930, 990])[1 + g.b]) AS at_time,
                           CASE WHEN g.h % 100 < 10 THEN 120 WHEN g.h % 100 < 20 THEN 90 WHEN g.h % 100 < 25 THEN 30 ELSE 60 END AS minutes,
                           CASE WHEN (g.h / 1000) % 10 < 7 THEN (ARRAY['Hội trường A', 'Hội trường B', 'Phòng họp số 1', 'Phòng họp số 2', 'Phòng họp số 3',
                                                                        'Phòng họp trực tuyến', 'Nhà khách', 'Trung tâm Hội nghị'])[1 + (g.m + g.b + 2 * g.d) % 8] END AS venue) t0
CROSS JOIN LATERAL (SELECT t0.*, CASE WHEN t0.all_day THEN t0.day ELSE t0.at_time::timestamptz END AS starts_at) t;
SELECT indexdef FROM cal_ix \gexec
COMMIT;
VACUUM ANALYZE programme;
VACUUM ANALYZE programme_item;
ANALYZE leader;
ANALYZE calendar;
ANALYZE leadership_body;
ANALYZE office;
ANALYZE unit;
SQL
  CAL_SEED_S=$(( $(date +%s) - T_SEED ))
  CAL_TOTAL="$(sql -tAc 'SELECT count(*) FROM programme_item')"
  say "Seeded $CAL_TOTAL items in $CAL_SEED_S s"

  # the week to view (Monday to Sunday, Vietnam) and the new item to check: Wednesday 09:00-10:00, chaired by the first
  # leader of HN, with the Standing Board as participant, in "Hội trường A"
  read -r CAL_MON CAL_WED CAL_THU CAL_NEXT_MON < <(sql -tA -F ' ' -c \
    "SELECT d, d + 2, d + 3, d + 7 FROM (SELECT date_trunc('week', now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d) x")
  CAL_SUN="$(date -d "$CAL_MON + 6 days" +%F)"
  read -r CAL_LEADER CAL_BODY < <(sql -tA -F ' ' -c "SELECT (SELECT id FROM leader WHERE jurisdiction_id = '$JUR_ID' ORDER BY position LIMIT 1),
    (SELECT id FROM leadership_body WHERE jurisdiction_id = '$JUR_ID' AND code = 'TTTU')")
  [ -n "${CAL_BODY:-}" ] || die "no leader or body TTTU in HN"
  CAL_VENUE="Hội trường A"
  CLASH_BODY="{\"periodKind\":\"WEEK\",\"startsAt\":\"${CAL_WED}T09:00:00+07:00\",\"endsAt\":\"${CAL_WED}T10:00:00+07:00\",\"allDay\":false,\"venue\":\"$CAL_VENUE\",\"localityUnitId\":null,\"leaderIds\":[\"$CAL_LEADER\"],\"participantBodyIds\":[\"$CAL_BODY\"],\"participantUnitIds\":[],\"excludeItemId\":null}"
  # psql-style (:'var', literal values) for the sanity counts; pgbench gets the same text with :var (bound parameters)
  CAL_VARS=(jid="$JUR_ID" oid="${OFFICE_ID:-00000000-0000-0000-0000-000000000000}" kind=WEEK excl=00000000-0000-0000-0000-000000000000
            wfrom="${CAL_WED}T00:00:00+07:00" wto="${CAL_THU}T00:00:00+07:00" "leaders={$CAL_LEADER}" "venue=$CAL_VENUE" "bodies={$CAL_BODY}" "units={}"
            vfrom="${CAL_MON}T00:00:00+07:00" vto="${CAL_NEXT_MON}T00:00:00+07:00"
            wfloor="$(date -d "$CAL_WED - 92 days" +%F)T00:00:00+07:00" vfloor="$(date -d "$CAL_MON - 92 days" +%F)T00:00:00+07:00")
  # Clashes.CHECK_SQL; the locality is null in this check, bound as a typed NULL
  CLASH_SQL="SELECT venue_normalize(:'venue') AS wanted_venue_key, i.id, i.title, i.starts_at, i.ends_at, i.leader_ids, i.venue, i.venue_key, i.participant_body_ids, i.participant_unit_ids, i.locality_unit_id, i.period_kind, p.status, p.office_id, b.name_vi AS body_name, i.programme_id, p.title AS programme_title, p.period_start, programme_item_lineage(i.details_item_id) AS details_lineage FROM programme_item i JOIN programme p ON p.id = i.programme_id JOIN calendar c ON c.id = i.calendar_id JOIN leadership_body b ON b.id = c.body_id WHERE i.jurisdiction_id = :'jid' AND i.starts_at < :'wto' AND i.ends_at > :'wfrom' AND i.starts_at > :'wfloor' AND NOT i.cancelled AND i.id <> :'excl' AND (i.leader_ids && :'leaders' OR i.venue_key = venue_normalize(:'venue') OR i.participant_body_ids && :'bodies' OR i.participant_unit_ids && :'units' OR i.locality_unit_id = CAST(NULL AS uuid))"
  # CalendarItems.view() through SqlPages.page(): the count, then the page (COLUMNS, FROM, default sort startsAt)
  CAL_WHERE="i.jurisdiction_id = :'jid' AND (p.office_id = :'oid' OR p.status IN ('SUBMITTED', 'CONSOLIDATED', 'APPROVED', 'PUBLISHED')) AND i.starts_at < :'vto' AND i.ends_at > :'vfrom' AND i.starts_at > :'vfloor'"
  WEEK_COUNT_SQL="SELECT count(*) FROM programme_item i JOIN programme p ON p.id = i.programme_id WHERE $CAL_WHERE"
  WEEK_PAGE_SQL="SELECT i.*, c.body_id, c.color, p.status AS programme_status, p.office_id AS owner_office_id, programme_item_lineage(i.details_item_id) AS details_lineage FROM programme_item i JOIN programme p ON p.id = i.programme_id JOIN calendar c ON c.id = i.calendar_id WHERE $CAL_WHERE ORDER BY i.starts_at ASC, i.id ASC LIMIT 100 OFFSET 0"
  # CalendarItems.names(): one look-up of the names the page refers to, with the ids of that page
  WEEK_NAMES_SQL="SELECT 'L', id, full_name, title_vi, position FROM leader WHERE id = ANY (:'nleaders') UNION ALL SELECT 'N', id, name_vi, NULL, NULL FROM leadership_body WHERE id = ANY (:'nbodies') UNION ALL SELECT 'N', id, name, NULL, NULL FROM unit WHERE id = ANY (:'nunits') UNION ALL SELECT 'N', id, name_vi, NULL, NULL FROM office WHERE id = ANY (:'noffices')"
  to_pgbench() { sed "s/:'\([a-z]*\)'/:\1/g"; }
  echo "$CLASH_SQL;" | to_pgbench > "$WORK/clash-check.sql"
  cal_psql() { local -a v=(); local a; for a in "${CAL_VARS[@]}"; do v+=(-v "$a"); done; sql -tA "${v[@]}" "$@"; }
  read -r NLEADERS NBODIES NUNITS NOFFICES < <(echo "WITH pg AS ($WEEK_PAGE_SQL) SELECT
      (SELECT coalesce(array_agg(DISTINCT v), '{}') FROM pg, unnest(pg.leader_ids) v),
      (SELECT coalesce(array_agg(DISTINCT v), '{}') FROM (SELECT unnest(participant_body_ids) v FROM pg UNION SELECT body_id FROM pg) x),
      (SELECT coalesce(array_agg(DISTINCT v), '{}') FROM (SELECT unnest(participant_unit_ids) v FROM pg UNION SELECT locality_unit_id FROM pg WHERE locality_unit_id IS NOT NULL) x),
      (SELECT coalesce(array_agg(DISTINCT serving_office_id), '{}') FROM pg);" | cal_psql -F ' ')
  CAL_VARS+=("nleaders=$NLEADERS" "nbodies=$NBODIES" "nunits=$NUNITS" "noffices=$NOFFICES")
  printf '%s;\n%s;\n%s;\n' "$WEEK_COUNT_SQL" "$WEEK_PAGE_SQL" "$WEEK_NAMES_SQL" | to_pgbench > "$WORK/week-view.sql"
  CLASH_ROWS="$(echo "SELECT count(*) FROM ($CLASH_SQL) x;" | cal_psql)"
  WEEK_ROWS="$(echo "$WEEK_COUNT_SQL;" | cal_psql)"
  WEEK_PAGE_ROWS="$(echo "SELECT count(*) FROM ($WEEK_PAGE_SQL) x;" | cal_psql)"

  cal_bench() { # label path body script statements
    local name; name="$(echo "$1" | tr -c 'a-zA-Z0-9\n' '-' | tr -s '-')"
    cal_wrk "$name" "$2" "$3" ""
    say "$name: pgbench -n -c$CONNS -j$THREADS -T$DURATION -M prepared"
    local -a d=(); local a; for a in "${CAL_VARS[@]}"; do d+=(-D "$a"); done
    "$PGBENCH" -n -c"$CONNS" -j"$THREADS" -T"$DURATION" -M prepared "${d[@]}" -f "$WORK/$4" "$CONN" > "$WORK/pgbench-$name.txt" 2>&1 \
      || { cat "$WORK/pgbench-$name.txt" >&2; die "pgbench failed"; }
    TPS="$(awk '/^tps = .*without initial connection time/ { printf "%.0f", $3 }' "$WORK/pgbench-$name.txt")"
    [ -n "$TPS" ] || { cat "$WORK/pgbench-$name.txt" >&2; die "could not parse pgbench output"; }
    local ratio; ratio="$(awk -v a="$RPS" -v b="$TPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    ROWS+=("$1|$RPS|$P50|$P99|$TPS ($5 stmts)|$ratio")
  }
  # as vptu.chuyenvien (TOKEN)
  cal_bench "POST /api/v1/clash-checks (HN, 1 item, $CAL_WED)" "/api/v1/clash-checks" "$CLASH_BODY" clash-check.sql 1
  CLASH_P99="$P99"
  CLASH_FOUND="$({ grep -o '"kind":"[A-Z]*"' "$LAST_JSON" || true; } | sort | uniq -c | awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2 }' | sed 's/"kind"://g; s/"//g')"
  cal_wrk "clash-check-paced" "/api/v1/clash-checks" "$CLASH_BODY" "$CAL_RATE"
  ROWS+=("  same, paced to $CAL_RATE req/s|$RPS|$P50|$P99|-|-")
  CLASH_PACED_RPS="$RPS" CLASH_PACED_P99="$P99"
  WEEK_PATH="/api/v1/calendar-items?from=$CAL_MON&to=$CAL_SUN&size=100"
  cal_bench "GET /api/v1/calendar-items (HN, week of $CAL_MON, size=100)" "$WEEK_PATH" "" week-view.sql 3
  WEEK_TOTAL="$(sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p' "$LAST_JSON")"
  cal_wrk "week-view-paced" "$WEEK_PATH" "" "$CAL_RATE"
  ROWS+=("  same, paced to $CAL_RATE req/s|$RPS|$P50|$P99|-|-")
  WEEK_RATE_OK="$(awk -v a="$RPS" -v r="$CAL_RATE" 'BEGIN { print (a >= 0.98 * r ? "reached" : "NOT reached") }')"
  CAL_NOTE="Calendars: $CAL_TOTAL items (34 jurisdictions x 520 weeks) seeded in ${CAL_SEED_S} s ($(awk -v n="$CAL_ITEMS" -v s="$CAL_SEED_S" 'BEGIN { printf "%.0f", (s > 0 ? n / s : n) }') items/s).
  Clash check ($CAL_WED 09:00-10:00, 1 leader, 1 body, \"$CAL_VENUE\"): the SQL returns $CLASH_ROWS candidate items of that day, the endpoint reports ${CLASH_FOUND:-no} clashes
    (besides CHECK_SQL it runs, when it finds clashes, 2 look-ups of names and acceptances).
    Target p99 < 20 ms: at full load ($CONNS connections) p99 ${CLASH_P99} ms, $(met "$CLASH_P99" 20); paced to $CAL_RATE req/s (achieved $CLASH_PACED_RPS) p99 ${CLASH_PACED_P99} ms, $(met "$CLASH_PACED_P99" 20).
  Week view $CAL_MON..$CAL_SUN: $WEEK_ROWS items visible to $USERNAME (endpoint totalItems $WEEK_TOTAL), page of $WEEK_PAGE_ROWS.
    At $CAL_RATE req/s (wrk paced by deploy/local/bench-calendars.lua, $CONNS connections): $WEEK_RATE_OK, achieved $RPS req/s; p99 $P99 ms: target p99 < 50 ms $(met "$P99" 50)."
fi

# --- meetings: 1,000 meetings per host office and year, 34 jurisdictions x 10 years ------------------------------
MEETINGS="${BENCH_MEETINGS:-1}"
MTG_PER="${BENCH_MEETINGS_PER_OFFICE_YEAR:-1000}"
MTG_IMPORTS="${BENCH_MEETING_IMPORTS:-5}"
MTG_RATE="${BENCH_MEETINGS_RATE:-100}"
MTG_STATS_RATE="${BENCH_MEETING_STATS_RATE:-10}"
MTG_NOTE=""
if [ "$MEETINGS" != 0 ] && [ "$MTG_PER" -gt 0 ]; then
  # Meeting n of the set: jurisdiction n % 34 (HN among them), host office (n / 34) % 3 (the Party Committee Office, the
  # office of the NA delegation and People's Council, the People's Committee Office) and its r = n / 102-th meeting of ten
  # years: working day r * 2610 / (10 * per) of the 522 weeks from the week of 1 January nine years ago, at 08:00,
  # 09:30, 14:00 or 15:30; kind, body, leader, venue and supporting office rotate with a hash of n. 3 % are online or
  # hybrid conferences with 230 bridge points each; past meetings are mostly closed (held the last two weeks), 2 %
  # cancelled, 1 % postponed. Every meeting but the planned ones invites a body, a unit and a person; the meetings held
  # have their attendance taken (9 in 10 present).
  [ "$MTG_IMPORTS" -ge 1 ] || die "BENCH_MEETING_IMPORTS must be 1 or more"
  MTG_TOTAL_WANTED=$(( 34 * 3 * 10 * MTG_PER ))
  say "Seeding $MTG_TOTAL_WANTED meetings (34 jurisdictions x 3 host offices x 10 years x $MTG_PER), 230 bridge points per online conference"
  T_SEED=$(date +%s)
  seed_provinces
  sql -v per="$MTG_PER" -v creator="$USER_ID" > "$WORK/meetings-seed.txt" <<'SQL'
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';
SET TIME ZONE 'Asia/Ho_Chi_Minh';
-- The three host offices of each jurisdiction (ox orders them VPDDBQH-HDND, VPTU, VPUBND) with their bodies, the kinds
-- they hold, the other offices (supporters), bodies (guests), leaders and up to 230 units (bridge points, invitees).
CREATE TEMP TABLE mtg_o AS
SELECT j.idx AS jx, row_number() OVER (PARTITION BY j.id ORDER BY o.code) - 1 AS ox, j.id AS jid, o.id AS office,
       ARRAY(SELECT b.id FROM leadership_body b WHERE b.office_id = o.id ORDER BY b.code) AS bodies,
       ARRAY(SELECT k.id FROM meeting_kind k WHERE k.jurisdiction_id IS NULL AND k.code = ANY (CASE o.code
               WHEN 'VPTU' THEN ARRAY['STANDING_BOARD', 'STANDING_COMMITTEE', 'EXECUTIVE_COMMITTEE_PLENUM', 'QUARTERLY_JOINT_BRIEFING', 'THEMATIC_CONFERENCE']
               WHEN 'VPUBND' THEN ARRAY['PEOPLES_COMMITTEE_SESSION', 'CHAIRMAN_MEETING', 'VICE_CHAIRMAN_MEETING', 'THEMATIC_CONFERENCE']
               ELSE ARRAY['PEOPLES_COUNCIL_SESSION', 'THEMATIC_CONFERENCE'] END) ORDER BY k.position) AS kinds,
       ARRAY(SELECT x.id FROM office x WHERE x.jurisdiction_id = j.id AND x.id <> o.id ORDER BY x.code) AS others,
       ARRAY(SELECT b.id FROM leadership_body b WHERE b.jurisdiction_id = j.id AND b.office_id <> o.id ORDER BY b.code) AS guests,
       ARRAY(SELECT l.id FROM leader l WHERE l.jurisdiction_id = j.id AND l.active ORDER BY l.position) AS leaders,
       ARRAY(SELECT u.id FROM unit u WHERE u.jurisdiction_id = j.id AND u.valid_to IS NULL ORDER BY u.code LIMIT 230) AS units
FROM (SELECT row_number() OVER (ORDER BY code) - 1 AS idx, id FROM jurisdiction WHERE code = 'HN' OR code LIKE 'BJ%') j
JOIN office o ON o.jurisdiction_id = j.id AND o.code IN ('VPTU', 'VPDDBQH-HDND', 'VPUBND');
DO $$ BEGIN
  IF (SELECT count(*) FROM mtg_o WHERE cardinality(bodies) * cardinality(kinds) * cardinality(others) * cardinality(guests) * cardinality(units) > 0) <> 102 THEN
    RAISE EXCEPTION 'expected 34 jurisdictions (HN, BJ01..BJ33), each with its 3 host offices, their bodies, other offices and units';
  END IF;
END $$;
CREATE INDEX ON mtg_o (jx, ox);
ANALYZE mtg_o;
SELECT date_trunc('week', make_date(extract(year FROM now())::int - 9, 1, 1))::date AS d0, 10 * :per AS span \gset
-- In one transaction: the secondary indexes of the three tables are dropped and rebuilt from their own definitions
-- (faster than maintaining them row by row); a failure rolls everything back.
BEGIN;
CREATE TEMP TABLE mtg_ix AS SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = current_schema() AND tablename IN ('meeting', 'meeting_bridge_point', 'meeting_invitee')
  AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid IN ('meeting'::regclass, 'meeting_bridge_point'::regclass, 'meeting_invitee'::regclass));
CREATE TEMP TABLE mtg_demo AS SELECT id FROM meeting; -- the demo meetings keep their own bridge points and invitees
SELECT format('DROP INDEX %I', indexname) FROM mtg_ix \gexec
-- the triggers that keep each meeting's totals run once per statement; here the totals are computed once, set-based, below
ALTER TABLE meeting_bridge_point DISABLE TRIGGER USER;
ALTER TABLE meeting_invitee DISABLE TRIGGER USER;
SELECT clock_timestamp() AS t0 \gset
INSERT INTO meeting (id, jurisdiction_id, kind_id, title, starts_at, ends_at, venue, format, body_id, leader_ids, host_office_id, supporting_office_ids,
                     confidentiality, status, status_reason, description, created_by, created_at, updated_at)
SELECT gen_random_uuid(), o.jid, o.kinds[1 + (g.h / 7) % cardinality(o.kinds)],
       (ARRAY['Hội nghị', 'Cuộc họp', 'Phiên họp', 'Hội nghị trực tuyến', 'Làm việc'])[1 + (g.h / 13) % 5] || ' '
         || (ARRAY['về đầu tư công', 'về chuyển đổi số', 'về giải phóng mặt bằng', 'về y tế', 'về giáo dục', 'về an sinh xã hội', 'về quy hoạch',
                   'về cải cách hành chính', 'sơ kết quý', 'tổng kết năm', 'cho ý kiến dự thảo nghị quyết', 'quán triệt nghị quyết'])[1 + (g.h / 17) % 12],
       t.starts_at, t.starts_at + make_interval(mins => (ARRAY[90, 120, 150, 180])[1 + (g.h / 19) % 4]),
       (ARRAY['Hội trường A', 'Hội trường B', 'Phòng họp số 1', 'Phòng họp số 2', 'Phòng họp số 3', 'Trung tâm Hội nghị'])[1 + (g.h / 23) % 6],
       t.format, o.bodies[1 + (g.h / 29) % cardinality(o.bodies)],
       CASE WHEN cardinality(o.leaders) > 0 AND (g.h / 31) % 10 < 7 THEN ARRAY[o.leaders[1 + (g.h / 37) % cardinality(o.leaders)]] ELSE '{}' END,
       o.office, CASE WHEN (g.h / 41) % 10 < 3 THEN ARRAY[o.others[1 + (g.h / 43) % cardinality(o.others)]] ELSE '{}' END,
       CASE WHEN (g.h / 47) % 10 < 6 THEN 'INTERNAL' ELSE 'PUBLIC' END, s.status,
       CASE s.status WHEN 'CANCELLED' THEN 'Lãnh đạo bận công tác đột xuất' WHEN 'POSTPONED' THEN 'Chưa đủ tài liệu trình hội nghị' END,
       CASE WHEN (g.h / 53) % 5 = 0 THEN 'Chuẩn bị báo cáo, tài liệu gửi trước 03 ngày' END,
       :'creator'::uuid, t.starts_at - interval '14 days', least(t.starts_at + interval '1 day', now())
FROM (SELECT n, n % 34 AS jx, (n / 34) % 3 AS ox, n / 102 AS r, (n * 2654435761) % 4294967291 AS h
      FROM generate_series(0::bigint, 34 * 3 * :span - 1) n) g
JOIN mtg_o o ON o.jx = g.jx AND o.ox = g.ox
CROSS JOIN LATERAL (SELECT (g.r * 2610) / :span AS w) d
CROSS JOIN LATERAL (SELECT (DATE :'d0' + 7 * (d.w / 5)::int + (d.w % 5)::int + make_interval(mins => (ARRAY[480, 570, 840, 930])[1 + g.r % 4]))::timestamptz AS starts_at,
                           CASE WHEN g.h % 100 < 3 THEN (CASE WHEN (g.h / 100) % 2 = 0 THEN 'ONLINE' ELSE 'HYBRID' END) ELSE 'IN_PERSON' END AS format) t
CROSS JOIN LATERAL (SELECT CASE WHEN t.starts_at < now()
                                THEN (CASE WHEN (g.h / 1000) % 100 < 2 THEN 'CANCELLED' WHEN (g.h / 1000) % 100 < 3 THEN 'POSTPONED'
                                           WHEN t.starts_at > now() - interval '14 days' THEN 'HELD' ELSE 'CLOSED' END)
                                ELSE (CASE WHEN (g.h / 1000) % 100 < 2 THEN 'CANCELLED' WHEN (g.h / 1000) % 100 < 5 THEN 'POSTPONED'
                                           WHEN (g.h / 1000) % 100 < 50 THEN 'INVITED' ELSE 'PLANNED' END) END AS status) s;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_meetings, clock_timestamp() AS t0 \gset
INSERT INTO meeting_bridge_point (id, meeting_id, position, name, unit_id, address, contact_name, contact_phone, expected_delegates, actual_delegates)
SELECT gen_random_uuid(), m.id, k, 'Điểm cầu số ' || k, o.units[k], 'Hội trường điểm cầu số ' || k, 'Cán bộ CNTT', '0243 825 ' || lpad(k::text, 4, '0'),
       20 + (k * 7) % 60, CASE WHEN m.status IN ('HELD', 'CLOSED') THEN 20 + (k * 7) % 60 - k % 5 END
FROM meeting m JOIN mtg_o o ON o.office = m.host_office_id CROSS JOIN generate_series(1, 230) k
WHERE m.format <> 'IN_PERSON' AND m.id NOT IN (SELECT id FROM mtg_demo);
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_points, clock_timestamp() AS t0 \gset
INSERT INTO meeting_invitee (id, meeting_id, kind, person_name, person_title, body_id, unit_id, reply, reply_reason, replied_at, replied_by_name, attended, created_at)
SELECT gen_random_uuid(), m.id, v.kind, v.person_name, v.person_title, v.body_id, v.unit_id, r.reply,
       CASE WHEN r.reply = 'ABSENT' THEN 'Bận công tác' END, CASE WHEN r.reply <> 'PENDING' THEN m.created_at + interval '2 days' END,
       CASE WHEN r.reply <> 'PENDING' THEN 'Văn thư' END,
       CASE WHEN m.status IN ('HELD', 'CLOSED') THEN r.reply = 'ATTEND' AND (m.h + v.k) % 10 <> 0 END, m.created_at
FROM (SELECT m.id, m.host_office_id, m.status, m.created_at, abs(hashtext(m.id::text)) AS h FROM meeting m
      WHERE m.status <> 'PLANNED' AND m.id NOT IN (SELECT id FROM mtg_demo)) m
JOIN mtg_o o ON o.office = m.host_office_id
CROSS JOIN LATERAL (VALUES
  (1, 'BODY', NULL, NULL, o.guests[1 + m.h % cardinality(o.guests)], NULL::uuid),
  (2, 'UNIT', NULL, NULL, NULL, o.units[1 + m.h % least(cardinality(o.units), 40)]),
  (3, 'PERSON', 'Nguyễn Văn ' || (ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Khánh', 'Long', 'Minh'])[1 + m.h % 8], 'Chuyên viên', NULL, NULL)
) v(k, kind, person_name, person_title, body_id, unit_id)
CROSS JOIN LATERAL (SELECT CASE WHEN m.status = 'CANCELLED' THEN 'PENDING' WHEN (m.h / 7 + v.k) % 20 = 0 THEN 'ABSENT' ELSE 'ATTEND' END AS reply) r;
UPDATE meeting m SET bridge_points = p.n, expected_delegates = p.e, actual_delegates = p.a
FROM (SELECT meeting_id, count(*) AS n, sum(expected_delegates) AS e, coalesce(sum(actual_delegates), 0) AS a FROM meeting_bridge_point GROUP BY meeting_id) p
WHERE p.meeting_id = m.id;
UPDATE meeting m SET invitees = v.n, attended = v.a, attendance_taken = v.t
FROM (SELECT meeting_id, count(*) AS n, count(*) FILTER (WHERE attended) AS a, bool_or(attended IS NOT NULL) AS t FROM meeting_invitee GROUP BY meeting_id) v
WHERE v.meeting_id = m.id;
ALTER TABLE meeting_bridge_point ENABLE TRIGGER USER;
ALTER TABLE meeting_invitee ENABLE TRIGGER USER;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_invitees, clock_timestamp() AS t0 \gset
SELECT indexdef FROM mtg_ix \gexec
COMMIT;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_indexes, clock_timestamp() AS t0 \gset
VACUUM ANALYZE meeting;
VACUUM ANALYZE meeting_bridge_point;
VACUUM ANALYZE meeting_invitee;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_vacuum \gset
\echo mtg_seconds :s_meetings :s_points :s_invitees :s_indexes :s_vacuum
SQL
  MTG_SEED_S=$(( $(date +%s) - T_SEED ))
  read -r _ MTG_S_MEETINGS MTG_S_POINTS MTG_S_INVITEES MTG_S_INDEXES MTG_S_VACUUM < <(grep '^mtg_seconds ' "$WORK/meetings-seed.txt")
  read -r MTG_TOTAL MTG_POINTS MTG_INVITEES < <(sql -tA -F ' ' -c "SELECT (SELECT count(*) FROM meeting), (SELECT count(*) FROM meeting_bridge_point), (SELECT count(*) FROM meeting_invitee)")
  say "Seeded $MTG_TOTAL meetings, $MTG_POINTS bridge points and $MTG_INVITEES invitees in $MTG_SEED_S s"

  # The SQL the endpoints run, from the constants of the jar (java_const), placeholders bound in order (bind_params).
  MTG_COLUMNS="$(java_const vn.lienthong.meeting.Meetings COLUMNS)"
  MTG_FROM="$(java_const vn.lienthong.meeting.Meetings FROM)"
  MTG_COUNT_FROM="$(java_const vn.lienthong.meeting.Meetings COUNT_FROM)"
  # Meetings.list() through SqlPages.page() for office staff (MeetingAccess.visible is TRUE): the count, then the page
  # (default sort startsAt, tie-breaker m.id); from/to are Vietnamese days of the start, to included.
  MTG_MONTH="$(TZ=Asia/Ho_Chi_Minh date +%Y-%m)"
  YEAR="$(( $(TZ=Asia/Ho_Chi_Minh date +%Y) - 1 ))"
  MTG_MONTH_END="$(date -d "$MTG_MONTH-01 + 1 month - 1 day" +%F)"
  MTG_NEXT_MONTH="$(date -d "$MTG_MONTH-01 + 1 month" +%F)"
  MTG_WHERE="m.jurisdiction_id = ? AND TRUE AND m.starts_at >= ? AND m.starts_at < ?"
  MTG_COUNT_SQL="$(printf '%s\n' :jid :mfrom :mto | bind_params "SELECT count(*) FROM $MTG_COUNT_FROM WHERE $MTG_WHERE")"
  MTG_PAGE_SQL="$(printf '%s\n' :jid :mfrom :mto :size :offset \
    | bind_params "SELECT $MTG_COLUMNS FROM $MTG_FROM WHERE $MTG_WHERE ORDER BY m.starts_at ASC, m.id ASC LIMIT ? OFFSET ?")"
  printf '%s;\n%s;\n' "$MTG_COUNT_SQL" "$MTG_PAGE_SQL" > "$WORK/meetings-month.sql"
  # MeetingStatistics.compute(): BREAKDOWN_SQL, then TOTALS_SQL, with the parameters of PERIOD: jurisdiction, from, to,
  # then kind, body and office, not filtered here
  MTG_PERIOD=(:jid :sfrom :sto NULL NULL NULL NULL NULL NULL NULL)
  MTG_BREAKDOWN_SQL="$(java_const vn.lienthong.meeting.MeetingStatistics BREAKDOWN_SQL)"
  MTG_BREAKDOWN_SQL="$(printf '%s\n' "${MTG_PERIOD[@]}" | bind_params "$MTG_BREAKDOWN_SQL")"
  MTG_TOTALS_SQL="$(java_const vn.lienthong.meeting.MeetingStatistics TOTALS_SQL)"
  MTG_TOTALS_SQL="$(printf '%s\n' "${MTG_PERIOD[@]}" | bind_params "$MTG_TOTALS_SQL")"
  printf '%s;\n%s;\n' "$MTG_BREAKDOWN_SQL" "$MTG_TOTALS_SQL" > "$WORK/meetings-statistics.sql"
  MTG_VARS=(jid="$JUR_ID" mfrom="${MTG_MONTH}-01T00:00:00+07:00" mto="${MTG_NEXT_MONTH}T00:00:00+07:00" size=20 offset=0
            sfrom="${YEAR}-01-01T00:00:00+07:00" sto="$(( YEAR + 1 ))-01-01T00:00:00+07:00")
  # the same statements through psql (sanity counts, EXPLAIN): pgbench's :var becomes psql's :'var'
  mtg_psql() {
    local -a v=(); local a s=""
    for a in "${MTG_VARS[@]}"; do v+=(-v "$a"); s+="s/:${a%%=*}\\b/:'${a%%=*}'/g;"; done
    sed "$s" | sql -tA -F ' ' "${v[@]}"
  }
  MTG_MONTH_ROWS="$(echo "$MTG_COUNT_SQL;" | mtg_psql)"
  MTG_FIRST_SQL="$(echo "SELECT id FROM ($MTG_PAGE_SQL) p LIMIT 1;" | mtg_psql)"
  mtg_bench() { # label path script statements rate -> a row at full load, then one paced to that rate
    local name; name="$(echo "$1" | tr -c 'a-zA-Z0-9\n' '-' | tr -s '-')"
    cal_wrk "$name" "$2" "" ""
    say "$name: pgbench -n -c$CONNS -j$THREADS -T$DURATION -M prepared"
    local -a d=(); local a; for a in "${MTG_VARS[@]}"; do d+=(-D "$a"); done
    "$PGBENCH" -n -c"$CONNS" -j"$THREADS" -T"$DURATION" -M prepared "${d[@]}" -f "$WORK/$3" "$CONN" > "$WORK/pgbench-$name.txt" 2>&1 \
      || { cat "$WORK/pgbench-$name.txt" >&2; die "pgbench failed"; }
    TPS="$(awk '/^tps = .*without initial connection time/ { printf "%.0f", $3 }' "$WORK/pgbench-$name.txt")"
    [ -n "$TPS" ] || { cat "$WORK/pgbench-$name.txt" >&2; die "could not parse pgbench output"; }
    local ratio; ratio="$(awk -v a="$RPS" -v b="$TPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    ROWS+=("$1|$RPS|$P50|$P99|$TPS ($4 stmts)|$ratio")
    FULL_P99="$P99"
    local json="$LAST_JSON"
    cal_wrk "$name-paced" "$2" "" "$5"
    ROWS+=("  same, paced to $5 req/s|$RPS|$P50|$P99|-|-")
    LAST_JSON="$json"
  }
  # as vptu.chuyenvien (TOKEN), office staff of HN
  mtg_bench "GET /api/v1/meetings (HN, $MTG_MONTH, size=20)" "/api/v1/meetings?from=$MTG_MONTH-01&to=$MTG_MONTH_END&size=20" meetings-month.sql 2 "$MTG_RATE"
  MTG_LIST_P99="$FULL_P99" MTG_LIST_PACED_RPS="$RPS" MTG_LIST_PACED_P99="$P99"
  MTG_LIST_TOTAL="$(sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p' "$LAST_JSON")"
  MTG_LIST_FIRST="$(sed -n 's/^{"items":\[{"id":"\([^"]*\)".*/\1/p' "$LAST_JSON")"
  [ "$MTG_LIST_TOTAL" = "$MTG_MONTH_ROWS" ] && [ "$MTG_LIST_FIRST" = "$MTG_FIRST_SQL" ] \
    || die "the list SQL does not match the endpoint: SQL $MTG_MONTH_ROWS meetings, first $MTG_FIRST_SQL; endpoint $MTG_LIST_TOTAL, first $MTG_LIST_FIRST"
  mtg_bench "GET /api/v1/meeting-statistics (HN, $YEAR)" "/api/v1/meeting-statistics?from=$YEAR-01-01&to=$YEAR-12-31" meetings-statistics.sql 2 "$MTG_STATS_RATE"
  MTG_STATS_P99="$FULL_P99" MTG_STATS_PACED_RPS="$RPS" MTG_STATS_PACED_P99="$P99"
  read -r MTG_HELD MTG_HELD_POINTS < <(echo "SELECT (SELECT meetings FROM ($MTG_BREAKDOWN_SQL) b WHERE dim = 'TOTAL'), (SELECT bridge_points FROM ($MTG_TOTALS_SQL) t);" | mtg_psql)
  MTG_STATS_HELD="$(sed -n 's/.*"meetings":\([0-9]*\),"inPerson".*/\1/p' "$LAST_JSON")"
  MTG_STATS_POINTS="$(sed -n 's/.*"bridgePoints":\([0-9]*\).*/\1/p' "$LAST_JSON")"
  [ "$MTG_STATS_HELD" = "$MTG_HELD" ] && [ "$MTG_STATS_POINTS" = "$MTG_HELD_POINTS" ] \
    || die "the statistics SQL does not match the endpoint: SQL $MTG_HELD meetings held, $MTG_HELD_POINTS bridge points; endpoint $MTG_STATS_HELD, $MTG_STATS_POINTS"
  # the plans, for the record
  for q in COUNT PAGE BREAKDOWN TOTALS; do
    v="MTG_${q}_SQL"; echo "EXPLAIN (ANALYZE, BUFFERS) ${!v};" | mtg_psql > "$WORK/explain-meetings-${q,,}.txt"
  done

  # Import of 2,000 bridge points (CSV) into fresh hybrid conferences of HN planned through the API, next to the
  # multi-row INSERT the import ends with (BridgePoints.INSERT_ALL, the same 2,000 rows, rolled back) run by pgbench.
  read -r MTG_KIND MTG_BODY < <(sql -tA -F ' ' -c "SELECT (SELECT id FROM meeting_kind WHERE jurisdiction_id IS NULL AND code = 'THEMATIC_CONFERENCE'),
    (SELECT id FROM leadership_body WHERE jurisdiction_id = '$JUR_ID' AND code = 'BTVTU')")
  [ -n "${MTG_BODY:-}" ] || die "no meeting kind THEMATIC_CONFERENCE or body BTVTU in HN"
  new_conference() { # n -> the id of a new HYBRID conference of HN, n weeks after next month's first day
    local out="$WORK/meeting-new.json" day code; day="$(date -d "$MTG_NEXT_MONTH + $(( 7 * $1 )) days" +%F)"
    code="$(curl -s -o "$out" -w '%{http_code}' -H "$AUTH" -H 'Content-Type: application/json' -d "{\"kindId\":\"$MTG_KIND\",
      \"title\":\"Hội nghị trực tuyến thử tải số $1\",\"startsAt\":\"${day}T08:00:00+07:00\",\"endsAt\":\"${day}T11:30:00+07:00\",
      \"venue\":\"Hội trường Thành ủy và các điểm cầu\",\"format\":\"HYBRID\",\"bodyId\":\"$MTG_BODY\",\"leaderIds\":[],\"supportingOfficeIds\":[],
      \"confidentiality\":\"PUBLIC\"}" "$BASE/api/v1/meetings")"
    [ "$code" = 201 ] || { cat "$out" >&2; echo >&2; die "POST /api/v1/meetings answered $code"; }
    sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$out"
  }
  # the list as an office collects it: a point at each unit of HN in turn, with the headings of the template
  MTG_ROWS_SQL="SELECT k, 'Điểm cầu số ' || k || ' – ' || u.names[1 + k % cardinality(u.names)] AS name, u.codes[1 + k % cardinality(u.codes)] AS code,
      u.ids[1 + k % cardinality(u.ids)] AS unit_id, 'Hội trường ' || u.names[1 + k % cardinality(u.names)] AS address, 'Cán bộ CNTT số ' || k AS contact,
      '0912 ' || lpad(k::text, 6, '0') AS phone, 20 + k % 60 AS expected, NULL::int AS actual
    FROM generate_series(1, 2000) k, (SELECT array_agg(code ORDER BY code) AS codes, array_agg(name ORDER BY code) AS names, array_agg(id ORDER BY code) AS ids
                                      FROM unit WHERE jurisdiction_id = '$JUR_ID' AND valid_to IS NULL) u"
  sql -c "COPY (SELECT name AS \"Tên điểm cầu\", code AS \"Mã đơn vị\", address AS \"Địa chỉ\", contact AS \"Người liên hệ\", phone AS \"Điện thoại\",
                       expected AS \"Số đại biểu dự kiến\", actual AS \"Số đại biểu thực tế\" FROM ($MTG_ROWS_SQL) r ORDER BY k) TO STDOUT WITH (FORMAT csv, HEADER)" \
    > "$WORK/bridge-points-2000.csv"
  MTG_IMPORT_MS=()
  for i in $(seq 1 "$MTG_IMPORTS"); do
    id="$(new_conference "$i")"
    say "Importing ${WORK#$ROOT/}/bridge-points-2000.csv into new conference $i/$MTG_IMPORTS"
    read -r code secs < <(curl -s -o "$WORK/import-$i.json" -w '%{http_code} %{time_total}\n' -H "$AUTH" \
      -F "file=@$WORK/bridge-points-2000.csv;type=text/csv" "$BASE/api/v1/meetings/$id/bridge-points/import")
    [ "$code" = 200 ] && grep -q '"imported":2000' "$WORK/import-$i.json" \
      || { cat "$WORK/import-$i.json" >&2; echo >&2; die "POST /api/v1/meetings/$id/bridge-points/import answered $code"; }
    MTG_IMPORT_MS+=("$(awk -v s="$secs" 'BEGIN { printf "%.0f", s * 1000 }')")
  done
  read -r MTG_IMPORT_MIN MTG_IMPORT_MED MTG_IMPORT_MAX < <(printf '%s\n' "${MTG_IMPORT_MS[@]}" | sort -n \
    | awk '{ a[NR] = $1 } END { printf "%d %d %d\n", a[1], (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), a[NR] }')
  MTG_PG_MEETING="$(new_conference 0)"
  MTG_INSERT_SQL="$(java_const vn.lienthong.meeting.BridgePoints INSERT_ALL)"
  # parameters: the meeting, the last position (none yet), then the seven columns as array literals
  { echo 'BEGIN;'
    { echo "'$MTG_PG_MEETING'"; echo 0
      sql -tA -c "SELECT unnest(ARRAY[quote_literal(array_agg(name ORDER BY k)::text), quote_literal(array_agg(unit_id ORDER BY k)::text),
        quote_literal(array_agg(address ORDER BY k)::text), quote_literal(array_agg(contact ORDER BY k)::text), quote_literal(array_agg(phone ORDER BY k)::text),
        quote_literal(array_agg(expected ORDER BY k)::text), quote_literal(array_agg(actual ORDER BY k)::text)]) FROM ($MTG_ROWS_SQL) r"
    } | bind_params "$MTG_INSERT_SQL"
    printf ';\nROLLBACK;\n'; } > "$WORK/meetings-import.sql"
  grep -q '^ROLLBACK;$' "$WORK/meetings-import.sql" && [ "$(wc -l < "$WORK/meetings-import.sql")" -gt 3 ] || die "could not write $WORK/meetings-import.sql"
  say "meetings-import: pgbench -n -c1 -j1 -t20 -M prepared (the INSERT of 2,000 bridge points, rolled back)"
  "$PGBENCH" -n -c1 -j1 -t20 -M prepared -f "$WORK/meetings-import.sql" "$CONN" > "$WORK/pgbench-meetings-import.txt" 2>&1 \
    || { cat "$WORK/pgbench-meetings-import.txt" >&2; die "pgbench failed"; }
  MTG_INSERT_MS="$(awk '/^latency average =/ { printf "%.0f", $4 }' "$WORK/pgbench-meetings-import.txt")"
  [ -n "$MTG_INSERT_MS" ] || { cat "$WORK/pgbench-meetings-import.txt" >&2; die "could not parse pgbench output"; }
  ROWS+=("POST /api/v1/meetings/{id}/bridge-points/import (2,000-row CSV; median, max of $MTG_IMPORTS)|-|$MTG_IMPORT_MED|$MTG_IMPORT_MAX|${MTG_INSERT_MS} ms per INSERT|$(awk -v a="$MTG_INSERT_MS" -v b="$MTG_IMPORT_MED" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')")

  MTG_NOTE="Meetings: $MTG_TOTAL meetings (34 jurisdictions x 3 host offices x 10 years x $MTG_PER), $MTG_POINTS bridge points, $MTG_INVITEES invitees seeded in ${MTG_SEED_S} s
    (meetings ${MTG_S_MEETINGS} s, bridge points ${MTG_S_POINTS} s, invitees and the meetings' totals ${MTG_S_INVITEES} s, rebuilding indexes ${MTG_S_INDEXES} s, VACUUM ANALYZE ${MTG_S_VACUUM} s).
  List of $MTG_MONTH: $MTG_MONTH_ROWS meetings of HN (the endpoint's totalItems and first item agree with the SQL).
    Target p99 < 50 ms: at full load ($CONNS connections) p99 ${MTG_LIST_P99} ms, $(met "$MTG_LIST_P99" 50); paced to $MTG_RATE req/s (achieved $MTG_LIST_PACED_RPS) p99 ${MTG_LIST_PACED_P99} ms, $(met "$MTG_LIST_PACED_P99" 50).
  Statistics of $YEAR: $MTG_HELD meetings held in HN, $MTG_HELD_POINTS bridge points (the endpoint agrees with the SQL).
    Target p99 < 200 ms: at full load p99 ${MTG_STATS_P99} ms, $(met "$MTG_STATS_P99" 200); paced to $MTG_STATS_RATE req/s (achieved $MTG_STATS_PACED_RPS) p99 ${MTG_STATS_PACED_P99} ms, $(met "$MTG_STATS_PACED_P99" 200).
  Import of 2,000 bridge points (CSV, $MTG_IMPORTS fresh hybrid conferences, one at a time): min ${MTG_IMPORT_MIN} ms, median ${MTG_IMPORT_MED} ms, max ${MTG_IMPORT_MAX} ms;
    target < 2 s (every import) $(met "$MTG_IMPORT_MAX" 2000). The multi-row INSERT alone (BridgePoints.INSERT_ALL, pgbench, 20 runs rolled back): ${MTG_INSERT_MS} ms on average.
  Plans: ${WORK#$ROOT/}/explain-meetings-*.txt."
fi

# --- petitions: the national set, 34 jurisdictions x 4 offices x 10 years ---------------------------------------
PETITIONS="${BENCH_PETITIONS:-10000000}"
PET_Q="${BENCH_PETITION_Q:-nam trung yen}"
PET_RATE="${BENCH_PETITIONS_RATE:-20}"
PET_NOTE=""
if [ "$PETITIONS" -gt 0 ]; then
  # Petition n of the set: jurisdiction n % 34 (HN among them), receiving office (n / 34) % 4 and its r = n / 136-th
  # petition of ten years, received on day r * 3653 / (petitions an office receives) of the ten years up to today. Kind,
  # channel, addressed body, petitioners, topic and ward rotate with a hash of n; the status follows the age: older
  # petitions are mostly forwarded, guided, filed or resolved (3 % still open: long-standing cases), the last 15 days
  # mostly awaiting their first step. One petition in PET_EVERY of each office (a few hundred per office) concerns
  # "dự án khu đô thị Nam Trung Yên", the phrase the search looks for; the others name other projects. 1-2 petitioners
  # (the representatives of a crowd), none for anonymous ones, each a ~120-byte ciphertext with keyed fingerprints of
  # the name (repeating: the same people write again) and, for 2 in 5, of the ID number. Every handled petition has its
  # handling document (a resolved one two). HN's Party Committee Office specialist ($USERNAME) handles all the office's
  # open petitions and 1 in 5 of its closed ones.
  PET_PER_OFFICE=$(( (PETITIONS + 135) / 136 ))
  PET_EVERY=$(( PET_PER_OFFICE / 300 )); [ "$PET_EVERY" -ge 1 ] || PET_EVERY=1
  say "Seeding $PETITIONS petitions (34 jurisdictions x 4 offices x 10 years) with petitioners, handling documents and handlers"
  T_SEED=$(date +%s)
  seed_provinces
  read -r PET_LEADER_ID < <(sql -tAc "SELECT id FROM app_user WHERE username = 'vptu.lanhdao'")
  [ -n "${PET_LEADER_ID:-}" ] && [ -n "$OFFICE_ID" ] || die "demo users vptu.lanhdao / $USERNAME (with an office) not found"
  sql -v n="$PETITIONS" -v per="$PET_PER_OFFICE" -v every="$PET_EVERY" -v handler="$USER_ID" -v leader="$PET_LEADER_ID" -v office="$OFFICE_ID" \
      -v keyid="$PETITION_KEY_ID" > "$WORK/petitions-seed.txt" <<'SQL'
SET synchronous_commit = off;
SET maintenance_work_mem = '1GB';
SET TIME ZONE 'Asia/Ho_Chi_Minh';
CREATE TEMP TABLE pet_o AS
SELECT j.idx AS jx, row_number() OVER (PARTITION BY j.id ORDER BY o.code) - 1 AS ox, j.id AS jid, o.id AS office,
       ARRAY(SELECT b.id FROM leadership_body b WHERE b.office_id = o.id ORDER BY b.code) AS bodies,
       ARRAY(SELECT b.name_vi FROM leadership_body b WHERE b.office_id = o.id ORDER BY b.code) AS body_names
FROM (SELECT row_number() OVER (ORDER BY code) - 1 AS idx, id FROM jurisdiction WHERE code = 'HN' OR code LIKE 'BJ%') j
JOIN office o ON o.jurisdiction_id = j.id AND o.code IN ('VPTU', 'VPDDBQH-HDND', 'VPUBND', 'VP-MTTQ');
DO $$ BEGIN
  IF (SELECT count(*) FROM pet_o WHERE cardinality(bodies) > 0) <> 136 THEN
    RAISE EXCEPTION 'expected 34 jurisdictions (HN, BJ01..BJ33), each with its 4 offices and their bodies';
  END IF;
END $$;
CREATE INDEX ON pet_o (jx, ox);
ANALYZE pet_o;
SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 3652 AS d0 \gset
-- In one transaction: the secondary indexes of the four tables are dropped and rebuilt from their own definitions
-- (faster than maintaining the trigram and covering indexes row by row); a failure rolls everything back.
BEGIN;
CREATE TEMP TABLE pet_ix AS SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = current_schema() AND tablename IN ('petition', 'petitioner', 'petition_handler', 'petition_document', 'petition_text')
  AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid IN ('petition'::regclass, 'petitioner'::regclass, 'petition_handler'::regclass,
                                                                          'petition_document'::regclass, 'petition_text'::regclass));
SELECT format('DROP INDEX %I', indexname) FROM pet_ix \gexec
-- the search text, the documents' body and the statistics' tallies are written set-based below instead of by their
-- per-row triggers
ALTER TABLE petition DISABLE TRIGGER petition_text_sync;
ALTER TABLE petition DISABLE TRIGGER petition_tally_insert_delete;
ALTER TABLE petition_document DISABLE TRIGGER petition_document_fill;
ALTER TABLE petition_document DISABLE TRIGGER petition_document_tally_insert_delete;
SELECT clock_timestamp() AS t0 \gset
INSERT INTO petition (id, jurisdiction_id, office_id, number, kind, channel, received_on, subject, content, contested_act, addressed_to, transferred_from,
                      petitioner_count, status, tracking_code, eligible, ineligible_reason, complexity, round, classified_at, classified_by,
                      first_due_on, first_due_rule, resolution_due_on, resolution_max_on, resolution_due_rule, handled_on, resolved_on, addressed_body_id,
                      created_by, created_at, updated_at)
SELECT gen_random_uuid(), o.jid, o.office, 'B' || g.r || '/' || extract(year FROM d.received_on), k.kind, c.channel, d.received_on,
       t.subject, 'Kính gửi ' || coalesce(b.name, 'Lãnh đạo Văn phòng') || '. ' || t.subject || '. Liên quan đến dự án '
         || CASE WHEN g.r % :every = 0 THEN 'khu đô thị Nam Trung Yên'
                 ELSE (ARRAY['khu đô thị Bắc Linh Đàm', 'khu đô thị Văn Quán', 'khu tái định cư Đông Anh', 'khu đô thị Tây Hồ Tây', 'khu công nghiệp Thạch Thất',
                             'đường vành đai 4', 'khu nhà ở xã hội Sóc Sơn', 'khu đô thị Mỹ Đình', 'cụm công nghiệp Phú Minh', 'khu dân cư Trung Văn'])[1 + (g.h / 3) % 10] END
         || ', ' || w.ward || '. Đề nghị cơ quan có thẩm quyền xem xét, giải quyết dứt điểm, bảo đảm quyền và lợi ích hợp pháp của người dân.',
       CASE WHEN k.kind = 'COMPLAINT' THEN 'Quyết định số ' || (g.h / 29) % 9000 || '/QĐ-UBND của UBND ' || w.ward END,
       b.name, CASE WHEN c.channel = 'TRANSFERRED' THEN 'Ban Tiếp công dân Trung ương' END,
       pc.n, s.status, CASE WHEN c.channel = 'E_PORTAL' THEN 'DT-B' || g.n END,
       e.eligible, e.reason, x.complexity, CASE WHEN k.kind = 'COMPLAINT' THEN (CASE WHEN (g.h / 31) % 10 = 0 THEN 'SECOND' ELSE 'FIRST' END) END,
       CASE WHEN s.status <> 'RECEIVED' THEN (h.handled_on + time '09:00')::timestamptz END, CASE WHEN s.status <> 'RECEIVED' THEN :'handler'::uuid END,
       f.first_due_on, f.rule, r.due_on, r.max_on, CASE WHEN r.due_on IS NOT NULL THEN 'Luật Khiếu nại 2011, Điều 28' END,
       h.handled_on, CASE WHEN s.status = 'RESOLVED' THEN least(h.handled_on + 10 + ((g.h / 37) % 40)::int, DATE :'today') END, b.id,
       CASE WHEN c.channel <> 'E_PORTAL' THEN :'handler'::uuid END, (d.received_on + time '08:00')::timestamptz,
       (coalesce(h.handled_on, d.received_on) + time '16:00')::timestamptz
FROM (SELECT n, n % 34 AS jx, (n / 34) % 4 AS ox, n / 136 AS r, (n * 2654435761) % 4294967291 AS h FROM generate_series(0::bigint, :n - 1) n) g
JOIN pet_o o ON o.jx = g.jx AND o.ox = g.ox
CROSS JOIN LATERAL (SELECT DATE :'d0' + (g.r * 3653 / :per)::int AS received_on) d
CROSS JOIN LATERAL (SELECT (ARRAY['COMPLAINT', 'COMPLAINT', 'COMPLAINT', 'COMPLAINT', 'COMPLAINT', 'COMPLAINT', 'COMPLAINT', 'DENUNCIATION', 'DENUNCIATION', 'DENUNCIATION',
                                  'RECOMMENDATION', 'RECOMMENDATION', 'RECOMMENDATION', 'RECOMMENDATION', 'RECOMMENDATION', 'REFLECTION', 'REFLECTION', 'REFLECTION',
                                  'REFLECTION', 'REFLECTION'])[1 + g.h % 20] AS kind) k
CROSS JOIN LATERAL (SELECT (ARRAY['POST', 'POST', 'POST', 'POST', 'IN_PERSON', 'IN_PERSON', 'VOTER_MEETING', 'E_PORTAL', 'E_PORTAL', 'TRANSFERRED'])[1 + (g.h / 20) % 10] AS channel) c
CROSS JOIN LATERAL (SELECT CASE WHEN (g.h / 41) % 10 < 7 THEN o.bodies[1 + (g.h / 43) % cardinality(o.bodies)] END AS id) b0
CROSS JOIN LATERAL (SELECT b0.id, o.body_names[array_position(o.bodies, b0.id)] AS name) b
CROSS JOIN LATERAL (SELECT (ARRAY['phường Ba Đình', 'phường Hoàn Kiếm', 'phường Tây Hồ', 'phường Long Biên', 'phường Cầu Giấy', 'phường Đống Đa', 'phường Hai Bà Trưng',
                                  'phường Hoàng Mai', 'phường Thanh Xuân', 'xã Sóc Sơn', 'xã Đông Anh', 'xã Gia Lâm', 'phường Từ Liêm', 'xã Thanh Trì', 'phường Hà Đông',
                                  'phường Sơn Tây', 'xã Ba Vì', 'xã Phúc Thọ', 'xã Mê Linh', 'xã Thạch Thất'])[1 + (g.h / 47) % 20] AS ward) w
CROSS JOIN LATERAL (SELECT CASE k.kind
         WHEN 'COMPLAINT' THEN (ARRAY['Khiếu nại quyết định thu hồi đất', 'Khiếu nại về bồi thường, hỗ trợ, tái định cư', 'Khiếu nại quyết định xử phạt vi phạm hành chính',
                                      'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất', 'Khiếu nại quyết định cưỡng chế'])[1 + (g.h / 53) % 5]
         WHEN 'DENUNCIATION' THEN (ARRAY['Tố cáo cán bộ có dấu hiệu nhũng nhiễu', 'Tố cáo hành vi xây dựng trái phép', 'Tố cáo sai phạm trong quản lý đất đai',
                                         'Tố cáo vi phạm trong đấu thầu', 'Tố cáo lợi dụng chức vụ, quyền hạn'])[1 + (g.h / 53) % 5]
         WHEN 'RECOMMENDATION' THEN (ARRAY['Kiến nghị sửa chữa đường giao thông', 'Kiến nghị cải tạo hệ thống thoát nước', 'Kiến nghị giải quyết ô nhiễm môi trường',
                                           'Kiến nghị về chính sách người có công', 'Kiến nghị đầu tư trường học'])[1 + (g.h / 53) % 5]
         ELSE (ARRAY['Phản ánh tình trạng lấn chiếm vỉa hè', 'Phản ánh tiếng ồn từ cơ sở sản xuất', 'Phản ánh chậm giải quyết thủ tục hành chính',
                     'Phản ánh việc thu phí không đúng quy định', 'Phản ánh tình trạng ngập úng'])[1 + (g.h / 53) % 5] END
         || ' tại ' || w.ward AS subject) t
CROSS JOIN LATERAL (SELECT CASE WHEN (g.h / 59) % 100 < 8 THEN 0 WHEN (g.h / 59) % 100 < 93 THEN 1 ELSE 5 + (g.h / 61) % 26 END AS n) pc
CROSS JOIN LATERAL (SELECT (g.h / 67) % 100 AS p, DATE :'today' - d.received_on AS age) a
CROSS JOIN LATERAL (SELECT CASE
         WHEN a.age <= 15 THEN (CASE WHEN a.p < 70 THEN 'RECEIVED' WHEN a.p < 80 THEN 'ACCEPTED' WHEN a.p < 90 THEN 'FORWARDED' WHEN a.p < 95 THEN 'GUIDED' ELSE 'FILED' END)
         WHEN a.age <= 120 THEN (CASE WHEN a.p < 15 THEN 'RECEIVED' WHEN a.p < 50 THEN 'ACCEPTED' WHEN a.p < 75 THEN 'FORWARDED' WHEN a.p < 87 THEN 'GUIDED'
                                      WHEN a.p < 95 THEN 'FILED' ELSE 'RESOLVED' END)
         ELSE (CASE WHEN a.p < 1 THEN 'RECEIVED' WHEN a.p < 3 THEN 'ACCEPTED' WHEN a.p < 48 THEN 'FORWARDED' WHEN a.p < 68 THEN 'GUIDED' WHEN a.p < 80 THEN 'FILED'
                    ELSE 'RESOLVED' END) END AS status) s
CROSS JOIN LATERAL (SELECT CASE WHEN s.status IN ('ACCEPTED', 'RESOLVED') THEN true WHEN s.status = 'RECEIVED' THEN NULL ELSE false END AS eligible,
                           CASE WHEN s.status IN ('FORWARDED', 'GUIDED') THEN 'OUTSIDE_COMPETENCE'
                                WHEN s.status = 'FILED' THEN (CASE WHEN pc.n = 0 THEN 'ANONYMOUS' ELSE (ARRAY['UNCLEAR', 'ALREADY_RESOLVED', 'SKIPS_LEVEL', 'WITHDRAWN'])[1 + (g.h / 71) % 4] END) END AS reason) e
CROSS JOIN LATERAL (SELECT CASE WHEN (g.h / 73) % 100 < 90 THEN 'NORMAL' WHEN (g.h / 73) % 100 < 98 THEN 'COMPLEX' ELSE 'ESPECIALLY_COMPLEX' END AS complexity) x
CROSS JOIN LATERAL (SELECT d.received_on + CASE WHEN k.kind = 'DENUNCIATION' THEN 9 ELSE 14 END AS first_due_on,
                           CASE WHEN k.kind = 'DENUNCIATION' THEN 'Luật Tố cáo 2018, Điều 24' WHEN k.kind = 'COMPLAINT' THEN 'Luật Khiếu nại 2011, Điều 27'
                                ELSE 'Thông tư 05/2021/TT-TTCP' END AS rule) f
CROSS JOIN LATERAL (SELECT CASE WHEN s.status <> 'RECEIVED' THEN least(d.received_on + 3 + ((g.h / 79) % 16)::int, DATE :'today') END AS handled_on) h
CROSS JOIN LATERAL (SELECT CASE WHEN s.status IN ('ACCEPTED', 'RESOLVED') THEN h.handled_on + CASE x.complexity WHEN 'NORMAL' THEN 30 ELSE 45 END END AS due_on,
                           CASE WHEN s.status IN ('ACCEPTED', 'RESOLVED') THEN h.handled_on + CASE x.complexity WHEN 'NORMAL' THEN 45 ELSE 60 END END AS max_on) r;
INSERT INTO petition_text (office_id, petition_id, search_text) SELECT p.office_id, p.id, petition_search_text(p) FROM petition p WHERE p.number LIKE 'B%';
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_petitions, clock_timestamp() AS t0 \gset
INSERT INTO petitioner (id, petition_id, position, representative, identity, key_id, name_fingerprint, id_fingerprint)
SELECT gen_random_uuid(), p.id, k, p.petitioner_count >= 5,
       substr(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
              || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 1, 104 + (p.h + k) % 32),
       :'keyid', left(md5('name|' || (p.h / 7 + k) % 3000000), 32), CASE WHEN (p.h / 11 + k) % 5 < 2 THEN left(md5('id|' || (p.h / 7 + k) % 3000000), 32) END
FROM (SELECT id, petitioner_count, abs(hashtext(id::text)) AS h FROM petition WHERE petitioner_count > 0 AND number LIKE 'B%') p
CROSS JOIN LATERAL generate_series(1, CASE WHEN p.petitioner_count >= 5 THEN 2 ELSE 1 END) k;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_petitioners, clock_timestamp() AS t0 \gset
INSERT INTO petition_document (id, petition_id, office_id, addressed_body_id, kind, number, issued_on, addressee, body, issued_by, issued_at)
SELECT gen_random_uuid(), p.id, p.office_id, p.addressed_body_id, v.kind, p.number || '/' || v.suffix, v.issued_on, v.addressee, NULL, :'handler'::uuid, (v.issued_on + time '10:00')::timestamptz
FROM petition p
CROSS JOIN LATERAL (VALUES
  (CASE p.status WHEN 'FORWARDED' THEN 'FORWARDING_LETTER' WHEN 'GUIDED' THEN 'GUIDANCE_LETTER' WHEN 'FILED' THEN 'FILING_NOTE' ELSE 'ACCEPTANCE_NOTICE' END,
   CASE p.status WHEN 'FORWARDED' THEN 'CV-CĐ' WHEN 'GUIDED' THEN 'CV-HD' WHEN 'FILED' THEN 'PLĐ' ELSE 'TB-TL' END, p.handled_on,
   CASE WHEN p.status = 'FORWARDED' THEN 'Ủy ban nhân dân ' || split_part(p.subject, ' tại ', 2) END),
  (CASE WHEN p.status = 'RESOLVED' THEN 'RESOLUTION_DECISION' END, 'QĐ-GQ', p.resolved_on, NULL)) v(kind, suffix, issued_on, addressee)
WHERE p.status <> 'RECEIVED' AND p.number LIKE 'B%' AND v.kind IS NOT NULL;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_documents, clock_timestamp() AS t0 \gset
INSERT INTO petition_handler (petition_id, user_id, assigned_by, assigned_at)
SELECT p.id, :'handler'::uuid, :'leader'::uuid, (p.received_on + time '15:00')::timestamptz
FROM petition p
WHERE p.office_id = :'office' AND p.number LIKE 'B%' AND (p.status IN ('RECEIVED', 'ACCEPTED') OR abs(hashtext(p.id::text)) % 5 = 0);
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_handlers, clock_timestamp() AS t0 \gset
SET LOCAL work_mem = '512MB';
SELECT petition_tallies_rebuild();
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_tallies, clock_timestamp() AS t0 \gset
ALTER TABLE petition ENABLE TRIGGER petition_text_sync;
ALTER TABLE petition ENABLE TRIGGER petition_tally_insert_delete;
ALTER TABLE petition_document ENABLE TRIGGER petition_document_fill;
ALTER TABLE petition_document ENABLE TRIGGER petition_document_tally_insert_delete;
-- a partitioned table's index is listed "ON ONLY" the parent: built as such it would cover no partition
SELECT replace(indexdef, ' ON ONLY ', ' ON ') FROM pet_ix \gexec
COMMIT;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_indexes, clock_timestamp() AS t0 \gset
VACUUM ANALYZE petition;
VACUUM ANALYZE petitioner;
VACUUM ANALYZE petition_document;
VACUUM ANALYZE petition_handler;
VACUUM ANALYZE petition_text;
VACUUM ANALYZE petition_tally;
VACUUM ANALYZE petition_document_tally;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')) AS s_vacuum \gset
\echo pet_seconds :s_petitions :s_petitioners :s_documents :s_handlers :s_tallies :s_indexes :s_vacuum
SQL
  PET_SEED_S=$(( $(date +%s) - T_SEED ))
  read -r _ PET_S_PETITIONS PET_S_PETITIONERS PET_S_DOCUMENTS PET_S_HANDLERS PET_S_TALLIES PET_S_INDEXES PET_S_VACUUM < <(grep '^pet_seconds ' "$WORK/petitions-seed.txt")
  read -r PET_TOTAL PET_PETITIONERS PET_DOCUMENTS PET_HANDLERS PET_SIZE < <(sql -tA -F ' ' -c "SELECT (SELECT count(*) FROM petition), (SELECT count(*) FROM petitioner),
    (SELECT count(*) FROM petition_document), (SELECT count(*) FROM petition_handler WHERE user_id = '$USER_ID'),
    replace(pg_size_pretty(pg_total_relation_size('petition') + pg_total_relation_size('petitioner') + pg_total_relation_size('petition_document')
      + pg_total_relation_size('petition_handler') + (SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits WHERE inhparent = 'petition_text'::regclass)::bigint), ' ', '')")
  read -r PET_OFFICE_TOTAL PET_OFFICE_OPEN < <(sql -tA -F ' ' -c "SELECT count(*), count(*) FILTER (WHERE status IN ('RECEIVED', 'ACCEPTED')) FROM petition WHERE office_id = '$OFFICE_ID'")
  say "Seeded $PET_TOTAL petitions, $PET_PETITIONERS petitioners, $PET_DOCUMENTS handling documents ($PET_SIZE with indexes) in $PET_SEED_S s"
  # the seeding outlasts an access token (15 minutes) at 10 million: log in again
  TOKEN="$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$USERNAME\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" \
    | sed -n 's/.*"accessToken"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')"
  [ -n "$TOKEN" ] || die "login failed"
  AUTH="Authorization: Bearer $TOKEN"

  # Petitions.list() through SqlPages.page(): the count, then the page, conditions in the order the code adds them. The
  # worklist (mine) reads the assignments' copy of open and due; its count's LEFT JOIN is dropped by the planner.
  PET_DUE="$(java_const vn.lienthong.petition.Petitions DUE)"
  PET_WORK_WHERE="h.user_id = ? AND h.office_id = ? AND h.open"
  PET_WORK_COUNT_SQL="$(printf '%s\n' :uid :oid | bind_params "SELECT count(*) FROM petition_handler h LEFT JOIN petition p ON p.id = h.petition_id WHERE $PET_WORK_WHERE")"
  PET_WORK_PAGE_SQL="$(printf '%s\n' :uid :oid :size :offset | bind_params "SELECT p.*, h.due_on AS due_on FROM petition_handler h JOIN petition p ON p.id = h.petition_id WHERE $PET_WORK_WHERE ORDER BY h.due_on ASC, h.petition_id ASC LIMIT ? OFFSET ?")"
  printf '%s;\n%s;\n' "$PET_WORK_COUNT_SQL" "$PET_WORK_PAGE_SQL" > "$WORK/petitions-worklist.sql"
  # a search of several words: the words the texts must hold (wq, Petitions.SEARCH_WORDS), then the page, which counts its
  # matches in the same statement (SqlPages.Query.countWithPage)
  PET_SEARCH_WHERE="p.office_id = ? AND $(java_const vn.lienthong.petition.Petitions SEARCH_BY_WORDS)"
  PET_SEARCH_WORDS_SQL="$(printf '%s\n' :q | bind_params "$(java_const vn.lienthong.petition.Petitions SEARCH_WORDS)")"
  PET_SEARCH_COUNT_SQL="$(printf '%s\n' :oid :oid :wq :q | bind_params "SELECT count(*) FROM petition p WHERE $PET_SEARCH_WHERE")"
  PET_SEARCH_PAGE_SQL="$(printf '%s\n' :oid :oid :wq :q :size :offset | bind_params "SELECT p.*, $PET_DUE AS due_on, $(java_const vn.lienthong.kernel.web.SqlPages WINDOW_COUNT) FROM petition p WHERE $PET_SEARCH_WHERE ORDER BY p.received_on DESC, p.id ASC LIMIT ? OFFSET ?")"
  printf '%s;\n%s;\n' "$PET_SEARCH_WORDS_SQL" "$PET_SEARCH_PAGE_SQL" > "$WORK/petitions-search.sql"
  # PetitionStatistics.compute(): BREAKDOWN_SQL (the parameters of PERIOD three times: jurisdiction, from, to, the whole months
  # [from, mto), the days before them [from, from) and after them [mto, to] (none: a calendar year), office and body
  # not filtered, today), then DOCUMENTS_SQL (those of PERIOD once)
  PET_YEAR="$(( $(TZ=Asia/Ho_Chi_Minh date +%Y) - 1 ))"
  PET_PERIOD=(:jid :sfrom :sto :sfrom :mto :sfrom :mto NULL NULL :today)
  PET_BREAKDOWN_SQL="$(printf '%s\n' "${PET_PERIOD[@]}" "${PET_PERIOD[@]}" "${PET_PERIOD[@]}" | bind_params "$(java_const vn.lienthong.petition.PetitionStatistics BREAKDOWN_SQL)")"
  PET_DOCUMENTS_SQL="$(printf '%s\n' "${PET_PERIOD[@]}" | bind_params "$(java_const vn.lienthong.petition.PetitionStatistics DOCUMENTS_SQL)")"
  PET_STATS_SETTINGS="$(java_const vn.lienthong.petition.PetitionStatistics SETTINGS)"
  printf 'BEGIN;\n%s;\n%s;\n%s;\nCOMMIT;\n' "$PET_STATS_SETTINGS" "$PET_BREAKDOWN_SQL" "$PET_DOCUMENTS_SQL" > "$WORK/petitions-statistics.sql"
  PET_VARS=(jid="$JUR_ID" oid="$OFFICE_ID" uid="$USER_ID" size=20 offset=0 "q=$PET_Q" today="$(TZ=Asia/Ho_Chi_Minh date +%F)"
            sfrom="$PET_YEAR-01-01" sto="$PET_YEAR-12-31" mto="$(( PET_YEAR + 1 ))-01-01")
  pet_psql() { # the same statements through psql (sanity counts, EXPLAIN): pgbench's :var becomes psql's :'var'
    local -a v=(); local a s=""
    for a in "${PET_VARS[@]}"; do v+=(-v "$a"); s+="s/:${a%%=*}\\b/:'${a%%=*}'/g;"; done
    sed "$s" | sql -tA -F ' ' "${v[@]}"
  }
  PET_WQ="$(echo "$PET_SEARCH_WORDS_SQL;" | pet_psql)"
  [ -n "$PET_WQ" ] || die "the search \"$PET_Q\" has a single word: BENCH_PETITION_Q must have several (the words' index is what is measured)"
  PET_VARS+=("wq=$PET_WQ")
  pet_pgbench() { # name script -> TPS
    say "$1: pgbench -n -c$CONNS -j$THREADS -T$DURATION -M prepared"
    local -a d=(); local a; for a in "${PET_VARS[@]}"; do d+=(-D "$a"); done
    "$PGBENCH" -n -c"$CONNS" -j"$THREADS" -T"$DURATION" -M prepared "${d[@]}" -f "$WORK/$2" "$CONN" > "$WORK/pgbench-$1.txt" 2>&1 \
      || { cat "$WORK/pgbench-$1.txt" >&2; die "pgbench failed"; }
    TPS="$(awk '/^tps = .*without initial connection time/ { printf "%.0f", $3 }' "$WORK/pgbench-$1.txt")"
    [ -n "$TPS" ] || { cat "$WORK/pgbench-$1.txt" >&2; die "could not parse pgbench output"; }
  }
  wrk_timeouts() { # name -> the requests wrk gave up on (its 2 s timeout): they are missing from its latencies
    local n; n="$(sed -n 's/.*Socket errors:.* timeout \([0-9]*\).*/\1/p' "$WORK/wrk-$1.txt")"; echo "${n:-0}"
  }
  verdict() { # p99 target timeouts -> met / NOT met
    if [ "$3" -gt 0 ]; then echo "NOT met ($3 requests timed out after 2 s and are not in the p99)"; else met "$1" "$2"; fi
  }
  pet_bench() { # label path script statements -> a row at full load, then one paced to PET_RATE (as vptu.chuyenvien, TOKEN)
    local name; name="$(echo "$1" | tr -c 'a-zA-Z0-9\n' '-' | tr -s '-')"
    cal_wrk "$name" "$2" "" ""
    pet_pgbench "$name" "$3"
    local ratio; ratio="$(awk -v a="$RPS" -v b="$TPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    FULL_TO="$(wrk_timeouts "$name")"
    ROWS+=("$1|$RPS|$P50|$P99$([ "$FULL_TO" = 0 ] || echo " +$FULL_TO t/o")|$TPS ($4 stmts)|$ratio")
    FULL_P99="$P99"
    local json="$LAST_JSON"
    cal_wrk "$name-paced" "$2" "" "$PET_RATE"
    PACED_TO="$(wrk_timeouts "$name-paced")"
    ROWS+=("  same, paced to $PET_RATE req/s|$RPS|$P50|$P99$([ "$PACED_TO" = 0 ] || echo " +$PACED_TO t/o")|-|-")
    LAST_JSON="$json"
  }
  first_id() { sed -n 's/^{"items":\[{"id":"\([^"]*\)".*/\1/p' "$1"; }
  total_items() { sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p' "$1"; }

  pet_bench "GET /api/v1/petitions?mine=true&open=true&sort=dueOn (HN VPTU worklist)" "/api/v1/petitions?mine=true&open=true&sort=dueOn" petitions-worklist.sql 2
  PET_WORK_P99="$FULL_P99" PET_WORK_PACED_RPS="$RPS" PET_WORK_PACED_P99="$P99" PET_WORK_TO="$FULL_TO" PET_WORK_PACED_TO="$PACED_TO" PET_WORK_API_TOTAL="$(total_items "$LAST_JSON")" PET_WORK_API_FIRST="$(first_id "$LAST_JSON")"
  PET_WORK_ROWS="$(echo "$PET_WORK_COUNT_SQL;" | pet_psql)"
  PET_WORK_FIRST="$(echo "SELECT id FROM ($PET_WORK_PAGE_SQL) x LIMIT 1;" | pet_psql)"
  [ "$PET_WORK_API_TOTAL" = "$PET_WORK_ROWS" ] && [ "$PET_WORK_API_FIRST" = "$PET_WORK_FIRST" ] \
    || die "the worklist SQL does not match the endpoint: SQL $PET_WORK_ROWS petitions, first $PET_WORK_FIRST; endpoint $PET_WORK_API_TOTAL, first $PET_WORK_API_FIRST"
  PET_Q_URL="$(printf '%s' "$PET_Q" | sed 's/ /%20/g')"
  pet_bench "GET /api/v1/petitions?q=$PET_Q_URL (HN VPTU)" "/api/v1/petitions?q=$PET_Q_URL" petitions-search.sql 2
  PET_SEARCH_P99="$FULL_P99" PET_SEARCH_PACED_RPS="$RPS" PET_SEARCH_PACED_P99="$P99" PET_SEARCH_TO="$FULL_TO" PET_SEARCH_PACED_TO="$PACED_TO" PET_SEARCH_API_TOTAL="$(total_items "$LAST_JSON")" PET_SEARCH_API_FIRST="$(first_id "$LAST_JSON")"
  PET_SEARCH_ROWS="$(echo "$PET_SEARCH_COUNT_SQL;" | pet_psql)"
  PET_SEARCH_FIRST="$(echo "SELECT id FROM ($PET_SEARCH_PAGE_SQL) x LIMIT 1;" | pet_psql)"
  PET_SEARCH_NATIONAL="$(echo "SELECT count(*) FROM petition_text t WHERE t.search_text LIKE '%' || search_normalize(:q) || '%';" | pet_psql)"
  [ "$PET_SEARCH_API_TOTAL" = "$PET_SEARCH_ROWS" ] && [ "$PET_SEARCH_API_FIRST" = "$PET_SEARCH_FIRST" ] \
    || die "the search SQL does not match the endpoint: SQL $PET_SEARCH_ROWS petitions, first $PET_SEARCH_FIRST; endpoint $PET_SEARCH_API_TOTAL, first $PET_SEARCH_API_FIRST"
  pet_bench "GET /api/v1/petition-statistics (HN, $PET_YEAR)" "/api/v1/petition-statistics?from=$PET_YEAR-01-01&to=$PET_YEAR-12-31" petitions-statistics.sql 2
  PET_STATS_P99="$FULL_P99" PET_STATS_PACED_RPS="$RPS" PET_STATS_PACED_P99="$P99" PET_STATS_TO="$FULL_TO" PET_STATS_PACED_TO="$PACED_TO"
  PET_STATS_API_RECEIVED="$(sed -n 's/^{[^{]*"totals":{"received":\([0-9]*\).*/\1/p' "$LAST_JSON")"
  PET_STATS_API_DOCS="$(sed -n 's/.*"documents":{"total":\([0-9]*\).*/\1/p' "$LAST_JSON")"
  read -r PET_STATS_RECEIVED PET_STATS_DOCS < <(echo "SELECT (SELECT received FROM ($PET_BREAKDOWN_SQL) b WHERE dim = 'TOTAL'), (SELECT documents FROM ($PET_DOCUMENTS_SQL) d WHERE dim = 'TOTAL');" | pet_psql)
  [ "$PET_STATS_API_RECEIVED" = "$PET_STATS_RECEIVED" ] && [ "$PET_STATS_API_DOCS" = "$PET_STATS_DOCS" ] \
    || die "the statistics SQL does not match the endpoint: SQL $PET_STATS_RECEIVED petitions, $PET_STATS_DOCS documents; endpoint $PET_STATS_API_RECEIVED, $PET_STATS_API_DOCS"
  # the plans, for the record
  for q in WORK_COUNT WORK_PAGE SEARCH_COUNT SEARCH_PAGE BREAKDOWN DOCUMENTS; do
    v="PET_${q}_SQL"; pre=""
    case "$q" in BREAKDOWN|DOCUMENTS) pre="$PET_STATS_SETTINGS;" ;; esac # as the endpoint runs them
    printf 'BEGIN;\n%s\nEXPLAIN (ANALYZE, BUFFERS) %s;\nCOMMIT;\n' "$pre" "${!v}" | pet_psql > "$WORK/explain-petitions-${q,,}.txt"
  done

  # e-portal intake, as the city e-portal's machine client (the demo client cong-thong-tin, scope petitions:submit): a
  # citizen's recommendation to HN's Party Committee Office with one petitioner, a fresh Idempotency-Key every request
  # (deploy/local/bench-petitions.lua). Every submission takes the next number of the office's counter row last, which
  # stays locked until the transaction commits.
  PORTAL_TOKEN="$(curl -fsS -d grant_type=client_credentials -d client_id=cong-thong-tin -d client_secret=portal-demo-secret -d scope=petitions:submit \
    "$BASE/api/v1/auth/token" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')"
  [ -n "$PORTAL_TOKEN" ] || die "no token for the e-portal's machine client cong-thong-tin"
  PORTAL_SUBJECT="Kiến nghị sửa chữa mặt đường ngõ 12 phố Trần Duy Hưng"
  PORTAL_CONTENT="Mặt đường ngõ 12 phố Trần Duy Hưng, phường Cầu Giấy bị hư hỏng nặng sau đợt mưa lớn, nhiều ổ gà gây nguy hiểm cho người đi đường, đặc biệt là học sinh. Đề nghị các cơ quan chức năng sớm kiểm tra, sửa chữa."
  PORTAL_BODY="{\"officeId\":\"$OFFICE_ID\",\"addressedBodyId\":null,\"kind\":\"RECOMMENDATION\",\"subject\":\"$PORTAL_SUBJECT\",\"content\":\"$PORTAL_CONTENT\",\"contestedAct\":null,\"petitioners\":[{\"fullName\":\"Nguyễn Văn Bình\",\"address\":\"Số 5 ngõ 12 phố Trần Duy Hưng, phường Cầu Giấy\",\"idNumber\":\"001080012345\",\"phone\":\"0912345678\",\"representative\":false}],\"petitionerCount\":null}"
  portal_wrk() { # name duration-seconds -> RPS P50 P99 (201 expected; any other status fails the run)
    local out="$WORK/wrk-$1.txt"
    BENCH_WRK_BODY="$PORTAL_BODY" BENCH_WRK_RUN="$1-$(date +%s%N)" wrk -t"$THREADS" -c"$CONNS" -d"$2s" --latency -H "Authorization: Bearer $PORTAL_TOKEN" \
      -s deploy/local/bench-petitions.lua "$BASE/api/v1/portal/petitions" > "$out"
    if grep -q 'Non-2xx or 3xx responses' "$out"; then cat "$out" >&2; die "POST /api/v1/portal/petitions: non-2xx responses during the run"; fi
    RPS="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
    P50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
    P99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
    [ -n "$RPS" ] || { cat "$out" >&2; die "could not parse wrk output"; }
  }
  PORTAL_CODE="$(curl -s -o "$WORK/portal-probe.json" -w '%{http_code}' -H "Authorization: Bearer $PORTAL_TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: probe-$(date +%s%N)" -d "$PORTAL_BODY" "$BASE/api/v1/portal/petitions")"
  [ "$PORTAL_CODE" = 201 ] || { cat "$WORK/portal-probe.json" >&2; echo >&2; die "POST /api/v1/portal/petitions answered $PORTAL_CODE"; }
  PROBE_CODE="$(sed -n 's/.*"trackingCode":"\([^"]*\)".*/\1/p' "$WORK/portal-probe.json")"
  PET_BEFORE="$(sql -tAc "SELECT count(*) FROM petition WHERE channel = 'E_PORTAL' AND number NOT LIKE 'B%'")"
  # The target is a sustained rate: the run is longer than the reads' and follows a longer warm-up, since each submission
  # inserts into indexes with random keys (tracking code, petitioners' fingerprints, idempotency keys) whose pages a
  # freshly seeded 25 GB database has on disk, not in memory; the warm-up's own rate is printed too.
  say "portal-intake: warm-up ${PORTAL_WARMUP}s, then wrk -t$THREADS -c$CONNS -d${PORTAL_DURATION}s (a new petition per request)"
  portal_wrk portal-intake-warmup "$PORTAL_WARMUP"
  PORTAL_WARM_RPS="$RPS"
  proc_ticks() { # pids... -> their CPU time (utime + stime) in clock ticks
    local p t=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$(( t + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat") )); done; echo "$t"
  }
  pg_pids() { # the project-local server and its backends (not another checkout's server)
    local pm; pm="$(head -1 "$ROOT/.local/pg/data/postmaster.pid" 2>/dev/null)" || return 0
    echo "$pm"; grep -l "^PPid:[[:space:]]*$pm\$" /proc/[0-9]*/status 2>/dev/null | cut -d/ -f3
  }
  CPU_T0=$(date +%s%N) CPU_JAVA0="$(proc_ticks "$BACKEND_PID")" CPU_PG0="$(proc_ticks $(pg_pids))"
  portal_wrk portal-intake "$PORTAL_DURATION"
  CPU_T1=$(date +%s%N) CPU_JAVA1="$(proc_ticks "$BACKEND_PID")" CPU_PG1="$(proc_ticks $(pg_pids))"
  PORTAL_CPU="$(awk -v t=$(( (CPU_T1 - CPU_T0) / 1000000 )) -v j=$(( CPU_JAVA1 - CPU_JAVA0 )) -v p=$(( CPU_PG1 - CPU_PG0 )) -v hz="$(getconf CLK_TCK)" -v c="$(nproc)" \
    'BEGIN { s = t / 1000; printf "backend %.2f cores, PostgreSQL %.2f cores of %d (the rest: wrk and the system)", j / hz / s, p / hz / s, c }')"
  PET_AFTER="$(sql -tAc "SELECT count(*) FROM petition WHERE channel = 'E_PORTAL' AND number NOT LIKE 'B%'")"
  PORTAL_RPS="$RPS" PORTAL_P50="$P50" PORTAL_P99="$P99"
  PORTAL_REQS="$(awk '/requests in/ { print $1 }' "$WORK/wrk-portal-intake.txt")"
  PORTAL_WARM_REQS="$(awk '/requests in/ { print $1 }' "$WORK/wrk-portal-intake-warmup.txt")"
  # The statements of one submission (Petitions.submit), in its transaction, with the probe's values: the new
  # Idempotency-Key, the office's name, its petitioner (the probe's ciphertext and fingerprints), the event, the audit
  # record, the first step's rule and the holiday calendar of the year, the search text, the office's notification, the
  # stored receipt, and last the counter and the petition (one statement, as Petitions.REGISTER). The ids and the
  # tracking code are fresh each time, like the endpoint's.
  read -r P_MACHINE P_JUR P_RECEIVED P_DUE P_YEAR P_KIND < <(sql -tA -F ' ' -c "SELECT (SELECT id FROM machine_client WHERE client_id = 'cong-thong-tin'), p.jurisdiction_id,
    p.received_on, p.first_due_on, extract(year FROM p.received_on)::int, p.kind FROM petition p WHERE p.tracking_code = '$PROBE_CODE'")
  [ -n "${P_MACHINE:-}" ] || die "the probe petition $PROBE_CODE is not in the database"
  P_RULE="$(sql -tAc "SELECT first_due_rule FROM petition WHERE tracking_code = '$PROBE_CODE'")"
  read -r P_IDENTITY P_KEYID P_NAMEFP P_IDFP < <(sql -tA -F ' ' -c "SELECT r.identity, r.key_id, r.name_fingerprint, coalesce(r.id_fingerprint, '')
    FROM petitioner r JOIN petition p ON p.id = r.petition_id WHERE p.tracking_code = '$PROBE_CODE'")
  P_RULE_SQL="$(java_const vn.lienthong.petition.StatutoryDeadlines SELECT)"
  # (pgbench does not see quotes: a colon followed by a letter, even in a literal, would be taken for a variable)
  # The ids of the petition, its petitioner and its event are time-ordered (UUID v7, TimeOrderedIds) like the endpoint's.
  V7="encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid"
  cat > "$WORK/petitions-intake.sql" <<SQL
\\set k random(1, 9000000000000000)
BEGIN;
INSERT INTO idempotency_record (principal, idempotency_key, operation, request_hash, created_at) VALUES ('MACHINE' || ':' || '$P_MACHINE', 'pgbench-' || :client_id::text || '-' || :k::text, 'petitions.submit', md5(:k::text) || md5(:client_id::text), now()) ON CONFLICT DO NOTHING;
SELECT name_vi FROM office WHERE id = '$OFFICE_ID' AND jurisdiction_id = '$P_JUR';
SELECT $V7 AS pid \\gset
SET CONSTRAINTS petitioner_petition_id_fkey, petition_event_petition_id_fkey, petition_text_petition_id_fkey DEFERRED;
INSERT INTO petitioner (id, petition_id, position, representative, identity, key_id, name_fingerprint, id_fingerprint) VALUES ($V7, :pid, 1, false, '$P_IDENTITY', '$P_KEYID', '$P_NAMEFP', NULLIF('$P_IDFP', ''));
INSERT INTO petition_event (id, petition_id, kind, public_stage, note, actor_id, actor_name, at) VALUES ($V7, :pid, 'RECEIVED', 'RECEIVED', NULL, NULL, 'Cổng thông tin điện tử thành phố', now());
INSERT INTO audit_event (jurisdiction_id, occurred_at, actor_id, actor_kind, actor_name, action, entity_type, entity_id, changes, request_id) VALUES ('$P_JUR', now(), '$P_MACHINE', 'MACHINE', 'Cổng thông tin điện tử thành phố', 'CREATE', 'petition', :pid::text, '{"channel":"E_PORTAL","kind":"$P_KIND","officeId":"$OFFICE_ID"}'::jsonb, md5(:k::text));
$P_RULE_SQL WHERE petition_kind = '$P_KIND' AND stage = 'CLASSIFICATION';
SELECT year FROM holiday_year WHERE year = $P_YEAR;
SELECT day, kind FROM holiday WHERE year = $P_YEAR AND (jurisdiction_id IS NULL OR jurisdiction_id = '$P_JUR') ORDER BY jurisdiction_id NULLS FIRST;
INSERT INTO petition_text (office_id, petition_id, search_text) VALUES ('$OFFICE_ID', :pid, petition_search_text('$PORTAL_SUBJECT', '$PORTAL_CONTENT', NULL, NULL));
INSERT INTO notification (id, jurisdiction_id, recipient_user_id, recipient_office_id, recipient_unit_id, kind, title, body, link, entity_type, entity_id, created_at) VALUES (gen_random_uuid(), '$P_JUR', NULL, '$OFFICE_ID', NULL, 'PETITION_RECEIVED', 'Đơn mới tiếp nhận', 'Đơn «$PORTAL_SUBJECT» tiếp nhận ngày hôm nay, chờ phân loại, xử lý.', '/petitions/' || :pid::text, 'petition', :pid::text, now());
UPDATE idempotency_record SET response_status = 201, response_body = '{"petitionId":"' || :pid::text || '","trackingCode":"DT-XXXXXXXXXX","receivedOn":"$(TZ=Asia/Ho_Chi_Minh date +%F)","officeName":"Văn phòng Thành ủy"}' WHERE principal = 'MACHINE' || ':' || '$P_MACHINE' AND idempotency_key = 'pgbench-' || :client_id::text || '-' || :k::text;
WITH n AS (INSERT INTO reference_counter (office_id, series, year, last_value) VALUES ('$OFFICE_ID', 'PETITION', $P_YEAR, 1) ON CONFLICT (office_id, series, year) DO UPDATE SET last_value = reference_counter.last_value + 1 RETURNING last_value) INSERT INTO petition (id, jurisdiction_id, office_id, number, kind, channel, received_on, subject, content, contested_act, addressed_to, addressed_body_id, transferred_from, petitioner_count, status, tracking_code, first_due_on, first_due_rule, created_by, created_at, updated_at) SELECT :pid, '$P_JUR', '$OFFICE_ID', n.last_value || '/' || $P_YEAR, '$P_KIND', 'E_PORTAL', '$P_RECEIVED', '$PORTAL_SUBJECT', '$PORTAL_CONTENT', NULL, NULL, NULL, NULL, 1, 'RECEIVED', 'DT-' || upper(substr(md5(random()::text), 1, 10)), '$P_DUE', '$P_RULE', NULL, now(), now() FROM n;
COMMIT;
SQL
  pet_pgbench portal-intake petitions-intake.sql
  ROWS+=("POST /api/v1/portal/petitions (HN VPTU, new key each)|$PORTAL_RPS|$PORTAL_P50|$PORTAL_P99|$TPS (14 stmts + BEGIN/COMMIT)|$(awk -v a="$PORTAL_RPS" -v b="$TPS" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')")
  PORTAL_TPS="$TPS"
  PORTAL_STORED=$(( PET_AFTER - PET_BEFORE ))

  PET_NOTE="Petitions: $PET_TOTAL petitions (34 jurisdictions x 4 offices x 10 years; $PET_OFFICE_TOTAL in HN's Party Committee Office, $PET_OFFICE_OPEN of them open),
    $PET_PETITIONERS petitioners, $PET_DOCUMENTS handling documents, $PET_SIZE with their indexes; seeded in ${PET_SEED_S} s (petitions ${PET_S_PETITIONS} s,
    petitioners ${PET_S_PETITIONERS} s, documents ${PET_S_DOCUMENTS} s, handlers ${PET_S_HANDLERS} s, statistics' tallies ${PET_S_TALLIES} s, rebuilding indexes ${PET_S_INDEXES} s, VACUUM ANALYZE ${PET_S_VACUUM} s).
  Worklist of $USERNAME (handler of $PET_HANDLERS petitions): $PET_WORK_ROWS open ones (the endpoint's totalItems and first item agree with the SQL).
    Target p99 < 50 ms: at full load ($CONNS connections) p99 ${PET_WORK_P99} ms, $(verdict "$PET_WORK_P99" 50 "$PET_WORK_TO"); paced to $PET_RATE req/s (achieved $PET_WORK_PACED_RPS) p99 ${PET_WORK_PACED_P99} ms, $(verdict "$PET_WORK_PACED_P99" 50 "$PET_WORK_PACED_TO").
  Search \"$PET_Q\" (diacritics-insensitive): $PET_SEARCH_ROWS petitions of the office, $PET_SEARCH_NATIONAL nationally (the endpoint agrees with the SQL).
    Target p99 < 100 ms: at full load p99 ${PET_SEARCH_P99} ms, $(verdict "$PET_SEARCH_P99" 100 "$PET_SEARCH_TO"); paced to $PET_RATE req/s (achieved $PET_SEARCH_PACED_RPS) p99 ${PET_SEARCH_PACED_P99} ms, $(verdict "$PET_SEARCH_PACED_P99" 100 "$PET_SEARCH_PACED_TO").
  E-portal intake: $PORTAL_RPS petitions/s over ${PORTAL_DURATION} s, after ${PORTAL_WARMUP} s of warm-up at $PORTAL_WARM_RPS/s ($PORTAL_REQS requests, all 201; $PORTAL_STORED new e-portal petitions stored by the warm-up and the run, $PORTAL_WARM_REQS + $PORTAL_REQS sent),
    p50 ${PORTAL_P50} ms, p99 ${PORTAL_P99} ms; CPU during the run: $PORTAL_CPU; the same statements bare: $PORTAL_TPS tps. Target >= 500 petitions/s: $(awk -v a="$PORTAL_RPS" 'BEGIN { print (a >= 500 ? "met" : "NOT met") }').
  Statistics of $PET_YEAR: $PET_STATS_RECEIVED petitions received in HN, $PET_STATS_DOCS handling documents issued (the endpoint agrees with the SQL).
    Target p99 < 300 ms: at full load p99 ${PET_STATS_P99} ms, $(verdict "$PET_STATS_P99" 300 "$PET_STATS_TO"); paced to $PET_RATE req/s (achieved $PET_STATS_PACED_RPS) p99 ${PET_STATS_PACED_P99} ms, $(verdict "$PET_STATS_PACED_P99" 300 "$PET_STATS_PACED_TO").
  Plans: ${WORK#$ROOT/}/explain-petitions-*.txt."
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
[ -z "$CAL_NOTE" ] || echo "$CAL_NOTE"
[ -z "$MTG_NOTE" ] || echo "$MTG_NOTE"
[ -z "$PET_NOTE" ] || echo "$PET_NOTE"
echo "Raw outputs: ${WORK#$ROOT/}/{wrk,pgbench}-*.txt; total time $(( $(date +%s) - T0 )) s"
