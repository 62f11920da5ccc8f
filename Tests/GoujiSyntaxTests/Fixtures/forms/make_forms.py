#!/usr/bin/env python3
"""Build the text-form fixtures of the five example reports.

Usage (from anywhere; Python 3.11, standard library only, deterministic):

    python3 Tests/GoujiSyntaxTests/Fixtures/forms/make_forms.py

For every example `Examples/<name>.txt` this writes, next to this script,
`<name>.<form>.txt` for each text form other than the example's own:

  cell-per-line   form A: one cell per TAB-led line, a blank line ends a row
                  (the layout of examples 000/002/004)
  tab-separated   form B: one row per line, cells separated by TAB; every
                  table-二 line padded to 4 fields, every table-三 line exactly
                  10 fields (3 label columns + 7 values), table 四 15 fields
  pdf             form C (textForm "layout"): single-space separated cells,
                  prose hard-wrapped at 60 characters with a blank line after
                  every physical line, long table labels wrapped at 29
                  characters with the numbers on a line of their own, group
                  labels broken before their last two characters
                  (`三、本年度办理` / `结果`), two page breaks (one in section
                  一's prose, one inside table 三 after row （三）3), each a
                  page-number footer, a form feed and a repeated running
                  header (the report title); the ideographs 一二工行人用方高
                  replaced everywhere by the Kangxi radicals ⼀⼆⼯⾏⼈⽤⽅⾼
  flattened       form D: scraper page chrome (当前位置, page title, 索引号/
                  发布机构/发文日期, 字号, 分享到, 打印本页 关闭窗口) around a body
                  of three very long lines (everything before heading 二,
                  which includes the report's own title lines; 二 through
                  table 四; 五 to the end), prose lines (trimmed, blank ones
                  dropped) and table cells concatenated with no separator;
                  empty cells vanish

Inputs:
  * the tables come from the hand-written expected dumps in ../expected/
    (canonical labels, values as read); nothing is re-read from the example
  * the prose comes from the example text: every line outside the three
    table blocks.  A table block is everything strictly between the section
    heading lines 二→三, 三→四 and 四→五 (the `line` fields of the expected
    dump).  In all five examples those blocks hold only table text and blank
    or whitespace-only lines; the heading lines themselves are prose.

Outputs besides the fixtures:
  * `<name>.<form>.expected.json` where the form cannot carry something the
    example has: an empty cell disappears in `pdf` and `flattened`, so a row
    (table 三 row, or the table-四 row) with an empty cell gets all its values
    null; in `flattened` a non-canonical section title has no visible end, so
    its title is null.  Such a file is the complete expected dump.
  * `manifest.json`: one entry per fixture with its textForm, the expected
    file to compare with, and the 1-based lines of the six section headings
    in the fixture (for fixtures without their own expected file, the
    expected dump is the example's, with `textForm` and the section `line`s
    taken from the manifest).

Line numbers count LF-terminated lines; a form feed (U+000C) is a character
inside a line, not a line break.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent
ROOT = FIXTURES.parents[2]          # the package root (…/Tests/GoujiSyntaxTests/Fixtures → root)
EXAMPLES = ROOT / "Examples"
EXPECTED = FIXTURES / "expected"

FORMS = ["cell-per-line", "tab-separated", "pdf", "flattened"]
TEXT_FORM = {"cell-per-line": "cell-per-line", "tab-separated": "tab-separated",
             "pdf": "layout", "flattened": "flattened"}
OWN_FORM = {"cell-per-line": "cell-per-line", "tab-separated": "tab-separated",
            "layout": "pdf", "flattened": "flattened"}

# Per example: the lines of the title (joined, they make the running header
# of `pdf`; `flattened` shows the expected title as the page title and keeps
# the title lines in the body too, as scraped pages do), the invented scraper metadata
# (索引号 and 发文日期 are invented, except 004's date, which is the date under
# its signature, line 427; they carry no expectation), and the page-number
# footer style used in `pdf`.
EXAMPLE_META = {
    "000_212ac920282683c5": {"title_lines": [1, 2], "index": "113703060045/2021-00003",
                             "date": "2021-01-25", "footer": "- {n} -"},
    "001_787e7c90b6bc98b9": {"title_lines": [3, 5], "index": "640106-KJJ/2021-00002",
                             "date": "2021-01-28", "footer": "第 {n} 页 共 {m} 页"},
    "002_cf9a8ca2a320709f": {"title_lines": [1, 2], "index": "11370881MB2856001X/2022-00004",
                             "date": "2022-01-20", "footer": "— {n} —"},
    "003_5e13778fbfad6663": {"title_lines": [4], "index": "4116000011/2022-00011",
                             "date": "2022-01-27", "footer": "- {n} -"},
    "004_b1d7aab7bdee8be9": {"title_lines": [1, 2], "index": "113704050046/2023-00001",
                             "date": "2023-01-26", "footer": "第 {n} 页 共 {m} 页"},
}

# Section titles a flattened reader can delimit: the canonical titles and the
# accepted variants of formats.md.  Any other heading wording runs into the
# following text with no visible end in `flattened`.
KNOWN_TITLES = {
    "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项",
    "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况",
    "政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况",
}

KANGXI = str.maketrans({"一": "⼀", "二": "⼆", "工": "⼯", "行": "⾏",
                        "人": "⼈", "用": "⽤", "方": "⽅", "高": "⾼"})

NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPLICANT_TOP = ["自然人", "法人或其他组织", "总计"]
APPLICANT_SUB = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
REVIEW5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
T2_COLUMNS = {
    "2019": {"第二十条第（一）项": ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
             "第二十条第（五）项": ["上一年项目数量", "本年增/减", "处理决定数量"],
             "第二十条第（六）项": ["上一年项目数量", "本年增/减", "处理决定数量"],
             "第二十条第（八）项": ["上一年项目数量", "本年增/减"],
             "第二十条第（九）项": ["采购项目数量", "采购总金额"]},
    "2021": {"第二十条第（一）项": ["本年制发件数", "本年废止件数", "现行有效件数"],
             "第二十条第（五）项": ["本年处理决定数量"],
             "第二十条第（六）项": ["本年处理决定数量"],
             "第二十条第（八）项": ["本年收费金额（单位：万元）"]},
}
T3_TOP = "三、本年度办理结果"

PDF_WIDTH = 60        # prose wrap width (characters) in `pdf`
PDF_LABEL_WIDTH = 29  # table-三 label wrap width in `pdf`
SPACES = " \t\u3000\u2002\u00a0"


# ---------------------------------------------------------------- helpers

def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def t3_parts(label: str) -> tuple[str | None, str]:
    """Split a canonical table-三 row label into (group, own label)."""
    if " " in label:
        group, own = label.split(" ", 1)
        return group, own
    return None, label


def t2_subtables(doc: dict) -> list[tuple[str, list[dict]]]:
    out: list[tuple[str, list[dict]]] = []
    for row in doc["table2"]:
        if not out or out[-1][0] != row["subtable"]:
            out.append((row["subtable"], []))
        out[-1][1].append(row)
    return out


def t3_layout(doc: dict) -> list[tuple[str | None, str | None, str, list[str]]]:
    """Rows of table 三 as (top label, group label, own label, values).

    top is `三、本年度办理结果` on the first outcome row, group is the group
    label on the first child of a group; both None elsewhere.
    """
    rows = []
    seen_top = False
    seen_groups: set[str] = set()
    for row in doc["table3"]:
        group, own = t3_parts(row["row"])
        top = None
        if own.startswith("（") and not seen_top:
            top, seen_top = T3_TOP, True
        g = None
        if group is not None and group not in seen_groups:
            g = group
            seen_groups.add(group)
        rows.append((top, g, own, row["values"]))
    return rows


class Out:
    """Output lines with the source line each came from (None for generated)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.first_line_of_source: dict[int, int] = {}

    def emit(self, text: str, src: int | None = None) -> None:
        self.lines.append(text)
        if src is not None and src not in self.first_line_of_source:
            self.first_line_of_source[src] = len(self.lines)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def split_source(src_lines: list[str], doc: dict):
    """Yield ('prose', lineno, text) and ('table', name) items in order."""
    sec = {s["number"]: s["line"] for s in doc["sections"]}
    blocks = {sec[2]: ("table2", sec[3]), sec[3]: ("table3", sec[4]), sec[4]: ("table4", sec[5])}
    i = 1
    while i <= len(src_lines):
        yield ("prose", i, src_lines[i - 1])
        if i in blocks:
            name, end = blocks[i]
            yield ("table", name)
            i = end
            continue
        i += 1


