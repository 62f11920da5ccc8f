import GoujiDocuments
import Testing

/// A PDF's large pictures placed in `pdftotext -layout`'s text from `pdftohtml -xml`'s positions: a trace line after
/// the line of the last fragment above each picture, at the page's start when nothing is above it.
@Suite struct PDFPictureTracesTests {
  /// `pdftohtml -xml`'s document of `pages` (630 × 892 each), each holding its elements.
  private func xml(_ pages: [String]) -> [UInt8] {
    let body = pages.enumerated().map { index, page in
      "<page number=\"\(index + 1)\" position=\"absolute\" top=\"0\" left=\"0\" height=\"892\" width=\"630\">\n"
        + "<fontspec id=\"0\" size=\"14\" family=\"A\" color=\"#000000\"/>\n\(page)</page>\n"
    }.joined()
    let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pdf2xml producer=\"poppler\" version=\"25\">\n"
    return Array((document + body + "</pdf2xml>\n").utf8)
  }

  private func text(_ top: Int, _ content: String) -> String {
    "<text top=\"\(top)\" left=\"43\" width=\"300\" height=\"19\" font=\"0\">\(content)</text>\n"
  }

  private func image(_ top: Int, width: Int = 544, height: Int = 218) -> String {
    "<image top=\"\(top)\" left=\"43\" width=\"\(width)\" height=\"\(height)\" src=\"page-1_1.jpg\"/>\n"
  }

  @Test func aPictureGoesAfterTheLineAboveItAndAtThePageStartWhenNothingIs() {
    // pdftohtml lists a page's pictures first; 四's heading (Kangxi ⾏ in pdftohtml, 行 in pdftotext) is above the
    // second picture, nothing of page 2 is above the first.
    let pages = [
      text(100, "三、收到和处理政府信息公开申请情况"),
      image(60) + image(329) + text(298, "<b>四、政府信息公开⾏政复议、⾏政诉讼情况</b>") + text(600, "五、存在𠀀"),
    ]
    let layout = "三、收到和处理政府信息公开申请情况\n\u{C}\n   四、政府信息公开行政复议、 行政诉讼情况\n\n五、存在𠀀\n\u{C}"
    let traced = PDFPictureTraces.inserting(into: layout, pdftohtmlXML: xml(pages))
    #expect(
      traced == "三、收到和处理政府信息公开申请情况\n\u{C}[IMG]\n\n   四、政府信息公开行政复议、 行政诉讼情况\n[IMG]\n\n五、存在𠀀\n\u{C}"
    )
  }

  @Test func smallPicturesAndPicturesWithoutAPlaceGetNoTrace() {
    // A seal (narrow), a banner (flat), and a picture whose line above is not in the text.
    let page =
      text(100, "甲") + image(150, width: 120, height: 120) + image(300, height: 30) + text(400, "乙")
      + image(450)
    let layout = "甲\n丙\n\u{C}"
    #expect(PDFPictureTraces.inserting(into: layout, pdftohtmlXML: xml([page])) == layout)
  }

  @Test func pagesThatDoNotMatchLeaveTheTextAsItIs() {
    let layout = "甲\n\u{C}乙\n\u{C}丙\n\u{C}"
    #expect(PDFPictureTraces.inserting(into: layout, pdftohtmlXML: xml([image(60)])) == layout)
    #expect(PDFPictureTraces.inserting(into: layout, pdftohtmlXML: Array("<pdf2xml><page".utf8)) == layout)
  }

  @Test func pdfimagesListsALargePictureByItsSizeInInches() {
    let header = """
      page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
      --------------------------------------------------------------------------------------------

      """
    let table = "   2     0 image     497   200  icc     3   8  jpeg   no       104  0    99    99 17.9K 6.1%\n"
    let seal = "   3     1 image     200   200  rgb     3   8  image  no        12  0   150   150 5.0K 3%\n"
    let mask = "   2     1 smask     497   200  gray    1   8  image  no       105  0    99    99 1.0K 1%\n"
    #expect(PDFPictureTraces.listsLargePicture(header + table))
    #expect(!PDFPictureTraces.listsLargePicture(header + seal + mask))
    #expect(!PDFPictureTraces.listsLargePicture(header))
  }
}
