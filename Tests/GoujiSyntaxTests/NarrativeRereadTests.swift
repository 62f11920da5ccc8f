import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// Typing in the narrative of a long section re-reads only the lines around the edit (and a window around them for
/// year statements and notice citations), and still gives exactly what a fresh reading gives.
@Suite struct NarrativeRereadTests {
  /// Lines of narrative whose readings span lines or sit at their ends: a `统计期限` sentence and a notice title each
  /// broken across a line end, a citation by number, a `公布…年度报告` statement, leftovers and a page number.
  static let narrative = [
    "本机关持续推进政务公开，本报告所列数据的统计期限", "自2021年1月1日起至2021年12月31日止，回应社会关切。",
    "依据《中华人民共和国政府信息公开工作年度", "报告格式》（国办公开办函〔2021〕30号）编制。[image: 4f2a]",
    "本机关公布2021年度工作报告，**加强**解读 𠀀 工作。", "- 3 -", "",
  ]

  /// Example 002 with `count` copies of ``narrative`` after the heading of section 一, lines ending in `newline`.
  static func grown(count: Int, newline: String = "\n") -> String {
    let base = Fixtures.example("002_cf9a8ca2a320709f.txt")
    let block = String(repeating: narrative.joined(separator: "\n") + "\n", count: count)
    let grown = base.replacingOccurrences(of: "一、总体情况\n", with: "一、总体情况\n" + block)
    return newline == "\n" ? grown : grown.replacingOccurrences(of: "\n", with: newline)
  }

