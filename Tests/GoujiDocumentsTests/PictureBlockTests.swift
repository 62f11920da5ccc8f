import Foundation
import GoujiDocuments
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A picture standing alone in a paragraph (a table published as an image) is written as a picture's trace, so a
/// document's pictured table reads as unread (GJ308), never as missing (GJ301); a picture beside text or inside a
/// data table's cell leaves no trace.
@Suite struct PictureBlockTests {
  private func text(_ html: String) throws -> String {
    try HTMLDocumentReader.read(Array(html.utf8)).text
  }

  @Test func aPictureAloneInAParagraphIsATraceLine() throws {
    let html = """
      <p>一、总体情况</p><p style="text-align:center"><img src=" /uploads/2024/W0202401.png?v=2#top "></p>
      <p>说明<img src="icon.gif">文字𠀀</p><div><img src="data:image/png;base64,iVBORw0KGgo="></div>
      <p><img src="图 片.png"><br><img></p>
      """
    #expect(try text(html) == "一、总体情况\n![](W0202401.png)\n说明文字𠀀\n[IMG]\n[IMG]\n[IMG]\n")
  }

  @Test func aPictureIsCountedAsTheParagraphItStandsIn() throws {
    let document = try HTMLDocumentReader.read(Array("<p>甲</p><p><img src=a.png></p><p>乙</p>".utf8))
    #expect(document.text == "甲\n![](a.png)\n乙\n")
    #expect(document.location(at: "甲\n".utf8.count) == .paragraph(2))
    #expect(document.location(at: "甲\n![](a.png)\n".utf8.count) == .paragraph(3))
  }

  @Test func aDocumentOfPicturesHoldsNoText() throws {
    let html = "<p><img src=scan1.png></p><table><tr><td>1</td></tr></table>"
    let pictures = try HTMLDocumentReader.read(Array(html.utf8))
    #expect(pictures.text == "![](scan1.png)\n1\n")
    #expect(!pictures.holdsText)
    let withText = "<p><img src=a.png></p><table><tr><td>年</td></tr></table>"
    #expect(try HTMLDocumentReader.read(Array(withText.utf8)).holdsText)
    #expect(try HTMLDocumentReader.read(Array("<p>𠀀</p>".utf8)).holdsText)
  }

  @Test func aDataTableCellKeepsItsTextOnlyAndALayoutTableItsPictures() throws {
    #expect(try text("<table><tr><td><img src=seal.png></td><td>3</td></tr></table>") == "\t3\n")
    let layout = "<table><tr><td><p><img src=t3.png></p><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>"
    #expect(try text(layout) == "![](t3.png)\na\tb\n")
  }

  @Test func aNameThatIsNotPlainIsWrittenAsIMG() throws {
    let long = String(repeating: "a", count: 77) + ".png"
    #expect(try text("<p><img src=\"\(long)\"></p><p><img src=\"x(1).png\"></p>") == "[IMG]\n[IMG]\n")
    #expect(try text("<p><img src=\"\(long.dropFirst())\"></p>") == "![](\(long.dropFirst()))\n")
  }

  /// The reader corpus's `inv-2023-images` (tables 三 and 四 as `<img>`) as its page and as LibreOffice's `.docx` of
  /// it (`Scripts/make-document-fixtures.sh`): each reads tables 三 and 四 as pictures at their traces, table 二 read.
  @Test(arguments: ["inv-2023-images.html", "inv-2023-images.docx"])
  func aPicturedTableIsReadAsAPicture(_ file: String) throws {
    let bytes = Fixtures.bytes(Fixtures.folder("GoujiDocumentsTests").appendingPathComponent("pictures/\(file)"))
    let document = try file.hasSuffix(".docx") ? WordDocumentReader.read(bytes) : HTMLDocumentReader.read(bytes)
    let text = SourceText(document.text)
    let report = ReportReader.read(text)
    let pictured = report.problems.compactMap { problem -> (table: Int, trace: String)? in
      guard case .tablePicture(let table) = problem.kind else { return nil }
      return (table.rawValue, text[problem.range])
    }
    let trace = file.hasSuffix(".docx") ? "[IMG]" : "![](W020240120"
    #expect(pictured.map(\.table) == [3, 4])
    #expect(pictured.allSatisfy { $0.trace.hasPrefix(trace) })
    #expect(!report.problems.contains { if case .tableMissing = $0.kind { true } else { false } })
    #expect(report.table2 != nil)
  }
}
