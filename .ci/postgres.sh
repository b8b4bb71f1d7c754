# Sourced by .ci/run: starts a throwaway PostgreSQL for chapter 9's store tests and exports
# LETITCRASH_POSTGRES_URL, which PostgresStoreContractTest runs against. Where any step fails
# it says so in one line and returns 1, and those tests are skipped; the build goes on.
#
# The cluster is initdb'd into a temporary folder, listens on 127.0.0.1 only (and on a Unix
# socket in that folder), and is stopped and removed when the shell exits. As root (CI) it
# runs as the postgres user, since PostgreSQL refuses to run as root.
#   LETITCRASH_POSTGRES_PORT    the port; unless set, the first free one from 54329 on (others on the machine may run this too)
#   LETITCRASH_POSTGRES_BINDIR  where initdb, pg_ctl and psql are: the newest /usr/lib/postgresql/*/bin unless set

_pg_skip() {
    echo "PostgreSQL could not be started: $1; the PostgreSQL store tests will be skipped" >&2
    return 1
}

# The first FATAL or ERROR line of a log, else its last line: why a step failed.
_pg_why() {
    grep -m 1 -E 'FATAL|ERROR|could not' "$1" 2>/dev/null || tail -n 1 "$1" 2>/dev/null
}

# The first port from 54329 on that nothing listens on, or the one asked for.
_pg_port() {
    local port
    if [ -n "${LETITCRASH_POSTGRES_PORT:-}" ]; then
        echo "$LETITCRASH_POSTGRES_PORT"
        return
    fi
    for port in $(seq 54329 54348); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo 54329
}

_pg_bindir() {
    if [ -n "${LETITCRASH_POSTGRES_BINDIR:-}" ]; then
        echo "$LETITCRASH_POSTGRES_BINDIR"
    else
        ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
    fi
}

_pg_stop() {
    "${_pg_as[@]}" "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$_pg_dir"
}

_pg_start() {
    local started=$SECONDS port password
    port=$(_pg_port)
    _pg_bin=$(_pg_bindir)
    if [ ! -x "$_pg_bin/initdb" ] && [ -z "${LETITCRASH_POSTGRES_BINDIR:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
            || { _pg_skip "apt-get install postgresql failed"; return 1; }
        _pg_bin=$(_pg_bindir)
    fi
    [ -x "$_pg_bin/initdb" ] || { _pg_skip "no initdb in ${_pg_bin:-/usr/lib/postgresql/*/bin} (install PostgreSQL's server)"; return 1; }
    _pg_as=()
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || { _pg_skip "running as root, and there is no postgres user to run it as"; return 1; }
        _pg_as=(runuser -u postgres --)
    fi
    _pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/letitcrash-postgres.XXXXXX") || { _pg_skip "no temporary folder"; return 1; }
    [ "$(id -u)" = 0 ] && chown postgres "$_pg_dir"
    trap _pg_stop EXIT
    "${_pg_as[@]}" "$_pg_bin/initdb" -D "$_pg_dir/data" -U postgres -E UTF8 --locale=C --no-sync \
            --auth-local=trust --auth-host=scram-sha-256 >"$_pg_dir/initdb.log" 2>&1 \
        || { _pg_skip "initdb failed: $(_pg_why "$_pg_dir/initdb.log")"; return 1; }
    "${_pg_as[@]}" "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -l "$_pg_dir/server.log" -w -t 30 \
            -o "-k $_pg_dir -p $port -c listen_addresses=127.0.0.1" start >/dev/null 2>&1 \
        || { _pg_skip "the server did not start on 127.0.0.1:$port: $(_pg_why "$_pg_dir/server.log")"; return 1; }
    password=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
    "${_pg_as[@]}" "$_pg_bin/psql" -q -h "$_pg_dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE letitcrash LOGIN PASSWORD '$password'" -c "CREATE DATABASE letitcrash OWNER letitcrash" \
            >"$_pg_dir/psql.log" 2>&1 \
        || { _pg_skip "could not create the test database: $(_pg_why "$_pg_dir/psql.log")"; return 1; }
    export LETITCRASH_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/letitcrash?user=letitcrash&password=$password"
    echo "PostgreSQL $("$_pg_bin/postgres" --version | awk '{print $3}') is up on 127.0.0.1:$port for the store tests ($((SECONDS - started)) s)" >&2
}

_pg_start || true
