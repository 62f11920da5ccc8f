#!/usr/bin/env python3
"""Write the reader's pattern fixtures: `Tests/GoujiSyntaxTests/Fixtures/reader/<case>.txt` and
`<case>.expected.json` (the `dump --format json` shape, only the fields that matter), one small report per text
pattern of the forms real reports arrive in. The tables are inv-2021-busy's (corpus), so every value is known and
every balancing rule holds. Deterministic; standard library only. Run: python3 Scripts/reader-corpus/make_fixtures.py
"""
import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests/GoujiSyntaxTests/Fixtures/reader"
DATA = json.loads((ROOT / "Tests/GoujiSyntaxTests/Fixtures/corpus/inv-2021-busy.expected.json").read_text("utf-8"))
T3 = DATA["table3"]
T4 = DATA["table4"]
AGENCY = "某某市某某局"
TITLE = f"{AGENCY}2023年政府信息公开工作年度报告"
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
T4_GROUPS = ["行政复议", "行政诉讼"]
T4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
TABLE2 = ("第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t5\t0\t12\n行政规范性文件\t3\t1\t20\n"
          "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t41\n第二十条第（六）项\n信息内容\t本年处理决定数量\n"
          "行政处罚\t7\n行政强制\t0\n第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t0\n")
TABLE2_EXPECTED = [
    {"subtable": "第二十条第（一）项", "row": "规章", "values": ["5", "0", "12"]},
    {"subtable": "第二十条第（一）项", "row": "行政规范性文件", "values": ["3", "1", "20"]},
    {"subtable": "第二十条第（五）项", "row": "行政许可", "values": ["41"]},
    {"subtable": "第二十条第（六）项", "row": "行政处罚", "values": ["7"]},
    {"subtable": "第二十条第（六）项", "row": "行政强制", "values": ["0"]},
    {"subtable": "第二十条第（八）项", "row": "行政事业性收费", "values": ["0"]},
]


def values(label: str) -> list[str]:
    return next(r["values"] for r in T3 if r["row"] == label)


def own(label: str) -> str:
    return label.split(" ")[-1]


def report(table3: str, table4: str, title: str = TITLE, headings: list[str] = HEADINGS, table2: str = TABLE2) -> str:
    body = [title, headings[0], "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。", headings[1], table2.rstrip("\n"),
            headings[2], table3.rstrip("\n"), headings[3], table4.rstrip("\n"), headings[4], "公开内容还不够丰富。",
            headings[5], "本年度未收取信息处理费。", AGENCY, "2024年1月20日"]
    return "\n".join(body) + "\n"


def expected(text: str, headings: list[str] = HEADINGS, title: str = TITLE, **extra) -> dict:
    lines = text.split("\n")
    sections = []
    for number, heading in enumerate(headings, start=1):
        line = next(i for i, l in enumerate(lines) if l.strip() == heading and i > (sections[-1]["line"] if sections else 0))
        sections.append({"number": number, "title": heading.split("、", 1)[1], "line": line + 1})
    result = {"reportYear": 2023, "title": title, "sections": sections, "table2": TABLE2_EXPECTED, "table3": T3,
              "table4": T4}
    result.update(extra)
    return result


# MARK: PDF layout (`pdftotext -layout`)

def layout_table3() -> str:
    lines = ["                              申请人情况",
             "（本列数据的勾稽关系为：第一项加第二项 自然  法人或其他组织        总",
             "  之和，等于第三项加第四项之和）   人 商业 科研 社会公益 法律服务 其 计",
             "                                     企业 机构 组织 机构 他"]
    v = lambda label: " ".join(values(label))
    for row in T3:
        label = row["row"]
        if label.startswith("（二）"):
            lines += [f"   （二）部分公开（区分处理的，只计这一情形，不 {v(label)}", "   计其他情形）"]
        elif label.endswith("1.属于国家秘密"):
            lines.append(f"（三）不        1.属于国家秘密 {v(label)}")
        elif label.endswith("2.其他法律行政法规禁止公开"):
            lines += [f"予公开    2.其他法律行政法规 {v(label)}", "          禁止公开"]
        elif label.endswith("8.属于行政查询事项"):
            lines += [f"          8.属于行政查询事项 {v(label)}", "", "                      — 2 —",
                      f"\f     {TITLE}", ""]
        elif label.endswith("3.要求提供公开出版物"):
            lines.append(f"（五）不      3.要求提供公开出版物 {v(label)}")
        elif label.endswith("4.无正当理由大量反复申请"):
            lines.append(f"予处理     4.无正当理由大量反复申请   {v(label)}")
        elif label.endswith("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"):
            lines += ["      1.申请人无正当理由逾期不补正、行政机关不再处理其政府", f"      信息公开申请 {v(label)}"]
        elif label.endswith("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"):
            lines += ["（六）其 2.申请人逾期未按收费通知要求缴纳费用、", "他处理   行政机关不再处理其政府信息公开申请",
                      f"                       {v(label)}"]
        else:
            lines.append(f"          {own(label)} {v(label)}")
    return "\n".join(lines)


