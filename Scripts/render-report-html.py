#!/usr/bin/env python3
"""Render the five examples as HTML pages with real tables (see make-document-fixtures.sh).

Usage: render-report-html.py ROOT OUT   (Python 3.11, standard library only, deterministic)

A line with a TAB is a table row (consecutive ones make one table), any other line a paragraph (<p>; an empty line
<p><br></p>). An empty field becomes part of the cell to its left (colspan) or above (rowspan) when it is a label
position: any field of a header row (a row with no number in it), or one of the three label columns of a table-三
row (tables ten fields wide). Other empty fields stay empty cells. Reading the page back and writing covered
cells as empty fields gives the TAB-separated lines again.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

SOURCES = {
    "000_212ac920282683c5": "Tests/GoujiSyntaxTests/Fixtures/forms/000_212ac920282683c5.tab-separated.txt",
    "001_787e7c90b6bc98b9": "Examples/001_787e7c90b6bc98b9.txt",
    "002_cf9a8ca2a320709f": "Tests/GoujiSyntaxTests/Fixtures/forms/002_cf9a8ca2a320709f.tab-separated.txt",
    "003_5e13778fbfad6663": "Tests/GoujiSyntaxTests/Fixtures/forms/003_5e13778fbfad6663.tab-separated.txt",
    "004_b1d7aab7bdee8be9": "Tests/GoujiSyntaxTests/Fixtures/forms/004_b1d7aab7bdee8be9.tab-separated.txt",
}
# The example rendered as a portal page: GB18030 bytes, page chrome, a layout table around the report.
PORTAL = "000_212ac920282683c5"
NUMBER = re.compile(r"^[0-9.\-]+$")
GROUP = re.compile(r"^[（(][一二三四五六七][）)]")


def blocks(lines: list[str]):
    """Paragraph lines and tables (lists of rows of fields), in order."""
    table: list[list[str]] = []
    for line in lines:
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        if table:
            yield ("table", table)
            table = []
        yield ("p", line)
    if table:
        yield ("table", table)


def merged_cells(rows: list[list[str]]):
    """Per row, the cells to write: (text, rowspan, colspan), covered positions omitted."""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    label_columns = 3 if width == 10 else 0
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    cells: dict[tuple[int, int], list] = {}
    for r, row in enumerate(rows):
        header = not any(NUMBER.match(field.strip()) for field in row)
        for c, field in enumerate(row):
            if field == "" and (header or c < label_columns):
                left = origin.get((r, c - 1)) if c > 0 else None
                above = origin.get((r - 1, c)) if r > 0 else None
                if left and left[0] == r and cells[left][0] and cells[left][1] == 1 and left[1] + cells[left][2] == c:
                    cells[left][2] += 1
                    origin[(r, c)] = left
                    continue
                if above and above[1] == c and cells[above][0] and cells[above][2] == 1 and above[0] + cells[above][1] == r:
                    cells[above][1] += 1
                    origin[(r, c)] = above
                    continue
            origin[(r, c)] = (r, c)
            cells[(r, c)] = [field, 1, 1]
    return [[(cells[(r, c)], c) for c in range(width) if (r, c) in cells] for r in range(len(rows))]


def cell_html(text: str, column: int) -> str:
    escaped = html.escape(text.strip(), quote=False)
    if column == 1 and GROUP.match(text) and len(text) > 5:
        escaped = html.escape(text[:-2], quote=False) + "<br>" + html.escape(text[-2:], quote=False)
    return escaped or "&nbsp;"


def table_html(rows: list[list[str]]) -> str:
    out = ["<table border=1 cellspacing=0>"]
    for row in merged_cells(rows):
        tds = []
        for (text, rowspan, colspan), column in row:
            spans = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f" colspan={colspan}" if colspan > 1 else "")
            tds.append(f"<td{spans}>{cell_html(text, column)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def body_html(text: str) -> str:
    parts = []
    for kind, value in blocks(text.rstrip("\n").split("\n")):
        if kind == "table":
            parts.append(table_html(value))
        else:
            parts.append(f"<p>{html.escape(value, quote=False)}</p>" if value.strip() else "<p><br></p>")
    return "\n".join(parts)


def page(name: str, text: str) -> bytes:
    title = html.escape(text.strip().split("\n")[0].strip(), quote=False)
    body = body_html(text)
    if name != PORTAL:
        return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{title}</title>\n<style>td {{ padding: 2px 4px; }}</style>\n</head>\n<body>\n"
                f"{body}\n<script>document.title += '';</script>\n</body>\n</html>\n").encode("utf-8")
    return ("<HTML>\n<HEAD>\n<META http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
            f"<TITLE>{title}</TITLE>\n<STYLE type=text/css>.nav {{ color: #333 }}</STYLE>\n"
            "<SCRIPT type=text/javascript>var hits = '<td>0</td>';</SCRIPT>\n</HEAD>\n<BODY>\n"
            "<TABLE width=\"100%\"><TR><TD>\n"
            "<DIV class=nav>当前位置：首页&nbsp;&gt;&nbsp;政务公开&nbsp;&gt;&nbsp;政府信息公开年报</DIV>\n"
            "</TD></TR>\n<TR><TD>\n"
            f"{body}\n"
            "</TD></TR>\n<TR><TD><DIV>打印本页&nbsp;&nbsp;关闭窗口</DIV></TD></TR></TABLE>\n"
            "</BODY>\n</HTML>\n").encode("gb18030")


def main() -> None:
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    for name, source in SOURCES.items():
        text = (root / source).read_text(encoding="utf-8")
        (out / f"{name}.html").write_bytes(page(name, text))


if __name__ == "__main__":
    main()
