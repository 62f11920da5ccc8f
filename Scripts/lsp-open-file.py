#!/usr/bin/env python3
"""Opens one file in `gouji lsp` as an editor would and waits for its diagnostics (used by hostile-inputs.sh).

Usage: lsp-open-file.py BINARY FILE TIME_REPORT TIMEOUT MEMORY_KB

Starts BINARY lsp under `/usr/bin/time -v -o TIME_REPORT` with its address space capped at MEMORY_KB, sends
initialize, initialized and didOpen with the file's text, waits for the publishDiagnostics of that version, then
shutdown and exit. Prints the number of diagnostics published and the server's exit status ("timeout" when TIMEOUT
seconds passed first).
"""
import json
import os
import resource
import subprocess
import sys
import threading


def frame(message):
    body = json.dumps(message, ensure_ascii=False).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def messages(stream):
    """The messages the server writes, in order, until it closes its output."""
    while True:
        length = None
        while True:
            line = stream.readline()
            if not line:
                return
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        yield json.loads(stream.read(length))


def main():
    binary, path, time_report, timeout, memory = sys.argv[1:6]
    text = open(path, encoding="utf-8").read()
    uri = "file://" + os.path.abspath(path)

    def cap_memory():
        limit = int(memory) * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    server = subprocess.Popen(
        ["/usr/bin/time", "-v", "-o", time_report, binary, "lsp"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, preexec_fn=cap_memory,
    )
    timer = threading.Timer(float(timeout), server.kill)
    timer.start()
    send = lambda message: (server.stdin.write(frame(message)), server.stdin.flush())
    published = "-"
    try:
        send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
              "params": {"processId": None, "rootUri": None, "capabilities": {}}})
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
        del text
        for message in messages(server.stdout):
            if "id" in message and "method" in message:  # a request from the server: answer nothing in particular
                send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            elif message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                published = len(message["params"]["diagnostics"])
                send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
            elif message.get("id") == 2:
                send({"jsonrpc": "2.0", "method": "exit"})
                break
    except (BrokenPipeError, ValueError):
        pass
    status = server.wait()
    timed_out = not timer.is_alive()
    timer.cancel()
    print(published, "timeout" if timed_out else status)


main()
