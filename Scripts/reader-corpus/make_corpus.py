#!/usr/bin/env python3
"""Build the reader corpus: every report rendered as HTML with real tables, then converted by real programs.

Usage: Scripts/make-reader-corpus.sh [--reports a,b] [--forms x,y] (which checks the programs and calls this script
with Python 3.11+); without options every form of every report is written, and the files of removed reports deleted.
The scraper forms need the Python libraries web scrapers use, pinned:
  pip install html2text==2025.4.15 markdownify==1.2.3 trafilatura==2.3.1 lxml_html_clean==0.4.7 \
    beautifulsoup4==4.15.0 inscriptis==2.7.6 Deterministic: invented numbers and the flattened copies' spaces come from fixed seeds, and the
programs' outputs do not depend on the time (the PDF files themselves are not kept).

Reports:
  - the five examples (`Tests/GoujiSyntaxTests/Fixtures/expected/<name>.json`: title, section headings, every cell),
    with short invented prose;
  - invented reports (`INVENTED` below): both formats, non-zero tables with multi-digit values that satisfy every
    balancing rule, a title that wraps, `2024 年` with a space, headings as real reports write them; and reports unlike
    those in what matters to the reader: four- and five-digit values, a narrow label column and tall headers (CSS),
    other page sizes (page breaks at other rows), empty cells among written 0s, an astral character and CRLF, an
    extra table and an appendix after table 四, and a report that does not balance as written.

Forms written for every report to `Tests/GoujiSyntaxTests/Fixtures/corpus/<report>.<form>.txt`:
  pdf-layout   Chromium (headless) prints the HTML to PDF, then `pdftotext -layout`
  pdf-raw      the same PDF, `pdftotext` (reading order)
  w3m          `w3m -dump` (box-drawing grids)
  lynx         `lynx -dump`
  pandoc       `pandoc -f html -t plain` (grid or simple tables)
  flat-spaced  the page's text with each table on one line, one space between cells
  flat-glued   the same with a space between some cells only (seeded), digits of adjacent cells glued
The Word route: LibreOffice (headless) imports the HTML and saves it as `.docx` (MS Word 2007 XML), then
  word-txt         LibreOffice saves the `.docx` as plain text (UTF-8, with a BOM: Word's "save as plain text")
  word-pandoc      `pandoc -f docx -t plain`
  word-pdf-layout  LibreOffice prints the `.docx` to PDF (its own fonts, borders, page breaks), `pdftotext -layout`
  word-pdf-raw     the same PDF, `pdftotext`
Web scrapers (Python libraries, versions above) turn the HTML into text or Markdown:
  html2text    `html2text.HTML2Text().handle` (Markdown, defaults: pipe tables without outer bars, `**`, escapes)
  markdownify  `markdownify.markdownify` (Markdown pipe tables, a spanned cell repeated as empty cells)
  trafilatura  `trafilatura.extract(include_tables=True, output_format="txt")` (main text only; tables as pipes)
  bs4-lines    BeautifulSoup `get_text("\n")`: every text node on a line of its own, empty cells gone
  bs4-glued    BeautifulSoup `get_text("")`: every text node glued to the next, cells without borders
  inscriptis   `inscriptis.get_text` (layout text: cells padded with spaces, spanned cells not aligned)

`<report>.expected.json` holds the reading every form must give: reportYear, format, the section numbers, and
every cell of tables 二, 三 and 四 (`""` for an empty cell).
"""
import html
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "Tests/GoujiSyntaxTests/Fixtures/expected"
CORPUS = ROOT / "Tests/GoujiSyntaxTests/Fixtures/corpus"
EXAMPLES = sorted(p.stem for p in EXPECTED.glob("*.json"))
FORMS = ["pdf-layout", "pdf-raw", "w3m", "lynx", "pandoc", "flat-spaced", "flat-glued",
         "word-txt", "word-pandoc", "word-pdf-layout", "word-pdf-raw"]
SCRAPER_FORMS = ["html2text", "markdownify", "trafilatura", "bs4-lines", "bs4-glued", "inscriptis"]

NUMERALS = "一二三四五六"
CANONICAL = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
             "存在的主要问题及改进情况", "其他需要报告的事项"]
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPLICANTS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
T4_RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

T2_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "规范性文件"]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "其他对外管理服务事项"]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "行政强制"]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["行政事业性收费"]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], ["政府集中采购"]),
]
T2_2021 = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
    ("第二十条第（五）项", ["本年处理决定数量"], ["行政许可"]),
    ("第二十条第（六）项", ["本年处理决定数量"], ["行政处罚", "行政强制"]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["行政事业性收费"]),
]
T3_COMMON = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
             "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] + \
    ["（三）不予公开 " + s for s in ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                                  "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
                                  "7.属于行政执法案卷", "8.属于行政查询事项"]] + \
    ["（四）无法提供 " + s for s in ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]] + \
    ["（五）不予处理 " + s for s in ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                                  "5.要求行政机关确认或重新出具已获取信息"]]
T3_OTHER_2019 = ["（六）其他处理"]
T3_OTHER_2021 = ["（六）其他处理 " + s for s in ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]]
T3_TAIL = ["（七）总计", "四、结转下年度继续办理"]


def t3_rows(fmt: str) -> list[str]:
    return T3_COMMON + (T3_OTHER_2021 if fmt == "2021" else T3_OTHER_2019) + T3_TAIL


# MARK: Invented reports

