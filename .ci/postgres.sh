# Source this file (`. .ci/postgres.sh`): installs Debian's PostgreSQL when it is
# missing, starts a throw-away server on loopback, creates a test database and
# exports EVENTS_TEST_PG_URL for the store tests. On failure it says why and
# exports nothing (in CI the PostgreSQL tests then fail instead of skipping).
#
# EVENTS_PG_DIR (default /tmp/events-pg) holds the cluster; EVENTS_PG_PORT
# (default 54329) is its port.

_events_pg_setup() {
    local dir="${EVENTS_PG_DIR:-/tmp/events-pg}"
    local port="${EVENTS_PG_PORT:-54329}"
    local db="events_test"
    local bin run_as=()

    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || {
                echo "postgres.sh: apt-get install postgresql failed" >&2
                return 1
            }
            bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
        else
            echo "postgres.sh: PostgreSQL is not installed and cannot be installed here (needs root and apt-get)" >&2
            return 1
        fi
    fi

    # initdb and postgres refuse to run as root: use the postgres account then
    if [ "$(id -u)" = "0" ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres || return 1
        run_as=(runuser -u postgres --)
    fi

    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        "${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || "${run_as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 >"$dir/initdb.log" 2>&1 \
            || { echo "postgres.sh: initdb failed, see $dir/initdb.log" >&2; return 1; }
    fi
    if ! "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=50" start >/dev/null \
            || { echo "postgres.sh: the server did not start, see $dir/server.log" >&2; return 1; }
    fi
    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" \
        | grep -q 1; then
        "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db" \
            || { echo "postgres.sh: createdb $db failed" >&2; return 1; }
    fi
    export EVENTS_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/$db"
    echo "postgres.sh: PostgreSQL ready at $EVENTS_TEST_PG_URL" >&2
}

_events_pg_setup || echo "postgres.sh: PostgreSQL tests will not run (EVENTS_TEST_PG_URL not set)" >&2
unset -f _events_pg_setup
