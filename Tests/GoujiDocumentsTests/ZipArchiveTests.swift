import Foundation
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiDocuments

/// The archive reader against archives written by Python's zipfile (`Scripts/make-archive-fixtures.py`).
@Suite struct ZipArchiveTests {
  static let archives = Fixtures.folder("GoujiDocumentsTests").appendingPathComponent("archives")

  static func bytes(_ name: String) -> [UInt8] {
    Fixtures.bytes(archives.appendingPathComponent(name))
  }

  /// What the minimal document of every readable archive reads as.
  static let expectedText = "标题\tA & B\n第二行\n合并\t\t总计\n1\t\t\n完\n"

  @Test(arguments: ["stored.docx", "deflated.docx", "descriptor.docx", "zip64-extra.docx"])
  func readableArchiveGivesTheDocument(_ name: String) throws {
    let document = try WordDocumentReader.read(Self.bytes(name))
    #expect(document.text == Self.expectedText)
    let utf8 = Array(document.text.utf8)
    func offset(of string: String) -> Int {
      let needle = Array(string.utf8)
      return (0...(utf8.count - needle.count)).first { Array(utf8[$0..<$0 + needle.count]) == needle } ?? -1
    }
    #expect(document.location(at: offset(of: "第二行")) == .paragraph(1))
    #expect(document.location(at: offset(of: "合并")) == .cell(table: 1, row: 1, column: 1))
    #expect(document.location(at: offset(of: "总计")) == .cell(table: 1, row: 1, column: 3))
    #expect(document.location(at: offset(of: "1\t")) == .cell(table: 1, row: 2, column: 1))
    #expect(document.location(at: offset(of: "1\t") + 2) == .cell(table: 1, row: 2, column: 2))
    #expect(document.location(at: offset(of: "完")) == .paragraph(2))
    for place in document.places { #expect(place.range.end <= utf8.count) }
  }

  @Test(arguments: [
    ("corrupt-crc.docx", "CRC-32"), ("truncated.docx", "truncated"), ("bomb.docx", "zip bomb"),
    ("bomb-ratio.docx", "zip bomb"), ("bomb-lying.docx", "zip bomb"), ("zip64.docx", "ZIP64"),
    ("no-document.docx", "word/document.xml"), ("not-a-zip.docx", "not a ZIP archive"),
  ])
  func damagedOrHostileArchiveIsRefusedClearly(_ name: String, _ reason: String) throws {
    let bytes = Self.bytes(name)
    #expect {
      _ = try WordDocumentReader.read(bytes)
    } throws: { error in
      (error as? DocumentError)?.reason.contains(reason) == true
    }
  }

  @Test func everyPrefixOfAnArchiveFailsOrReadsWithoutCrashing() throws {
    let bytes = Self.bytes("deflated.docx")
    var failures = 0
    for length in 0..<bytes.count {
      do { _ = try WordDocumentReader.read(Array(bytes[0..<length])) } catch { failures += 1 }
    }
    #expect(failures == bytes.count)
  }

  @Test func corruptedBytesNeverCrash() throws {
    let original = Self.bytes("deflated.docx")
    var generator = SeededGenerator(seed: 14)
    for _ in 0..<500 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
      }
      _ = try? WordDocumentReader.read(bytes)
    }
  }
}

/// WordprocessingML that is not well formed or not laid out as Word writes it still reads without crashing,
/// every place inside the text.
@Suite struct WordMarkupRobustnessTests {
  @Test func xmlSoupNeverCrashes() throws {
    let pieces = [
      "<w:p>", "</w:p>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:t>年</w:t>",
      "<w:gridSpan w:val=\"3\"/>", "<w:gridSpan w:val=\"999999\"/>", "<w:vMerge/>", "<w:tcPr>", "</w:tcPr>",
      "<w:br/>", "<w:tab/>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "&amp;", "<", "\"",
    ]
    var generator = SeededGenerator(seed: 1951)
    for _ in 0..<300 {
      let body = (0..<40).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let xml = Array("<w:document><w:body>\(body)</w:body></w:document>".utf8)
      let root = MarkupTree.build(MarkupTokenizer.tokens(xml, dialect: .xml), dialect: .xml)
      let wordBody = try #require(root.descendant(named: "w:body"))
      let document = DocumentLayout.extract(WordDocumentReader.blocks(in: wordBody))
      for place in document.places { #expect(place.range.end <= document.text.utf8.count) }
    }
  }
}
