# Sourced by the local scripts: sets DB_URL, DB_USER, DB_PASSWORD for database "$1".
# With DATABASE_URL (postgres://user:pass@host:port/db or jdbc:postgresql://...) that server is used as it is;
# otherwise the project-local server is started and database "$1" created in it.
db_env() {
  local name="$1"
  if [ -n "${DATABASE_URL:-}" ]; then
    case "$DATABASE_URL" in
      jdbc:*) DB_URL="$DATABASE_URL" ;;
      postgres://*|postgresql://*)
        local rest="${DATABASE_URL#*://}" creds="" hostpart
        if [[ "$rest" == *@* ]]; then creds="${rest%%@*}"; rest="${rest#*@}"; fi
        hostpart="${rest%%/*}"
        DB_URL="jdbc:postgresql://$hostpart/${rest#*/}"
        if [ -n "$creds" ]; then DB_USER="${creds%%:*}"; [[ "$creds" == *:* ]] && DB_PASSWORD="${creds#*:}"; fi ;;
      *) echo "DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql://" >&2; return 1 ;;
    esac
  else
    DB_URL="$("$(dirname "${BASH_SOURCE[0]}")/pg.sh" url "$name")"
    DB_USER=postgres
    DB_PASSWORD=
  fi
  export DB_URL DB_USER="${DB_USER:-postgres}" DB_PASSWORD="${DB_PASSWORD:-}"
}
