#!/usr/bin/env bash
# Wall time and peak memory of `gouji check` on hostile inputs (issue 10, "Unbounded cost").
#
# Usage: Scripts/hostile-inputs.sh [SCALE] [BINARY] [TIMEOUT]
#   SCALE    size factor for every input (default 1 = the sizes below; 0.1 for a quick run)
#   BINARY   the gouji executable (default .build/release/gouji; build it with `swift build -c release`)
#   TIMEOUT  seconds before a run is stopped and reported as such (default 300)
#
# Inputs at SCALE 1 (generated under a temporary folder, removed afterwards):
#   images      100,000 `[image: x]` markers spread over example 000's lines (about 2.5 MB)
#   newlines    1 MB of line feeds
#   digits      a table 三 row label followed by 5 MB of digits, under the table's heading
#   flattened   50 MB on one line: example 000's text with its line ends removed, repeated
#   tabs        7 MB of TAB-separated table rows (labels of table 三 followed by 7 values)
#   lines       12.5 million short lines
# For each it prints the input size, wall time, peak resident memory (`/usr/bin/time -v`) and its ratio to the
# input size, and the exit status of `gouji check` (0 or 1 is a finished check).
set -euo pipefail

scale="${1:-1}"
binary="${2:-.build/release/gouji}"
limit="${3:-300}"
[ -x "$binary" ] || { echo "no executable at $binary (build it first: swift build -c release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
example="$(dirname "$0")/../Examples/000_212ac920282683c5.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$scale" "$example" "$work" <<'PYTHON'
import sys
scale, example, work = float(sys.argv[1]), open(sys.argv[2], encoding="utf-8").read(), sys.argv[3]

def write(name, text):
    with open(f"{work}/{name}.txt", "w", encoding="utf-8") as file:
        file.write(text)

lines = example.split("\n")
markers = int(100_000 * scale)
per_line = max(1, markers // len(lines))
marked, left = [], markers
for line in lines:
    count = min(per_line, left)
    left -= count
    marked.append(line + " [image: x]" * count)
marked[-1] += " [image: x]" * left
write("images", "\n".join(marked))
write("newlines", "\n" * int(1_000_000 * scale))
write("digits", "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量" + "1" * int(5_000_000 * scale) + "\n")
flat = example.replace("\r", "").replace("\n", "")
write("flattened", flat * max(1, int(50_000_000 * scale) // len(flat.encode())))
row = "\t".join(["（一）予以公开"] + ["1"] * 7) + "\n"
write("tabs", row * max(1, int(7_000_000 * scale) // len(row.encode())))
write("lines", "ab\n" * int(12_500_000 * scale))
PYTHON

printf '%-10s %10s %9s %10s %8s %s\n' input bytes seconds "peak KB" "×input" exit
for name in images newlines digits flattened tabs lines; do
  file="$work/$name.txt"
  bytes=$(stat -c %s "$file")
  status=0
  timeout "$limit" /usr/bin/time -v -o "$work/time" "$binary" check "$file" > /dev/null 2>&1 || status=$?
  if [ "$status" = 124 ]; then
    printf '%-10s %10d %9s %10s %8s %s\n' "$name" "$bytes" ">$limit" - - timeout
    continue
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
  peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")
  ratio=$(awk -v p="$peak" -v b="$bytes" 'BEGIN { printf "%.1f", p * 1024 / b }')
  printf '%-10s %10d %9.2f %10d %8s %s\n' "$name" "$bytes" "$wall" "$peak" "$ratio" "$status"
done
