#!/usr/bin/env python3
"""A deliberately broken `gouji lsp`: the real server behind a proxy that breaks one thing.

Usage: mutating_proxy.py MUTATION GOUJI [ARGUMENTS...]

Runs `GOUJI ARGUMENTS...` and relays the protocol between the client (our stdin/stdout) and it, applying
MUTATION. tools/mutation-check.sh runs the end-to-end tests against each mutation and expects every one to
fail: that is the evidence that a broken server makes them fail.
"""

import os
import subprocess
import sys
import threading

from lspframing import read_message, write_message

MUTATIONS = {
    "none": "nothing: the baseline, which every client must pass",
    "shift-diagnostics": "diagnostic ranges start one unit to the right",
    "misapply-edits": "the server applies incremental edits one unit to the right",
    "drop-changes": "the server misses every third didChange",
    "stale-diagnostics": "the server ignores every change: its diagnostics stay those of the opened text",
    "markdown-hover": "hovers are markdown even for clients that only take plain text",
    "snippet-completion": "completion items are snippets even for clients without snippet support",
    "no-fixes": "code actions come back empty",
    "no-exit": "the server ignores exit and keeps running",
}


def shift(range_):
    range_["start"]["character"] += 1
    if range_["end"]["line"] == range_["start"]["line"] and range_["end"]["character"] < range_["start"]["character"]:
        range_["end"]["character"] = range_["start"]["character"]


def main():
    mutation, command = sys.argv[1], sys.argv[2:]
    if mutation not in MUTATIONS:
        sys.exit(f"unknown mutation {mutation}; one of {', '.join(MUTATIONS)}")
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    to_client, to_server = sys.stdout.buffer, server.stdin
    client_lock, server_lock = threading.Lock(), threading.Lock()
    pending = {}  # request id (client → server) → method
    changes = [0]

    def from_server():
        while True:
            message = read_message(server.stdout)
            if message is None:
                break
            method = message.get("method")
            result_of = pending.pop(message.get("id"), None) if method is None else None
            if mutation == "shift-diagnostics":
                if method == "textDocument/publishDiagnostics":
                    for d in message["params"]["diagnostics"]:
                        shift(d["range"])
                if result_of == "textDocument/diagnostic" and message.get("result", {}).get("kind") == "full":
                    for d in message["result"]["items"]:
                        shift(d["range"])
            if mutation == "markdown-hover" and result_of == "textDocument/hover" and message.get("result"):
                contents = message["result"]["contents"]
                if isinstance(contents, dict):
                    contents["kind"] = "markdown"
            if mutation == "snippet-completion" and result_of == "textDocument/completion" and message.get("result"):
                result = message["result"]
                for item in result.get("items", []) if isinstance(result, dict) else result:
                    item["insertTextFormat"] = 2
            if mutation == "no-fixes" and result_of == "textDocument/codeAction":
                message["result"] = []
            write_message(to_client, message, client_lock)
        # The server ended: end with it, with its status (the client may keep our input open).
        status = server.wait()
        if mutation == "no-exit":
            threading.Event().wait(30)  # still running, longer than any client waits, as a hung server would be
        to_client.flush()
        os._exit(status)

    reader = threading.Thread(target=from_server, daemon=True)
    reader.start()
    stdin = sys.stdin.buffer
    while True:
        message = read_message(stdin)
        if message is None:
            break
        method = message.get("method")
        if "id" in message and method is not None:
            pending[message["id"]] = method
        if method == "textDocument/didChange":
            changes[0] += 1
            if mutation == "drop-changes" and changes[0] % 3 == 0:
                continue
            if mutation == "misapply-edits":
                for change in message["params"]["contentChanges"]:
                    if "range" in change:
                        shift(change["range"])
            if mutation == "stale-diagnostics":
                continue  # the server keeps the first text, so its diagnostics never change
        if method == "exit" and mutation == "no-exit":
            continue
        write_message(to_server, message, server_lock)
    server.stdin.close()
    reader.join()


if __name__ == "__main__":
    main()
