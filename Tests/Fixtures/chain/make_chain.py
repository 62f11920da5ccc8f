"""Writes the cross-year fixture reports of this folder from make_chain.template (a clean 2021-format report in TAB
form, as GoujiTestSupport's ReportBuilder writes it): run `python3 make_chain.py` here."""
import os
import re

here = os.path.dirname(os.path.abspath(__file__))
base = open(os.path.join(here, 'make_chain.template'), encoding='utf-8').read().split('\n')
lines = base

def row3(values):
    return '\t'.join(str(v) for v in values)

def make(agency, year, t2norm, t3, prose1, prose5, crlf=False, closing_agency=None):
    out = []
    for i, line in enumerate(lines):
        n = i + 1
        if n == 1: line = agency
        elif n == 2: line = f'{year}年政府信息公开工作年度报告'
        elif n == 4: line = line.replace('2021', str(year))
        elif 5 < n < 17: continue
        elif n == 5: line = line + '\n' + prose1
        elif n == 21: line = '行政规范性文件\t' + row3(t2norm)
        elif line.startswith('一、本年新收'): line = '一、本年新收政府信息公开申请数量\t\t\t' + row3(t3['new'])
        elif line.startswith('二、上年结转'): line = '二、上年结转政府信息公开申请数量\t\t\t' + row3(t3['carried'])
        elif line.startswith('三、本年度办理结果\t（一）予以公开'): line = '三、本年度办理结果\t（一）予以公开\t\t' + row3(t3['public'])
        elif line.startswith('\t（四）无法提供\t1.'): line = '\t（四）无法提供\t1.本机关不掌握相关政府信息\t' + row3(t3['notHeld'])
        elif line.startswith('\t（七）总计'): line = '\t（七）总计\t\t' + row3(t3['total'])
        elif line.startswith('四、结转下年度'): line = '四、结转下年度继续办理\t\t\t' + row3(t3['carryOver'])
        elif line.startswith('1\t0\t0\t0\t1\t'): line = '\t'.join(['0'] * 15)
        out.append(line)
    text = '\n'.join(out)
    # section 五 prose and the signature
    text = re.sub(r'（一）存在的主要问题\n.*?\n（二）改进措施\n.*?\n', prose5, text, flags=re.S)
    text = text.replace('某市科学技术局\n2022年1月20日', f'{closing_agency or agency}\n{year + 1}年1月20日')
    text = text.replace('本机关本年度未收取信息处理费。', f'{year}年度本机关未收取信息处理费。')
    if crlf: text = text.replace('\n', '\r\n')
    return text

def col(total, first=None):
    first = total if first is None else first
    return [first, total - first, 0, 0, 0, 0, total]

P2021 = """2021年，本县政府认真贯彻落实《中华人民共和国政府信息公开条例》，把政务公开作为建设法治政府的重要抓手。
（一）主动公开情况
全年在县政府门户网站主动公开政府信息412条，涵盖政策文件、人事信息和财政预决算信息。
（二）依申请公开情况
全年共收到政府信息公开申请3件，办结2件，结转下年度继续办理1件。
（三）政府信息管理情况
制定政府信息公开保密审查办法，落实先审查后公开制度，全年未发生泄密事件。
（四）政府信息公开平台建设情况
完成县政府门户网站集约化改造，开设乡村振兴专栏，同步运营政务微信公众号。
（五）监督保障情况
县政府办公室组织开展政务公开培训两次，本年度未发生政府信息公开行政复议和行政诉讼。"""

P2022 = """2022年，县政府坚持以公开为常态、不公开为例外，围绕稳住经济大盘和民生保障主动回应社会关切。
（一）主动公开情况
全年主动公开政府信息538条，重点公开助企纾困政策、疫情防控信息和重大建设项目批准实施情况。
（二）依申请公开情况
全年新收政府信息公开申请3件，加上年结转1件，办结3件，结转下年度继续办理1件。
（三）政府信息管理情况
对照法律法规清理现行政策文件，及时更新政府信息公开指南和公开目录。
（四）政府信息公开平台建设情况
优化政府网站检索功能，上线政策问答库，政务新媒体发布信息同比增长三成。
（五）监督保障情况
将政务公开纳入年度绩效考核，组织第三方开展网站普查，本年度未发生行政复议和行政诉讼。"""

# 2023 repeats 2022 sentence for sentence, with the figures changed: 内容雷同.
P2023 = P2022.replace('2022年', '2023年').replace('538条', '561条').replace('新收政府信息公开申请3件', '新收政府信息公开申请1件').replace('加上年结转1件，办结3件，结转下年度继续办理1件', '加上年结转2件，办结3件，结转下年度继续办理0件')

F2021 = """（一）存在的主要问题
一是部分乡镇公开内容更新不及时；二是政策解读形式比较单一。
（二）改进措施
一是建立乡镇信息更新通报制度；二是推出图解和视频解读。
"""
F2022 = """（一）存在的主要问题
一是基层政务公开标准目录落实不够细；二是依申请公开答复文书不够规范。
（二）改进措施
一是逐项对照标准目录开展自查；二是统一答复文书模板并组织案例培训。
"""
F2023 = F2022

files = {
  'qinghe-2021.txt': make('青𠀀县人民政府', 2021, [2, 1, 15],
      dict(new=col(3, 2), carried=col(0), public=col(1), notHeld=col(1, 0), total=col(2, 1), carryOver=col(1)), P2021, F2021),
  'qinghe-2022.txt': make('青𠀀县政府', 2022, [3, 0, 18],
      dict(new=col(3), carried=col(1), public=col(3), notHeld=col(0), total=col(3), carryOver=col(1)), P2022, F2022),
  # The broken link: 上年结转 2 where 2022 carried 1 over; 现行有效件数 20 where 18 + 2 − 1 = 19.
  'qinghe-2023.txt': make('青𠀀县人民政府', 2023, [2, 1, 20],
      dict(new=col(1), carried=col(2), public=col(3), notHeld=col(0), total=col(3), carryOver=col(0)), P2023, F2023, crlf=True),
  # The decoy: another body (the county government's office), whose name contains the county government's.
  'qinghe-office-2022.txt': make('青𠀀县人民政府办公室', 2022, [1, 0, 4],
      dict(new=col(6), carried=col(0), public=col(1), notHeld=col(1), total=col(2), carryOver=col(4)), P2022.replace('县政府', '县政府办公室').replace('新收政府信息公开申请3件，加上年结转1件，办结3件，结转下年度继续办理1件', '新收政府信息公开申请6件，办结2件，结转下年度继续办理4件'), F2022),
}
for name, text in files.items():
    open(os.path.join(here, name), 'w', encoding='utf-8', newline='').write(text)
