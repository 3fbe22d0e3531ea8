#!/usr/bin/env bash
# Two builds of loopcoach over HTTP, side by side on temporary banks and measured in turn with wrk (8 s a run, three
# rounds, the first a warm-up), so that on a shared machine both see the same load: POST /api/analyze with bench/web.sh's
# 400-word answer, and one mock-loop turn (each wrk thread in sessions of its own).
#
#   bash bench/web-ab.sh BEFORE.dll AFTER.dll     # e.g. another checkout's artifacts/loopcoach/bin/loopcoach.dll
set -uo pipefail
if [ $# -ne 2 ]; then echo "usage: bash bench/web-ab.sh BEFORE.dll AFTER.dll" >&2; exit 2; fi
work="$(mktemp -d)"
declare -A dll=([base]="$1" [new]="$2")
declare -A addr pid
for v in base new; do
  mkdir -p "$work/$v"
  XDG_DATA_HOME="$work/$v" HOME="$work/$v" LANG=en_US.UTF-8 dotnet "${dll[$v]}" web --port 0 --db "$work/$v/bank.db" >"$work/$v/log" 2>&1 &
  pid[$v]=$!
done
for v in base new; do
  for _ in $(seq 1 100); do a="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/$v/log" | head -1)"; [ -n "$a" ] && break; sleep 0.2; done
  addr[$v]="$a"
done
sentence="Last year our biggest client threatened to leave because the weekly report was wrong, so I rebuilt the queries myself, checked every number with them each Monday, and within two months the errors fell from eight a month to one and they renewed for another year."
answer=""; while [ "$(wc -w <<<"$answer")" -lt 400 ]; do answer+="$sentence "; done
printf '{"answer":"%s","competency":"customer-obsession"}' "$answer" >"$work/analyze.json"
sessions=300
for v in base new; do
  for _ in $(seq 1 $((3 * sessions))); do curl -s -o /dev/null -X POST "${addr[$v]}/api/loops" -H 'content-type: application/json' -d '{"template":"amazon-loop","language":"en"}'; done
done
cat >"$work/analyze.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/analyze.json", "r"); wrk.body = f:read("*a"); f:close()
LUA
for round in 0 1 2; do
  cat >"$work/turn-$round.lua" <<LUA
local threads = 0
function setup(thread) thread:set("first", threads); threads = threads + 1 end
local n = 0
request = function()
    local id = $((round * sessions)) + ((n * 2 + first) % $sessions) + 1
    n = n + 1
    return wrk.format("POST", "/api/loops/" .. id .. "/answers", { ["Content-Type"] = "application/json" },
        '{"answer":"In 2023 I rebuilt the weekly report myself and checked every number with the client. Errors fell from 8 a month to 1."}')
end
LUA
done
echo "| round | build | run | requests/s | p50 | p99 | non-2xx | load |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"
for round in 0 1 2; do
  for v in base new; do
    for run in analyze turn; do
      if [ $run = analyze ]; then out="$(wrk --latency -t2 -c16 -d8s -s "$work/analyze.lua" "${addr[$v]}/api/analyze")"
      else out="$(wrk --latency -t2 -c16 -d8s -s "$work/turn-$round.lua" "${addr[$v]}")"; fi
      rps="$(awk '/Requests\/sec/ { print $2 }' <<<"$out")"; p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"; p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"; e="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
      echo "| $round | $v | $run | $rps | $p50 | $p99 | ${e:-0} | $(cut -d' ' -f1 /proc/loadavg) |"
    done
  done
done
kill "${pid[base]}" "${pid[new]}"; wait 2>/dev/null
rm -rf "$work"
