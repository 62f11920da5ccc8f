"""The Content-Length framing of the language server protocol, for the tools that stand between a client and a
server (mutating_proxy.py) or in for the server (record_client.py)."""

import contextlib
import json


def read_message(stream):
    """The next message on `stream` (a binary file), or None at the end of input."""
    headers = {}
    while True:
        line = stream.readline()
        if not line:
            return None
        line = line.decode("ascii").strip()
        if not line:
            break
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return json.loads(stream.read(int(headers["content-length"])).decode("utf-8"))


def write_message(stream, message, lock=None):
    """Writes `message` to `stream` (a binary file) with its header, under `lock` when several threads write."""
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    with lock or contextlib.nullcontext():
        stream.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stream.flush()
