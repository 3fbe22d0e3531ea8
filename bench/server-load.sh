#!/usr/bin/env bash
# Load on a small server, loopback only: one throw-away PostgreSQL, two `loopcoach web` nodes on free ports, and N
# simulated candidates running mock loops through the HTTP API, each request to the next node, for a bounded time.
# Prints requests per second, the per-turn latency (p50/p95/p99), the errors, and then checks in the database that
# every answer a node acknowledged was kept.
#
#   bash bench/server-load.sh [CANDIDATES] [SECONDS]      # default 50 candidates for 60 s
#   RESTART_EVERY=20 bash bench/server-load.sh 200 600    # soak: every 20 s one node is killed (kill -9) and started
#                                                         # again on its port, the two in turn
#   DB_RESTART_AT=300 …                                   # and PostgreSQL restarted once, 300 s in
#   ACCOUNTS=1 …                                          # nodes with accounts: each candidate registers (or signs
#                                                         # in) and runs its loops with its own cookie
#   THINK_MS=1500 …                                       # each candidate waits 1.5 s between two turns (default 0)
#   RAMP_S=60 …                                           # candidates arrive one after another over the first 60 s
#
# Results also go to artifacts/bench/server-load/summary.txt.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
candidates="${1:-50}"
seconds="${2:-60}"
out="$root/artifacts/bench/server-load"
mkdir -p "$out"

"$root/loopcoach" --help >/dev/null   # builds first when the sources changed
dotnet build "$root/bench/LoopCoach.ServerLoad" --configuration Release -v quiet -nologo >/dev/null

pg_dir="$(mktemp -d /tmp/loopcoach-load-pg.XXXXXX)"
pids=()
cleanup() {
    [ -n "${restarter:-}" ] && kill "$restarter" 2>/dev/null || true
    [ -n "${db_restarter:-}" ] && kill "$db_restarter" 2>/dev/null || true
    for i in 1 2; do [ -f "$out/node$i.pid" ] && pids+=("$(cat "$out/node$i.pid")"); done
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    bash "$root/scripts/throwaway-postgres.sh" stop "$pg_dir"
}
trap cleanup EXIT

server="$(bash "$root/scripts/throwaway-postgres.sh" start "$pg_dir")"
database="${server/Database=postgres/Database=loopcoach}"
dotnet_psql() { PGPASSWORD=loopcoach-test psql -h 127.0.0.1 -p "$(cat "$pg_dir/port")" -U loopcoach -d postgres -qc "$1"; }
dotnet_psql "CREATE DATABASE loopcoach"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# Starts node $1 on port $2 and waits until it is ready; its pid goes to $out/node$1.pid.
start_node() {
    local i="$1" port="$2" log="$out/node$1.log"
    # With accounts, every simulated candidate signs in from 127.0.0.1: the per-address sign-in limit (shared by the
    # nodes) is raised for the run, or the candidates would be refused after the tenth.
    LOOPCOACH_DATABASE_URL="$database;Maximum Pool Size=100" \
    LOOPCOACH_ACCOUNTS="${ACCOUNTS:-}" LoopCoach__SignInsPerMinute="${ACCOUNTS:+1000000}" \
        "$root/loopcoach" web --host 127.0.0.1 --port "$port" >>"$log" 2>&1 &
    echo "$!" >"$out/node$i.pid"
    for _ in $(seq 1 120); do
        curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "server-load: node $i did not start" >&2; cat "$log" >&2; return 1
}

nodes=()
ports=()
for i in 1 2; do
    port="$(free_port)"
    : >"$out/node$i.log"
    start_node "$i" "$port"
    pids+=("$(cat "$out/node$i.pid")")
    ports+=("$port")
    nodes+=("http://127.0.0.1:$port")
done

if [ -n "${DB_RESTART_AT:-}" ]; then
    ( sleep "$DB_RESTART_AT"; bash "$root/scripts/throwaway-postgres.sh" restart "$pg_dir" && echo "server-load: PostgreSQL restarted" >&2 ) &
    db_restarter=$!
fi

if [ -n "${RESTART_EVERY:-}" ]; then
    # The soak: one node at a time killed without warning and started again on its port, until the run ends.
    (
        end=$((SECONDS + seconds)); turn=0
        while [ $((SECONDS + RESTART_EVERY)) -lt "$end" ]; do
            sleep "$RESTART_EVERY"
            i=$((turn % 2 + 1)); turn=$((turn + 1))
            kill -9 "$(cat "$out/node$i.pid")" 2>/dev/null || true
            start_node "$i" "${ports[$((i - 1))]}" && echo "server-load: node $i killed and restarted" >&2
        done
    ) &
    restarter=$!
fi

echo "server-load: $candidates candidates for $seconds s against ${nodes[*]} and PostgreSQL on 127.0.0.1:$(cat "$pg_dir/port")"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
status=0
ACCOUNTS="${ACCOUNTS:-}" THINK_MS="${THINK_MS:-0}" RAMP_S="${RAMP_S:-0}" dotnet "$root/artifacts/bin/LoopCoach.ServerLoad/release/LoopCoach.ServerLoad.dll" "$(IFS=,; echo "${nodes[*]}")" "$candidates" "$seconds" "$database" \
    | tee "$out/summary.txt" || status=$?
exit "$status"