  /// Re-reads `text` after `edit`, expects exactly a fresh reading, and says whether only the lines around the edit
  /// were read again (what was re-read is shorter than section 一).
  @discardableResult
  private func expectNarrativeReread(_ text: String, _ edit: (SourceText) -> TextEdit) -> Bool {
    let report = ReportReader.read(SourceText(text))
    let change = edit(report.text)
    var changes = ReadingChange()
    let reread = ReportReader.reread(report, after: change, recordingIn: &changes)
    let fresh = ReportReader.read(report.text.applyingSequentially([change]))
    #expect(
      reread == fresh, "\(change.range) → «\(change.newText)»: \(IncrementalReadingTests.difference(reread, fresh))")
    let section = report.section(1).map { $0.bodyRange.end - $0.heading.range.start } ?? 0
    return !changes.readInFull && changes.reread.allSatisfy { $0.length < section / 2 }
  }

  /// The offset `distance` bytes after the `occurrence`-th `needle` of `text`.
  private static func offset(of needle: String, _ occurrence: Int, in text: SourceText, plus distance: Int = 0) -> Int {
    var from = 0
    var found = 0
    for _ in 0...occurrence {
      found = text.firstOccurrence(of: Array(needle.utf8), in: TextRange(start: from, end: text.count)) ?? 0
      from = found + 1
    }
    return found + distance
  }

  @Test(arguments: ["\n", "\r\n"])
  func typingInTheMiddleOfALongSectionRereadsOnlyItsLines(_ newline: String) {
    let text = Self.grown(count: 40, newline: newline)
    #expect(
      expectNarrativeReread(text) {
        TextEdit(range: TextRange(emptyAt: Self.offset(of: "回应社会", 20, in: $0)), newText: "的")
      })
  }

  @Test func typingRightAfterTheHeadingAndAtTheEndOfTheSection() {
    let text = Self.grown(count: 40)
    expectNarrativeReread(text) {
      TextEdit(range: TextRange(emptyAt: Self.offset(of: "一、总体情况\n", 0, in: $0, plus: 19)), newText: "年")
    }
    expectNarrativeReread(text) {
      TextEdit(range: TextRange(emptyAt: Self.offset(of: "二、主动公开", 0, in: $0) - 1), newText: "𠀀")
    }
  }

  @Test(arguments: ["\n", "\r\n"])
  func aLineEndTypedOrDeletedInsideASentenceThatSpansLines(_ newline: String) {
    let text = Self.grown(count: 40, newline: newline)
    // The statement of the period and the notice title lose their line break, then get one in a new place.
    #expect(
      expectNarrativeReread(text) { source in
        let end = Self.offset(of: "统计期限", 18, in: source, plus: 12)
        return TextEdit(range: TextRange(start: end, end: end + newline.utf8.count), newText: "")
      })
    expectNarrativeReread(text) {
      TextEdit(range: TextRange(emptyAt: Self.offset(of: "年度\(newline)报告格式", 7, in: $0)), newText: newline)
    }
    expectNarrativeReread(text) {
      TextEdit(range: TextRange(emptyAt: Self.offset(of: "统计期限", 9, in: $0, plus: 6)), newText: newline)
    }
    expectNarrativeReread(text) {
      TextEdit(range: TextRange(emptyAt: Self.offset(of: "国办公开办函", 30, in: $0, plus: 6)), newText: "\r")
    }
  }

  @Test func aLineFeedTypedAfterACarriageReturnSplitsItsLine() {
    let text = Self.grown(count: 40, newline: "\r\n")
    // Between CR and LF: the CR ends one line, the LF another.
    #expect(
      expectNarrativeReread(text) {
        TextEdit(range: TextRange(emptyAt: Self.offset(of: "\r\n", 200, in: $0, plus: 1)), newText: "x")
      })
  }

  @Test func typingThatCreatesAHeadingALeftoverOrAStatementIsReadExactly() {
    let text = Self.grown(count: 40)
    // `三、` at a line start makes a heading candidate: the whole text is read.
    #expect(
      !expectNarrativeReread(text) {
        TextEdit(range: TextRange(emptyAt: Self.offset(of: "本机关公布", 12, in: $0)), newText: "三、")
      })
    #expect(
      expectNarrativeReread(text) {
        TextEdit(range: TextRange(emptyAt: Self.offset(of: "加强", 15, in: $0)), newText: "[image: x]")
      })
    #expect(
      expectNarrativeReread(text) {
        TextEdit(range: TextRange(emptyAt: Self.offset(of: "加强", 16, in: $0)), newText: "统计期限为2020年")
      })
    #expect(
      expectNarrativeReread(text) {
        TextEdit(range: TextRange(emptyAt: Self.offset(of: "加强", 17, in: $0)), newText: "国办公开办函〔2019〕60号")
      })
    // A `[` typed before `image: 4f2a]` and a `*` that joins two emphasis markers.
    expectNarrativeReread(text) { source in
      let image = Self.offset(of: "[image: 4f2a]", 14, in: source)
      return TextEdit(range: TextRange(start: image, end: image + 1), newText: "")
    }
    expectNarrativeReread(text) {
      TextEdit(range: TextRange(emptyAt: Self.offset(of: "**加强", 21, in: $0)), newText: "*")
    }
  }

  @Test func aLongRunOfDigitsRereadsTheWholeSectionExactly() {
    let text = Self.grown(count: 40)
    let serial = "国办公开办函〔2021〕" + String(repeating: "0", count: 40)
    #expect(
      !expectNarrativeReread(text) {
        TextEdit(range: TextRange(emptyAt: Self.offset(of: "加强", 10, in: $0)), newText: serial)
      })
  }

  /// Edits at the edges of the lines a window reads again, each re-read from the last re-reading: the leftovers the
  /// window reads again are replaced where they lie in the list (kept sorted by range), so a leftover on the line
  /// just outside the window is kept once, one inside it is read again, and none is lost or doubled.
  @Test(arguments: ["\n", "\r\n"])
  func leftoversAtTheWindowsEdgesAreReadAgainOnceInAChainOfEdits(_ newline: String) {
    var report = ReportReader.read(SourceText(Self.grown(count: 30, newline: newline)))
    let edits: [(SourceText) -> TextEdit] = [
      // The window is the notice title's lines and the `[image: 4f2a]` line; `**加强**` lies on the line after.
      { TextEdit(range: TextRange(emptyAt: Self.offset(of: "依据《", 10, in: $0)), newText: "𠀀[image: a]") },
      // The window starts at the `**加强**` line; the `[image: 4f2a]` line before it is kept.
      { TextEdit(range: TextRange(emptyAt: Self.offset(of: "- 3 -", 11, in: $0, plus: 2)), newText: "**") },
      // The `]` of an image deleted: it now runs to its line's end.
      { source in
        let close = Self.offset(of: "4f2a]", 12, in: source, plus: 4)
        return TextEdit(range: TextRange(start: close, end: close + 1), newText: "")
      },
      // The line end after an image deleted: the image's line and the emphasis line become one.
      { source in
        let end = Self.offset(of: "4f2a]", 13, in: source, plus: 5)
        return TextEdit(range: TextRange(start: end, end: end + newline.utf8.count), newText: "")
      },
      // A bookmark typed at a line start, a leftover's end typed before an emphasis marker.
      { TextEdit(range: TextRange(emptyAt: Self.offset(of: "本机关公布", 14, in: $0)), newText: "[bookmark: b") },
      { TextEdit(range: TextRange(emptyAt: Self.offset(of: "**加强", 14, in: $0)), newText: "]") },
    ]
    for (step, edit) in edits.enumerated() {
      let change = edit(report.text)
      var changes = ReadingChange()
      let reread = ReportReader.reread(report, after: change, recordingIn: &changes)
      let fresh = ReportReader.read(reread.text)
      #expect(!changes.readInFull, "edit \(step) was read in full")
      #expect(
        reread == fresh,
        "edit \(step): \(change.range) → «\(change.newText)»: \(IncrementalReadingTests.difference(reread, fresh))")
      report = reread
    }
    #expect(report.artifacts.count > 90)
  }

  /// Random typing, deleting and pasting all over the long section 一, every re-read checked against a fresh read.
  @Test(arguments: [UInt64(1), 2, 3])
  func randomTypingInALongSectionEqualsReadingAfresh(_ seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var report = ReportReader.read(SourceText(Self.grown(count: 30, newline: seed == 2 ? "\r\n" : "\n")))
    let pool = [
      "的", "\n", "\r", "\r\n", "2021年", "统计期限", "公布", "国办", "〔2021〕30号", "[image:", "]", "**", "𠀀", "- 4 -", " ",
    ]
    var narrow = 0
    for step in 0..<80 {
      guard let section = report.section(1) else { break }
      let body = section.bodyRange
      let position = report.text.scalarBoundary(
        atOrBefore: Int.random(in: body.start + 1..<body.end, using: &generator))
      let end = report.text.scalarBoundary(
        atOrBefore: min(body.end - 1, position + Int.random(in: 0...8, using: &generator)))
      let edit = TextEdit(
        range: TextRange(start: position, end: max(position, end)),
        newText: Bool.random(using: &generator) ? pool.randomElement(using: &generator)! : ""
      )
      var changes = ReadingChange()
      let reread = ReportReader.reread(report, after: edit, recordingIn: &changes)
      let fresh = ReportReader.read(reread.text)
      #expect(
        reread == fresh,
        "seed \(seed), edit \(step): \(edit.range) → «\(edit.newText)»: \(IncrementalReadingTests.difference(reread, fresh))"
      )
      guard reread == fresh else { return }
      if !changes.readInFull && changes.reread.allSatisfy({ $0.length < body.length / 2 }) { narrow += 1 }
      report = fresh
    }
    #expect(narrow >= 40, "only \(narrow) of 80 edits re-read only the lines around them")
  }
}