# ---------------------------------------------------------------- form A

def a_table2(doc: dict, out: Out) -> None:
    cols = T2_COLUMNS[doc["format"]]
    for sub, rows in t2_subtables(doc):
        out.emit("\t" + sub)
        out.emit("")
        out.emit("\t信息内容")
        for c in cols[sub]:
            out.emit("\t" + c)
        out.emit("")
        for r in rows:
            out.emit("\t" + r["row"])
            for v in r["values"]:
                out.emit("\t" + v)
            out.emit("")
    out.emit("")


def a_table3(doc: dict, out: Out) -> None:
    out.emit("\t" + NOTE)
    out.emit("\t申请人情况")
    out.emit("")
    out.emit("\t")
    for c in APPLICANT_TOP:
        out.emit("\t" + c)
    out.emit("")
    out.emit("\t")
    out.emit("\t")
    for c in APPLICANT_SUB:
        out.emit("\t" + c)
    out.emit("\t")
    out.emit("")
    for top, group, own, values in t3_layout(doc):
        if t3_parts_is_sub(own):              # top column, group column (`\t（三）不予公开` or `\t`), `\t1.…`
            out.emit("\t" + top if top else "\t")
            out.emit("\t" + group if group else "\t")
        elif own.startswith("（"):            # top column (`\t三、本年度办理结果` or `\t`), `\t（一）…`
            out.emit("\t" + top if top else "\t")
        out.emit("\t" + own)
        for v in values:
            out.emit("\t" + v)
        out.emit("")
    out.emit("")


