#!/usr/bin/env bash
# Measures the web app over HTTP with wrk, on loopback only: `loopcoach web` on a free port over a temporary bank.
#
#   bash bench/web.sh                 # the program ./loopcoach runs (built first if needed)
#
# Environment: DURATION (seconds per run, default 15), CONNECTIONS (default 16), THREADS (default 2), PRACTISED
# (mock loops answered 12 times and paused before the page runs, so that Home and /progress have history to draw;
# default 100), SESSIONS (sessions each turn run answers in, default 400), PAGES_ONLY=1 (skip the analyze and turn runs).
# Runs: POST /api/analyze with a 400-word answer; one mock-loop turn (POST /api/loops/ID/answers, then with ?view=turn)
# spread over many sessions; GET of each page. Results: artifacts/bench/web/ (wrk's output per run, summary.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${DURATION:-15}"
practised="${PRACTISED:-100}"
connections="${CONNECTIONS:-16}"
threads="${THREADS:-2}"

for tool in wrk curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "web.sh: installing $tool" >&2
        sudo=""
        if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$tool" >/dev/null
    fi
done

"$root/loopcoach" --help >/dev/null   # builds first when the sources changed
out="$root/artifacts/bench/web"
mkdir -p "$out"
work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

export LANG=en_US.UTF-8 XDG_DATA_HOME="$work" HOME="$work"
dotnet "$root/artifacts/loopcoach/bin/loopcoach.dll" web --port 0 --db "$work/bank.db" >"$work/web.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    address="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/web.log" | head -1 || true)"
    [ -n "$address" ] && break
    sleep 0.2
done
if [ -z "${address:-}" ]; then echo "web.sh: loopcoach web did not start" >&2; cat "$work/web.log" >&2; exit 1; fi
echo "web.sh: measuring $address for ${duration}s per run, $connections connections, $threads threads" >&2

# A 400-word English answer, as the in-process benchmark uses.
sentence="Last year our biggest client threatened to leave because the weekly report was wrong, so I rebuilt the queries myself, checked every number with them each Monday, and within two months the errors fell from eight a month to one and they renewed for another year."
answer=""
while [ "$(wc -w <<<"$answer")" -lt 400 ]; do answer+="$sentence "; done
printf '{"answer":"%s","competency":"customer-obsession"}' "$answer" >"$work/analyze.json"

# Sessions to answer in: each turn request goes to the next one in turn, so that none runs out of questions (an
# Amazon loop takes about 40 answers; SESSIONS, default 400). Each wrk thread answers its own share of them: two
# threads sending to the same session at once answer one question twice, and the second is refused (409). Each of
# the two turn runs has sessions of its own.
sessions="${SESSIONS:-400}"
for _ in $(seq 1 $((2 * sessions))); do
    curl -s -o /dev/null -X POST "$address/api/loops" -H 'content-type: application/json' -d '{"template":"amazon-loop","language":"en"}'
done
curl -s -o /dev/null -X POST "$address/api/stories" -H 'content-type: application/json' \
    -d '{"title":"Onboarding checklist","action":"I wrote an onboarding checklist.","result":"Churn fell from 15% to 9%."}'

# Practised loops: the history Home's level chart and /progress draw (paused sessions count, as finished ones do).
answers=("I lead support for our clinic software and I own the refund process."
    "Our refund emails confused customers, so I rewrote the three templates myself and tested them with ten customers. Refund tickets fell from 120 a week to 45 within a month."
    "skip")
for _ in $(seq 1 "$practised"); do
    id="$(curl -s -X POST "$address/api/loops" -H 'content-type: application/json' -d '{"template":"amazon-loop","language":"en"}' | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
    for n in $(seq 0 11); do
        answer="${answers[$((n % 3))]}"
        curl -s -o /dev/null -X POST "$address/api/loops/$id/answers" -H 'content-type: application/json' -d "{\"answer\":\"$answer\"}"
    done
    curl -s -o /dev/null -X POST "$address/api/loops/$id/pause" -H 'content-type: application/json' -d '{}'
done

cat >"$work/analyze.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/analyze.json", "r"); wrk.body = f:read("*a"); f:close()
LUA
base=0
for view in session turn; do
    cat >"$work/turn-$view.lua" <<LUA
local threads = 0
function setup(thread)
    thread:set("first", threads)
    threads = threads + 1
end
local n = 0
request = function()
    -- Thread k answers in sessions k+1, k+1+$threads, …: no two threads ever answer in the same session.
    local id = $base + ((n * $threads + first) % $sessions) + 1
    n = n + 1
    return wrk.format("POST", "/api/loops/" .. id .. "/answers?view=$view", { ["Content-Type"] = "application/json" },
        '{"answer":"In 2023 I rebuilt the weekly report myself and checked every number with the client. Errors fell from 8 a month to 1."}')
end
LUA
    base=$((base + sessions))
done

run() {
    local name="$1"; shift
    local file
    file="$out/$(tr -cs 'A-Za-z0-9' '-' <<<"$name").txt"
    wrk --latency -t "$threads" -c "$connections" -d "${duration}s" "$@" >"$file"
    local rps p50 p99 errors
    rps="$(awk '/Requests\/sec/ { print $2 }' "$file")"
    p50="$(awk '$1 == "50%" { print $2 }' "$file")"
    p99="$(awk '$1 == "99%" { print $2 }' "$file")"
    errors="$(awk '/Non-2xx/ { print $NF }' "$file")"
    printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
}

{
    echo "wrk on $address: ${duration}s per run, $connections connections, $threads threads; $practised practised loops; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
    echo
    echo "| run | requests/s | p50 | p99 | non-2xx |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    if [ "${PAGES_ONLY:-}" != "1" ]; then
        run "POST /api/analyze (400 words)" -s "$work/analyze.lua" "$address/api/analyze"
        run "loop turn (POST /api/loops/ID/answers)" -s "$work/turn-session.lua" "$address"
        run "loop turn, ?view=turn" -s "$work/turn-turn.lua" "$address"
    fi
    if [ "${PAGES_ONLY:-}" != "1" ]; then
        finished="$(curl -s "$address/api/loops" | { grep -o '"status":"finished"' || true; } | wc -l)"
        echo
        echo "Sessions the turn runs finished (their later answers are refused with 409): $finished of $((2 * sessions))."
        echo
        echo "| run | requests/s | p50 | p99 | non-2xx |"
        echo "| --- | ---: | ---: | ---: | ---: |"
    fi
    for page in / /progress /stories /posting /loop /loop/1 /loop/1/debrief /questions; do
        run "GET $page" "$address$page"
    done
} | tee "$out/summary.md"
echo "web.sh: results in ${out#"$root"/}/" >&2