def layout_table4() -> str:
    return "\n".join([
        "     行政复议                  行政诉讼",
        "结果 结果 其他 尚未 总 结果 未经复议直接起诉        复议后起诉",
        "维持 纠正 结果 审结 计 维持 结果  其他 尚未 总 结果 结果 其他 尚未 总",
        "                  纠正 结果 审结 计 维持 纠正 结果 审结 计",
        " " + " ".join(T4)])


# MARK: Layout with empty cells: columns kept by position (as `pdftotext -layout` keeps them, one column per
# character, CJK and astral characters included)

ENDS = [40, 45, 50, 55, 60, 65, 71]  # where each column's right-aligned values end
BLANKS = {  # table 三 rows written with some cells empty (their values are 0, so every rule still holds)
    "（一）予以公开": [2, 3],
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": [0, 1, 2, 3, 4, 5],
    "（三）不予公开 1.属于国家秘密": [0, 4],
    "（三）不予公开 2.其他法律行政法规禁止公开": [1, 2],
    "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": [1, 3, 5],
    "四、结转下年度继续办理": [0, 1, 2, 4, 5],
}
T4_BLANKS = [1, 3, 6, 7, 8, 11, 13]


def blanked(label: str) -> list[str]:
    return ["" if i in BLANKS.get(label, []) else v for i, v in enumerate(values(label))]


def at_columns(prefix: str, cells: list[str], ends: list[int]) -> str:
    """`prefix`, then each cell right-aligned to end at its column's end (counted in characters)."""
    line = prefix
    for cell, end in zip(cells, ends):
        if cell:
            line += " " * max(1, end - len(cell) - len(line)) + cell
    return line


def layout_header(ends: list[int]) -> list[str]:
    words = [["自然", "商业", "科研", "社会", "法律", "其", "总"], ["人", "企业", "机构", "公益", "服务", "他", "计"],
             ["", "", "", "组织", "机构", "", ""]]
    prefixes = ["（本列数据的勾稽关系为：第一项加第二项", "  之和，等于第三项加第四项之和）", ""]
    return ["                              申请人情况"] + [at_columns(p, w, ends) for p, w in zip(prefixes, words)]


def layout_row(label: str, ends: list[int], cells: list[str]) -> list[str]:
    """A row of table 三: the label (wrapped when long: values on its first line, or on its last for 1.申请人…)."""
    name = own(label)
    if label.startswith("（二）"):
        return [at_columns("  （二）部分公开（区分处理的，只计", cells, ends), "  这一情形，不计其他情形）"]
    if name.startswith("1.属于国家秘密"):
        return [at_columns("𠀀        1.属于国家秘密", cells, ends)]
    if name.startswith("1.申请人无正当理由"):
        return ["      1.申请人无正当理由逾期不补正、", at_columns("      行政机关不再处理其政府信息公开申请", cells, ends)]
    if len(name) > 26:
        return [at_columns("  " + name[:24], cells, ends), "  " + name[24:]]
    return [at_columns("  " + name, cells, ends)]


def layout_empty_cells(ambiguous: bool = False, page_break: bool = False) -> tuple[str, str, list[dict], list[str]]:
    """Tables 三 and 四 in a layout that keeps positions, some cells empty. `ambiguous` writes 二、上年结转 with
    one value astride two columns (the row must stay unread); `page_break` moves every column five places right
    after a page break (a row placed by page 1's columns would be read one column off)."""
    lines = layout_header(ENDS)
    expected3 = []
    ends = ENDS
    for row in T3:
        label = row["row"]
        cells = blanked(label)
        if page_break and label.startswith("（四）无法提供 1."):
            lines += ["", "                      — 2 —", f"     {TITLE}", ""]
            ends = [end + 5 for end in ENDS]
        if ambiguous and label.startswith("二、"):
            line = at_columns("  " + own(label), cells[:4], ends[:4])
            lines.append(line + " " * (ends[4] + 1 - len(line)) + "11")  # astride the gap after 法律服务机构
            expected3.append({"row": label, "values": [None] * 7, "confidence": ["unreadable"] * 7})
            continue
        lines += layout_row(label, ends, cells)
        # Placed exactly and R3-2 holds: read as written, empty cells included.
        expected3.append({"row": label, "values": cells, "confidence": ["written"] * 7})
    header = layout_table4().split("\n")[:-1]
    starts = [i for i, c in enumerate(header[2]) if c != " " and (i == 0 or header[2][i - 1] == " ")]
    cells4 = ["" if i in T4_BLANKS else v for i, v in enumerate(T4)]
    value_line = ""
    for cell, start in zip(cells4, starts):
        if cell:
            value_line += " " * max(1, start - len(value_line)) + cell
    return "\n".join(lines), "\n".join(header + [value_line]), expected3, cells4


# MARK: inscriptis: every row's cells in the next columns of one grid, cells spanning rows or columns taking one
# column each (so the rows under a group label stand columns to the left), each column as wide as its widest cell
# (counted in characters), two spaces apart, an empty cell as wide as nothing

