#!/usr/bin/env bash
# Runs every LoopCoach test, as CI does (.ci/run calls this script).
# Installs what the tests need that the .NET SDK does not bring: tmux, for the test that types into
# a real terminal, and Debian's Chromium with Korean fonts (fonts-noto-cjk), for the web app's browser journeys
# (Playwright drives /usr/bin/chromium; it never downloads a browser) and the Korean labels of the progress charts.
# It needs apt-get and root (or sudo) only when one of them is missing.
# It also starts a throw-away PostgreSQL (scripts/throwaway-postgres.sh, installing Debian's postgresql if missing)
# on a free loopback port, so the storage, application and several-node tests run against PostgreSQL as well as
# SQLite; its connection string is LOOPCOACH_TEST_POSTGRES, and it is stopped when the script ends. Without it the
# PostgreSQL cases skip and say why; under CI=true a PostgreSQL that cannot start fails the run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

install_if_missing() {
    local command="$1" package="$2"   # a command, or a file the package installs
    if command -v "$command" >/dev/null 2>&1 || [ -e "$command" ]; then
        return
    fi
    echo "test.sh: installing $package (needed by the tests)"
    local sudo=""
    if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
}

install_if_missing tmux tmux
install_if_missing chromium chromium
install_if_missing /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc fonts-noto-cjk   # Korean pages and chart labels

if [ -z "${LOOPCOACH_TEST_POSTGRES:-}" ]; then
    pg_dir="$(mktemp -d /tmp/loopcoach-pg.XXXXXX)"
    trap 'bash "$root/scripts/throwaway-postgres.sh" stop "$pg_dir"' EXIT
    if connection="$(bash "$root/scripts/throwaway-postgres.sh" start "$pg_dir")"; then
        export LOOPCOACH_TEST_POSTGRES="$connection"
        echo "test.sh: PostgreSQL for the tests on 127.0.0.1:$(cat "$pg_dir/port")"
    elif [ "${CI:-}" = "true" ]; then
        echo "test.sh: PostgreSQL could not be started, and CI must run the PostgreSQL tests" >&2
        exit 1
    else
        echo "test.sh: PostgreSQL could not be started; its tests will be skipped" >&2
    fi
fi

results="$root/artifacts/test-results"
rm -rf "$results"
status=0
dotnet test LoopCoach.slnx --configuration Release --logger "trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=$?

# One plain summary line over every test project, read from the TRX reports.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    t="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
    e="$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
# Why tests were skipped, once per reason (a seed test names the folders it searched for the reference seeds).
reasons="$(awk '/<UnitTestResult / { skip = ($0 ~ /outcome="NotExecuted"/) }
    skip && /<Message>/ { sub(/.*<Message>/, ""); sub(/<\/Message>.*/, ""); print }' "$results"/*.trx 2>/dev/null |
    sort | uniq -c | sed 's/^ *\([0-9]*\) /  \1 skipped: /' || true)"
if [ -n "$reasons" ]; then
    echo "$reasons"
fi
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
    echo "test.sh: no test ran" >&2
    exit 1
fi
exit "$status"
