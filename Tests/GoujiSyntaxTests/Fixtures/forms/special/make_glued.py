#!/usr/bin/env python3
"""Write the glued-row fixtures (i1–i3) from the flattened report of (b).

Usage: python3 Tests/GoujiSyntaxTests/Fixtures/forms/special/make_glued.py
Each case replaces table 二's 行政规范性文件 row, table 三 and table 四 of (b) with rows written in the forms of
issue 8, item 1 and 7: some cells separated by spaces and others written together. The values are invented and
satisfy R3-1, R3-2, R3-3 and R4 (asserted here), so the reading the solver must find is the one written down in
the expected file, with the confidence of each cell: `written` for a cell standing alone, `solved` for one cut from
a glued run.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = (HERE / "b-flattened-ambiguous-table2.txt").read_text(encoding="utf-8")

ROWS = [
    ("new", "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量"),
    ("carried", "二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量"),
    ("public", "三、本年度办理结果（一）予以公开", "（一）予以公开"),
    ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
]
WITHHELD = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
UNABLE = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
IGNORED = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
           "5.要求行政机关确认或重新出具已获取信息"]
OTHER = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]


def table3_rows():
    """(key, label as written, dump name) of every row of table 三, 2021 format, in order."""
    rows = list(ROWS)
    for group, labels in [("（三）不予公开", WITHHELD), ("（四）无法提供", UNABLE), ("（五）不予处理", IGNORED),
                          ("（六）其他处理", OTHER)]:
        for index, label in enumerate(labels):
            rows.append((group + label, (group if index == 0 else "") + label, group + " " + label))
    rows += [("outcomeTotal", "（七）总计", "（七）总计"), ("carryOver", "四、结转下年度继续办理", "四、结转下年度继续办理")]
    return rows


def check_rules(values: dict[str, list[int]], table4: list[int]) -> None:
    outcome = [key for key, _, _ in table3_rows() if key not in ("new", "carried", "outcomeTotal", "carryOver")]
    for key, row in values.items():
        assert sum(row[:6]) == row[6], f"R3-2 {key}"
    for column in range(7):
        assert values["new"][column] + values["carried"][column] == \
            values["outcomeTotal"][column] + values["carryOver"][column], "R3-1"
        assert sum(values[key][column] for key in outcome) == values["outcomeTotal"][column], "R3-3"
    for start in (0, 5, 10):
        assert sum(table4[start:start + 4]) == table4[start + 4], "R4"


def write(case: str, what: str, written: dict[str, str], values: dict[str, list[int]], confidence: dict[str, list[str]],
          table4_text: str, table4: list[int], table4_confidence: list[str], table2_row: str | None = None,
          table2_expected: dict | None = None, empty: tuple[str, ...] = ()) -> None:
    zeros = [0] * 7
    full = {key: values.get(key, zeros) for key, _, _ in table3_rows()}
    check_rules(full, table4)
    start = TEMPLATE.index("一、本年新收政府信息公开申请数量")
    end = TEMPLATE.index("四、政府信息公开行政复议、行政诉讼情况")
    body = "".join(label + written.get(key, "0000000") for key, label, _ in table3_rows())
    text = TEMPLATE[:start] + body + TEMPLATE[end:]
    text = text.replace("总计000000000000000五、存在", "总计" + table4_text + "五、存在")
    if table2_row is not None:
        text = text.replace("行政规范性文件3125", "行政规范性文件" + table2_row)
    table3 = [
        {"row": name, "values": [""] * 7, "confidence": ["written"] * 7} if key in empty else
        {"row": name, "values": [str(v) for v in full[key]], "confidence": confidence.get(key, ["solved"] * 7)}
        for key, _, name in table3_rows()
    ]
    expected = {"reportYear": 2022, "format": "2021", "textForm": "flattened", "table3": table3,
                "table4": [str(v) for v in table4], "table4Confidence": table4_confidence}
    if table2_expected is not None:
        clause1, clause5, clause6, clause8 = (f"第二十条第（{n}）项" for n in "一五六八")
        expected["table2"] = [
            {"subtable": clause1, "row": "规章", "values": ["0", "0", "0"], "confidence": ["solved"] * 3},
            table2_expected,
        ] + [{"subtable": clause, "row": row, "values": ["0"], "confidence": ["written"]}
             for clause, row in [(clause5, "行政许可"), (clause6, "行政处罚"), (clause6, "行政强制"), (clause8, "行政事业性收费")]]
    (HERE / f"{case}.txt").write_text(text, encoding="utf-8")
    (HERE / f"{case}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    print(case, "—", what)


W, S = "written", "solved"

# i1: spaces between some cells only; table 四 with two cells glued in three places.
write(
    "i1-spaces-not-borders", "150 02 0 017 and 3 0 0 00 0 3 (R3-2 chooses), table 四 0 00 0 0 0 00 0 00 0 0 0 0",
    written={"new": "150 02 0 017", "public": "3 0 0 0 0 0 3", "outcomeTotal": "3 0 0 00 0 3",
             "carryOver": "12 0 0 2 0 0 14"},
    values={"new": [15, 0, 0, 2, 0, 0, 17], "public": [3, 0, 0, 0, 0, 0, 3], "outcomeTotal": [3, 0, 0, 0, 0, 0, 3],
            "carryOver": [12, 0, 0, 2, 0, 0, 14]},
    confidence={"new": [S, S, S, S, W, S, S], "public": [W] * 7, "outcomeTotal": [W, W, W, S, S, W, W], "carryOver": [W] * 7},
    table4_text="0 00 0 0 0 00 0 00 0 0 0 0", table4=[0] * 15,
    table4_confidence=[W, S, S, W, W, W, S, S, W, S, S, W, W, W, W],
)

# i2: 0 00 0 0 00 (seven zeros), a row printed with no cells at all and one with &nbsp;, table 四 in one run.
write(
    "i2-empty-rows-and-one-run", "四、结转下年度继续办理 0 00 0 0 00, empty rows, table 四 20103120001200000",
    written={"carryOver": " 0 00 0 0 00", "（五）不予处理2.重复申请": "", "（五）不予处理3.要求提供公开出版物": "&nbsp;"},
    values={},
    confidence={"carryOver": [W, S, S, W, W, S, S]},
    empty=("（五）不予处理2.重复申请", "（五）不予处理3.要求提供公开出版物"),
    table4_text="20103120001200000", table4=[2, 0, 1, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0], table4_confidence=[S] * 15,
)

# i3: table 二 without rules: 767676 is read as 76·76·76, inferred (values null, as the dump contract says).
write(
    "i3-table2-ranked", "行政规范性文件767676: inferred 76·76·76, ranked first",
    written={}, values={}, confidence={}, table4_text="000000000000000", table4=[0] * 15, table4_confidence=[S] * 15,
    table2_row="767676",
    table2_expected={"subtable": "第二十条第（一）项", "row": "行政规范性文件", "values": [None, None, None],
                     "confidence": ["inferred"] * 3},
)
