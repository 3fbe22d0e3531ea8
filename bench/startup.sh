#!/usr/bin/env bash
# Measures how long the whole loopcoach process takes to start, run a simple command and exit, with hyperfine.
#
#   bash bench/startup.sh                  # the program ./loopcoach runs (built first if needed)
#   bash bench/startup.sh ./loopcoach      # the same through the ./loopcoach script (adds its staleness check)
#   bash bench/startup.sh PROGRAM...       # any other way to start it, e.g. an older build's apphost
#
# Environment: RUNS (default 30), WARMUP (default 5), LABEL (the results folder's name; default from the program).
# Results: artifacts/bench/startup/LABEL/ (results.md and results.json from hyperfine, summary.md with medians).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-30}"
warmup="${WARMUP:-5}"

if ! command -v hyperfine >/dev/null 2>&1; then
    echo "startup.sh: installing hyperfine" >&2
    sudo=""
    if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hyperfine >/dev/null
fi

if [ "$#" -eq 0 ]; then
    # The program the script runs, started directly: the script builds it first when the sources changed.
    "$root/loopcoach" --help >/dev/null
    set -- dotnet "$root/artifacts/loopcoach/bin/loopcoach.dll"
    label="${LABEL:-loopcoach-dll}"
else
    label="${LABEL:-$(basename "$1")}"
fi

out="$root/artifacts/bench/startup/$label"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Each command is one string for hyperfine (run without a shell), so quote the program's words for it.
program=""
for word in "$@"; do program+="$(printf '%q' "$word") "; done
db="$(printf '%q' "$work/bank.db")"

# The same language, database and data folder for every run; the stories database exists before timing starts.
export LANG=en_US.UTF-8 LOOPCOACH_DB="$work/default.db" XDG_DATA_HOME="$work"
unset LOOPCOACH_LANG LC_ALL LC_MESSAGES
eval "$program stories list --db $db" >/dev/null

hyperfine --shell=none --warmup "$warmup" --runs "$runs" \
    --export-markdown "$out/results.md" --export-json "$out/results.json" \
    --command-name=--help "$program--help" \
    --command-name "questions list --limit 1" "$program""questions list --limit 1" \
    --command-name "stories list (temp --db)" "$program""stories list --db $db" \
    --command-name "frameworks list" "$program""frameworks list"

# hyperfine's JSON has one key per line: pick each command's median, spread and extremes out of it. The CPU time
# (mean user + system) moves less than the wall time when other work shares the machine.
awk -v program="$*" -v runs="$runs" -v warmup="$warmup" '
    BEGIN {
        print "Start-up of `" program "`, " runs " runs after " warmup " warm-up runs (times in ms):"
        print ""
        print "| command | median | mean ± σ | min | max | CPU (user + system) |"
        print "| --- | ---: | ---: | ---: | ---: | ---: |"
    }
    function ms(line) { sub(/.*: /, "", line); sub(/,$/, "", line); return sprintf("%.0f", line * 1000) }
    /"command":/ { name = $0; sub(/.*"command": "/, "", name); sub(/",$/, "", name) }
    /"mean":/    { mean = ms($0) }
    /"stddev":/  { stddev = ms($0) }
    /"median":/  { median = ms($0) }
    /"user":/    { user = ms($0) }
    /"system":/  { sys = ms($0) }
    /"min":/     { min = ms($0) }
    /"max":/     { max = ms($0); printf "| %s | %s | %s ± %s | %s | %s | %s |\n", name, median, mean, stddev, min, max, user + sys }
' "$out/results.json" | tee "$out/summary.md"
echo "startup.sh: results in ${out#"$root"/}/" >&2
