#!/usr/bin/env bash
# Kills loopcoach with SIGKILL at random moments while it writes, and checks that no acknowledged write was lost
# and that the bank is never damaged. Usage: bash scripts/killtest.sh [ROUNDS] (default 100).
#
# Each round starts one writer on a bank shared by all rounds - stories add, stories edit, stories import of 1,000
# stories, or loop run --answers - waits a random time within how long that command takes (measured once before the
# rounds) and sends kill -9. A writer that exited 0 before the kill
# acknowledged its write; the script remembers what it wrote and checks, after every round, that everything
# acknowledged so far is in the bank, that an import is there whole or not at all, and PRAGMA integrity_check and
# foreign_key_check. Needs bash, python3 (its sqlite3 module) and the .NET SDK.
set -euo pipefail
rounds="${1:-100}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/loopcoach" --help >/dev/null            # builds once if needed
program="$root/artifacts/loopcoach/bin/loopcoach.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export LOOPCOACH_DB="$work/bank.db" LOOPCOACH_LANG=en HOME="$work"
lc() { dotnet "$program" "$@"; }

lc stories add --title "seed story" --action "I did it." >/dev/null
python3 - "$work" <<'PY'
import json, sys, uuid
work = sys.argv[1]
# One file of answers for the loop, and ten import files of 1,000 new stories each (their uids say which file).
open(f"{work}/answers.jsonl", "w").write("\n".join(json.dumps({"answer": a}) for a in [
    "I'm a data analyst; I run our pricing reports.",
    "In 2023 I rebuilt the churn dashboard myself, and churn fell from 15% to 9% in three months.",
    "I asked each team lead what they needed first, then I shipped the smallest version in a week."] * 4) + "\n")
for f in range(10):
    stories = []
    for i in range(1000):
        content = {"title": f"imported {f}-{i}", "situation": "S", "task": "", "action": "I did it.", "result": "up 10%",
                   "lesson": "", "metrics": [], "when": None, "role": "", "tags": [], "competencies": []}
        story = dict(content, id=0, uid=str(uuid.UUID(int=(f + 1) * 10**6 + i)), version=1,
                     createdAt="2026-11-01T00:00:00+00:00", updatedAt="2026-11-01T00:00:00+00:00", deletedAt=None,
                     history=[{"version": 1, "savedAt": "2026-11-01T00:00:00+00:00", "change": "created", "story": content}])
        stories.append(story)
    json.dump({"format": "loopcoach.stories", "formatVersion": 1, "exportedAt": "2026-11-01T00:00:00+00:00", "stories": stories},
              open(f"{work}/import-{f}.json", "w"))
PY

# How long each kind of write takes here, start-up included: the kill lands at a random moment within it.
declare -a took
for op in 0 1 2 3; do
    t0=$(date +%s%N)
    case $op in
        0) lc stories add --title "timing" --action "I did it." >/dev/null ;;
        1) lc stories edit 1 --lesson "timing" >/dev/null ;;
        2) lc --db "$work/timing.db" stories import "$work/import-0.json" >/dev/null ;;
        3) lc loop run --seed 1 --template phone-screen --answers "$work/answers.jsonl" >/dev/null ;;
    esac
    took[$op]=$(( ($(date +%s%N) - t0) / 1000000 ))
done
echo "one write takes: add ${took[0]} ms, edit ${took[1]} ms, import of 1,000 ${took[2]} ms, loop of 12 answers ${took[3]} ms"

acked="$work/acked"      # one acknowledged write a line: "title T", "lesson L", "import F", "session-answers N"
: >"$acked"
killed=0 finished=0 lost=0 damaged=0
start=$(date +%s)
for round in $(seq 1 "$rounds"); do
    op=$((RANDOM % 4))
    case $op in
        0) what="title round-$round"; cmd=(stories add --title "round-$round" --action "I did it in round $round.") ;;
        1) what="lesson round-$round"; cmd=(stories edit 1 --lesson "round-$round") ;;
        2) f=$((RANDOM % 10)); what="import $f"; cmd=(stories import "$work/import-$f.json") ;;
        3) what="loop"; cmd=(loop run --seed "$round" --template phone-screen --answers "$work/answers.jsonl" --json) ;;
    esac
    lc "${cmd[@]}" >"$work/out" 2>"$work/err" &
    pid=$!
    sleep "$(python3 -c "import random; print(round(random.uniform(0, ${took[$op]} / 1000), 3))")"
    if kill -9 "$pid" 2>/dev/null; then :; fi
    status=0
    { wait "$pid"; } 2>/dev/null || status=$?
    if [ "$status" -eq 0 ]; then
        finished=$((finished + 1))
        if [ "$what" = loop ]; then
            echo "session $(python3 -c "import json,sys; d=json.load(open('$work/out')); print(d['id'], sum(1 for t in d['turns'] if t['answer']))")" >>"$acked"
        else
            echo "$what" >>"$acked"
        fi
    elif [ "$status" -eq 137 ]; then
        killed=$((killed + 1))
    else
        echo "round $round: ${cmd[*]} exited $status: $(head -c 300 "$work/err")" >&2
    fi

    report="$(python3 - "$LOOPCOACH_DB" "$acked" <<'PY'
import sqlite3, sys, uuid
db = sqlite3.connect(sys.argv[1], timeout=30)
problems = []
integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
if integrity != "ok": problems.append("integrity: " + integrity)
if db.execute("PRAGMA foreign_key_check").fetchall(): problems.append("foreign keys violated")
titles = {r[0] for r in db.execute("SELECT json_extract(content, '$.title') FROM story_versions")}
lessons = {r[0] for r in db.execute("SELECT json_extract(content, '$.lesson') FROM story_versions")}
uids = {r[0] for r in db.execute("SELECT uid FROM stories")}
for f in range(10):
    present = sum(1 for i in range(1000) if str(uuid.UUID(int=(f + 1) * 10**6 + i)) in uids)
    if present not in (0, 1000): problems.append(f"half import: file {f} has {present} of 1000")
lost = 0
for line in open(sys.argv[2]):
    kind, value = line.strip().split(" ", 1)
    if kind == "title" and value not in titles: lost += 1
    elif kind == "lesson" and value not in lessons: lost += 1
    elif kind == "import" and str(uuid.UUID(int=(int(value) + 1) * 10**6)) not in uids: lost += 1
    elif kind == "session":
        sid, answers = map(int, value.split())
        if db.execute("SELECT count(*) FROM session_turns WHERE session_id = ?", (sid,)).fetchone()[0] < answers: lost += 1
print(lost, len(problems), "; ".join(problems))
PY
)"
    read -r round_lost round_damaged round_problems <<<"$report"
    lost=$round_lost
    if [ "$round_damaged" -gt 0 ]; then
        damaged=$((damaged + 1))
        echo "round $round: $round_problems" >&2
    fi
done
echo "kill -9 rounds: $rounds ($killed killed before they finished, $finished finished first), $(($(date +%s) - start)) s"
echo "acknowledged writes: $(wc -l <"$acked"), lost: $lost"
echo "rounds with integrity_check, foreign_key_check or half-import problems: $damaged"
[ "$lost" -eq 0 ] && [ "$damaged" -eq 0 ]
