import GoujiDocuments
import GoujiTestSupport
import Testing

/// The web-page reader on the markup published report pages contain.
@Suite struct HTMLDocumentReaderTests {
  private func text(_ html: String) throws -> String {
    try HTMLDocumentReader.read(Array(html.utf8)).text
  }

  @Test func rowspanAndColspanBecomeEmptyFieldsInTheirGridPositions() throws {
    let html = """
      <table><tr><td rowspan=2>三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>3</td></tr>
      <tr><td>（三）不予<br>公开</td><td>1.属于国家秘密</td><td>&nbsp;</td></tr></table>
      """
    #expect(try text(html) == "三、本年度办理结果\t（一）予以公开\t\t3\n\t（三）不予 公开\t1.属于国家秘密\t\n")
  }

  @Test func blocksScriptsEntitiesAndWhitespace() throws {
    let html = """
      <html><head><title>页面</title><style>p { color: red }</style></head><body>
      <script>var s = "<p>不是正文</p>";</script>
      <div>当前位置：首页&nbsp;&gt;&nbsp;政务公开</div><p>一、总体情况
        2021年，&ldquo;本机关&rdquo;&#x4E00;&#20108;</p><p>A &amp; B<br>第二行<P>未闭合段落
      <span style="display: none">隐藏</span><ul><li>一项<li>二项</ul></body></html>
      """
    #expect(try text(html) == "当前位置：首页 > 政务公开\n一、总体情况 2021年，“本机关”一二\nA & B\n第二行\n未闭合段落\n一项\n二项\n")
  }

  @Test func tableHoldingATableIsLayoutAndItsCellsAreBlocks() throws {
    let html = """
      <table><tr><td>索引号：1</td></tr><tr><td><p>标题</p><table><tr><th>a</th><th>b</th></tr></table></td></tr></table>
      """
    let document = try HTMLDocumentReader.read(Array(html.utf8))
    #expect(document.text == "索引号：1\n标题\na\tb\n")
    #expect(document.location(at: document.text.utf8.count - 2) == .cell(table: 1, row: 1, column: 2))
    #expect(document.location(at: 0) == .paragraph(1))
  }

  @Test func unclosedCellsAndRowsCloseWhereHTMLImpliesIt() throws {
    #expect(try text("<table><tr><td>1<td>2<tr><td>3</table><p>后") == "1\t2\n3\t\n后\n")
  }

  @Test func gb18030PageIsDecoded() throws {
    // 「年报」 in GB18030, declared as gb2312.
    let bytes = Array("<meta charset=gb2312><p>".utf8) + [0xC4, 0xEA, 0xB1, 0xA8] + Array("</p>".utf8)
    #expect(try HTMLDocumentReader.read(bytes).text == "年报\n")
  }

  @Test func hostileMarkupNeverCrashes() throws {
    _ = try text(String(repeating: "<div><table><tr><td>", count: 5000))
    _ = try text("<table><tr><td rowspan=99999999 colspan=99999999>x</td></tr></table>")
    var generator = SeededGenerator(seed: 7)
    let pieces = [
      "<", ">", "<td", "</tr>", "<table>", "&", "&#", "&#x110000;", "\"", "'", "=", "<!--", "<![CDATA[", "年", " ",
    ]
    for _ in 0..<200 {
      let soup = (0..<60).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let document = try HTMLDocumentReader.read(Array(soup.utf8))
      for place in document.places { #expect(place.range.end <= document.text.utf8.count) }
    }
  }
}
