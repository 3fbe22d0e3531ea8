#!/usr/bin/env bash
# Load on a small server, loopback only: one throw-away PostgreSQL, two `loopcoach web` nodes on free ports, and N
# simulated candidates running mock loops through the HTTP API, each request to the next node, for a bounded time.
# Prints requests per second, the per-turn latency (p50/p95/p99), the errors, and then checks in the database that
# every answer a node acknowledged was kept.
#
#   bash bench/server-load.sh [CANDIDATES] [SECONDS]      # default 50 candidates for 60 s
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
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    bash "$root/scripts/throwaway-postgres.sh" stop "$pg_dir"
}
trap cleanup EXIT

server="$(bash "$root/scripts/throwaway-postgres.sh" start "$pg_dir")"
database="${server/Database=postgres/Database=loopcoach}"
dotnet_psql() { PGPASSWORD=loopcoach-test psql -h 127.0.0.1 -p "$(cat "$pg_dir/port")" -U loopcoach -d postgres -qc "$1"; }
dotnet_psql "CREATE DATABASE loopcoach"

nodes=()
for i in 1 2; do
    log="$out/node$i.log"
    LOOPCOACH_DATABASE_URL="$database;Maximum Pool Size=100" "$root/loopcoach" web --host 127.0.0.1 --port 0 >"$log" 2>&1 &
    pids+=("$!")
    for _ in $(seq 1 120); do
        address="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -1 || true)"
        [ -n "$address" ] && break
        sleep 0.5
    done
    [ -n "$address" ] || { echo "server-load: node $i did not start" >&2; cat "$log" >&2; exit 1; }
    curl -fsS "$address/health/ready" >/dev/null
    nodes+=("$address")
done

echo "server-load: $candidates candidates for $seconds s against ${nodes[*]} and PostgreSQL on 127.0.0.1:$(cat "$pg_dir/port")"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
status=0
dotnet "$root/artifacts/bin/LoopCoach.ServerLoad/release/LoopCoach.ServerLoad.dll" "$(IFS=,; echo "${nodes[*]}")" "$candidates" "$seconds" "$database" \
    | tee "$out/summary.txt" || status=$?
exit "$status"
