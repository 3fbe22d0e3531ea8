#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and the load benchmark, on a free loopback port.
#   scripts/throwaway-postgres.sh start DIR   -> creates a cluster in DIR, starts it, prints its connection string
#   scripts/throwaway-postgres.sh stop DIR    -> stops it and removes DIR
# Installs Debian's postgresql when no server is found. PostgreSQL refuses to run as root, so as root the cluster
# belongs to the `postgres` user (created by the Debian package). Nothing listens beyond 127.0.0.1.
set -euo pipefail

find_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

as_owner() {
    if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

command="${1:-}" dir="${2:-}"
[ -n "$dir" ] || { echo "usage: $0 start|restart|stop DIR" >&2; exit 2; }

case "$command" in
start)
    if ! bin="$(find_bin)"; then
        echo "throwaway-postgres: installing postgresql (needed by the PostgreSQL tests)" >&2
        sudo=""; [ "$(id -u)" = "0" ] || sudo="sudo"
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
        bin="$(find_bin)"
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; chmod 700 "$dir"; fi
    port="$(free_port)"
    password="loopcoach-test"
    printf '%s\n' "$password" > "$dir.pw"
    if [ "$(id -u)" = "0" ]; then chown postgres "$dir.pw"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U loopcoach --pwfile="$dir.pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
    rm -f "$dir.pw"
    # Sized for tests and the load benchmark on a small machine; durability is not the point of a throw-away cluster.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" > "$dir/port"
    echo "Host=127.0.0.1;Port=$port;Username=loopcoach;Password=$password;Database=postgres"
    ;;
restart)
    # A clean restart (fast shutdown: sessions cut, everything committed kept), for the server soak.
    bin="$(find_bin)"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >&2
    ;;
stop)
    if bin="$(find_bin)" && [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir" "$dir.pw" "$dir.initdb.log"
    ;;
*)
    echo "usage: $0 start|restart|stop DIR" >&2; exit 2 ;;
esac
