#!/usr/bin/env bash
# Checks a built app image: that it carries no benchmark code (check-no-bench.sh), then the way a
# person would use it: the command line through the launcher (--version, doctor, an entry and two
# documents taken in and found), then the window under Xvfb for a few seconds: it must stay up
# and write no error to its log. Usage: packaging/check-image.sh [image folder]
set -euo pipefail
image="${1:-$(dirname "$0")/target/image/tandem}"
launcher="$image/bin/tandem"
[ -x "$launcher" ] || { echo "no launcher at $launcher: build the image first (README, Install)" >&2; exit 1; }
"$(dirname "$0")/check-no-bench.sh" "$image"
data="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

version="$("$launcher" --version)"
echo "--version: $version"
[[ "$version" == tandem\ [0-9]* ]] || { echo "unexpected --version output" >&2; exit 1; }
"$launcher" --data-dir "$data" doctor | tee "$data-doctor.txt"
grep -q "launcher *installed" "$data-doctor.txt" || { echo "doctor does not see the installed launcher" >&2; exit 1; }
rm -f "$data-doctor.txt"
"$launcher" --data-dir "$data" journal add --title "Packaging check" "The installed app writes and finds this." >/dev/null
"$launcher" --data-dir "$data" search "installed app" | grep -q "Packaging check" \
  || { echo "search through the launcher did not find the entry" >&2; exit 1; }
fixtures="$(dirname "$0")/src/test/resources"
"$launcher" --data-dir "$data" ingest "$fixtures/plan.pdf" "$fixtures/shed.docx" | tee "$data-ingest.txt"
grep -q "2 added" "$data-ingest.txt" || { echo "the installed readers did not take in a PDF and a Word file" >&2; exit 1; }
rm -f "$data-ingest.txt"
"$launcher" --data-dir "$data" search "compost shed" | grep -q "shed.docx" \
  || { echo "the Word document is not searchable" >&2; exit 1; }
# The built-in meaning model runs inside the installed app (its runtime's natives kept for this system).
"$launcher" --data-dir "$data" embed | tee "$data-embed.txt"
grep -q "with builtin:bge-small-en-v1.5-q; 0 still waiting" "$data-embed.txt" \
  || { echo "the built-in meaning model did not embed the journal" >&2; exit 1; }
rm -f "$data-embed.txt"
"$launcher" --data-dir "$data" recall "the shed with the garden tools" | grep -q "similar in meaning" \
  || { echo "recall did not use the built-in meaning model" >&2; exit 1; }
echo "command line: ok"

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
journal="$data/window-journal"
DISPLAY="$display" "$launcher" --data-dir "$journal" >"$data/window.out" 2>&1 &
app=$!
sleep "${WINDOW_SECONDS:-10}"
if ! kill -0 "$app" 2>/dev/null; then
  echo "the window exited early:" >&2; cat "$data/window.out" >&2; exit 1
fi
grep -q "the window opened the journal" "$journal"/logs/*.log 2>/dev/null \
  || { echo "the window wrote no log in $journal/logs:" >&2; cat "$data/window.out" >&2; exit 1; }
if grep -hE "SEVERE|Exception in thread" "$journal"/logs/*.log "$data/window.out"; then
  echo "the window wrote errors (above)" >&2; exit 1
fi
echo "window: up for ${WINDOW_SECONDS:-10} s, no error in its log"
