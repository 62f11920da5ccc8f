#!/usr/bin/env python3
"""A stand-in language server that records what a real client declares.

Usage: record_client.py OUTPUT.json

Point an editor's LSP client at this script instead of `gouji lsp`. It writes the
client's `initialize` params (clientInfo, capabilities, initializationOptions) to
OUTPUT.json, answers `initialize` with no capabilities, answers `shutdown`, and exits
on `exit` or end of input. `Tests/EndToEnd/pytest/clients/*.json` were recorded with it
(see Tests/EndToEnd/README.md).
"""

import json
import sys

from lspframing import read_message, write_message


def main():
    output = sys.argv[1]
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        message = read_message(stdin)
        if message is None:
            return 0
        method = message.get("method")
        if method == "initialize":
            params = message["params"]
            record = {
                "clientInfo": params.get("clientInfo"),
                "capabilities": params.get("capabilities"),
                "initializationOptions": params.get("initializationOptions"),
            }
            with open(output, "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False, indent=2, sort_keys=True)
                f.write("\n")
            write_message(stdout, {"jsonrpc": "2.0", "id": message["id"],
                                   "result": {"capabilities": {"textDocumentSync": 1},
                                              "serverInfo": {"name": "record_client"}}})
        elif method == "shutdown":
            write_message(stdout, {"jsonrpc": "2.0", "id": message["id"], "result": None})
        elif method == "exit":
            return 0
        elif "id" in message and method is not None:
            write_message(stdout, {"jsonrpc": "2.0", "id": message["id"], "result": None})


if __name__ == "__main__":
    sys.exit(main())