INVENTED = {
    # 2021 format, several applicants, two- and three-digit values, a long title that wraps in the PDF.
    "inv-2021-busy": dict(
        seed=2021, fmt="2021", year=2023, agency="某某省某某市某某区人民政府办公室和大数据发展管理局",
        headings=CANONICAL, title_width="22em"),
    # 2019 format: signed changes, a money amount, non-zero tables; section 二's title mistyped (an extra character)
    # and section 三 numbered 二.
    "inv-2019-mixed": dict(
        seed=2019, fmt="2019", year=2020, agency="某某县市场监督管理局", numerals="一二二四五六",
        headings=["总体情况", "主动公开政府信息情况况"] + CANONICAL[2:]),
    # 2021 format, `2024 年` with a space, headings as written in real reports (variants, a wrong number, a typo).
    "inv-2021-headings": dict(
        seed=2024, fmt="2021", year=2024, agency="某某市自然资源和规划局", year_space=True,
        headings=["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "政府信息公开行政复议与行政诉讼情况", "存在的主要问题及明年工作计划", "其他需要报告的事项"]),
    # Reports unlike the ones above in what matters to the reader (issue 8, "unseen"):
    # a city bureau with four- and five-digit values and a five-digit 总计, on A4 pages with a narrow label column
    # (labels wrap differently) and tall header rows, table 三 broken by a page at another row.
    "inv-2021-city": dict(
        seed=3021, fmt="2021", year=2022, agency="某某市人力资源和社会保障局", scale=5, page="A4",
        css="td.l{width:5em}td.h{height:3.2em}", break_before="（四）无法提供 1.本机关不掌握相关政府信息",
        headings=["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "存在问题及改进情况", "其他需要报告的事项"]),
    # A township with few requests: most zero cells left empty, the others written 0, in every table.
    "inv-2021-sparse": dict(
        seed=4021, fmt="2021", year=2023, agency="某某县某某镇人民政府", zero_share=0.85, empty_share=0.7,
        headings=CANONICAL),
    # The 2019 format, a county whose name holds an astral character, CRLF line ends in every form, headings
    # written with variants, a short page (B5) breaking the tables elsewhere.
    "inv-2019-county": dict(
        seed=5019, fmt="2019", year=2019, agency="某某省𠀀溪县人民政府办公室", crlf=True, page="B5",
        headings=["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                  "政府信息公开行政复议和行政诉讼情况", "政府信息公开工作存在的主要问题及改进情况", "其他需要报告的事项"]),
    # A report with an extra table after table 四 (a month-by-month count of requests) and an appendix holding an
    # older, non-standard statistics table (附件), neither of which is table 二, 三 or 四.
    "inv-2021-annex": dict(
        seed=6021, fmt="2021", year=2021, agency="某某自治州生态环境局", scale=3, extra_tables=True,
        headings=CANONICAL),
    # A report that does not balance as written, as real ones often do not: one applicant column of
    # 一、本年新收 is one more than its outcome and carry-over (R3-1 broken, R3-2 kept), a row's 总计 typed without
    # its parts, and a table 四 group whose 总计 is not the sum of its results.
    "inv-2022-unbalanced": dict(
        seed=7022, fmt="2021", year=2022, agency="某某市某某区教育局", unbalanced=True, page="A4",
        headings=CANONICAL),
    # Round "unseen2": shapes no report above has.
    # A city department (部门) with four-digit values written with thousands separators (`1,234`) in tables 二 and
    # 三, a 总计 column much wider than its values, and a note under every table (`注：…`, with numbers of its own).
    "inv-2022-dept": dict(
        seed=8022, fmt="2021", year=2022, agency="某某市财政局", scale=4, show="thousands", notes=True,
        css="td.t{width:7em}", headings=CANONICAL),
    # The 2019 format, digits written full-width (`１２`) in tables 二 and 四, sections 五 and 六 written in the other
    # order, on Letter pages.
    "inv-2020-order": dict(
        seed=9020, fmt="2019", year=2020, agency="某某县交通运输局", show="fullwidth", order=[1, 2, 3, 4, 6, 5],
        page="letter", headings=CANONICAL),
    # A township report without section 六 (often missing in real reports), notes under tables 三 and 四, and most
    # of table 三 zero, written `0`.
    "inv-2023-short": dict(
        seed=10023, fmt="2021", year=2023, agency="某某县某某乡人民政府", zero_share=0.8, notes=True,
        order=[1, 2, 3, 4, 5], headings=CANONICAL),
    # Round "scrapers": pages shaped as portals publish them.
    # A development-zone management committee (管委会) in 2024: section headings as `<p><strong>` (no `<h2>`), every
    # table inside a one-cell layout table, values inside `<span>`s padded with `&nbsp;`, empty cells `&nbsp;`.
    "inv-2024-zone": dict(
        seed=11024, fmt="2021", year=2024, agency="某某综合实验区管理委员会党政办公室", zero_share=0.7,
        empty_share=0.5, strong_headings=True, nested=True, span_values=True, headings=CANONICAL),
    # A district bureau whose table 三 is split in two `<table>`s at a page (before 四、结转下年度继续办理), the
    # header rows repeated above the second part, and header cells written as `<th>`.
    "inv-2023-split": dict(
        seed=12023, fmt="2021", year=2023, agency="某某市某某区发展和改革局", scale=2, split_table3=True,
        headings=CANONICAL),
    # Round "unseen3": shapes no report above has.
    # A 2025 report saved by Word as a web page ("Save as web page"): `MsoNormal` paragraphs in every cell, `<o:p>`,
    # `mso-` styles, digits in `<span lang=EN-US>` (the title's year too), `<td width>`, empty cells
    # `<o:p>&nbsp;</o:p>`, prose indented with `&nbsp;` runs, headings as bold paragraphs, and Word's row of
    # zero-height empty cells (`<![if !supportMisalignedColumns]>`) closing every table; A4 pages, no page numbers.
    "inv-2025-word": dict(
        seed=13025, fmt="2021", year=2025, agency="某某市某某区住房和城乡建设局", zero_share=0.6, empty_share=0.4,
        word_html=True, page="A4", headings=CANONICAL),
    # The 2019 format with table 三's group labels repeated on every row of their group (no `rowspan`:
    # `三、本年度办理结果 | （三）不予公开 | 2.其他法律…`), 本年增/减 written as negative numbers or left blank, and
    # sections numbered as parts (`第一部分 总体情况`), on B5 pages.
    "inv-2020-repeat": dict(
        seed=14020, fmt="2019", year=2020, agency="某某县卫生健康委员会", repeat_groups=True, signed_blanks=True,
        part_headings=True, page="B5", headings=CANONICAL),
    # A report with one defect on purpose, as real ones have: （一）予以公开's 总计 typed one more than its parts (R3-2
    # broken in that row, R3-3 in the 总计 column), which every form that reads the row must still report; headings
    # numbered `一．` (a full-width full stop, not `、`), three-digit values.
    "inv-2023-defect": dict(
        seed=15023, fmt="2021", year=2023, agency="某某市某某区司法局", scale=2, defect=True, separator="．",
        headings=CANONICAL),
    # Round "unseen4": shapes no report above has.
    # A county office whose table 三 has a 序号 column before its labels (numbers 1 to 28: no cell of the format),
    # a title over three lines (a narrow title block), and page footers `第 2 页 共 5 页`, on A5 pages.
    "inv-2021-serial": dict(
        seed=16021, fmt="2021", year=2021, agency="某某省某某市某某县人民政府办公室", serial=True, title_width="12em",
        footer="pages", headings=CANONICAL),
    # A report typed in Word with manual line breaks inside cells (`<br>`): labels and group labels of table 三
    # (`一、本年新收<br>政府信息公开申请数量`), the column headers of tables 三 and 四 (`结果<br>维持`), table 二's
    # amount header; and one defect on purpose: 一、本年新收's 总计 typed one less than its parts (R3-2 broken in
    # that row, R3-1 in the 总计 column), which every form that reads the row must still report.
    "inv-2022-breaks": dict(
        seed=17022, fmt="2021", year=2022, agency="某某市某某区市场监督管理局", scale=2, br_cells=True,
        short_total=True, headings=CANONICAL),
    # A report whose tables 三 and 四 were pasted as pictures (`<img>`, as scanned tables are published): their text
    # is in no form, so gouji must read no value for them and say it could not read them (never an error against
    # the report's numbers); table 二 is a real table.
    "inv-2023-images": dict(
        seed=18023, fmt="2021", year=2023, agency="某某县某某街道办事处", image_tables=[3, 4], headings=CANONICAL),
    # Round "unseen5": shapes no report above has.
    # A township whose zero cells are written as marks, not numbers: `—` (most), `-`, `——`, `/` and `无` in tables
    # 三 and 四, `/` in table 二; a dash is a blank, never a minus sign. One defect on purpose: the first outcome row
    # with nothing in it has all its parts written as marks while its 总计 says 3 (a total typed without its parts:
    # R3-2 broken in that row, R3-3 in the 总计 column), which every form that reads the row must still report.
    "inv-2022-dashes": dict(
        seed=19022, fmt="2021", year=2022, agency="某某县某某镇人民政府", zero_share=0.75, marks=True,
        dash_total=True, headings=CANONICAL),
    # A page pasted from a web editor: values padded with ideographic spaces (`　　12`), zero-width spaces (U+200B)
    # before, after and inside values (`1​23`) and inside labels (`（一）予以​公开`), NBSP after values,
    # short labels and headers spaced out (`规　　章`, `自　然　人`, `总　　计`), prose indented with `　　`, a heading
    # after `一、　`, another after a zero-width space. One defect on purpose: a row's 总计 left empty (a cell holding
    # only `　`) while its applicant columns are filled (R3-2 broken in that row), which every form that reads the row
    # must still report.
    "inv-2023-spaces": dict(
        seed=20023, fmt="2021", year=2023, agency="某某市某某区退役军人事务局", scale=2, spaces=True,
        empty_total=True, headings=CANONICAL),
    # Tables made in a spreadsheet and pasted as Excel's HTML (`x:num`, `x:fmla` on the 总计 cells, `<col>` widths,
    # `class=xl66` cells right-aligned with `mso-number-format`, `&nbsp;` in empty cells, Excel's hidden row of
    # column widths closing each table), on A4 pages. One defect on purpose: an outcome row's 自然人 and 总计 each one
    # more (the row balances, the outcomes no longer add up to （七）总计: R3-3 broken in two columns, R3-1 kept).
    "inv-2024-excel": dict(
        seed=21024, fmt="2021", year=2024, agency="某某市某某区城市管理和综合执法局", scale=2, excel=True,
        column_off=True, page="A4", headings=CANONICAL),
    # Round "unseen6": shapes no report above has.
    # A 2022 report still written with the 2019 format's tables (2019's labels in a 2021+ year, as real reports
    # late to change do), table 四's three header rows written as one row of 15 short headers (`结果维持 … 总计` three
    # times, no 行政复议/行政诉讼 row above), on B5 pages. One defect on purpose: 复议后起诉's 总计 one more than its
    # results (R4 broken in that group), which every form that reads table 四 must still report.
    "inv-2022-late2019": dict(
        seed=22022, fmt="2019", year=2022, agency="某某县农业农村局", t4_flat=True, t4_off=True, page="B5",
        headings=CANONICAL),
    # A report with tables of its own between the sections: a table of what was published by channel in section
    # 一 (`政府网站 | 1,264条`: values with units and thousands separators) and one of 主动公开 items by kind in section
    # 二 right before table 二 (`发布政策文件 | 17件`), each with its own header and a 合计 row. One defect on
    # purpose: section 一's prose says one more new request than table 三's 一、本年新收 总计 (the narrative
    # contradicting the table), which GJ401 must still report wherever the row is read.
    "inv-2023-between": dict(
        seed=23023, fmt="2021", year=2023, agency="某某市某某区民政局", scale=2, section_tables=True,
        prose_count=True, headings=CANONICAL),
    # A report whose tables carry their header rows in `<thead>`: Chromium repeats them on every page a table
    # crosses, under the running page header (the title) and above the footer, so table 三's header stands again
    # between two of its rows in the PDF forms (not in the page's text). One defect on purpose: 二、上年结转's 总计
    # one more than its parts (R3-2 broken in that row, R3-1 in the 总计 column).
    "inv-2024-thead": dict(
        seed=24024, fmt="2021", year=2024, agency="某某市某某区应急管理局", scale=2, thead=True, carry_off=True,
        headings=CANONICAL),
    # Round "unseen7": shapes no report above has.
    # A 2020 report in the 2019 format whose years are written in Chinese numerals (`二〇二〇年`, the signature
    # `二〇二一年一月二十日`), its title split over two centred bold paragraphs (the agency, then
    # `二〇二〇年政府信息公开工作年度报告`; no `<h1>`). One defect on purpose: the statistics period copied from last
    # year's report (`自2019年1月1日起至2019年12月31日止`), which the period rule must still report against the year
    # the title gives.
    "inv-2020-hanzi": dict(
        seed=25020, fmt="2019", year=2020, agency="某某县商务局", hanzi_year=True, title_split=True,
        period_year=2019, headings=CANONICAL),
    # A township whose table 三 has two header rows: no `申请人情况` row, `法人或其他组织` spanning the five
    # applicant columns above them, `自然人` and `总计` spanning both rows; sections 五 and 六 written as sub-headed
    # lists with numbers in table-like lines (`发出收费通知的件数　　0件`, `收取信息处理费　　0元`). One defect on
    # purpose: the first outcome row whose parts are all written `0` has a 总计 of 3 (R3-2 broken in that row, R3-3 in
    # the 总计 column), which every form that reads the row must still report.
    "inv-2022-twohead": dict(
        seed=26022, fmt="2021", year=2022, agency="某某县某某镇人民政府", zero_share=0.75, t3_two_rows=True,
        fee_lines=True, zero_total=True, headings=CANONICAL),
    # Every value of tables 二, 三 and 四 written with full-width digits (`１２`, `０`), so table 三's glued runs in
    # flattened copies are full-width too; three-digit values. One defect on purpose: 一、本年新收's 商业企业 and
    # 总计 one more each (the row balances, R3-1 broken in two columns), which every form that reads the row must
    # still report.
    "inv-2021-wide": dict(
        seed=27021, fmt="2021", year=2021, agency="某某市某某区商务局", scale=2, show="fullwidth-all",
        new_off=True, headings=CANONICAL),
    # Round "unseen8": shapes no report above has.
    # Every table under a caption of its own, as many reports print them: `表一　主动公开政府信息情况` (section 二's
    # title inside it), `（表二）收到和处理政府信息公开申请情况`, `表3：政府信息公开行政复议、行政诉讼情况统计表`, a
    # right-aligned `单位：件` line between the caption and tables 三 and 四; table 二's 行政事业性收费 amount in 万元
    # with two decimals (`128.36`). One defect on purpose: （七）总计's 自然人 and 总计 one less each (the row balances;
    # the outcomes no longer add up to it, R3-3 broken in two columns, and R3-1 with them).
    "inv-2023-caption": dict(
        seed=28023, fmt="2021", year=2023, agency="某某市某某区水务局", scale=2, captions=True, fee="128.36",
        total_short=True, headings=CANONICAL),
    # Table 三 printed alone on a landscape A4 page (a named page, `@page wide{size:A4 landscape}`) between A5
    # portrait pages, every table's cells at 8 pt (columns that `pdftotext` packs); four-digit values. One defect on
    # purpose: （四）1's 总计 one less than its parts (R3-2 broken in that row, R3-3 in the 总计 column).
    "inv-2021-landscape": dict(
        seed=29021, fmt="2021", year=2021, agency="某某市公安局交通警察支队", scale=3, landscape3=True,
        css="td{font-size:8pt;padding:1pt}", unable_short=True, headings=CANONICAL),
    # A report followed by the report of a unit under it (`附件：某某市某某局所属某某中心…年度报告`), with its own title,
    # six sections and tables 二, 三 and 四 (other numbers): the report's own tables are the first ones. One defect
    # on purpose: 未经复议直接起诉's 总计 one more than its results (R4 broken in that group).
    "inv-2024-subunit": dict(
        seed=30024, fmt="2021", year=2024, agency="某某市林业局", scale=2, subunit=True, t4_direct_off=True,
        headings=CANONICAL),
    # Round "unseen9": shapes no report above has.
    # Labels typed with half-width punctuation, as WPS users type them: `(一)予以公开`, `第二十条第(一)项`,
    # `(二)部分公开(区分处理的,只计这一情形,不计其他情形)`, a space after the item number (`1. 属于国家秘密`) and
    # inside long labels (`一、本年新收 政府信息公开申请数量`); headings numbered `二.` (a half-width full stop). One
    # defect on purpose: (二)部分公开's 总计 one more than its parts (R3-2 broken in that row, R3-3 in the 总计 column).
    "inv-2022-halfwidth": dict(
        seed=31022, fmt="2021", year=2022, agency="某某市某某区人力资源和社会保障局", scale=2, halfwidth=True,
        separator=".", partial_off=True, headings=CANONICAL),
    # Table 四 published as two tables: 行政复议 in one (its own header row over five results), 行政诉讼 in the next
    # (未经复议直接起诉 and 复议后起诉 over ten results). One defect on purpose: 行政复议's 总计 one less than its
    # results (R4 broken in that group).
    "inv-2023-t4split": dict(
        seed=32023, fmt="2021", year=2023, agency="某某县自然资源局", scale=2, t4_split=True, t4_review_short=True,
        headings=CANONICAL),
    # Cells holding footnote marks after their values (`87*`, `399②`, `277①`, `12注`) with the notes under the tables
    # (`注：*含…`); the expected reading is the cell as written, never the value with its mark read as a digit (NFKC
    # makes `①` a `1`: `277①` is never 2771).
    # One defect on purpose: (四)2's 总计 one more than its parts (R3-2 broken in that row, R3-3 in the 总计 column).
    "inv-2021-footnote": dict(
        seed=33021, fmt="2021", year=2021, agency="某某市某某区统计局", scale=2, footnotes=True, unable2_off=True,
        headings=CANONICAL),
    # Round "unseen10": shapes no report above has.
    # A city bureau's table 二 written as a finance office writes it: the 行政事业性收费 amount in 万元 with thousands
    # separators and two decimals (`2,345.60`), four-digit counts with separators (`1,234`); tables 三 and 四 plain.
    # One defect on purpose: 行政复议's 总计 one less than its results (R4 broken in that group).
    "inv-2022-money": dict(
        seed=34022, fmt="2021", year=2022, agency="某某市住房公积金管理中心", scale=3, show="thousands2",
        fee="2345.60", t4_review_short=True, headings=CANONICAL),
    # The 2019 format with every value of tables 二, 三 and 四 right-aligned by ideographic spaces (`　12`, `　　5`:
    # each padded to three characters) and the zeros of tables 三 and 四 written `〇` (the numeral a Chinese input
    # method offers for zero); the expected reading of a `〇` is the cell as written. One defect on purpose:
    # （二）部分公开's 总计 one more than its parts (R3-2 broken in that row, R3-3 in the 总计 column).
    "inv-2020-ling": dict(
        seed=35020, fmt="2019", year=2020, agency="某某县𠀀山乡人民政府", zero_share=0.6, hanzi_zero=True, pad=True,
        partial_off=True, crlf=True, headings=CANONICAL),
    # A 2021-format report whose writer added a 备注 (remarks) column after table 三's 总计 and after table 四's last
    # column: words in a few rows (`含网上申请`, `均按期答复`), empty elsewhere; no cell of the format. One defect on
    # purpose: (四)2's 总计 one more than its parts (R3-2 broken in that row, R3-3 in the 总计 column).
    "inv-2021-remarks": dict(
        seed=36021, fmt="2021", year=2021, agency="某某市某某区审计局", scale=2, remarks=True, unable2_off=True,
        headings=CANONICAL),
}

# Remarks a writer puts in an added 备注 column of table 三 (`remarks`), by row; the other rows' remarks are empty.
REMARKS = {"一、本年新收政府信息公开申请数量": "含网上申请", "（一）予以公开": "均按期答复",
           "（三）不予公开 4.保护第三方合法权益": "已征求第三方意见", "四、结转下年度继续办理": "跨年度办理"}
# The remark under table 四's 备注 header.
T4_REMARK = "无被纠错案件"

# Manual line breaks (`<br>`) a writer types inside cells (`br_cells`): where each cell's text is broken.
BREAKS = {
    "一、本年新收政府信息公开申请数量": "一、本年新收¦政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量": "二、上年结转¦政府信息公开申请数量",
    "三、本年度办理结果": "三、本年度¦办理结果",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）":
        "（二）部分公开¦（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开": "（三）不予¦公开",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请":
        "1.申请人无正当理由逾期不补正、¦行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请":
        "2.申请人逾期未按收费通知要求缴纳费用、¦行政机关不再处理其政府信息公开申请",
    "四、结转下年度继续办理": "四、结转下年度¦继续办理",
    NOTE: "（本列数据的勾稽关系为：¦第一项加第二项之和，¦等于第三项加第四项之和）",
    "社会公益组织": "社会公益¦组织", "法律服务机构": "法律服务¦机构", "法人或其他组织": "法人或¦其他组织",
    "未经复议直接起诉": "未经复议¦直接起诉", "结果维持": "结果¦维持", "结果纠正": "结果¦纠正", "其他结果": "其他¦结果",
    "尚未审结": "尚未¦审结", "本年收费金额（单位：万元）": "本年收费金额¦（单位：万元）",
}


def broken(doc: dict, text: str) -> str:
    """A cell's text with the writer's line breaks (`¦`, written `<br>` by `td`) when the report has them."""
    return BREAKS.get(text, text) if doc["br_cells"] else text


FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
HANZI_DIGITS = "〇一二三四五六七八九"


def hanzi_year(year: int) -> str:
    """A year as written in Chinese numerals, digit by digit: 2020 is `二〇二〇`."""
    return "".join(HANZI_DIGITS[int(d)] for d in str(year))


def hanzi_date(year: int) -> str:
    """A signature date in Chinese numerals (`二〇二一年一月二十日`)."""
    return f"{hanzi_year(year)}年一月二十日"


def show(doc: dict, value: str, table: int) -> str:
    """A cell's value as the report writes it: thousands separators in tables 二 and 三 (`1,234`), or full-width
    digits in tables 二 and 四 (`１２`); the expected reading keeps the plain number."""
    if doc["show"] == "thousands" and table in (2, 3) and value.isdigit():
        return f"{int(value):,}"
    if doc["show"] == "thousands2" and table == 2 and re.fullmatch(r"\d+(\.\d+)?", value):
        whole, _, decimals = value.partition(".")
        return f"{int(whole):,}" + (f".{decimals}" if decimals else "")
    if doc["pad"]:
        return value.rjust(3, "\u3000")
    if doc["show"] == "fullwidth" and table in (2, 4) or doc["show"] == "fullwidth-all":
        return value.translate(FULL_WIDTH)
    if doc["spaces"]:
        return spaced(doc["space_rng"], value)
    return value


def spaced(rng: random.Random, value: str) -> str:
    """A value as a web editor leaves it (`spaces`): padded with ideographic spaces, a zero-width space before,
    after or inside it, an NBSP after it, or as typed; an empty cell holds an ideographic space alone."""
    if not value:
        return "\u3000"
    draw = rng.random()
    if draw < 0.25:
        return "\u3000\u3000" + value
    if draw < 0.4:
        return "\u200b" + value
    if draw < 0.5:
        return value + "\u200b"
    if draw < 0.6 and value.isdigit() and len(value) > 1:
        return value[0] + "\u200b" + value[1:]
    if draw < 0.7:
        return value + "\u00a0"
    return value


# Labels and headers as a web editor leaves them (`spaces`): short ones spaced out with ideographic spaces, longer
# ones holding a zero-width space; the reading keeps the format's label.
SPACED_LABELS = {
    "规章": "规\u3000\u3000章", "自然人": "自\u3000然\u3000人", "总计": "总\u3000\u3000计", "其他": "其\u3000\u3000他",
    "（一）予以公开": "（一）予以\u200b公开", "1.属于国家秘密": "1.属于\u200b国家秘密", "行政许可": "行政\u200b许可",
    "二、上年结转政府信息公开申请数量": "二、上年结转\u200b政府信息公开申请数量", "结果维持": "结果\u200b维持",
}
# Of those, the ones a flattened copy keeps (short labels are glued to their neighbours there).
FLAT_SPACED = ["（一）予以公开", "1.属于国家秘密", "行政许可", "二、上年结转政府信息公开申请数量"]


def spaced_page(page: str) -> str:
    """The page as pasted from a web editor (`spaces`): labels and headers of `SPACED_LABELS`, prose indented with
    two ideographic spaces, section 一's heading with one after `一、`, section 三's after a zero-width space."""
    page = re.sub(r"(<t[dh][^>]*>)([^<]*)(</t[dh]>)", lambda m: m[1] + SPACED_LABELS.get(m[2], m[2]) + m[3], page)
    page = page.replace("<p>", "<p>\u3000\u3000")
    return page.replace("<h2>一、", "<h2>一、\u3000").replace("<h2>三、", "<h2>\u200b三、")


NOTES = {
    2: "注：本表“现行有效件数”统计截至{year}年12月31日。",
    3: "注：本表数据单位为件，含{year}年1月1日前收到、在本年度办结的2件申请。",
    4: "注：行政复议、行政诉讼案件数量以收到法律文书日期为准，{year}年无被纠错案件。",
}


def note(doc: dict, table: int) -> list[str]:
    """The note a report writes under a table (`注：…`), holding numbers that are no cell of the table."""
    if doc["footnotes"]:
        return [FOOTNOTES[table]]
    return [NOTES[table].format(year=doc["reportYear"])] if doc["notes"] and doc["format"] == "2021" else []


def small(rng: random.Random, zero_share: float, high: int) -> int:
    return 0 if rng.random() < zero_share else rng.randint(1, high)


def invent_tables(rng: random.Random, spec: dict) -> tuple[list[dict], list[dict], list[str]]:
    fmt, scale, zeros = spec["fmt"], spec.get("scale", 1), spec.get("zero_share", 0.55)
    table2 = []
    for clause, columns, rows in (T2_2021 if fmt == "2021" else T2_2019):
        for row in rows:
            values = []
            for column in columns:
                if column == "本年增/减":
                    values.append(rng.choice(["+3", "-2", "0", "+12"]))
                elif column == "采购总金额":
                    values.append("35800.50元")
                elif column.startswith("本年收费金额"):
                    values.append(spec.get("fee", "1.25"))
                else:
                    values.append(str(small(rng, 0.2, 180 * scale ** 2)))
            table2.append({"subtable": clause, "row": row, "values": values})
    labels = t3_rows(fmt)
    outcome = [label for label in labels if label.startswith("（") and label != "（七）总计"]
    grid = {label: [0] * 6 for label in labels}
    for column in range(6):
        for label in outcome:
            grid[label][column] = small(rng, zeros, (40 if column == 0 else 9) * scale ** 3)
        total = sum(grid[label][column] for label in outcome)
        grid["（七）总计"][column] = total
        carry = small(rng, 0.5, 6)
        grid["四、结转下年度继续办理"][column] = carry
        carried = min(small(rng, 0.5, 8), total + carry)
        grid["二、上年结转政府信息公开申请数量"][column] = carried
        grid["一、本年新收政府信息公开申请数量"][column] = total + carry - carried
    table3 = [{"row": label, "values": [str(v) for v in grid[label]] + [str(sum(grid[label]))]} for label in labels]
    table4 = []
    for _ in range(3):
        parts = [small(rng, spec.get("zero_share", 0.5), 12 * scale) for _ in range(4)]
        table4 += [str(v) for v in parts] + [str(sum(parts))]
    if spec.get("unbalanced"):
        unbalance(table3, table4)
    if spec.get("defect"):
        typo = next(e for e in table3 if e["row"] == "（一）予以公开")
        typo["values"][6] = str(int(typo["values"][6]) + 1)
    if spec.get("short_total"):
        first = table3[0]["values"]
        first[6] = str(int(first[6]) - 1)
    if spec.get("signed_blanks"):
        changes = iter(["-15", "", "-3", "", "-1"])
        for entry in table2:
            if entry["subtable"] in ("第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"):
                entry["values"][1] = next(changes)
    if spec.get("empty_share"):
        empty_zeros(rng, spec["empty_share"], table2, table3, table4)
    if spec.get("empty_total"):
        # The first outcome row with parts in two columns or more: its 总计 left empty.
        row = next(e for e in table3 if e["row"].startswith("（") and sum(v != "0" for v in e["values"][:6]) > 1)
        row["values"][6] = ""
    if spec.get("column_off"):
        row = next(e for e in table3 if e["row"].endswith("3.危及“三安全一稳定”"))
        row["values"][0], row["values"][6] = str(int(row["values"][0]) + 1), str(int(row["values"][6]) + 1)
    if spec.get("t4_off"):
        table4[14] = str(int(table4[14]) + 1)
    if spec.get("carry_off"):
        carried = table3[1]["values"]
        carried[6] = str(int(carried[6]) + 1)
    if spec.get("zero_total"):
        typed = next(e for e in table3 if e["row"].startswith("（") and set(e["values"]) == {"0"})
        typed["values"][6] = "3"
    if spec.get("new_off"):
        first = table3[0]["values"]
        first[1], first[6] = str(int(first[1]) + 1), str(int(first[6]) + 1)
    if spec.get("total_short"):
        total = next(e for e in table3 if e["row"] == "（七）总计")["values"]
        total[0], total[6] = str(int(total[0]) - 1), str(int(total[6]) - 1)
    if spec.get("unable_short"):
        typed = next(e for e in table3 if e["row"].endswith("1.本机关不掌握相关政府信息"))["values"]
        typed[6] = str(int(typed[6]) - 1)
    if spec.get("t4_direct_off"):
        table4[9] = str(int(table4[9]) + 1)
    if spec.get("partial_off"):
        typed = next(e for e in table3 if e["row"].startswith("（二）部分公开"))["values"]
        typed[6] = str(int(typed[6]) + 1)
    if spec.get("t4_review_short"):
        table4[4] = str(int(table4[4]) - 1)
    if spec.get("unable2_off"):
        typed = next(e for e in table3 if e["row"].endswith("2.没有现成信息需要另行制作"))["values"]
        typed[6] = str(int(typed[6]) + 1)
    if spec.get("marks"):
        write_marks(rng, table2, table3, table4, spec.get("dash_total", False))
    if spec.get("footnotes"):
        footnote_marks(table2, table3, table4)
    if spec.get("hanzi_zero"):
        for entry in table3:
            entry["values"] = ["〇" if v == "0" else v for v in entry["values"]]
        table4[:] = ["〇" if v == "0" else v for v in table4]
    return table2, table3, table4


# Footnote marks written after values (`footnotes`): (table, row, column) and the mark; the notes under the tables
# explain them. The expected reading is the cell as written, mark and all: no number (as with `无`).
FOOTNOTE_CELLS = {(2, "行政许可", 0): "②", (3, "（一）予以公开", 0): "*",
                  (3, "（三）不予公开 4.保护第三方合法权益", 6): "①", (4, None, 3): "注"}
FOOTNOTES = {
    2: "注：②含已取消的行政许可事项处理决定。",
    3: "注：*含上年度受理、本年度办结的申请；①其中1件为依申请公开与信访事项交叉的申请。",
    4: "注：行政复议尚未审结的案件均为年底前受理的案件。",
}


def footnote_marks(table2: list[dict], table3: list[dict], table4: list[str]) -> None:
    """Writes the footnote marks of `FOOTNOTE_CELLS` after their cells' values."""
    for (table, row, column), mark in FOOTNOTE_CELLS.items():
        if table == 4:
            table4[column] += mark
            continue
        entry = next(e for e in (table2 if table == 2 else table3) if e["row"] == row)
        entry["values"][column] += mark


# The marks a report writes for nothing (`marks`), with their weights; the reader reads each as the cell's text,
# normalised (NFKC): `—` and `——` stay, `/` stays, `无` stays.
MARKS = ["—"] * 5 + ["-"] * 2 + ["——", "/", "无"]


def write_marks(rng: random.Random, table2: list[dict], table3: list[dict], table4: list[str],
                dash_total: bool) -> None:
    """Writes the zero cells of tables 三 and 四 as marks, table 二's as `/`; with `dash_total`, the first outcome row with
    nothing in it gets a 总计 of 3 (a total typed without its parts)."""
    if dash_total:
        typed = next(e for e in table3 if e["row"].startswith("（") and set(e["values"]) == {"0"})
        typed["values"][6] = "3"
    for entry in table2:
        entry["values"] = ["/" if v == "0" else v for v in entry["values"]]
    for entry in table3:
        entry["values"] = [rng.choice(MARKS) if v == "0" else v for v in entry["values"]]
    table4[:] = [rng.choice(MARKS) if v == "0" else v for v in table4]


def unbalance(table3: list[dict], table4: list[str]) -> None:
    """Breaks the tables as real reports do: 一's 自然人 one more (R3-1 broken in that column, R3-2 kept), a
    （五）不予处理 row's 总计 typed as 2 over zero parts (R3-2 broken there), table 四's 行政复议 总计 one short."""
    first = table3[0]["values"]
    first[0], first[6] = str(int(first[0]) + 1), str(int(first[6]) + 1)
    typed = next(e for e in table3 if e["row"].endswith("2.重复申请"))
    typed["values"] = ["0"] * 6 + ["2"]
    table4[4] = str(max(int(table4[4]) - 1, 0) if int(table4[4]) > 0 else 1)


def empty_zeros(rng: random.Random, share: float, table2: list[dict], table3: list[dict], table4: list[str]) -> None:
    """Leaves a share of the zero cells empty, as townships fill their tables; the other zeros stay written."""
    def blank(values: list[str]) -> list[str]:
        return ["" if v == "0" and rng.random() < share else v for v in values]
    for entry in table2 + table3:
        entry["values"] = blank(entry["values"])
    table4[:] = blank(table4)


def invented(name: str, spec: dict) -> dict:
    rng = random.Random(spec["seed"])
    table2, table3, table4 = invent_tables(rng, spec)
    year = f"{spec['year']} 年" if spec.get("year_space") else f"{spec['year']}年"
    year = f"{hanzi_year(spec['year'])}年" if spec.get("hanzi_year") else year
    return {
        "name": name, "reportYear": spec["year"], "format": spec["fmt"],
        "title": f"{spec['agency']}{year}政府信息公开工作年度报告", "agency": spec["agency"],
        "headings": spec["headings"], "table2": table2, "table3": table3, "table4": table4,
        "title_width": spec.get("title_width"), "numerals": spec.get("numerals", NUMERALS),
        "page": spec.get("page", "A5"), "css": spec.get("css", ""), "break_before": spec.get("break_before"),
        "crlf": spec.get("crlf", False), "extra_tables": spec.get("extra_tables", False),
        "show": spec.get("show"), "notes": spec.get("notes", False), "order": spec.get("order", [1, 2, 3, 4, 5, 6]),
        "strong_headings": spec.get("strong_headings", False), "nested": spec.get("nested", False),
        "span_values": spec.get("span_values", False), "split_table3": spec.get("split_table3", False),
        "word_html": spec.get("word_html", False), "repeat_groups": spec.get("repeat_groups", False),
        "part_headings": spec.get("part_headings", False), "separator": spec.get("separator", "、"),
        "serial": spec.get("serial", False), "footer": spec.get("footer"), "br_cells": spec.get("br_cells", False),
        "image_tables": spec.get("image_tables", []), "spaces": spec.get("spaces", False),
        "excel": spec.get("excel", False), "seed": spec["seed"], "t4_flat": spec.get("t4_flat", False),
        "section_tables": spec.get("section_tables", False), "prose_count": spec.get("prose_count", False),
        "thead": spec.get("thead", False), "hanzi_year": spec.get("hanzi_year", False),
        "title_split": spec.get("title_split", False), "period_year": spec.get("period_year", spec["year"]),
        "t3_two_rows": spec.get("t3_two_rows", False), "fee_lines": spec.get("fee_lines", False),
        "captions": spec.get("captions", False), "landscape3": spec.get("landscape3", False),
        "subunit": subunit(spec) if spec.get("subunit") else None, "halfwidth": spec.get("halfwidth", False),
        "t4_split": spec.get("t4_split", False), "footnotes": spec.get("footnotes", False),
        "pad": spec.get("pad", False), "remarks": spec.get("remarks", False),
    }


def subunit(spec: dict) -> dict:
    """The report of a unit under the agency (`subunit`), appended to its report: its own title and tables, other
    numbers (another seed), balanced."""
    agency = spec["agency"] + "所属林业技术推广中心"
    table2, table3, table4 = invent_tables(random.Random(spec["seed"] + 1), {"fmt": spec["fmt"]})
    return {"agency": agency, "title": f"{agency}{spec['year']}年政府信息公开工作年度报告",
            "table2": table2, "table3": table3, "table4": table4}


def example(name: str) -> dict:
    doc = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    return {
        "name": name, "reportYear": doc["reportYear"], "format": doc["format"], "title": doc["title"],
        "agency": doc["agency"], "headings": [s["title"] for s in doc["sections"]],
        "table2": doc["table2"], "table3": doc["table3"], "table4": doc["table4"], "title_width": None, "numerals": NUMERALS,
        "page": "A5", "css": "", "break_before": None, "crlf": False, "extra_tables": False,
        "show": None, "notes": False, "order": [1, 2, 3, 4, 5, 6],
        "strong_headings": False, "nested": False, "span_values": False, "split_table3": False,
        "word_html": False, "repeat_groups": False, "part_headings": False, "separator": "、",
        "serial": False, "footer": None, "br_cells": False, "image_tables": [], "spaces": False, "excel": False,
        "seed": 0, "t4_flat": False, "section_tables": False, "prose_count": False, "thead": False,
        "hanzi_year": False, "title_split": False, "period_year": doc["reportYear"], "t3_two_rows": False,
        "fee_lines": False, "captions": False, "landscape3": False, "subunit": None, "halfwidth": False,
        "t4_split": False, "footnotes": False, "pad": False, "remarks": False,
    }


# MARK: HTML

def td(text: str, colspan: int = 1, rowspan: int = 1, kind: str = "", tag: str = "td") -> str:
    """A cell; `kind` is its CSS class: `h` a header cell, `l` a row or group label (styled per report)."""
    attributes = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    attributes += f' class="{kind}"' if kind else ""
    return f"<{tag}{attributes}>{html.escape(text).replace('¦', '<br>')}</{tag}>"


def value_td(doc: dict, value: str, table: int, colspan: int = 1, kind: str = "") -> str:
    """A value cell as the report writes it; with `span_values`, inside a `<span>` padded with `&nbsp;` (an empty
    cell is `&nbsp;` alone), as portal editors leave them."""
    shown = show(doc, value, table)
    if not doc["span_values"]:
        return td(shown, colspan=colspan, kind=kind)
    attributes = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' class="{kind}"' if kind else "")
    inner = f'<span style="font-size:9pt">&nbsp;{html.escape(shown)}&nbsp;</span>' if shown else "&nbsp;"
    return f"<td{attributes}>{inner}</td>"


def html_table2(doc: dict) -> str:
    rows = []
    clauses = []
    for entry in doc["table2"]:
        if entry["subtable"] not in clauses:
            clauses.append(entry["subtable"])
    spec = {clause: (columns, labels) for clause, columns, labels in (T2_2021 if doc["format"] == "2021" else T2_2019)}
    width = 4
    for clause in clauses:
        columns, _ = spec[clause]
        rows.append(td(clause, colspan=width))
        span = (width - 1) // len(columns) if len(columns) in (1, 3) else 1
        header = [td("信息内容")] + [td(broken(doc, c), colspan=span) for c in columns]
        if len(columns) == 2:
            header[-1] = td(columns[-1], colspan=2)
        rows.append("".join(header))
        for entry in (e for e in doc["table2"] if e["subtable"] == clause):
            cells = [td(entry["row"])] + [value_td(doc, v, 2, colspan=span) for v in entry["values"]]
            if len(columns) == 2:
                cells[-1] = value_td(doc, entry["values"][-1], 2, colspan=2)
            rows.append("".join(cells))
    return "<table border=\"1\">" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def html_table3(doc: dict) -> str:
    tag = "th" if doc["split_table3"] else "td"
    header = [
        td(broken(doc, NOTE), colspan=3, rowspan=3, kind="h", tag=tag) + td("申请人情况", colspan=7, kind="h", tag=tag),
        td("自然人", rowspan=2, kind="h", tag=tag) + td(broken(doc, "法人或其他组织"), colspan=5, kind="h", tag=tag)
        + td("总计", rowspan=2, kind="h t", tag=tag),
        "".join(td(broken(doc, a), kind="h", tag=tag) for a in APPLICANTS),
    ]
    if doc["t3_two_rows"]:
        # No 申请人情况 row: 法人或其他组织 spans the five applicant columns, 自然人 and 总计 both header rows.
        header = [
            td(NOTE, colspan=3, rowspan=2, kind="h") + td("自然人", rowspan=2, kind="h")
            + td("法人或其他组织", colspan=5, kind="h") + td("总计", rowspan=2, kind="h t"),
            "".join(td(a, kind="h") for a in APPLICANTS),
        ]
    if doc["serial"]:
        # A 序号 column before the labels: each row numbered, no cell of the format.
        header[0] = td("序号", rowspan=3, kind="h", tag=tag) + header[0]
    if doc["remarks"]:
        # A 备注 column after 总计: words in a few rows, no cell of the format.
        header[0] += td("备注", rowspan=3, kind="h", tag=tag)
    rows = list(header)
    breaks = []
    entries = doc["table3"]
    outcome = [e for e in entries if e["row"].startswith("（")]
    for index, entry in enumerate(entries):
        label = entry["row"]
        if label == doc["break_before"]:
            breaks.append(len(rows))
        values = "".join(value_td(doc, v, 3) for v in entry["values"][:-1]) + value_td(doc, entry["values"][-1], 3, kind="t")
        values += td(REMARKS.get(label, "")) if doc["remarks"] else ""
        cells = td(str(index + 1)) if doc["serial"] else ""
        if not label.startswith("（"):
            rows.append(cells + td(broken(doc, label), colspan=3, kind="l") + values)
            continue
        group, _, own = label.partition(" ")
        if doc["repeat_groups"]:
            # Every row of a group carries the group's labels in cells of its own.
            cells += td("三、本年度办理结果", kind="l")
            cells += td(group, kind="l") + td(own, kind="l") if own else td(label, colspan=2, kind="l")
            rows.append(cells + values)
            continue
        if entry is outcome[0]:
            cells += td(broken(doc, "三、本年度办理结果"), rowspan=len(outcome), kind="l")
        if own:
            siblings = [e for e in entries if e["row"].startswith(group + " ")]
            if entry is siblings[0]:
                cells += td(broken(doc, group), rowspan=len(siblings), kind="l")
            cells += td(broken(doc, own), kind="l")
        else:
            cells += td(broken(doc, label), colspan=2, kind="l")
        rows.append(cells + values)
    if doc["split_table3"]:
        # The last row on the next page, in a table of its own under the header repeated.
        first, second = rows[:-1], header + rows[-1:]
        return (html_rows(first) + "<p style=\"break-after:page\"></p>" + html_rows(second))
    lines = [f"<tr style=\"break-before:page\">{r}</tr>" if index in breaks else f"<tr>{r}</tr>"
             for index, r in enumerate(rows)]
    if doc["thead"]:
        # The header rows in `<thead>`, which a browser prints again at the top of every page the table crosses.
        lines = ["<thead>"] + lines[:len(header)] + ["</thead><tbody>"] + lines[len(header):] + ["</tbody>"]
    return "<table border=\"1\">" + "".join(lines) + "</table>"


def html_rows(rows: list[str]) -> str:
    return "<table border=\"1\">" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def html_table4(doc: dict) -> str:
    if doc["t4_split"]:
        # 行政复议 in a table of its own, then 行政诉讼 in the next, each under its own header.
        review = [td("行政复议", colspan=5, kind="h"), "".join(td(r, kind="h") for r in T4_RESULTS),
                  "".join(value_td(doc, v, 4) for v in doc["table4"][:5])]
        suits = [td("行政诉讼", colspan=10, kind="h"),
                 td("未经复议直接起诉", colspan=5, kind="h") + td("复议后起诉", colspan=5, kind="h"),
                 "".join(td(r, kind="h") for r in T4_RESULTS * 2), "".join(value_td(doc, v, 4) for v in doc["table4"][5:])]
        return html_rows(review) + html_rows(suits)
    if doc["t4_flat"]:
        # The two-level header written as one row of 15 short headers.
        rows = ["".join(td(r, kind="h") for r in T4_RESULTS * 3), "".join(value_td(doc, v, 4) for v in doc["table4"])]
        return "<table border=\"1\">" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"
    rows = [
        td("行政复议", colspan=5, kind="h") + td("行政诉讼", colspan=10, kind="h"),
        "".join(td(broken(doc, r), rowspan=2, kind="h") for r in T4_RESULTS)
        + td(broken(doc, "未经复议直接起诉"), colspan=5, kind="h") + td("复议后起诉", colspan=5, kind="h"),
        "".join(td(broken(doc, r), kind="h") for r in T4_RESULTS * 2),
        "".join(value_td(doc, v, 4) for v in doc["table4"]),
    ]
    if doc["remarks"]:
        # A 备注 column after the last 总计, its remark in the value row.
        rows[0] += td("备注", rowspan=3, kind="h")
        rows[3] += td(T4_REMARK)
    return "<table border=\"1\">" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def prose(doc: dict, number: int) -> list[str]:
    year = hanzi_year(doc["reportYear"]) if doc["hanzi_year"] else doc["reportYear"]
    period = doc["period_year"]
    if number == 5 and doc["fee_lines"]:
        return FEE_SECTION5
    if number == 6 and doc["fee_lines"]:
        return FEE_SECTION6 + [doc["agency"], f"{doc['reportYear'] + 1}年1月20日"]
    if number == 1:
        return [f"根据《中华人民共和国政府信息公开条例》规定，现公布{doc['agency']}{year}年度政府信息公开工作年度报告。"
                f"本报告所列数据的统计期限自{period}年1月1日起至{period}年12月31日止。",
                "（一）主动公开。全年主动公开政府信息，及时更新机构职能、政策文件等栏目。",
                "（二）依申请公开。严格按照法定程序和时限办理政府信息公开申请。" + received(doc)]
    if number == 5:
        return ["政府信息公开工作仍存在公开内容不够丰富等问题。下一步将加强培训，提高公开质量。"]
    if number == 6:
        signed = hanzi_date(doc["reportYear"] + 1) if doc["hanzi_year"] else f"{doc['reportYear'] + 1}年1月20日"
        return ["本年度未收取信息处理费。", doc["agency"], signed]
    return []


# Sections 五 and 六 as sub-headed lists with numbers in table-like lines (`fee_lines`): counts that are no cell
# of tables 二, 三 or 四.
FEE_SECTION5 = ["（一）存在的主要问题", "一是公开内容不够丰富；二是工作人员业务水平有待提高。", "（二）改进情况",
                "全年组织政府信息公开培训　　3次", "参训人员　　56人次", "下一步将加强培训，提高公开质量。"]
FEE_SECTION6 = ["（一）收取信息处理费情况", "发出收费通知的件数　　0件", "收取信息处理费　　0元",
                "（二）其他事项", "本机关无其他需要报告的事项。"]


def received(doc: dict) -> str:
    """With `prose_count`, section 一's count of new requests, one more than table 三's 一、本年新收 总计: the
    narrative contradicting the table (GJ401 compares section 一's counts with table 三)."""
    if not doc["prose_count"]:
        return ""
    return f"本年度共收到政府信息公开申请{int(doc['table3'][0]['values'][6]) + 1}件，均已按期答复。"


def heading_text(doc: dict, number: int) -> str:
    """A section heading as the report numbers it: `三、…`, `三．…`, or as a part, `第三部分 …`."""
    numeral, title = doc["numerals"][number - 1], doc["headings"][number - 1]
    return f"第{numeral}部分 {title}" if doc["part_headings"] else f"{numeral}{doc['separator']}{title}"


def html_page(doc: dict) -> str:
    doc["space_rng"] = random.Random(doc["seed"])
    if doc["word_html"]:
        return word_html(html_plain_page(doc), doc)
    if doc["spaces"]:
        return spaced_page(html_plain_page(doc))
    if doc["excel"]:
        return excel_html(html_plain_page(doc))
    if doc["halfwidth"]:
        return re.sub(r"(<t[dh][^>]*>)([^<]*)(</t[dh]>)", lambda m: m[1] + halfwidth(m[2]) + m[3],
                      html_plain_page(doc))
    return html_plain_page(doc)


# Long labels a writer breaks with a space (`halfwidth`).
HALF_SPACED = {"一、本年新收政府信息公开申请数量": "一、本年新收 政府信息公开申请数量",
               "二、上年结转政府信息公开申请数量": "二、上年结转 政府信息公开申请数量",
               "三、本年度办理结果": "三、本年度 办理结果", "四、结转下年度继续办理": "四、结转下年度 继续办理"}


def halfwidth(text: str) -> str:
    """A label as typed with half-width punctuation (`halfwidth`): `(一)`, `,`, a space after an item number
    (`1. 属于国家秘密`), a space inside the long labels of `HALF_SPACED`; other cells as they are."""
    text = HALF_SPACED.get(text, text)
    text = re.sub(r"^(\d)\.(?=[\u4e00-\u9fff])", r"\1. ", text)
    return text.replace("（", "(").replace("）", ")").replace("，", ",")


def html_plain_page(doc: dict) -> str:
    style = ("body{font-family:'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif;font-size:11pt;margin:0}"
             "table{border-collapse:collapse;width:100%;margin:6pt 0}td{border:1px solid #000;padding:2pt;"
             "text-align:center;font-size:9pt}h1{font-size:18pt;text-align:center}h2{font-size:12pt}")
    # Small pages, so that tables break across pages under a running header, between page numbers.
    style += doc["css"]
    number = ('"第 " counter(page) " 页 共 " counter(pages) " 页"' if doc["footer"] == "pages"
              else '"— " counter(page) " —"')
    style += ("@page{size:" + doc["page"] + ";margin:14mm 10mm;@top-center{content:\"" + doc["title"] + "\";font-size:8pt}"
              "@bottom-center{content:" + number + ";font-size:8pt}}")
    if doc["landscape3"]:
        style += "@page wide{size:A4 landscape}.wide{page:wide}"
    title_style = f' style="width:{doc["title_width"]};margin:0 auto"' if doc["title_width"] else ""
    parts = [f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(doc['title'])}</title>"
             f"<style>{style}</style></head><body>", f"<h1{title_style}>{html.escape(doc['title'])}</h1>"]
    if doc["title_split"]:
        # The agency and the rest of the title in two centred bold paragraphs (no `<h1>`).
        rest = doc["title"][len(doc["agency"]):]
        parts[-1] = "".join(f"<p style=\"text-align:center;font-size:18pt\"><strong>{html.escape(line)}</strong></p>"
                            for line in (doc["agency"], rest))
    parts += html_sections(doc)
    if doc["extra_tables"]:
        parts += [f"<p>{html.escape(p)}</p>" for p in APPENDIX_PROSE] + [html_grid(APPENDIX_TABLE)]
    if doc["subunit"]:
        unit = subunit_doc(doc)
        parts += [f"<p>{SUBUNIT_LEAD}</p>", f"<h1>{html.escape(unit['title'])}</h1>"] + html_sections(unit)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# Captions printed above the tables (`captions`), and the unit line under them: (caption, unit).
CAPTIONS = {2: ("表一　主动公开政府信息情况", ""), 3: ("（表二）收到和处理政府信息公开申请情况", "单位：件"),
            4: ("表3：政府信息公开行政复议、行政诉讼情况统计表", "单位：件")}
# What stands before the report of a unit under the agency (`subunit`).
SUBUNIT_LEAD = "附件："


def subunit_doc(doc: dict) -> dict:
    """The report of the unit under the agency as a report of its own: the agency's settings, the unit's tables."""
    unit = dict(doc, subunit=None, captions=False, landscape3=False)
    unit.update(doc["subunit"])
    return unit


def html_caption(doc: dict, number: int) -> list[str]:
    """A table's caption, centred and bold, and its unit line, right-aligned (`captions`)."""
    if not doc["captions"] or number not in CAPTIONS:
        return []
    caption, unit = CAPTIONS[number]
    lines = [f"<p style=\"text-align:center\"><strong>{html.escape(caption)}</strong></p>"]
    return lines + ([f"<p style=\"text-align:right\">{html.escape(unit)}</p>"] if unit else [])


def html_sections(doc: dict) -> list[str]:
    """The report's sections: headings, prose and tables."""
    parts = []
    tables = {2: html_table2, 3: html_table3, 4: html_table4}
    for number in doc["order"]:
        text = html.escape(heading_text(doc, number))
        parts.append(f"<p><strong>{text}</strong></p>" if doc["strong_headings"] else f"<h2>{text}</h2>")
        parts += [f"<p>{html.escape(p)}</p>" for p in prose(doc, number)]
        if doc["section_tables"] and number in SECTION_TABLES:
            intro, rows = SECTION_TABLES[number]
            parts += [f"<p>{html.escape(intro)}</p>", html_grid(rows)]
        if number in doc["image_tables"]:
            # The table pasted as a picture: the page holds no text of it.
            parts.append(f"<p style=\"text-align:center\"><img src=\"/uploads/{doc['reportYear'] + 1}/01/"
                         f"W0{doc['reportYear'] + 1}0120{number}1234.png\" style=\"width:600px;height:240px\"></p>")
        elif number in tables:
            table = tables[number](doc)
            # A one-cell layout table around the report's table, as portal templates nest them.
            table = f"<table width=\"100%\"><tr><td>{table}</td></tr></table>" if doc["nested"] else table
            if doc["landscape3"] and number == 3:
                # Table 三 alone on a landscape page, its caption with it.
                table = f"<div class=\"wide\">{table}</div>"
            parts += html_caption(doc, number) + [table]
            parts += [f"<p>{html.escape(p)}</p>" for p in note(doc, number)]
        if number == 4 and doc["extra_tables"]:
            parts += [f"<p>{html.escape(p)}</p>" for p in EXTRA_PROSE] + [html_grid(EXTRA_TABLE)]
    return parts


# MARK: Word's "Save as web page"

WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
    '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>'
    '<meta name=Generator content="Microsoft Word 15"><title>{title}</title>'
    '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:GrammarState>Clean</w:GrammarState>'
    '<w:DoNotOptimizeForBrowser/></w:WordDocument></xml><![endif]-->'
    '<style><!-- p.MsoNormal, li.MsoNormal{mso-style-unhide:no;mso-style-qformat:yes;mso-style-parent:"";margin:0cm;'
    'text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:"Noto Serif CJK SC",serif;'
    'mso-font-kerning:1.0pt} span.SpellE{mso-style-name:""} @page{size:595.3pt 841.9pt;margin:72.0pt 70.0pt 72.0pt '
    '70.0pt} @page WordSection1{size:595.3pt 841.9pt;margin:72.0pt 70.0pt 72.0pt 70.0pt;mso-header-margin:42.55pt;'
    'mso-footer-margin:49.6pt;mso-paper-source:0;layout-grid:15.6pt} div.WordSection1{page:WordSection1} '
    'table.MsoNormalTable{mso-style-name:普通表格;mso-tstyle-rowband-size:0;font-size:10.5pt} --></style>'
    '</head><body lang=ZH-CN style=\'tab-interval:21.0pt;text-justify-trim:punctuation\'><div class=WordSection1>'
)
WORD_CELL_STYLE = ("border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;"
                   "height:22.0pt")
WORD_RUN = "font-size:10.5pt;font-family:\"Noto Serif CJK SC\",serif;mso-ascii-font-family:\"Times New Roman\""
DIGITS = re.compile(r"([0-9][0-9.,]*)")


def word_runs(text: str, style: str) -> str:
    """Text as Word writes its runs: CJK in one span, each run of digits in a span of its own marked `lang=EN-US`."""
    def run(match: re.Match) -> str:
        return f"</span><span lang=EN-US style='{style};font-family:\"Times New Roman\",serif'>{match[1]}</span>" \
            f"<span style='{style}'>"
    return f"<span style='{style}'>" + DIGITS.sub(run, text) + "</span>"


def word_paragraph(text: str, style: str, align: str = "", bold: bool = False) -> str:
    """One `MsoNormal` paragraph ending in Word's empty `<o:p></o:p>` run; an empty one holds `<o:p>&nbsp;</o:p>`."""
    attributes = f" align={align} style='text-align:{align}'" if align else ""
    if not text:
        return f"<p class=MsoNormal{attributes}><span lang=EN-US style='{style}'><o:p>&nbsp;</o:p></span></p>"
    runs = word_runs(text, style)
    runs = f"<b>{runs}</b>" if bold else runs
    return f"<p class=MsoNormal{attributes}>{runs}<span lang=EN-US style='{style}'><o:p></o:p></span></p>"


def word_cell(match: re.Match) -> str:
    attributes, content = match[1], html.unescape(match[2])
    span = re.search(r'colspan="(\d+)"', attributes)
    label = 'class="l"' in attributes or not DIGITS.fullmatch(content or "0")
    width = (96 if label else 44) * (int(span[1]) if span else 1)
    kept = re.sub(r'\s*class="[^"]*"', "", attributes).replace('"', "")
    paragraph = word_paragraph(html.escape(content), WORD_RUN, align="left" if label and len(content) > 8 else "center")
    style = f"width:{width * 0.75:.1f}pt;{WORD_CELL_STYLE}"
    return f"<td width={width}{kept} valign=center style='{style}'>{paragraph}</td>"


def word_table(match: re.Match) -> str:
    """A table as Word saves it: `MsoNormalTable`, rows numbered `mso-yfti-irow`, every cell a `MsoNormal` paragraph,
    and after the last row the zero-height row of empty cells Word writes for browsers that misalign columns."""
    rows = re.findall(r"<tr([^>]*)>(.*?)</tr>", match[1], flags=re.S)
    body = ""
    for index, (attributes, cells) in enumerate(rows):
        style = "break-before:page;" if "break-before" in attributes else ""
        cells = re.sub(r"<t[dh]([^>]*)>(.*?)</t[dh]>", word_cell, cells, flags=re.S)
        body += f"<tr style='{style}mso-yfti-irow:{index};height:22.0pt'>{cells}</tr>\n"
    columns = max(len(re.findall(r"<td", cells)) for _, cells in rows)
    spacer = "".join("<td width=44 style='border:none'></td>" for _ in range(columns))
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=\"100%\" style='width:100.0%;"
            "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
            f"mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n{body}<![if !supportMisalignedColumns]><tr height=0>{spacer}"
            "</tr><![endif]></table>")


def word_html(page: str, doc: dict) -> str:
    """The page as Word's "Save as web page" writes the same document (`word_html`): the head, paragraphs and tables
    in Word's markup; the text and the tables' cells are the same."""
    body = page[page.index("<h1"):page.index("</body>")]
    body = re.sub(r"<table[^>]*>(.*?)</table>", word_table, body, flags=re.S)
    title = html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", body)[1])
    body = re.sub(r"<h1[^>]*>.*?</h1>", word_paragraph(html.escape(title), "font-size:18.0pt", "center", True), body)
    body = re.sub(r"<h2>(.*?)</h2>", lambda m: word_paragraph(m[1], "font-size:12.0pt", bold=True)
                  + word_paragraph("", "font-size:12.0pt"), body)
    indent = "&nbsp;" * 4
    body = re.sub(r"<p>(.*?)</p>", lambda m: word_paragraph(indent + m[1], "font-size:12.0pt"), body)
    return WORD_HEAD.replace("{title}", html.escape(doc["title"])) + body + "</div></body></html>\n"


# MARK: Tables pasted from Excel

EXCEL_STYLE = (
    ".xl65{mso-style-parent:style0;text-align:center;vertical-align:middle;border:.5pt solid windowtext;"
    "white-space:normal;mso-number-format:\"\\@\"}"
    ".xl66{mso-style-parent:style0;mso-number-format:\"0\";text-align:right;vertical-align:middle;"
    "border:.5pt solid windowtext;padding-right:4pt}"
)


def excel_cell(match: re.Match, row: int, widths: list[int]) -> str:
    """A cell as Excel writes it: a number right-aligned with `x:num` (a table 三 总计 with its `x:fmla` sum), an
    empty cell `&nbsp;`, text in a `xl65` cell."""
    attributes, content = match[1], html.unescape(match[2])
    spans = "".join(f" {name}={value}" for name, value in re.findall(r'(colspan|rowspan)="(\d+)"', attributes))
    if not content:
        return f"<td class=xl66{spans}>&nbsp;</td>"
    if DIGITS.fullmatch(content) and 'class="l"' not in attributes and 'class="h' not in attributes:
        formula = f' x:fmla="=SUM(D{row}:I{row})"' if 'class="t"' in attributes else ""
        return f"<td class=xl66{spans} align=right x:num=\"{content}\"{formula}>{content}</td>"
    return f"<td class=xl65{spans} x:str>{html.escape(content)}</td>"


def excel_table(match: re.Match) -> str:
    """A table as Excel's HTML writes it: `<col>` widths, rows with heights, Excel's cells, and the hidden row of
    column widths Excel writes for browsers that misalign columns."""
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", match[1], flags=re.S)
    columns = max(sum(int(n) for n in re.findall(r'colspan="(\d+)"', r)) + len(re.findall(r"<td(?![^>]*colspan)", r))
                  for r in rows)
    widths = [220 if columns == 4 else 90] + [150 if columns == 4 else 46] * (columns - 1)
    if columns == 10:
        widths[:3] = [64, 78, 190]
    cols = "".join(f"<col width={w} style='mso-width-source:userset;width:{w * 0.75:.0f}pt'>" for w in widths)
    body = ""
    for index, cells in enumerate(rows):
        cells = re.sub(r"<td([^>]*)>(.*?)</td>", lambda m: excel_cell(m, index + 1, widths), cells, flags=re.S)
        body += f"<tr height=24 style='height:18.0pt'>{cells}</tr>\n"
    hidden = "".join(f"<td width={w} style='width:{w * 0.75:.0f}pt'></td>" for w in widths)
    return (f"<table border=0 cellpadding=0 cellspacing=0 width={sum(widths)} style='border-collapse:collapse;"
            f"table-layout:fixed;width:{sum(widths) * 0.75:.0f}pt'>{cols}\n{body}<![if supportMisalignedColumns]>"
            f"<tr height=0 style='display:none'>{hidden}</tr><![endif]></table>")


def excel_html(page: str) -> str:
    """The page with its tables pasted from Excel (`excel`): Excel's markup and classes, the same cells."""
    page = page.replace("</style>", EXCEL_STYLE + "</style>")
    return re.sub(r"<table border=\"1\">(.*?)</table>", excel_table, page, flags=re.S)


# An extra table after table 四 and an appendix with an older statistics table (`extra_tables`): neither is one of
# the format's tables, and their numbers must not be read into tables 二, 三 or 四.
EXTRA_PROSE = ["为便于公众了解，现将本年度各季度收到政府信息公开申请情况列表如下："]
EXTRA_TABLE = [["季度", "第一季度", "第二季度", "第三季度", "第四季度", "合计"],
               ["收到申请数", "12", "30", "7", "19", "68"], ["按时答复数", "12", "30", "7", "19", "68"]]
APPENDIX_PROSE = ["附件：政府信息公开情况统计表（2019年以前口径）"]
APPENDIX_TABLE = [["指标名称", "单位", "统计数"], ["一、主动公开情况", "", ""], ["（一）主动公开政府信息数", "条", "1264"],
                  ["其中：主动公开规范性文件数", "条", "17"], ["二、依申请公开情况", "", ""], ["（一）收到申请数", "件", "68"],
                  ["1.当面申请数", "件", "5"], ["2.网络申请数", "件", "63"], ["三、行政复议数量", "件", "2"],
                  ["四、行政诉讼数量", "件", "1"]]

# Tables of the report's own between the sections (`section_tables`): what was published by channel in section 一
# and 主动公开 items by kind in section 二, before table 二; values with units and thousands separators.
SECTION_TABLES = {
    1: ("全年通过各渠道主动公开政府信息情况如下表：",
        [["公开渠道", "发布数量", "较上年增减"], ["政府网站", "1,264条", "+86条"], ["政务微信公众号", "358条", "-12条"],
         ["政务微博", "97条", "+5条"], ["合计", "1,719条", "+79条"]]),
    2: ("本年度主动公开政府信息分类统计如下：",
        [["类别", "数量（件）"], ["发布政策文件", "17件"], ["政策解读", "9件"], ["召开新闻发布会", "3次"],
         ["回应社会关切", "26件"], ["合计", "55件"]]),
}


def html_grid(rows: list[list[str]]) -> str:
    return "<table border=\"1\">" + "".join("<tr>" + "".join(td(c) for c in row) + "</tr>" for row in rows) + "</table>"


def flat_grid(rows: list[list[str]]) -> str:
    return "".join(" ".join(c for c in row if c) for row in rows)


# MARK: Flattened copies

def flattened(doc: dict, glued: bool) -> str:
    rng = random.Random(len(doc["name"]) * 7919 + (1 if glued else 0))

    def join(cells: list[str], table: int) -> str:
        text = ""
        for cell in cells:
            if text and (not glued or rng.random() < 0.5):
                text += " "
            text += show(doc, cell, table)
        return text

    doc["space_rng"] = random.Random(doc["seed"])
    lines = ["当前位置：首页 > 政务公开 > 政府信息公开年报", doc["title"], "字号：大 中 小"]
    body = doc["title"] + flat_sections(doc, join, glued)
    if doc["subunit"]:
        unit = subunit_doc(doc)
        body += SUBUNIT_LEAD + unit["title"] + flat_sections(unit, join, glued)
    if doc["extra_tables"]:
        body += "".join(APPENDIX_PROSE) + flat_grid(APPENDIX_TABLE)
    if doc["spaces"]:
        for label in FLAT_SPACED:
            body = body.replace(label, SPACED_LABELS[label])
        body = body.replace("一、总体情况", "一、\u3000总体情况")
    lines += [body, "分享到：微信 微博", "打印本页 关闭窗口"]
    return "\n".join(lines) + "\n"


def flat_sections(doc: dict, join, glued: bool) -> str:
    """The report's sections as a flattened copy writes them: headings, prose and tables run together."""
    body = ""
    for number in doc["order"]:
        body += heading_text(doc, number) + "".join(prose(doc, number))
        if doc["captions"] and number in CAPTIONS:
            body += "".join(CAPTIONS[number])
        if doc["section_tables"] and number in SECTION_TABLES:
            body += SECTION_TABLES[number][0] + flat_grid(SECTION_TABLES[number][1])
        label = halfwidth if doc["halfwidth"] else str
        if number == 2:
            spec = {clause: columns for clause, columns, _ in (T2_2021 if doc["format"] == "2021" else T2_2019)}
            clause = None
            for entry in doc["table2"]:
                if entry["subtable"] != clause:
                    clause = entry["subtable"]
                    body += label(clause) + "信息内容" + "".join(spec[clause])
                body += entry["row"] + join(entry["values"], 2)
        elif number in doc["image_tables"]:
            pass
        elif number == 3:
            applicants = "" if doc["t3_two_rows"] else "申请人情况"
            body += label(NOTE) + applicants + ("备注" if doc["remarks"] else "") + "自然人法人或其他组织总计" \
                + "".join(APPLICANTS)
            for entry in doc["table3"]:
                repeated = doc["repeat_groups"] and entry["row"].startswith("（")
                labels = ["三、本年度办理结果"] + entry["row"].split(" ") if repeated else entry["row"].split(" ")[-1:]
                serial = str(doc["table3"].index(entry) + 1) if doc["serial"] else ""
                if serial:
                    serial = serial if glued else f" {serial} "
                body += serial + "".join(label(text) for text in labels) + join(entry["values"], 3)
                body += REMARKS.get(entry["row"], "") if doc["remarks"] else ""
        elif number == 4:
            header = "".join(T4_RESULTS * 3) if doc["t4_flat"] else \
                "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
            if doc["t4_split"]:
                body += "行政复议" + "".join(T4_RESULTS) + join(doc["table4"][:5], 4)
                header, values = "行政诉讼未经复议直接起诉复议后起诉" + "".join(T4_RESULTS * 2), doc["table4"][5:]
            else:
                values = doc["table4"]
            header = header.replace("行政诉讼", "行政诉讼备注", 1) if doc["remarks"] else header
            body += header + join(values, 4) + (T4_REMARK if doc["remarks"] else "")
            if doc["extra_tables"]:
                body += "".join(EXTRA_PROSE) + flat_grid(EXTRA_TABLE)
        body += "".join(note(doc, number)) if number in (2, 3, 4) else ""
    return body


# MARK: Programs

def run(arguments: list[str], **kwargs) -> str:
    return subprocess.run(arguments, check=True, capture_output=True, **kwargs).stdout.decode("utf-8")


def soffice(source: Path, target: str, work: Path) -> Path:
    """Converts `source` with headless LibreOffice to the `target` filter; the output lands in `work`."""
    profile = (work / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                    "--outdir", str(work), str(source)], check=True, capture_output=True)
    extension = target.split(":")[0]
    return work / f"{source.stem}.{extension}"


def word_forms(page: Path, work: Path) -> dict[str, str]:
    """The Word route: the HTML saved as `.docx` by LibreOffice, and what a user gets from that `.docx`."""
    folder = work / "word"
    folder.mkdir(exist_ok=True)
    docx = soffice(page, "docx:MS Word 2007 XML", folder)
    text = soffice(docx, "txt:Text (encoded):UTF8", folder)
    pdf = soffice(docx, "pdf", folder)
    return {
        "word-txt": text.read_bytes().decode("utf-8"),
        "word-pandoc": run(["pandoc", "-f", "docx", "-t", "plain", str(docx)]),
        "word-pdf-layout": run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"]),
        "word-pdf-raw": run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"]),
    }


def scraper_forms(page: Path) -> dict[str, str]:
    """What web scrapers make of the page with the Python libraries they use (imported here: only this needs them)."""
    import html2text
    import inscriptis
    import markdownify
    import trafilatura
    from bs4 import BeautifulSoup
    source = page.read_text(encoding="utf-8")
    return {
        "html2text": html2text.HTML2Text().handle(source),
        "markdownify": markdownify.markdownify(source),
        "trafilatura": trafilatura.extract(source, include_tables=True, output_format="txt") or "",
        "bs4-lines": BeautifulSoup(source, "html.parser").get_text("\n"),
        "bs4-glued": BeautifulSoup(source, "html.parser").get_text(""),
        "inscriptis": inscriptis.get_text(source),
    }


def convert(page: Path, work: Path) -> dict[str, str]:
    pdf = work / (page.stem + ".pdf")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True)
    return {
        "pdf-layout": run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"]),
        "pdf-raw": run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"]),
        "w3m": run(["w3m", "-dump", "-cols", "160", "-O", "UTF-8", "-T", "text/html", str(page)]),
        "lynx": run(["lynx", "-dump", "-nolist", "-width=160", "-assume_charset=utf-8", "-display_charset=utf-8",
                     str(page)]),
        "pandoc": run(["pandoc", "-f", "html", "-t", "plain-simple_tables-multiline_tables", "--columns=400", str(page)]),
    }


