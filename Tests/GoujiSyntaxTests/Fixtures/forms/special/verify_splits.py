#!/usr/bin/env python3
"""Check, by brute force, the claims the flattened special fixtures rest on.

Usage: python3 Tests/GoujiSyntaxTests/Fixtures/forms/special/verify_splits.py
(Python 3.11, standard library only.)  Prints every concatenated run, all the
ways it can be cut into the row's cells, and which cuts survive the rules; then
asserts that the result is what the `.expected.json` files say.

Cell shapes (formats.md):
  count   `0` or a number without a leading zero
  signed  a count, or `+`/`-` followed by one (2019 本年增/减 only)
  money   a count with optional decimals, optionally followed by 元 or 万元
          (2019 采购总金额, 2021 本年收费金额)

The runs are copied from the fixtures by hand; the script first checks that
`label + run` really occurs in the fixture text.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

SHAPE = {
    "count": re.compile(r"0|[1-9][0-9]*"),
    "signed": re.compile(r"[+-]?(0|[1-9][0-9]*)"),
    "money": re.compile(r"(0|[1-9][0-9]*)(\.[0-9]+)?(元|万元)?"),
}


def cuts(run: str, kinds: list[str]) -> list[list[str]]:
    """All ways to cut `run` into len(kinds) non-empty cells of the given shapes."""
    if len(kinds) == 1:
        return [[run]] if SHAPE[kinds[0]].fullmatch(run) else []
    out = []
    for i in range(1, len(run)):
        head = run[:i]
        if SHAPE[kinds[0]].fullmatch(head):
            out += [[head] + rest for rest in cuts(run[i:], kinds[1:])]
    return out


def check_text(fixture: str, label: str, run: str) -> None:
    text = (HERE / fixture).read_text(encoding="utf-8")
    assert label + run in text, (fixture, label, run)


def expected_row(fixture: str, table: str, row: str) -> dict:
    doc = json.loads((HERE / fixture.replace(".txt", ".expected.json")).read_text(encoding="utf-8"))
    return next(r for r in doc[table] if r["row"] == row)


# ---------------------------------------------------------------- (b), (c1), (c2): table 二

TABLE2_CASES = [
    ("a-flattened-balancing.txt", "规章", "000", ["count"] * 3),
    ("a-flattened-balancing.txt", "行政规范性文件", "102", ["count"] * 3),
    ("a-flattened-balancing.txt", "行政许可", "1286", ["count"]),
    ("a-flattened-balancing.txt", "行政处罚", "57", ["count"]),
    ("a-flattened-balancing.txt", "行政强制", "3", ["count"]),
    ("b-flattened-ambiguous-table2.txt", "行政规范性文件", "3125", ["count"] * 3),
    ("c1-flattened-2019-money-signed.txt", "规范性文件", "229", ["count"] * 3),
    ("c1-flattened-2019-money-signed.txt", "行政许可", "12+30", ["count", "signed", "count"]),
    ("c1-flattened-2019-money-signed.txt", "行政处罚", "3-14", ["count", "signed", "count"]),
    ("c1-flattened-2019-money-signed.txt", "行政事业性收费", "20-18", ["count", "signed"]),
    ("c1-flattened-2019-money-signed.txt", "政府集中采购", "235800.50元", ["count", "money"]),
    ("c2-flattened-2019-money-unique.txt", "行政事业性收费", "7+3", ["count", "signed"]),
    ("c2-flattened-2019-money-unique.txt", "政府集中采购", "40.85万元", ["count", "money"]),
]


def table2() -> None:
    for fixture, label, run, kinds in TABLE2_CASES:
        check_text(fixture, label, run)
        found = cuts(run, kinds)
        print(f"{fixture}: {label}{run} -> {found}")
        exp = expected_row(fixture, "table2", label)
        if len(found) == 1:
            assert exp["values"] == found[0], (fixture, label, exp)
        else:
            assert exp["values"] == [None] * len(kinds), (fixture, label, exp)
            assert sorted(exp["candidates"]) == sorted(found), (fixture, label, exp)


# ---------------------------------------------------------------- (a): table 三

A_FIXTURE = "a-flattened-balancing.txt"
# (canonical row, the text just before the run, the run).  In the text a run is
# followed by the next label, whose number (`2.`) is not part of the run.
A_ROWS = [
    ("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "152001018"),
    ("二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "1000001"),
    ("（一）予以公开", "（一）予以公开", "101000011"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "不计其他情形）", "1000001"),
    ("（三）不予公开 1.属于国家秘密", "1.属于国家秘密", "0000000"),
    ("（三）不予公开 2.其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开", "0000000"),
    ("（三）不予公开 3.危及“三安全一稳定”", "3.危及“三安全一稳定”", "0000000"),
    ("（三）不予公开 4.保护第三方合法权益", "4.保护第三方合法权益", "1000001"),
    ("（三）不予公开 5.属于三类内部事务信息", "5.属于三类内部事务信息", "0000000"),
    ("（三）不予公开 6.属于四类过程性信息", "6.属于四类过程性信息", "0000000"),
    ("（三）不予公开 7.属于行政执法案卷", "7.属于行政执法案卷", "0000000"),
    ("（三）不予公开 8.属于行政查询事项", "8.属于行政查询事项", "0000000"),
    ("（四）无法提供 1.本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息", "3100105"),
    ("（四）无法提供 2.没有现成信息需要另行制作", "2.没有现成信息需要另行制作", "0000000"),
    ("（四）无法提供 3.补正后申请内容仍不明确", "3.补正后申请内容仍不明确", "0000000"),
    ("（五）不予处理 1.信访举报投诉类申请", "1.信访举报投诉类申请", "0000000"),
    ("（五）不予处理 2.重复申请", "2.重复申请", "0000000"),
    ("（五）不予处理 3.要求提供公开出版物", "3.要求提供公开出版物", "0000000"),
    ("（五）不予处理 4.无正当理由大量反复申请", "4.无正当理由大量反复申请", "0000000"),
    ("（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息", "0000000"),
    ("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0000000"),
    ("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0000000"),
    ("（六）其他处理 3.其他", "3.其他", "0000000"),
    ("（七）总计", "（七）总计", "152001018"),
    ("四、结转下年度继续办理", "四、结转下年度继续办理", "1000001"),
]
TOP = {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（七）总计", "四、结转下年度继续办理"}


def table4() -> None:
    run = "100010000000000"
    check_text(A_FIXTURE, "尚未审结总计", run)
    found = cuts(run, ["count"] * 15)
    print(f"{A_FIXTURE}: table 四 {run} -> {found}")
    doc = json.loads((HERE / "a-flattened-balancing.expected.json").read_text(encoding="utf-8"))
    assert found == [doc["table4"]]


def table3() -> None:
    cands: dict[str, list[list[int]]] = {}
    for row, label, run in A_ROWS:
        check_text(A_FIXTURE, label, run)
        found = [[int(x) for x in c] for c in cuts(run, ["count"] * 7)]
        r32 = [c for c in found if sum(c[:6]) == c[6]]
        cands[row] = found
        if len(found) > 1:
            print(f"{A_FIXTURE}: {row} {run}: {len(found)} cuts, {len(r32)} satisfy R3-2: {r32}")
    rows = [r for r, _, _ in A_ROWS]
    outcome = [r for r in rows if r not in TOP]
    ambiguous = [r for r in rows if len(cands[r]) > 1]

    def solutions(use_r31: bool, use_r33: bool) -> list[dict]:
        sols = []
        for combo in itertools.product(*[cands[r] for r in ambiguous]):
            t = {r: cands[r][0] for r in rows}
            t.update(zip(ambiguous, combo))
            if any(sum(t[r][:6]) != t[r][6] for r in rows):
                continue
            if use_r31 and any(t[rows[0]][c] + t[rows[1]][c] != t["（七）总计"][c] + t["四、结转下年度继续办理"][c]
                               for c in range(7)):
                continue
            if use_r33 and any(sum(t[r][c] for r in outcome) != t["（七）总计"][c] for c in range(7)):
                continue
            sols.append(t)
        return sols

    for r31, r33 in [(False, False), (True, False), (False, True), (True, True)]:
        n = len(solutions(r31, r33))
        print(f"{A_FIXTURE}: R3-2{' + R3-1' if r31 else ''}{' + R3-3' if r33 else ''}: {n} solution(s)")
    only = solutions(True, True)
    assert len(only) == 1
    assert len(solutions(False, False)) > 1 and len(solutions(True, False)) > 1 and len(solutions(False, True)) > 1
    doc = json.loads((HERE / "a-flattened-balancing.expected.json").read_text(encoding="utf-8"))
    for r in doc["table3"]:
        assert r["values"] == [str(v) for v in only[0][r["row"]]], r["row"]


if __name__ == "__main__":
    table2()
    table3()
    table4()
    print("all claims hold")
