"""A client's model of a document: text, positions in a position encoding, edits.

And what `gouji check --format json` says of a text, converted to LSP ranges, to compare the
server's diagnostics with.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile

SEVERITIES = {"error": 1, "warning": 2, "information": 3, "hint": 4}


def units(s: str, encoding: str) -> int:
    """Length of `s` in code units of `encoding` ("utf-8", "utf-16" or "utf-32")."""
    if encoding == "utf-8":
        return len(s.encode("utf-8"))
    if encoding == "utf-16":
        return len(s.encode("utf-16-le")) // 2
    return len(s)


def split_lines(text: str) -> list[str]:
    """Lines as LSP counts them: LF, CRLF and CR end lines; the text after the last end is a line."""
    lines, start, i = [], 0, 0
    while i < len(text):
        c = text[i]
        if c == "\r" or c == "\n":
            lines.append(text[start:i])
            if c == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
                i += 1
            start = i + 1
        i += 1
    lines.append(text[start:])
    return lines


class Document:
    def __init__(self, uri: str, text: str, encoding: str, version: int = 0):
        self.uri = uri
        self.text = text
        self.encoding = encoding
        self.version = version

    @property
    def lines(self) -> list[str]:
        return split_lines(self.text)

    def _line_starts(self) -> list[int]:
        starts, offset = [0], 0
        for line in self.lines[:-1]:
            offset += len(line)
            # the line break that follows
            if self.text.startswith("\r\n", offset):
                offset += 2
            else:
                offset += 1
            starts.append(offset)
        return starts

    def index(self, position: dict, strict: bool = True) -> int:
        """The index in `text` of an LSP position; with `strict`, fail on positions outside the
        text or inside a character (between the units of one scalar)."""
        lines = self.lines
        line, character = position["line"], position["character"]
        if line >= len(lines):
            if strict:
                raise ValueError(f"line {line} is past the last line {len(lines) - 1}")
            return len(self.text)
        start = self._line_starts()[line]
        content = lines[line]
        count = 0
        for i, c in enumerate(content):
            if count == character:
                return start + i
            count += units(c, self.encoding)
            if count > character:
                if strict:
                    raise ValueError(f"{line}:{character} splits the character {c!r} ({self.encoding})")
                return start + i
        if count == character:
            return start + len(content)
        if strict:
            raise ValueError(f"{line}:{character} is past the end of the line ({count} {self.encoding} units)")
        return start + len(content)

    def position(self, index: int) -> dict:
        starts = self._line_starts()
        line = max(i for i, s in enumerate(starts) if s <= index)
        return {"line": line, "character": units(self.text[starts[line]:index], self.encoding)}

    def position_of(self, needle: str, occurrence: int = 0, inside: int = 0) -> dict:
        """The position `inside` characters into the `occurrence`-th occurrence of `needle`."""
        index = -1
        for _ in range(occurrence + 1):
            index = self.text.index(needle, index + 1)
        return self.position(index + inside)

    def range_of(self, needle: str, occurrence: int = 0) -> dict:
        start = self.position_of(needle, occurrence)
        index = self.index(start)
        return {"start": start, "end": self.position(index + len(needle))}

    def apply(self, edits: list[dict]) -> None:
        """Apply LSP text edits (ranges in this document's encoding, all against the current text)."""
        resolved = sorted(
            ((self.index(e["range"]["start"]), self.index(e["range"]["end"]), e["newText"]) for e in edits),
            key=lambda t: (t[0], t[1]),
            reverse=True,
        )
        for start, end, new_text in resolved:
            self.text = self.text[:start] + new_text + self.text[end:]

    def change(self, range_: dict, new_text: str) -> dict:
        """Apply one change and return it as a `TextDocumentContentChangeEvent`."""
        self.apply([{"range": range_, "newText": new_text}])
        self.version += 1
        return {"range": range_, "text": new_text}


def gouji_check(gouji: str, text: str, *arguments: str) -> dict:
    """`gouji check --format json` of `text` (written as UTF-8 to a scratch file)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "report.txt")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        completed = subprocess.run(
            [gouji, "check", "--format", "json", *arguments, path],
            capture_output=True,
            text=True,
            cwd=folder,
            timeout=60,
        )
    assert completed.returncode in (0, 1), f"gouji check exited {completed.returncode}: {completed.stderr}"
    return json.loads(completed.stdout)["files"][0]


def gouji_fix(gouji: str, text: str) -> str:
    """The text `gouji check --fix` leaves."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "report.txt")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        subprocess.run([gouji, "check", "--fix", path], capture_output=True, cwd=folder, timeout=60)
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()


def expected_diagnostics(gouji: str, document: Document, *arguments: str, messages: bool = False) -> list[tuple]:
    """What `gouji check` says of the document, as sorted (code, severity, range key[, message])."""
    lines = document.lines

    def position(line: int, column: int) -> tuple[int, int]:
        content = lines[line - 1] if line - 1 < len(lines) else ""
        return (line - 1, units(content[: column - 1], document.encoding))

    result = []
    for d in gouji_check(gouji, document.text, *arguments)["diagnostics"]:
        item = (d["code"], SEVERITIES[d["severity"]], position(d["line"], d["column"]) + position(d["endLine"], d["endColumn"]))
        result.append(item + ((d["message"],) if messages else ()))
    return sorted(result)


def diagnostic_keys(diagnostics: list[dict], messages: bool = False) -> list[tuple]:
    result = []
    for d in diagnostics:
        r = d["range"]
        item = (
            d.get("code"),
            d.get("severity"),
            (r["start"]["line"], r["start"]["character"], r["end"]["line"], r["end"]["character"]),
        )
        result.append(item + ((d["message"],) if messages else ()))
    return sorted(result)


def describe_difference(expected: list, actual: list, limit: int = 20) -> str:
    missing = [e for e in expected if e not in actual]
    unexpected = [a for a in actual if a not in expected]
    lines = [f"expected {len(expected)}, received {len(actual)}"]
    lines += [f"  missing:    {m}" for m in missing[:limit]]
    lines += [f"  unexpected: {u}" for u in unexpected[:limit]]
    return "\n".join(lines)