def expected(doc: dict) -> dict:
    return {"title": doc["title"].replace(" ", ""), "reportYear": doc["reportYear"], "format": doc["format"],
            "sections": doc["order"],
            "table2": doc["table2"], "table3": [] if 3 in doc["image_tables"] else doc["table3"],
            "table4": [] if 4 in doc["image_tables"] else doc["table4"]}


def arguments() -> tuple[set[str] | None, list[str]]:
    """`--reports a,b` limits the reports written, `--forms x,y` the forms (default: all of both)."""
    options = dict(zip(sys.argv[1::2], sys.argv[2::2]))
    reports = set(options["--reports"].split(",")) if "--reports" in options else None
    forms = options["--forms"].split(",") if "--forms" in options else FORMS + SCRAPER_FORMS
    return reports, forms


def outputs(doc: dict, page: Path, work: Path, forms: list[str]) -> dict[str, str]:
    """Every form asked for of one report, made by the programs that make it."""
    made = {}
    if set(forms) & {"pdf-layout", "pdf-raw", "w3m", "lynx", "pandoc"}:
        made |= convert(page, work)
    if any(form.startswith("word-") for form in forms):
        made |= word_forms(page, work)
    if set(forms) & set(SCRAPER_FORMS):
        made |= scraper_forms(page)
    made["flat-spaced"] = flattened(doc, glued=False)
    made["flat-glued"] = flattened(doc, glued=True)
    return made


def main() -> None:
    reports, forms = arguments()
    docs = [example(name) for name in EXAMPLES] + [invented(name, spec) for name, spec in INVENTED.items()]
    docs = [doc for doc in docs if reports is None or doc["name"] in reports]
    CORPUS.mkdir(parents=True, exist_ok=True)
    if reports is None and forms == FORMS + SCRAPER_FORMS:
        for old in CORPUS.glob("*.txt"):
            old.unlink()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        for doc in docs:
            page = work / f"{doc['name']}.html"
            page.write_text(html_page(doc), encoding="utf-8")
            made = outputs(doc, page, work, forms)
            for form in forms:
                text = made[form].replace("\r\n", "\n").replace("\n", "\r\n") if doc["crlf"] else made[form]
                (CORPUS / f"{doc['name']}.{form}.txt").write_bytes(text.encode("utf-8"))
            (CORPUS / f"{doc['name']}.expected.json").write_text(
                json.dumps(expected(doc), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            (CORPUS / f"{doc['name']}.html").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
            print(doc["name"], file=sys.stderr)


if __name__ == "__main__":
    main()