def inscriptis_grid(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(max(map(len, rows)))]
    return "\n".join("  ".join(cell + " " * (widths[i] - len(cell)) for i, cell in enumerate(row)) for row in rows)


def inscriptis_tables(unbalanced: bool = False) -> tuple[str, str, list[dict], list[str]]:
    """Tables 三 and 四 as inscriptis writes them (the writer checked against inscriptis 2.7.6), some cells empty, a
    header cell ending in `𠀀` the widest of the first column. `unbalanced` types one value of a short row one more
    (its R3-2 and R3-3 break: that row stays unread) and exchanges two of table 四's values (R4 breaks: unread)."""
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）𠀀𠀀𠀀𠀀"
    rows = [[note, "申请人情况"], ["自然人", "法人或其他组织", "总计"], APPLICANTS[1:6]]
    expected3 = []
    group = None
    for row in T3:
        label = row["row"]
        cells = blanked(label)
        parts = label.split(" ")
        labels = [parts[-1]]
        if len(parts) == 2 and parts[0] != group:
            labels.insert(0, parts[0])
        if label.startswith("（一）"):
            labels.insert(0, "三、本年度办理结果")
        group = parts[0] if len(parts) == 2 else None
        wrong = unbalanced and label.startswith("（三）不予公开 1.")
        if wrong:
            cells = cells[:6] + [str(int(cells[6]) + 1)]
        rows.append(labels + cells)
        expected3.append({"row": label, "values": [None] * 7, "confidence": ["unreadable"] * 7} if wrong
                         else {"row": label, "values": cells, "confidence": ["written"] * 7})
    cells4 = ["" if i in T4_BLANKS else v for i, v in enumerate(T4)]
    written4 = cells4[:]
    if unbalanced:
        written4[0], written4[5] = cells4[5], cells4[0]
    table4 = [T4_GROUPS, T4_RESULTS + ["未经复议直接起诉", "复议后起诉"], T4_RESULTS * 2, written4]
    return inscriptis_grid(rows), inscriptis_grid(table4), expected3, [None] * 15 if unbalanced else cells4


# MARK: Grids

def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def grid(rows: list[list[str]], bar: str, rule: str, cross: str, wrap: int = 0) -> str:
    """Rows of cells drawn with `bar` between cells and `rule` lines (`cross` at crossings) between rows; a first
    cell longer than `wrap` characters continues on the next grid line, its other cells empty there."""
    physical: list[list[list[str]]] = []
    for row in rows:
        label = row[0]
        if wrap and len(label) > wrap:
            physical.append([[label[:wrap]] + row[1:], [label[wrap:]] + [""] * (len(row) - 1)])
        else:
            physical.append([row])
    sizes = [max(width(line[i]) for group in physical for line in group) + 1 for i in range(len(rows[0]))]
    line_rule = cross + cross.join(rule * s for s in sizes) + cross
    out = [line_rule]
    for group in physical:
        for line in group:
            out.append(bar + bar.join(pad(c, s) for c, s in zip(line, sizes)) + bar)
        out.append(line_rule)
    return "\n".join(out)


def grid_tables(bar: str, rule: str, cross: str, header_rule: str | None = None) -> tuple[str, str]:
    header = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] + APPLICANTS]
    rows = header + [[own(r["row"]) if " " in r["row"] else r["row"]] + r["values"] for r in T3]
    t4 = [T4_RESULTS * 3, T4]
    t3 = grid(rows, bar, rule, cross, wrap=0 if header_rule else 24)
    t4_text = grid([["行政复议", "行政诉讼"] + [""] * 13] + t4, bar, rule, cross)
    if header_rule:  # pipe tables: one rule under the header, none around
        t3 = "\n".join(l for l in t3.split("\n") if not l.startswith(cross))
        t4_text = "\n".join(l for l in t4_text.split("\n") if not l.startswith(cross))
        first = t3.split("\n")
        t3 = "\n".join([first[0], header_rule * 3] + first[1:])
    return t3, t4_text


# MARK: Labels cut by Word's narrow cells (`<td width>`)

def cut(label: str, size: int, first: int | None = None) -> list[str]:
    """`label` cut into pieces of at most `size` display columns (the first of at most `first`)."""
    pieces, current, limit = [], "", first or size
    for character in label:
        if width(current + character) > limit:
            pieces.append(current)
            current, limit = "", size
        current += character
    return pieces + [current]


