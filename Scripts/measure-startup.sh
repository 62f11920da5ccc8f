#!/usr/bin/env bash
# How long the language server takes from process start to its answer to `initialize`, the median of several runs.
#
# Usage: Scripts/measure-startup.sh [BINARY] [RUNS]
#   BINARY  the gouji executable (default .build/release/gouji); build it first, for example with the Swift
#           runtime linked statically:  swift build -c release --static-swift-stdlib
#   RUNS    how many processes to start (default 21)
#
# Each run starts `BINARY lsp`, writes one framed `initialize` request at once, and stops the clock when the first
# complete response has been read; then it sends `shutdown`/`exit`. Python 3 (standard library) does the timing.
set -euo pipefail

binary="${1:-.build/release/gouji}"
runs="${2:-21}"
[ -x "$binary" ] || { echo "no executable at $binary (build it first)" >&2; exit 2; }

python3 - "$binary" "$runs" <<'PYTHON'
import json, statistics, subprocess, sys, time

binary, runs = sys.argv[1], int(sys.argv[2])

def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body

def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise RuntimeError("the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(stream.read(length))

initialize = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                    "params": {"processId": None, "rootUri": None, "capabilities": {}}})
shutdown = frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}) + frame({"jsonrpc": "2.0", "method": "exit"})

samples = []
for _ in range(runs):
    start = time.perf_counter()
    process = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    process.stdin.write(initialize)
    process.stdin.flush()
    while True:
        message = read_message(process.stdout)
        if message.get("id") == 1:
            break
    samples.append((time.perf_counter() - start) * 1000)
    process.stdin.write(shutdown)
    process.stdin.close()
    process.wait(timeout=10)

samples.sort()
print(f"{binary}: initialize answered after {statistics.median(samples):.1f} ms (median of {runs}; "
      f"min {samples[0]:.1f}, max {samples[-1]:.1f})")
PYTHON