def t3_parts_is_sub(own: str) -> bool:
    return own[0].isdigit()


def a_table4(doc: dict, out: Out) -> None:
    out.emit("\t行政复议")
    out.emit("\t行政诉讼")
    out.emit("")
    for c in REVIEW5:
        out.emit("\t" + c)
    out.emit("\t未经复议直接起诉")
    out.emit("\t复议后起诉")
    out.emit("")
    for _ in range(5):
        out.emit("\t")
    for _ in range(2):
        for c in REVIEW5:
            out.emit("\t" + c)
    out.emit("")
    for v in doc["table4"]:
        out.emit("\t" + v)
    out.emit("")
    out.emit("")


# ---------------------------------------------------------------- form B

def b_table2(doc: dict, out: Out) -> None:
    cols = T2_COLUMNS[doc["format"]]
    width = 4

    def line(cells: list[str]) -> str:
        return "\t".join(cells + [""] * (width - len(cells)))

    for sub, rows in t2_subtables(doc):
        out.emit(line([sub]))
        out.emit(line(["信息内容"] + cols[sub]))
        for r in rows:
            out.emit(line([r["row"]] + r["values"]))
    out.emit("")


def b_table3(doc: dict, out: Out) -> None:
    out.emit("\t".join([NOTE, "", "", "申请人情况"] + [""] * 6))
    out.emit("\t".join(["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]))
    out.emit("\t".join(["", "", "", ""] + APPLICANT_SUB + [""]))
    for top, group, own, values in t3_layout(doc):
        if t3_parts_is_sub(own):
            labels = ["", group or "", own]
        elif own.startswith("（"):
            labels = [top or "", own, ""]
        else:
            labels = [own, "", ""]
        out.emit("\t".join(labels + values))
    out.emit("")


def b_table4(doc: dict, out: Out) -> None:
    out.emit("\t".join(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9))
    out.emit("\t".join(REVIEW5 + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]))
    out.emit("\t".join([""] * 5 + REVIEW5 + REVIEW5))
    out.emit("\t".join(doc["table4"]))
    out.emit("")


# ---------------------------------------------------------------- form C

HEADING_START = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|"
                           r"[0-9]+[.．、]|[一二三四五六七八九十]是)")


NO_LINE_START = set("。，、；：？！）》」』”’.,;:?!)")


def pdf_wrap(text: str, width: int = PDF_WIDTH) -> list[str]:
    """Hard-wrap prose at `width` characters.

    A break never falls inside a run of ASCII letters/digits, and a
    continuation line never starts like a heading or an enumeration item
    (`三、`, `（二）`, `3.`, `二是`), nor with a digit or a closing punctuation
    mark (`。，、` …, as Chinese typesetting does); otherwise the break moves
    one character to the left.
    """
    chunks = []
    rest = text
    while len(rest) > width:
        cut = width
        while cut > 1:
            left, right = rest[cut - 1], rest[cut]
            bad = (left.isascii() and left.isalnum() and right.isascii() and right.isalnum())
            bad = bad or right.isdigit() or right in NO_LINE_START
            bad = bad or bool(HEADING_START.match(nfkc(rest[cut:])))
            if not bad:
                break
            cut -= 1
        chunks.append(rest[:cut])
        rest = rest[cut:]
    chunks.append(rest)
    return chunks


def pdf_values(values: list[str]) -> str:
    return " ".join(v for v in values if v != "")


def c_table2(doc: dict, out: Out) -> None:
    cols = T2_COLUMNS[doc["format"]]
    for sub, rows in t2_subtables(doc):
        out.emit(sub)
        out.emit("")
        out.emit(" ".join(["信息内容"] + cols[sub]))
        out.emit("")
        for r in rows:
            vals = pdf_values(r["values"])
            out.emit(r["row"] + (" " + vals if vals else ""))
            out.emit("")


def c_table3(doc: dict, out: Out, page_break) -> None:
    out.emit(NOTE)
    out.emit("")
    for h in ["申请人情况", "自然人", "法人或其他组织", "总计"]:
        out.emit(h)
        out.emit("")
    out.emit("商业企业 科研机构")
    out.emit("社会公益")
    out.emit("")
    out.emit("组织")
    out.emit("")
    out.emit("法律服务")
    out.emit("")
    out.emit("机构")
    out.emit("其他")
    out.emit("")
    for top, group, own, values in t3_layout(doc):
        for g in (top, group):
            if g:
                out.emit(g[:-2])
                out.emit("")
                out.emit(g[-2:])
                out.emit("")
        vals = pdf_values(values)
        if len(own) > PDF_LABEL_WIDTH:
            out.emit(own[:PDF_LABEL_WIDTH])
            out.emit("")
            out.emit(own[PDF_LABEL_WIDTH:])
            if vals:
                out.emit(vals)
        else:
            out.emit(own + (" " + vals if vals else ""))
        out.emit("")
        if own.startswith("3.危及"):
            page_break()


def c_table4(doc: dict, out: Out) -> None:
    out.emit("行政复议 行政诉讼")
    out.emit("")
    out.emit(" ".join(REVIEW5))
    out.emit("")
    out.emit("未经复议直接起诉 复议后起诉")
    out.emit("")
    out.emit(" ".join(REVIEW5 + REVIEW5))
    out.emit("")
    vals = pdf_values(doc["table4"])
    if vals:
        out.emit(vals)
        out.emit("")


# ---------------------------------------------------------------- form D

def d_table2(doc: dict) -> str:
    cols = T2_COLUMNS[doc["format"]]
    parts = []
    for sub, rows in t2_subtables(doc):
        parts += [sub, "信息内容"] + cols[sub]
        for r in rows:
            parts += [r["row"]] + r["values"]
    return "".join(parts)


def d_table3(doc: dict) -> str:
    parts = [NOTE, "申请人情况"] + APPLICANT_TOP + APPLICANT_SUB
    for top, group, own, values in t3_layout(doc):
        parts += [p for p in (top, group) if p] + [own] + values
    return "".join(parts)


def d_table4(doc: dict) -> str:
    return "".join(["行政复议", "行政诉讼"] + REVIEW5 + ["未经复议直接起诉", "复议后起诉"]
                   + REVIEW5 + REVIEW5 + doc["table4"])


# ---------------------------------------------------------------- builders

def build_cells(name: str, src: list[str], doc: dict, form: str) -> Out:
    out = Out()
    render = {"cell-per-line": (a_table2, a_table3, a_table4),
              "tab-separated": (b_table2, b_table3, b_table4)}[form]
    for item in split_source(src, doc):
        if item[0] == "prose":
            out.emit(item[2], item[1])
        else:
            {"table2": render[0], "table3": render[1], "table4": render[2]}[item[1]](doc, out)
    return out


def build_pdf(name: str, src: list[str], doc: dict) -> Out:
    meta = EXAMPLE_META[name]
    out = Out()
    pages = {"n": 1}
    total_pages = 3
    running_header = "".join(src[i - 1].strip(SPACES) for i in meta["title_lines"])
    sec2 = {s["number"]: s["line"] for s in doc["sections"]}[2]

    def page_break() -> None:
        out.emit(meta["footer"].format(n=pages["n"], m=total_pages))
        pages["n"] += 1
        out.emit("\f" + running_header)
        out.emit("")

    for item in split_source(src, doc):
        if item[0] == "table":
            {"table2": lambda: c_table2(doc, out),
             "table3": lambda: c_table3(doc, out, page_break),
             "table4": lambda: c_table4(doc, out)}[item[1]]()
            continue
        _, lineno, text = item
        text = text.lstrip("\t")           # PDF text has no TABs (002's appendix cells, for one)
        stripped = text.strip(SPACES)
        if not stripped:
            continue
        chunks = [text.rstrip(SPACES)] if len(stripped) <= PDF_WIDTH else pdf_wrap(stripped)
        for k, chunk in enumerate(chunks):
            out.emit(chunk, lineno if k == 0 else None)
            out.emit("")
            # first page break: in the prose of section 一, once 12 lines are out
            if pages["n"] == 1 and len(out.lines) >= 12 and lineno < sec2 and k < len(chunks) - 1:
                page_break()
    out.emit(meta["footer"].format(n=pages["n"], m=total_pages))
    assert pages["n"] == total_pages, (name, pages)
    out.lines = [line.translate(KANGXI) for line in out.lines]
    return out


def build_flattened(name: str, src: list[str], doc: dict) -> Out:
    meta = EXAMPLE_META[name]
    sec = {s["number"]: s["line"] for s in doc["sections"]}
    out = Out()
    out.emit("当前位置：首页 > 政务公开 > 政府信息公开年报")
    out.emit(doc["title"])
    out.emit(f"索引号：{meta['index']}  发布机构：{doc['agency']}  发文日期：{meta['date']}")
    out.emit("字号：大 中 小")
    body: list[list[tuple[str, int | None]]] = [[], [], []]
    for item in split_source(src, doc):
        if item[0] == "table":
            text = {"table2": d_table2, "table3": d_table3, "table4": d_table4}[item[1]](doc)
            body[1].append((text, None))
            continue
        _, lineno, text = item
        stripped = text.strip(SPACES)
        if not stripped:
            continue
        part = 0 if lineno < sec[2] else (1 if lineno < sec[5] else 2)
        body[part].append((stripped, lineno))
    for part in body:
        out.emit("".join(t for t, _ in part))
        for _, lineno in part:
            if lineno is not None:
                out.first_line_of_source.setdefault(lineno, len(out.lines))
    out.emit("分享到：微信 微博")
    out.emit("打印本页 关闭窗口")
    return out


# ---------------------------------------------------------------- expectations

def lossy_expectation(doc: dict, form: str, section_lines: list[int]) -> dict | None:
    """The expected dump of a fixture when the form loses information, else None."""
    lost = False
    new = json.loads(json.dumps(doc))
    new["textForm"] = TEXT_FORM[form]
    for s, line in zip(new["sections"], section_lines):
        s["line"] = line
    if form in ("pdf", "flattened"):
        for row in new["table2"] + new["table3"]:
            if "" in row["values"]:
                row["values"] = [None] * len(row["values"])
                lost = True
        if new["table4"] is not None and "" in new["table4"]:
            new["table4"] = [None] * len(new["table4"])
            lost = True
    if form == "flattened":
        for s in new["sections"]:
            if s["title"] not in KNOWN_TITLES:
                s["title"] = None
                lost = True
    return new if lost else None


def dump_json(obj) -> str:
    """JSON in the layout of the hand-written expected files (one row per line)."""
    def row(r: dict) -> str:
        return json.dumps(r, ensure_ascii=False)
    lines = ["{"]
    keys = list(obj.keys())
    for n, k in enumerate(keys):
        v = obj[k]
        comma = "," if n < len(keys) - 1 else ""
        if isinstance(v, list) and v and isinstance(v[0], dict):
            lines.append(f'  "{k}": [')
            for m, r in enumerate(v):
                lines.append("    " + row(r) + ("," if m < len(v) - 1 else ""))
            lines.append("  ]" + comma)
        else:
            lines.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    manifest = []
    for name in sorted(EXAMPLE_META):
        src = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8").split("\n")
        doc = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
        for form in FORMS:
            if OWN_FORM[doc["textForm"]] == form:
                continue
            if form in ("cell-per-line", "tab-separated"):
                out = build_cells(name, src, doc, form)
            elif form == "pdf":
                out = build_pdf(name, src, doc)
            else:
                out = build_flattened(name, src, doc)
            fixture = f"{name}.{form}.txt"
            (HERE / fixture).write_text(out.text(), encoding="utf-8", newline="\n")
            section_lines = [out.first_line_of_source[s["line"]] for s in doc["sections"]]
            lossy = lossy_expectation(doc, form, section_lines)
            exp_path = HERE / f"{name}.{form}.expected.json"
            if lossy is not None:
                exp_path.write_text(dump_json(lossy), encoding="utf-8", newline="\n")
                expected = exp_path.name
            else:
                if exp_path.exists():
                    exp_path.unlink()
                expected = f"../expected/{name}.json"
            manifest.append({"fixture": fixture, "source": f"Examples/{name}.txt",
                             "textForm": TEXT_FORM[form], "expected": expected,
                             "sectionLines": section_lines})
    text = "[\n" + ",\n".join("  " + json.dumps(m, ensure_ascii=False) for m in manifest) + "\n]\n"
    (HERE / "manifest.json").write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