def cut_grid(rows: list[dict], size: int = 14) -> str:
    """w3m's grid of a Word page: a group column and a narrow label column (a row without a group spans both), every
    label cut after `size` columns over several grid lines, the values on the middle one (w3m centres them), empty
    cells elsewhere; a group's label beside its first row only."""
    header = cut("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 2 * size + 4)
    lines: list[list[list[str]]] = [[[None, h] + ([""] * 7 if i else APPLICANTS) for i, h in enumerate(header)]]
    previous = ""
    for r in rows:
        group, label = r["row"].split(" ") if " " in r["row"] else ("", r["row"])
        pieces = cut(label, size) if group else cut(label, 2 * size + 4)
        middle = (len(pieces) - 1) // 2
        groups = cut(group, size) if group and group != previous else []
        previous = group
        lines.append([[(groups[i] if i < len(groups) else "") if group else None, p]
                      + (r["values"] if i == middle else [""] * 7) for i, p in enumerate(pieces)])
    sizes = [size + 1, size + 3] + [max(width(line[i]) for group in lines for line in group) + 1 for i in range(2, 9)]
    spanned = sizes[0] + 1 + sizes[1]
    rule = "├" + "┼".join("─" * s for s in sizes) + "┤"
    out = [rule]
    for group in lines:
        for line in group:
            first = pad(line[1], spanned) if line[0] is None else pad(line[0], sizes[0]) + "│" + pad(line[1], sizes[1])
            out.append("│" + first + "│" + "│".join(pad(c, s) for c, s in zip(line[2:], sizes[2:])) + "│")
        out.append(rule)
    return "\n".join(out)


def cut_layout(rows: list[dict]) -> str:
    """`pdftotext -layout` of Word's PDF: labels cut after two characters (`1.本机` / `关不掌` / `握相关`), three a
    line after, beside their group label's own pieces (`（四）无` / `法提供`); the values on the label's third line,
    blank lines between some pieces; a group's label beside its first row only."""
    out = ["                        " + " ".join(APPLICANTS)]
    previous = ""
    for r in rows:
        group, label = r["row"].split(" ") if " " in r["row"] else ("", r["row"])
        if not group:
            out.append(f"{label}    " + "   ".join(v or " " for v in r["values"]))
            continue
        pieces, groups = cut(label, 6), cut(group, 8) if group != previous else []
        previous = group
        for i, piece in enumerate(pieces):
            line = pad(groups[i] if i < len(groups) else "", 9) + piece
            if i == min(2, len(pieces) - 1):
                line = pad(line, 18) + "   ".join(v or " " for v in r["values"])
            out.append(line)
            if i == 3:
                out.append("")
    return "\n".join(out)


# MARK: Flattened text with headings as real reports write them

ODD_HEADINGS = ["一、总体情况", "二、主动公开政府信息情况况", "二、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议与行政诉讼情况", "五、存在的主要问题及明年工作计划", "六、其他需要报告的事项"]


# MARK: PDF text in reading order (`pdftotext` without `-layout`)

def reading_order_blocks() -> str:
    """Two pages as `pdftotext` reads them: the labels with the four left-hand values of rows 1-20 (page one), the
    labels of rows 21-25 with two values each (page two), then the rest after the last label: the three right-hand
    columns of rows 1-20 as one block under their header words, and the rest of rows 21-25 cell by cell and in column
    blocks, separated by blank lines."""
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然", "人", "申请人情况 𠀀", "商业 科研 社会"]
    for index, r in enumerate(T3):
        lines += [own(r["row"]), " ".join(r["values"][:4] if index < 20 else r["values"][:2])]
    lines += ["—1—", "", "法律 其", "服务 他", "机构"]
    lines += [" ".join(r["values"][4:]) for r in T3[:20]]
    for r in T3[20:22]:
        lines += ["", r["values"][2], "", r["values"][3], "", " ".join(r["values"][4:])]
    for columns in ([2], [3], [4, 5, 6]):
        lines += [""] + [" ".join(r["values"][c] for c in columns) for r in T3[22:]]
    return "\n".join(lines)


def reading_order_split_rows() -> str:
    """Each row's values on two lines, as `pdftotext` reads a row whose label wraps: the four left-hand values, then
    the three right-hand ones; one row's right-hand values come first, and the values of 4.保护第三方合法权益 come before
    its label, after those of the row above."""
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]
    for r in T3:
        label, left, right = own(r["row"]), " ".join(r["values"][:4]), " ".join(r["values"][4:])
        if label == "2.其他法律行政法规禁止公开":
            lines += ["2.其他法律行政法规", right, "禁止公开 " + left]
        elif label == "3.危及“三安全一稳定”":
            after = values("（三）不予公开 4.保护第三方合法权益")
            lines += [label, left, right, " ".join(after[:4]), " ".join(after[4:])]
        elif label == "4.保护第三方合法权益":
            lines += ["（三）不 " + label]
        else:
            lines += [label, left, right]
    return "\n".join(lines)


