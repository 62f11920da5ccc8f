#!/usr/bin/env bash
# Wall time and peak memory of `gouji check` and of the language server on hostile inputs (issue 10, "Unbounded
# cost"; done when both handle 50 MB in any shape in seconds and at most 20 times the input in memory).
#
# Usage: Scripts/hostile-inputs.sh [SCALE | --size BYTES] [BINARY] [TIMEOUT]
#   SCALE         size factor for every input (default 1 = the sizes below; 0.1 for a quick run)
#   --size BYTES  every input about BYTES long instead (a suffix K or M counts in 10^3 or 10^6: `--size 50M`)
#   BINARY        the gouji executable (default .build/release/gouji; build it with `swift build -c release`)
#   TIMEOUT       seconds before a run is stopped and reported as such (default 300)
# Environment: GOUJI_MEMORY_LIMIT_KB (default 8388608, 8 GiB) caps each run's address space (`ulimit -v`), so a
# run that would exhaust the machine stops instead (reported as `no memory`); GOUJI_SKIP_SERVER=1 measures the
# command line only; GOUJI_SHAPES (e.g. "newlines lines") runs only the inputs named.
#
# Inputs at SCALE 1 (generated under a temporary folder, removed afterwards):
#   images      100,000 `[image: x]` markers spread over example 000's lines (about 1.1 MB)
#   newlines    1 MB of line feeds
#   digits      a table 三 row label followed by 5 MB of digits, under the table's heading
#   flattened   50 MB on one line: example 000's text with its line ends removed, repeated
#   tabs        7 MB of TAB-separated table rows (labels of table 三 followed by 7 values)
#   lines       12.5 million short lines
#   compat      50 MB of Kangxi radicals (`⼀`, U+2F00), 80 to a line: one GJ501 finding of 16.7 million edits
#   fullwidth   50 MB of full-width digits (`２０２１`), 80 to a line: GJ501 again, read as numbers by the others
#   headings    50 MB of `一、x` heading lines (1.3 million headings)
#   stars       50 MB of `**` on one line
# For each input and each program (`check`: `gouji check FILE`, its text output read to the end; `server`:
# `gouji lsp` driven by `lsp-open-file.py`, which opens the file with didOpen, waits for its diagnostics and shuts
# the server down) it prints the input size, wall time, CPU time (user + system: what a loaded machine does not
# inflate), peak resident memory (`/usr/bin/time -v`) and its ratio to the input size, the findings (check: the
# count of its summary line; server: the diagnostics published, at most 1,000 and a note of the rest), and the exit
# status (check: 0 or 1 is a finished check; server: 0).
set -euo pipefail

scale=1
size=0
if [ "${1:-}" = --size ]; then
  size=$(awk -v s="$2" 'BEGIN { n = s + 0; if (s ~ /[kK]$/) n *= 1000; if (s ~ /M$/) n *= 1000000; printf "%d", n }')
  shift 2
elif [ $# -gt 0 ]; then
  scale="$1"
  shift
fi
binary="${1:-.build/release/gouji}"
limit="${2:-300}"
memory="${GOUJI_MEMORY_LIMIT_KB:-8388608}"
[ -x "$binary" ] || { echo "no executable at $binary (build it first: swift build -c release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
scripts="$(cd "$(dirname "$0")" && pwd)"
example="$scripts/../Examples/000_212ac920282683c5.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$scale" "$size" "$example" "$work" <<'PYTHON'
import sys
scale, size, example, work = float(sys.argv[1]), int(sys.argv[2]), open(sys.argv[3], encoding="utf-8").read(), sys.argv[4]

def bytes_for(default):
    """The size of an input: `size` when given, else its size at SCALE 1 times SCALE."""
    return size if size else int(default * scale)

def write(name, text):
    with open(f"{work}/{name}.txt", "w", encoding="utf-8") as file:
        file.write(text)

lines = example.split("\n")
marker = " [image: x]"
markers = max(0, bytes_for(100_000 * len(marker)) - len(example.encode())) // len(marker)
per_line = max(1, markers // len(lines))
marked, left = [], markers
for line in lines:
    count = min(per_line, left)
    left -= count
    marked.append(line + marker * count)
marked[-1] += marker * left
write("images", "\n".join(marked))
write("newlines", "\n" * bytes_for(1_000_000))
write("digits", "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量" + "1" * bytes_for(5_000_000) + "\n")
flat = example.replace("\r", "").replace("\n", "")
write("flattened", flat * max(1, bytes_for(50_000_000) // len(flat.encode())))
row = "\t".join(["（一）予以公开"] + ["1"] * 7) + "\n"
write("tabs", row * max(1, bytes_for(7_000_000) // len(row.encode())))
write("lines", "ab\n" * (bytes_for(37_500_000) // 3))
for name, line in [("compat", "⼀" * 80 + "\n"), ("fullwidth", "２０２１" * 20 + "\n"), ("headings", "一、x\n"),
                   ("stars", "**")]:
    write(name, line * max(1, bytes_for(50_000_000) // len(line.encode())))
PYTHON

# Prints one row from the `/usr/bin/time -v` report in $work/time: name, program, bytes, status, findings.
row() {
  local name=$1 program=$2 bytes=$3 status=$4 findings=$5
  if [ "$status" = 124 ] || [ "$status" = timeout ]; then
    printf '%-10s %-7s %10d %9s %8s %10s %8s %9s %s\n' "$name" "$program" "$bytes" ">$limit" - - - - timeout
    return
  fi
  local wall cpu peak ratio
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$work/time")
  peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")
  ratio=$(awk -v p="$peak" -v b="$bytes" 'BEGIN { printf "%.1f", p * 1024 / b }')
  if grep -q 'Command terminated by signal\|Command exited with non-zero status' "$work/time" \
    && grep -q 'Cannot allocate\|out of memory\|failed to allocate' "$work/err" 2>/dev/null; then
    status="no memory"
  fi
  printf '%-10s %-7s %10d %9.2f %8s %10d %8s %9s %s\n' "$name" "$program" "$bytes" "$wall" "$cpu" "$peak" "$ratio" \
    "$findings" "$status"
}

printf '%-10s %-7s %10s %9s %8s %10s %8s %9s %s\n' input program bytes seconds "cpu s" "peak KB" "×input" findings exit
for name in ${GOUJI_SHAPES:-images newlines digits flattened tabs lines}; do
  file="$work/$name.txt"
  bytes=$(stat -c %s "$file")
  status=0
  (ulimit -v "$memory"; timeout "$limit" /usr/bin/time -v -o "$work/time" "$binary" check "$file" 2> "$work/err" \
    | tail -n 1 > "$work/out") || status=$?
  findings=$(grep -o '共[0-9]*个问题' "$work/out" | tr -dc 0-9 || true)
  row "$name" check "$bytes" "$status" "$findings"
  [ "${GOUJI_SKIP_SERVER:-0}" = 1 ] && continue
  result=$(python3 "$scripts/lsp-open-file.py" "$binary" "$file" "$work/time" "$limit" "$memory" 2> "$work/err") || true
  row "$name" server "$bytes" "${result#* }" "${result%% *}"
done
