import Foundation
import GoujiTestSupport
import Testing

/// `check` and `dump` on .docx, .html and .pdf files, and directories holding them.
@Suite struct DocumentInputTests {
  static let documents = Fixtures.folder("GoujiDocumentsTests").appendingPathComponent("documents")
  static func path(_ name: String) -> String { documents.appendingPathComponent(name).path }

  @Test func findingsInAWordDocumentNameTheTableCell() {
    let run = CLI.run(["check", "--lang", "en", Self.path("000_212ac920282683c5.docx")])
    #expect(run.status == 1)
    // GJ310 on the 总计 of 一、本年新收: table 2 (table 二 is table 1), row 4, the tenth grid column.
    #expect(run.out.contains("error[GJ310]"))
    #expect(run.out.contains("note: in the document: table 2, row 4, column 10"))
    #expect(run.out.contains("note: in the document: paragraph 10"))
  }

  @Test func jsonGainsTheDocumentLocationOnlyForDocuments() throws {
    let run = CLI.run(["check", "--format", "json", Self.path("000_212ac920282683c5.html")])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let file = try #require((json["files"] as? [[String: Any]])?.first)
    let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
    let total = try #require(diagnostics.first { $0["code"] as? String == "GJ310" && $0["line"] as? Int == 38 })
    #expect(total["documentLocation"] as? [String: Int] == ["table": 2, "row": 4, "column": 10])
    let text = CLI.run([
      "check", "--format", "json", Fixtures.examples.appendingPathComponent("000_212ac920282683c5.txt").path,
    ])
    #expect(!text.out.contains("documentLocation"))
  }