def word_reading_order(table3: list[dict], last_label_after: bool = False, split_lines: tuple[str, ...] = ()) -> str:
    """Table 三 as `pdftotext` reads LibreOffice's PDF of a `.docx`: every label and every value a blank line apart
    (so a blank line ends no block), 𠀀 in a header line; the labels of （六）1 and 2 wrapped beside their group labels
    come after their values, which follow those of （五）5; a note with numbers under the table. With
    `last_label_after`, 四、结转下年度继续办理's label comes after its values too, which follow （七）总计's. The rows in
    `split_lines` have their values on two lines, three and four."""
    def cells(r: dict) -> list[str]:
        if own(r["row"]) in split_lines:
            return [" ".join(r["values"][:3]), " ".join(r["values"][3:])]
        return r["values"]
    lines = ["申请人情况 𠀀", "自然人", "", "法人或其他组织", "商业企业 科研机 社会公益 法律服务机 其他", "", "总计", "", "构",
             "", "组织", "", "构", ""]
    late = {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}
    if last_label_after:
        late.add("四、结转下年度继续办理")
    for r in table3:
        label = own(r["row"])
        if label == "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请":
            lines += ["三、本年度办", "理结果", "", "（三）不予", "公开", "", "（四）无法", "提供", "", "（五）不予", "处理", "",
                      "（六）其他 1.申请人无正当理由逾期不补正、行政机关不再处", "处理", "理其政府信息公开申请",
                      "2.申请人逾期未按收费通知要求缴纳费用、行政机", "关不再处理其政府信息公开申请", ""]
        elif label == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）":
            lines += ["（二）部分公开（区分处理的，只计这一情形，不计其他情", "形）", ""]
        elif label == "四、结转下年度继续办理" and last_label_after:
            lines += [label, ""]
        elif label not in late:
            lines += [label, ""]
        if label == "5.要求行政机关确认或重新出具已获取信息":
            rows = [r] + [x for x in table3 if own(x["row"]) in late and own(x["row"]) != "四、结转下年度继续办理"]
            lines += [line for x in rows for cell in cells(x) for line in (cell, "")]
        elif label == "（七）总计" and last_label_after:
            rows = [r, table3[-1]]
            lines += [line for x in rows for cell in cells(x) for line in (cell, "")]
        elif label not in late:
            lines += [line for cell in cells(r) for line in (cell, "")]
    lines += ["注：本表数据单位为件，含 2023 年 1 月 1 日前收到、在本年度办结的 2 件申请。"]
    return "\n".join(lines)


def word_split_table(table3: list[dict]) -> str:
    """Table 三 split by a page before 四、结转下年度继续办理, its header repeated above the second part, as `pdftotext`
    reads LibreOffice's PDF (inv-2023-split): as `word_reading_order`, but the labels of 3.其他 and （七）总计 stand
    together before both rows' fourteen values, then the repeated header, 四、结转下年度继续办理's label, and its values
    among the header's words (`总计` between its last two)."""
    lines = word_reading_order(table3).split("\n")
    lines = lines[:lines.index("3.其他")]
    lines += ["3.其他", "（七）总计", ""]
    lines += [line for r in table3[-3:-1] for cell in r["values"] for line in (cell, "")]
    last = table3[-1]["values"]
    lines += ["申请人情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项", "之和）", "", "法人或其他组织", "自然人", "",
              "四、结转下年度继续办理", "", "社会公益组", "商业企业 科研机构", "法律服务机构 其他", "织", ""]
    lines += [line for cell in last[:6] for line in (cell, "")] + ["总计", "", last[6], ""]
    lines += ["注：本表数据单位为件，含 2023 年 1 月 1 日前收到、在本年度办结的 2 件申请。"]
    return "\n".join(lines)


def word_ambiguous_table3() -> list[dict]:
    """inv-2021-busy's table 三 with 二、上年结转 and 四、结转下年度 both 0 0 5 0 0 0 5 and 一、本年新收 equal to （七）总计, so
    every rule still holds, and holds as well when both rows read 0 0 0 5 0 0 5."""
    carried = ["0", "0", "5", "0", "0", "0", "5"]
    table = [dict(r) for r in T3]
    table[0] = dict(table[0], values=list(values("（七）总计")))
    table[1] = dict(table[1], values=carried)
    table[-1] = dict(table[-1], values=carried)
    return table


def word_table4(tail_order: list[int] = [11, 12, 13, 14], values: list[str] = T4) -> tuple[str, str]:
    """Table 四 as `pdftotext` reads LibreOffice's PDF: its header lines, then its first eleven values a blank line
    apart and a note with numbers, and its last four (`tail_order` of them) at the end of the page, after the report's
    signature and date, before the form feed. The table, and the lines to add after the report."""
    head = ["行政复议", "", "行政诉讼", "未经复议直接起诉", "", "复议后起诉", "", " ".join(T4_RESULTS), " ".join(T4_RESULTS * 2)]
    note = "注：行政复议、行政诉讼案件数量以收到法律文书日期为准，2023 年无被纠错案件。"
    table = "\n".join(head + [line for value in values[:11] for line in ("", value)] + ["", note])
    return table, "\n" + "\n\n".join(values[i] for i in tail_order) + "\n\n\f"


def reading_order_repeated_groups(table3: list[dict]) -> str:
    """Table 三 as `pdftotext` reads a table whose group labels are repeated on every row (no `rowspan`,
    inv-2020-repeat): every label first, each outcome row's with its group labels cut beside it (`三、本年度办 （三）不予
    2.其他法律行政法规禁止公开` / `理结果` / `公开`), then the values row by row after the last label."""
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] + APPLICANTS
    for r in table3:
        parts = r["row"].split(" ")
        if not r["row"].startswith("（") or r["row"] == "（七）总计":
            lines.append(parts[-1])
            continue
        head, tail = (parts[0][:5], parts[0][5:]) if len(parts) == 2 else ("", "")
        lines += [" ".join(x for x in ["三、本年度办", head, parts[-1]] if x), "理结果"] + ([tail] if tail else [])
    lines += [" ".join(r["values"]) for r in table3]
    return "\n".join(lines)


