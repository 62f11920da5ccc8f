#!/usr/bin/env python3
"""Writes the rule fixtures: real reports from Examples/ (or the reader's special fixtures) with one documented
defect each. Run from anywhere; it rewrites Fixtures/<CODE>/<case>.txt (never the .diagnostics golden files, which
the test writes with UPDATE_GOLDEN=1 and a person reads before committing).

Every edit is an exact replacement that must apply the stated number of times, so a change to an example fails here
rather than producing a fixture without its defect.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
EXAMPLES = os.path.join(ROOT, 'Examples')
SPECIAL = os.path.join(ROOT, 'Tests', 'GoujiSyntaxTests', 'Fixtures', 'forms', 'special')

E000 = '000_212ac920282683c5.txt'  # 周村区科技局 2020, Word copy, 2019 tables
E001 = '001_787e7c90b6bc98b9.txt'  # 金凤区科学技术局 2020, web copy, 2019 tables
E002 = '002_cf9a8ca2a320709f.txt'  # 曲阜市科学技术局 2021, Word copy, 2021 tables, appendix
E003 = '003_5e13778fbfad6663.txt'  # 周口市科技局 2021, PDF text, 2021 tables
E004 = '004_b1d7aab7bdee8be9.txt'  # 台儿庄区科技局 2022, Word copy, 2021 tables


def read(folder, name):
    with open(os.path.join(folder, name), 'rb') as f:
        return f.read().decode('utf-8')


def example(name):
    return read(EXAMPLES, name)


def special(name):
    return read(SPECIAL, name)


def replace(text, old, new, count=1):
    found = text.count(old)
    assert found == count, f'{old!r}: {found} occurrences, expected {count}'
    return text.replace(old, new)


def delete_lines(text, first, last):
    """Deletes 1-based lines first…last (inclusive)."""
    lines = text.split('\n')
    return '\n'.join(lines[:first - 1] + lines[last:])


def line(text, number):
    return text.split('\n')[number - 1]


CASES = {}


def case(code, name, text, previous=None):
    CASES[(code, name)] = (text, previous)


# GJ101 section-missing
case('GJ101', 'six-missing-word-copy', replace(example(E004), '\u2002\u2002\u2002六、其他需要报告的事项\n', ''))
t = example(E001)
assert line(t, 62) == '三、收到和处理政府信息公开申请情况' and line(t, 92).startswith('四、')
case('GJ101', 'three-missing-web-copy', delete_lines(t, 62, 91))

# GJ102 section-order: the real report with a heading before its title and 三、 inside 五
case('GJ102', 'heading-before-title-pdf', example(E003))
t = example(E002)
assert line(t, 355).startswith('四、') and line(t, 411).startswith('五、') and line(t, 415).startswith('六、')
lines = t.split('\n')
t = '\n'.join(lines[:354] + lines[410:414] + lines[354:410] + lines[414:])
case('GJ102', 'sections-swapped-word-copy', t)

# GJ103 section-title: a known variant (四, information) and other wording (一, warning)
case('GJ103', 'variant-and-wording', replace(example(E004), '\n一、总体情况\n', '\n一、政务公开总体情况\n'))

# GJ104 title-missing: the agency line removed
case('GJ104', 'no-agency', replace(example(E002), '曲阜市科学技术局\n2021年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'))

# GJ201 year-unknown: no year in the title, no statistics period
t = replace(example(E001), '\n2020年政府信息公开工作年度报告', '\n政府信息公开工作年度报告')
t = replace(t, '本报告所列数据的统计期限自2020年1月1日至2020年12月31日。', '')
case('GJ201', 'no-year', t)

# GJ202 format-mismatch: 2019 tables in a 2021 report
case('GJ202', 'tables-2019-in-2021', replace(example(E000), '2020年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'))

# GJ203 notice-mismatch: the 2019 notice (title and number) in a 2021 report
t = replace(example(E002), '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）',
            '《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）')
case('GJ203', 'notice-2019-in-2021', t)
case('GJ203', 'issuer-and-title-2019-in-2022', example(E004))

# GJ204 period-mismatch: last year's statistics period
t = replace(example(E002), '统计期限自2021年1月1日起至2021年12月31日止', '统计期限自2020年1月1日起至2020年12月31日止')
case('GJ204', 'period-of-last-year', t)

# GJ205 mixed-format: a 2019 row label in 2021 tables
case('GJ205', 'label-2019-in-2021-tables', replace(example(E002), '\t行政规范性文件\n', '\t规范性文件\n'))

# GJ206 format-not-applicable: a 2017 free-form report (the reader's special fixture d)
case('GJ206', 'report-2017', special('d-pre2019-2017.txt'))

# GJ207 period-part-year: a body created mid-year, without and with the reason (CRLF line ends)
t = replace(example(E002), '统计期限自2021年1月1日起至2021年12月31日止', '统计期限自2021年7月1日起至2021年12月31日止')
case('GJ207', 'second-half-without-reason', t)
t = replace(example(E004), '统计期限为2022年1月1日至2022年12月31日', '统计期限为2022年4月1日至12月31日')
t = replace(t, '台儿庄区科技局\n2022年', '台儿庄区科技局\n（本局于2022年4月经机构改革组建）\n2022年')
case('GJ207', 'from-april-with-reason-crlf', t.replace('\n', '\r\n'))

# GJ208 plan-year: next year's plans dated with the report year
case('GJ208', 'plans-dated-2021-in-2021', replace(example(E002), '2022年将重点做好', '2021年将重点做好'))
t = replace(example(E004), '（二）改进情况及下一步工作打算\n', '（二）改进情况及下一步工作打算\n𠀀2022年，我局将进一步加强政策解读。\n')
case('GJ208', 'plans-dated-2022-in-2022-astral', t)

# GJ209 signature-year: signed in the report year, and three years after it
case('GJ209', 'signed-in-report-year', replace(example(E004), '2023年1月26日', '2022年1月26日'))
case('GJ209', 'signed-three-years-later', replace(example(E004), '2023年1月26日', '2025年1月26日'))

# GJ301 table-missing: table 三 of the web copy replaced by a sentence
t = example(E001)
assert line(t, 64).startswith('(本列数据') and line(t, 90).startswith('四、结转下年度')
case('GJ301', 'table-three-missing-web-copy', '\n'.join(t.split('\n')[:63] + ['本年度未收到政府信息公开申请。'] + t.split('\n')[90:]))

# GJ302 row-missing: a sub-row of the Word copy, the first row of the web copy
t = example(E002)
assert line(t, 227) == '\t2.没有现成信息需要另行制作' and line(t, 235) == ''
case('GJ302', 'sub-row-missing-word-copy', delete_lines(t, 225, 235))
case('GJ302', 'first-row-missing-web-copy', replace(example(E001), '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t\n', ''))

# GJ303 row-unknown: a misspelt label
case('GJ303', 'misspelt-label', replace(example(E004), '（二）部分公开（区分', '（二）部份公开（区分'))

# GJ304 cell-count: the unofficial 小计 column (special fixture f); a web-copy row one value too many
case('GJ304', 'subtotal-column', special('f-subtotal-column.txt'))
case('GJ304', 'long-row-web-copy', replace(example(E001), '\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0', '\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0\t0'))

# GJ308 row-unreadable: a PDF-text row one value short (an empty cell leaves no trace there)
case('GJ308', 'short-row-pdf', replace(example(E003), '2.重复申请 0 0 0 0 0 0 0', '2.重复申请 0 0 0 0 0 0'))

# GJ305 cell-empty: empty cells used for zero (example 004); empty cells in a web copy (special fixture h)
case('GJ305', 'empty-for-zero-word-copy', example(E004))
case('GJ305', 'empty-cells-web-copy', special('h-tab-empty-cells.txt'))

# GJ306 cell-invalid: a word, a negative count, a decimal, a unit, 无 (counted as 0: the sums still hold). A dash
# alone is an empty cell (GJ305).
t = replace(example(E001), '二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t',
            '二、上年结转政府信息公开申请数量\t\t若干\t0\t-1\t0\t0\t0\t0\t')
t = replace(t, '\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0', '\t2. 重复申请\t1.5\t0\t0\t0\t0\t0\t2件')
t = replace(t, '四、结转下年度继续办理\t\t0\t0\t0', '四、结转下年度继续办理\t\t无\t0\t0')
case('GJ306', 'not-counts-web-copy', t)

# GJ307 cells-ambiguous: concatenated digits of table 二 (special fixtures b and c1)
case('GJ307', 'ambiguous-table2-flattened', special('b-flattened-ambiguous-table2.txt'))
case('GJ307', 'ambiguous-money-2019-flattened', special('c1-flattened-2019-money-signed.txt'))

# GJ310 row-total: totals typed without their parts (example 000, and its CRLF copy g); parts that disagree
case('GJ310', 'total-without-parts', example(E000))
case('GJ310', 'total-without-parts-crlf', special('g-crlf-000.txt'))
t = replace(example(E002), '\t一、本年新收政府信息公开申请数量\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n',
            '\t一、本年新收政府信息公开申请数量\n\t2\n\t1\n\t0\n\t0\n\t0\n\t0\n\t2\n')
t = replace(t, '\t（一）予以公开\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n', '\t（一）予以公开\n\t2\n\t1\n\t0\n\t0\n\t0\n\t0\n\t3\n')
t = replace(t, '\t（七）总计\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n', '\t（七）总计\n\t2\n\t1\n\t0\n\t0\n\t0\n\t0\n\t3\n')
case('GJ310', 'total-short-of-its-parts', t)

# GJ311 row-total-empty: example 000's row 四; a web copy whose 总计 field is empty
case('GJ311', 'total-empty-word-copy', example(E000))
case('GJ311', 'total-empty-web-copy', special('h-tab-empty-cells.txt'))

# GJ312 outcome-total: example 000's （七）总计 自然人
case('GJ312', 'outcome-total-without-outcomes', example(E000))
t = replace(example(E003), '（七）总计 0 0 0 0 0 0 0', '（七）总计 1 0 0 0 0 0 1')
t = replace(t, '⼀、本年新收政府信息公开申请数量 0 0 0 0 0 0 0', '⼀、本年新收政府信息公开申请数量 1 0 0 0 0 0 1')
case('GJ312', 'outcome-total-pdf', t)

# GJ313 balance: one 自然人 application received and neither handled nor carried over
t = replace(example(E002), '\t一、本年新收政府信息公开申请数量\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n',
            '\t一、本年新收政府信息公开申请数量\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n')
case('GJ313', 'application-unaccounted-for', t)

# GJ314 review-total: a direct lawsuit upheld, its group total left 0
t = replace(example(E001), '\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n', '\t\t\t\t\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\n')
case('GJ314', 'group-total-web-copy', t)

# GJ401 text-table-mismatch: example 000 (未收到…申请 above 3 applications); a count in the PDF text
case('GJ401', 'denial-against-table', example(E000))
t = replace(example(E004), '共受理政府信息公开申请0件', '共受理政府信息公开申请2件')
case('GJ401', 'count-against-table', t)

# GJ401: 予以公开及部分公开 as one figure against （一）+（二） (CRLF line ends)
t = replace(example(E004), '其中予以公开申请0件，部分公开0件', '其中予以公开及部分公开2件')
case('GJ401', 'compound-against-table-crlf', t.replace('\n', '\r\n'))

# GJ402 carryover-mismatch: last year's report carried 1 application over, this year's carries in none
previous = replace(example(E001), '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0', '四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1')
case('GJ402', 'carry-in-differs', example(E002), previous=previous)

# GJ403 published-late: signed in February
case('GJ403', 'signed-in-february', replace(example(E004), '2023年1月26日', '2023年2月26日'))

# GJ404 fee-not-reported: example 002's section 六
case('GJ404', 'fee-not-mentioned', example(E002))

# GJ405 prose-arithmetic: a list of categories against its total (web copy, spaces around the numbers); a list and
# a share against the total (astral character, CRLF line ends)
case('GJ405', 'parts-exceed-total-web-copy', replace(example(E001), '财政资金 2 件', '财政资金 5 件'))
t = replace(example(E004), '共受理政府信息公开申请0件，其中予以公开申请0件，部分公开0件',
            '𠀀共受理政府信息公开申请4件，其中予以公开申请3件，占60%，部分公开0件')
case('GJ405', 'parts-and-share-crlf', t.replace('\n', '\r\n'))

# GJ406 fee-charged: a fee charged in a 2020 report; a fee charged in a 2021 report whose table 三 has no application
# (astral character, CRLF line ends)
case('GJ406', 'fee-in-2020-word-copy', replace(example(E000), '六、其他需要报告的事项\n无\n', '六、其他需要报告的事项\n本年度收取信息处理费200元。\n'))
t = replace(example(E002), '六、其他需要报告的事项\n无其它需要报告的事项。', '六、其他需要报告的事项\n𠀀本年度共收取信息处理费 150.50 元。')
case('GJ406', 'fee-without-application-crlf', t.replace('\n', '\r\n'))

# GJ407 rules-without-power: a district department counting 规章 it issued and has in force
case('GJ407', 'district-bureau-counts-rules', replace(example(E004), '\t规章\n\t\u3000\u30000\n\t\u2002\u30000\n\t\u30000\n',
                                                      '\t规章\n\t\u3000\u30002\n\t\u2002\u30000\n\t\u30002\n'))

# GJ501 compatibility-characters: example 003 (PDF text)
case('GJ501', 'kangxi-radicals-pdf', example(E003))
t = replace(example(E002), '2021年政府信息公开工作年度报告', '２０２１年政府信息公开⼯作年度报告')
case('GJ501', 'full-width-digits-and-radicals', t)

# GJ502 enumeration: example 004 (1. 2. 3. 4. 6.); 一是…三是 in example 000
case('GJ502', 'arabic-skip', example(E004))
t = example(E000)
assert '一是' in line(t, 419) and '二是' in line(t, 419)
lines = t.split('\n')
lines[418] = lines[418].replace('二是', '三是', 1)
case('GJ502', 'shi-skip-and-repeat', '\n'.join(lines))

# GJ503 conversion-artifacts: example 001 (**…**), example 002 ([image:], [bookmark:])
case('GJ503', 'emphasis-web-copy', example(E001))
case('GJ503', 'image-and-bookmark-word-copy', example(E002))


# GJ504 repeated-paragraph: example 003 repeats section 一's first paragraph in section 六 (PDF text); a paragraph of
# section 一 pasted into section 六 (astral character, CRLF line ends)
case('GJ504', 'section-one-repeated-in-six-pdf', example(E003))
t = example(E002)
t = replace(t, '六、其他需要报告的事项\n无其它需要报告的事项。', '六、其他需要报告的事项\n𠀀无其它需要报告的事项。\n' + line(t, 10))
case('GJ504', 'paragraph-pasted-crlf', t.replace('\n', '\r\n'))

# GJ505 other-province: a Shandong body's report following another province's work plan
t = replace(example(E002), '曲阜市科学技术局\n2021年政府信息公开工作年度报告', '山东省曲阜市科学技术局\n2021年政府信息公开工作年度报告')
t = replace(t, '六、其他需要报告的事项\n无其它需要报告的事项。', '六、其他需要报告的事项\n𠀀按照浙江省政务公开工作要点，无其它需要报告的事项。')
case('GJ505', 'zhejiang-in-shandong-report', t)

# GJ505: a city's report (周口市, 河南) naming a city of another province (PDF text)
t = replace(example(E003), '(三)公开的形式不多。', '(三)公开的形式不多，未达到杭州市政务公开工作要点的要求。')
case('GJ505', 'hangzhou-in-zhoukou-report-pdf', t)

# GJ410 rectification-not-reported: example 003's section 五 (PDF text) and example 002's (CRLF line ends) state this
# year's problems only
case('GJ410', 'this-year-only-pdf', example(E003))
case('GJ410', 'this-year-only-crlf', example(E002).replace('\n', '\r\n'))

def main():
    for (code, name), (text, previous) in sorted(CASES.items()):
        folder = os.path.join(HERE, code)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name + '.txt'), 'wb') as f:
            f.write(text.encode('utf-8'))
        if previous is not None:
            with open(os.path.join(folder, name + '.previous.txt'), 'wb') as f:
                f.write(previous.encode('utf-8'))
    print(f'{len(CASES)} fixtures')


if __name__ == '__main__':
    main()