  @Test func dumpTextShowsTheExtractedTextWithTablesAsTABRows() {
    let run = CLI.run(["dump", "--format", "text", Self.path("001_787e7c90b6bc98b9.docx")])
    #expect(run.status == 0)
    let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.contains("规章\t0\t0\t0"))
    #expect(lines.contains("\t\t2. 其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0"))
  }

  @Test func aDirectoryIsSearchedForDocumentsToo() {
    let run = CLI.run(["check", "--lang", "en", "--select", "GJ310", Self.documents.path])
    #expect(run.out.contains("Checked 11 files"))
    #expect(run.out.contains("000_212ac920282683c5.docx:38:32"))
    #expect(run.out.contains("000_212ac920282683c5.html:38:32"))
  }

  @Test func fixLeavesDocumentsUnchanged() throws {
    let directory = CLI.temporaryDirectory()
    let copy = directory.appendingPathComponent("report.docx")
    try FileManager.default.copyItem(at: Self.documents.appendingPathComponent("004_b1d7aab7bdee8be9.docx"), to: copy)
    let before = try Data(contentsOf: copy)
    _ = CLI.run(["check", "--fix", copy.path])
    #expect(try Data(contentsOf: copy) == before)
  }

  /// Tables 三 and 四 published as pictures: a warning at each picture (GJ308), not an error that they are missing.
  @Test(arguments: ["inv-2023-images.html", "inv-2023-images.docx"])
  func aPicturedTableIsAWarningAtThePicture(_ file: String) {
    let path = Fixtures.folder("GoujiDocumentsTests").appendingPathComponent("pictures/\(file)").path
    let run = CLI.run(["check", "--lang", "en", path])
    #expect(run.status == 0)
    #expect(run.out.components(separatedBy: "warning[GJ308]").count == 3)
    #expect(!run.out.contains("GJ301"))
  }

  /// The same report printed by Chromium with its two tables as pictures: `pdftohtml -xml` places each picture,
  /// and each is a warning at its trace, not an error that the table is missing.
  @Test(.enabled(if: ExternalTool.shouldRun(["/usr/bin/pdftohtml"])))
  func aPicturedTableInAPDFIsAWarningAtThePicture() {
    aPicturedTableIsAWarningAtThePicture("inv-2023-images.pdf")
  }

  /// A scanned PDF (a page as a picture, printed by Chromium) holds no text: it is an unreadable file (exit 2, named
  /// with the reason), never a report lacking every section (six GJ101 errors).
  @Test(.enabled(if: ExternalTool.shouldRun(["/usr/bin/pdftotext"])))
  func aScannedPDFIsUnreadableNotAnEmptyReport() {
    let scan = Fixtures.folder("GoujiDocumentsTests").appendingPathComponent("scans/scanned-001.pdf").path
    let run = CLI.run(["check", "--lang", "en", scan])
    #expect(run.status == 2)
    #expect(run.err.contains("scanned-001.pdf: the PDF file holds no text (a scan or pictures?)"))
    #expect(!run.out.contains("GJ101"))
  }

  @Test func aPageOfPicturesIsUnreadableButAnEmptyTextFileIsChecked() throws {
    let page = CLI.temporaryDirectory().appendingPathComponent("pictures 𠀀.html")
    try Data("<html><body>\r\n<p><img src=\"p1.png\"></p>\r\n<p>&nbsp;1</p></body></html>".utf8).write(to: page)
    let pageRun = CLI.run(["check", page.path])
    #expect(pageRun.status == 2)
    #expect(pageRun.err.contains("pictures 𠀀.html: 网页中没有文字（只有图片？）：无法读取"))
    let text = CLI.temporaryDirectory().appendingPathComponent("empty.txt")
    try Data().write(to: text)
    #expect(CLI.run(["check", text.path]).status == 1)
  }

  /// Reports published as .doc, .wps, .rtf or .ofd files cannot be read: a folder's are named with what to do
  /// (exit 2), never skipped silently; other files (pictures, spreadsheets) are not reports and are passed over.
  @Test func aFolderNamesTheReportsItCannotRead() throws {
    let folder = CLI.temporaryDirectory().appendingPathComponent("报告 𠀀")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("附件"), withIntermediateDirectories: true)
    let example = Fixtures.examples.appendingPathComponent("002_cf9a8ca2a320709f.txt")
    try FileManager.default.copyItem(at: example, to: folder.appendingPathComponent("a.txt"))
    for name in ["附件/b.DOC", "c.wps", "d.ofd", "e.jpg", "f.xlsx"] {
      try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: folder.appendingPathComponent(name))
    }
    let run = CLI.run(["check", "--lang", "en", folder.path])
    #expect(run.status == 2)
    #expect(run.out.contains("Checked 1 file"))
    let named = run.err.split(separator: "\n").map { String($0.split(separator: ": ").first ?? "") }
    #expect(named == ["gouji", "gouji", "gouji"])
    #expect(run.err.contains("附件/b.DOC: this format cannot be read: save it as .docx"))
    #expect(run.err.contains("c.wps: this format cannot be read"))
    #expect(run.err.contains("d.ofd: OFD files cannot be read"))
    #expect(!run.err.contains("e.jpg") && !run.err.contains("f.xlsx"))
    let named2 = CLI.run(["check", folder.appendingPathComponent("c.wps").path])
    #expect(named2.status == 2)
    #expect(named2.err.contains("c.wps: 无法读取此格式的文件：请另存为.docx"))
  }

  @Test func damagedDocumentIsUnreadableInputNotAFinding() throws {
    let path = Fixtures.folder("GoujiDocumentsTests").appendingPathComponent("archives/truncated.docx").path
    let run = CLI.run(["check", "--lang", "en", path])
    #expect(run.status == 2)
    #expect(run.err.contains("cannot be read as a Word document: the ZIP archive is truncated"))
    #expect(CLI.run(["check", path]).err.contains("无法作为Word文档读取"))
  }

  @Test func pdfWithoutPdftotextSaysHowToInstallIt() {
    let run = CLI.run(["dump", Self.path("001_787e7c90b6bc98b9.pdf")], environment: ["PATH": "/nonexistent"])
    #expect(run.status == 2)
    #expect(run.err.contains("apt-get install poppler-utils"))
  }

  /// A converter that writes more to its error stream than a pipe holds before it writes the text: reading one
  /// stream to its end before the other would wait forever.
  @Test func pdfConverterFloodingItsErrorStreamStillFinishes() throws {
    let tools = Fixtures.folder("GoujiCLITests").appendingPathComponent("flooding-pdftotext").path
    let run = CLI.run(["dump", Self.path("001_787e7c90b6bc98b9.pdf")], environment: ["PATH": "\(tools):/usr/bin:/bin"])
    #expect(run.status == 0, "\(run.err)")
    let dump = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    #expect((dump["sections"] as? [[String: Any]])?.count == 6)
  }

  @Test(.enabled(if: ExternalTool.shouldRun(["/usr/bin/pdftotext"])))
  func pdfIsReadThroughPdftotext() throws {
    let run = CLI.run(["dump", Self.path("001_787e7c90b6bc98b9.pdf")], environment: ["PATH": "/usr/bin:/bin"])
    #expect(run.status == 0)
    let dump = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    #expect((dump["sections"] as? [[String: Any]])?.compactMap { $0["number"] as? Int } == [1, 2, 3, 4, 5, 6])
  }
}