# MARK: Word's page saved as text by LibreOffice (`word-txt`): every cell a paragraph of its own

NBSP = "\u00a0"


def word_text_tables(stray: bool = False) -> tuple[str, str]:
    """Tables 三 and 四 as LibreOffice saves Word's page (`inv-2025-word`) as text: every cell a line of its own, an
    empty cell `<o:p>&nbsp;</o:p>` a line holding a no-break space (one with a space after it), the cells a group label
    covers empty lines before the next row's label, and each table closed by Word's zero-height row of empty cells
    (`<![if !supportMisalignedColumns]>`): empty lines after the last row's cells up to the next heading. With
    `stray`, a number stands after those empty lines, under each table: what the last row holds is then not known."""
    lines = [NBSP, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "自然人", "法人或其他组织", "总计", "",
             "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]
    group = None
    for r in T3:
        parts = r["row"].split(" ")
        if r["row"].startswith("（") and r["row"] != "（七）总计":
            # 三、本年度办理结果 on the first outcome row, a covered cell before every other; the same for a group.
            lines += ["三、本年度办理结果"] if group is None else [""]
            if len(parts) == 2:
                lines += [parts[0]] if parts[0] != group else [""]
            group = parts[0]
        lines += [parts[-1]]
        cells = blanked(r["row"])
        lines += [cell or (NBSP + " " if i % 2 else NBSP) for i, cell in enumerate(cells)]
    lines += [""] * 10 + (["3", ""] if stray else [])
    cells4 = ["" if i in T4_BLANKS else v for i, v in enumerate(T4)]
    table4 = [NBSP] + T4_GROUPS + T4_RESULTS[:4] + ["总计", "未经复议直接起诉", "复议后起诉"] + [""] * 5 + T4_RESULTS * 2
    table4 += [cell or NBSP for cell in cells4] + [""] * 15 + (["2", ""] if stray else [])
    return "\n".join(lines), "\n".join(table4)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple[str, dict]] = {}

    text = report(layout_table3(), layout_table4(), title=f"{AGENCY}2023年政府信息公开工作年\n度报告")
    cases["layout-wrapped-labels"] = (text, expected(text))
    spaced = report(layout_table3(), layout_table4(), title=f"{AGENCY}2024 年政府信息公开工作年度报告")
    exp = expected(spaced, title=f"{AGENCY}2024年政府信息公开工作年度报告")
    exp["reportYear"] = 2024
    cases["layout-title-year-space"] = (spaced, {k: exp[k] for k in ("reportYear", "title")})

    for name, style in {"grid-box": ("│", "─", "┼"), "grid-heavy": ("┃", "━", "╋"), "grid-ascii": ("|", "-", "+")}.items():
        t3, t4 = grid_tables(*style)
        text = report(t3, t4)
        cases[name] = (text, expected(text))
    t3, t4 = grid_tables("|", "-", "+", header_rule="|---")
    text = report(t3, t4)
    cases["grid-pipe"] = (text, expected(text))

    t3 = "\n".join(f"{r['row'].split(' ')[-1]}\t" + "\t".join(r["values"]) for r in T3)
    t4 = "\t".join(T4_RESULTS * 3) + "\n" + "\t".join(T4)
    text = report(t3, t4, headings=ODD_HEADINGS)
    cases["headings-as-written"] = (text, expected(text, headings=ODD_HEADINGS))
    flat = text.split("\n")
    flat_text = "\n".join([flat[0], "".join(l.replace("\t", " ") for l in flat[1:])]) + "\n"
    exp = expected(text, headings=ODD_HEADINGS)
    exp["sections"] = [{"number": s["number"], "line": 2} for s in exp["sections"]]
    cases["headings-flattened"] = (flat_text, {k: exp[k] for k in ("sections", "table3", "table4")})

    # PDF text in reading order: every label first, then the values row by row or column by column. Values column
    # by column are placed in the order the header shows the columns (the blocks of 自然人 and 商业企业 exchanged
    # balance as well, so the rules alone could not tell them apart); with no header, nothing is guessed.
    header = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]
    labels = "\n".join(header + APPLICANTS + [own(r["row"]) for r in T3])
    by_rows = "\n".join(" ".join(r["values"]) for r in T3)
    by_columns = "\n".join(r["values"][c] for c in range(7) for r in T3)
    text = report(labels + "\n" + by_rows, layout_table4())
    cases["reading-order-rows"] = (text, {"table3": T3})
    text = report(labels + "\n" + by_columns, layout_table4())
    cases["reading-order-columns"] = (text, {"table3": T3})
    exchanged = [1, 0, 2, 3, 4, 5, 6]
    exchanged_labels = "\n".join(header + [APPLICANTS[c] for c in exchanged] + [own(r["row"]) for r in T3])
    blocks = [r["values"][c] for c in exchanged for r in T3]
    text = report(exchanged_labels + "\n" + "\n".join(blocks), layout_table4())
    cases["reading-order-columns-exchanged"] = (text, {"table3": T3})
    unread = {"table3": [{"row": r["row"], "values": [None] * 7} for r in T3]}
    text = report("\n".join(header + [own(r["row"]) for r in T3]) + "\n" + by_columns, layout_table4())
    cases["reading-order-columns-unlabelled"] = (text, unread)
    text = report(reading_order_blocks(), layout_table4()).replace("\n", "\r\n")
    cases["reading-order-blocks"] = (text, {"table3": T3})
    text = report(reading_order_split_rows(), layout_table4())
    cases["reading-order-split-rows"] = (text, {"table3": T3})

    # LibreOffice's PDF in reading order (`word-pdf-raw`): every cell a blank line apart, wrapped labels after their
    # values. Two rows whose two lines balance in either order, together, leave the shared-out rows unread.
    shared = {"（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}

    def solved(rows: set[str]) -> list[dict]:
        return [dict(r, confidence=["solved"] * 7) if r["row"] in rows else r for r in T3]
    text = report(word_reading_order(T3), layout_table4()).replace("\n", "\r\n")
    cases["word-reading-order"] = (text, {"table3": solved(shared)})
    text = report(word_reading_order(T3, last_label_after=True), layout_table4())
    cases["word-reading-order-last-label"] = (text, {"table3": solved(shared | {"（七）总计", "四、结转下年度继续办理"})})
    table4, tail = word_table4()
    text = report(word_reading_order(T3), table4) + tail
    cases["word-reading-order-table4-page-end"] = (text, {"table4": T4, "table4Confidence": ["written"] * 11 + ["solved"] * 4})
    table4, tail = word_table4(tail_order=[14, 13, 12, 11])
    text = report(word_reading_order(T3), table4) + tail
    cases["word-reading-order-table4-page-end-unbalanced"] = (text, {"table4": [None] * 15})
    # The same with its zeros written `〇` (inv-2020-ling), CRLF: the page's end holds `〇` too, read as 0 by R4; with
    # the last total one too many, nothing is read.
    zeros = [value if value != "0" else "〇" for value in T4]
    for name, values in [("", zeros), ("-unbalanced", zeros[:14] + [str(int(zeros[14]) + 1)])]:
        table4, tail = word_table4(values=values)
        text = (report(word_reading_order(T3), table4) + tail).replace("\n", "\r\n")
        confidence = ["written"] * 11 + ["solved"] * 4
        reading = {"table4": values, "table4Confidence": confidence} if not name else {"table4": [None] * 15}
        cases[f"word-reading-order-table4-page-end-zero-numeral{name}"] = (text, reading)
    ambiguous = word_ambiguous_table3()
    split = ("二、上年结转政府信息公开申请数量", "四、结转下年度继续办理")
    text = report(word_reading_order(ambiguous, split_lines=split), layout_table4())
    cases["word-reading-order-ambiguous"] = (text, {"table3": [
        {"row": r["row"], "values": [None] * 7} if r["row"] in shared else r for r in ambiguous]})

    # The same, table 三 split by a page with its header repeated (CRLF, `𠀀` in prose): 3.其他's and （七）总计's
    # labels together before their fourteen values, 四、结转's values among the repeated header's words: read. Its
    # twin with （七）总计's first two values exchanged breaks R3-1 and R3-3: the streamed rows stay unread.
    split_rows = shared | {"（六）其他处理 3.其他", "（七）总计", "四、结转下年度继续办理"}
    text = report(word_split_table(T3), layout_table4()).replace("公开内容还不够丰富。", "公开内容还不够丰富，𠀀村的申请较多。")
    cases["word-reading-order-split-table"] = (text.replace("\n", "\r\n"), {"table3": solved(split_rows)})
    exchanged = [dict(r) for r in T3]
    total = exchanged[-2]["values"]
    exchanged[-2] = dict(exchanged[-2], values=[total[1], total[0]] + total[2:])
    text = report(word_split_table(exchanged), layout_table4())
    cases["word-reading-order-split-table-unbalanced"] = (text, {"table3": [
        {"row": r["row"], "values": [None] * 7} if r["row"] in split_rows else r for r in exchanged]})

    # Table 二 in reading order: every row label first, then each clause's column headers and values one per line.
    # A clause of one column reads one way; 第二十条第（一）项's two rows of counts read differently row by row and
    # column by column, and no rule tells which: placed row by row (the order pdftotext walks a table in), inferred.
    table2 = ("信息内容\n规章\n行政规范性文件\n信息内容\n行政许可\n信息内容\n行政处罚\n行政强制\n信息内容\n行政事业性收费\n\n"
              "第二十条第（一）项\n本年制发件数\n本年废止件数\n现行有效件数\n5\n0\n12\n3\n1\n20\n"
              "第二十条第（五）项\n本年处理决定数量\n41\n第二十条第（六）项\n本年处理决定数量\n7\n0\n"
              "第二十条第（八）项\n本年收费金额（单位：万元）\n0\n")
    text = report(labels + "\n" + by_rows, layout_table4(), table2=table2)
    inferred = [dict(r, confidence=["inferred"] * 3) if r["subtable"] == "第二十条第（一）项" else r for r in TABLE2_EXPECTED]
    cases["reading-order-table2"] = (text, {"table2": inferred, "table3": T3})

    # Layout text keeping positions, with empty cells: CRLF line ends and an astral character before a label.
    t3, t4, exp3, exp4 = layout_empty_cells()
    text = report(t3, t4).replace("\n", "\r\n")
    cases["layout-empty-cells"] = (text, {"table3": exp3, "table4": exp4, "table4Confidence": ["written"] * 15})
    t3, t4, exp3, _ = layout_empty_cells(ambiguous=True)
    cases["layout-empty-cells-ambiguous"] = (report(t3, t4), {"table3": exp3})
    t3, t4, exp3, _ = layout_empty_cells(page_break=True)
    cases["layout-page-break"] = (report(t3, t4), {"table3": exp3})

    # inscriptis: rows under a group label a column to the left, empty cells, CRLF, `𠀀` widening the first column.
    t3, t4, exp3, exp4 = inscriptis_tables()
    text = report(t3, t4).replace("\n", "\r\n")
    cases["inscriptis-ragged"] = (text, {"table3": exp3, "table4": exp4, "table4Confidence": ["written"] * 15})
    t3, t4, exp3, exp4 = inscriptis_tables(unbalanced=True)
    cases["inscriptis-ragged-unbalanced"] = (report(t3, t4), {"table3": exp3, "table4": exp4})

    # PDF text in reading order of a table whose group labels are repeated on every row (CRLF, `𠀀` in prose): the
    # group labels' pieces between the labels are skipped and the stream after the last label is read. Its twin (LF)
    # has （七）总计's first two values exchanged: R3-1 and R3-3 break, nothing confirms the stream, its rows stay unread.
    text = report(reading_order_repeated_groups(T3), layout_table4())
    text = text.replace("公开内容还不够丰富。", "公开内容还不够丰富，𠀀村的申请较多。").replace("\n", "\r\n")
    cases["reading-order-repeated-groups"] = (text, {"table3": T3})
    cases["reading-order-repeated-groups-unbalanced"] = (
        report(reading_order_repeated_groups(exchanged), layout_table4()),
        {"table3": [{"row": r["row"], "values": [None] * 7} for r in exchanged]})

    # Word's page saved as text (`word-txt`): empty cells as lines holding a no-break space, each table closed by
    # Word's row of empty cells (CRLF, `𠀀` in prose): read, empty cells included. Its twin (LF) has a number after
    # those empty lines under each table: the last row of table 三 and table 四 stay unread.
    blank3 = [dict(r, values=blanked(r["row"])) for r in T3]
    cells4 = ["" if i in T4_BLANKS else v for i, v in enumerate(T4)]
    t3, t4 = word_text_tables()
    text = report(t3, t4).replace("公开内容还不够丰富。", "公开内容还不够丰富，𠀀村的申请较多。")
    cases["word-text-empty-cells"] = (text.replace("\n", "\r\n"), {"table3": blank3, "table4": cells4})
    t3, t4 = word_text_tables(stray=True)
    cases["word-text-empty-cells-stray"] = (report(t3, t4), {
        "table3": blank3[:-1] + [{"row": T3[-1]["row"], "values": [None] * 7}], "table4": [None] * 15})

    # Labels cut by Word's narrow label cells: joined when the pieces spell one label (w3m's grid in CRLF with `𠀀` in
    # the prose; pdftotext's layout beside the group labels' pieces). A row whose cut label stands twice joins two
    # ways: unread, as a row whose joined values break its R3-2; the other rows are read.
    prose = ("公开内容还不够丰富。", "公开内容还不够丰富，𠀀村的申请较多。")
    text = report(cut_grid(T3), layout_table4()).replace(*prose).replace("\n", "\r\n")
    cases["cut-labels-grid"] = (text, {"table3": T3})
    cases["cut-labels-layout"] = (report(cut_layout(T3), layout_table4()), {"table3": T3})
    twice = "（四）无法提供 1.本机关不掌握相关政府信息"
    twin = [r for r in T3 for _ in range(2 if r["row"] == twice else 1)]
    expected_twin = [dict(r, values=[None] * 7) if r["row"] == twice else r for r in T3]
    cases["cut-labels-grid-twice"] = (report(cut_grid(twin), layout_table4()), {"table3": expected_twin})
    broken = "（五）不予处理 4.无正当理由大量反复申请"
    unbalanced = [dict(r, values=r["values"][:6] + [str(int(r["values"][6]) + 1)]) if r["row"] == broken else r
                  for r in T3]
    expected_unbalanced = [dict(r, values=[None] * 7) if r["row"] == broken else r for r in T3]
    cases["cut-labels-grid-unbalanced"] = (report(cut_grid(unbalanced), layout_table4()),
                                           {"table3": expected_unbalanced})

    for name, (text, exp) in cases.items():
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        (OUT / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
