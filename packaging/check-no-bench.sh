#!/usr/bin/env bash
# Fails if a jar of a built app image holds benchmark code: the benchmarks live in the bench
# module, run from a checkout, and never ship. Usage: packaging/check-no-bench.sh [image folder]
set -euo pipefail
image="${1:-$(dirname "$0")/target/image/tandem}"
[ -d "$image" ] || { echo "no app image at $image: build the image first (README, Install)" >&2; exit 1; }
jars=0
found=0
while IFS= read -r -d '' jar; do
  jars=$((jars + 1))
  entries="$(jar tf "$jar")"
  # Files only: an empty folder that an older build left in target/classes is no code.
  if hits="$(grep -E '^dev/tandem/(bench|app/bench|ui/bench)/.*[^/]$' <<<"$entries")"; then
    echo "benchmark classes in $jar:" >&2
    head -5 <<<"$hits" >&2
    found=1
  fi
done < <(find "$image" -name '*.jar' -print0)
[ "$jars" -gt 0 ] || { echo "no jars in $image" >&2; exit 1; }
[ "$found" -eq 0 ] || exit 1
echo "no benchmark code in the $jars jars of $image"
