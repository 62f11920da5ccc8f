import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The reader on the corpus made with real programs (`Scripts/make-reader-corpus.sh`): every report in every form,
/// every cell of tables 二, 三 and 四 against the report's expected reading. No form may give a wrong value; the
/// forms the reader covers must give every value.
@Suite struct ReaderCorpusTests {
  private static let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("corpus")

  /// Every form the corpus holds, as named in its files (`<report>.<form>.txt`).
  static let forms = [
    "pdf-layout", "pdf-raw", "w3m", "lynx", "pandoc", "flat-spaced", "flat-glued",
    "word-txt", "word-pandoc", "word-pdf-layout", "word-pdf-raw",
    "html2text", "markdownify", "trafilatura", "bs4-lines", "bs4-glued", "inscriptis",
  ]

  /// Forms that keep every cell, empty ones included: grids, and layouts that keep positions (an empty cell is a
  /// gap where its column stands); in the others an empty cell leaves no trace.
  static let keepEmptyCells: Set<String> = [
    "w3m", "pandoc", "pdf-layout", "lynx", "word-txt", "word-pandoc", "word-pdf-layout",
    "html2text", "markdownify", "trafilatura", "inscriptis",
  ]

  /// Files of a form that keeps positions in which the converter kept none for a table: `pdftotext -layout` packs
  /// words that stand close one space apart, and where every complete row and the header are packed no column's
  /// band can be learned. Their rows with an empty cell are lost by the form, as in flattened text (the reasons
  /// per row are in Reading.md); every other cell must still be read, and none wrong.
  static let packedTables: [String: String] = [
    "inv-2021-sparse.pdf-layout": "A5 page, 9 pt: table 三's complete rows, header and table 四 packed one space apart",
    "inv-2024-zone.pdf-layout": "A5 page, tables inside a layout table's padding: table 三's complete rows and table "
      + "四 packed one space apart",
  ]

  /// Forms whose converter drops the title and every section heading: trafilatura keeps a page's main text, and a
  /// report's `<h1>` and `<h2>` are not part of it. The title is then not read (never from a sentence naming the
  /// report), no section is found, and no heading is read out of place.
  static let dropsHeadings: Set<String> = ["trafilatura"]

  /// Reports whose section headings are paragraphs (`<p><strong>`), which trafilatura keeps as text.
  static let paragraphHeadings: Set<String> = ["inv-2024-zone"]

  /// Reports whose title and headings are all paragraphs (Word's "Save as web page" writes no `<h1>` or `<h2>`):
  /// trafilatura keeps them, so its text is checked as any other form's.
  static let paragraphPages: Set<String> = ["inv-2025-word"]

  /// Reports whose title is paragraphs (`<p><strong>`, over two lines) while their headings are `<h2>`: trafilatura
  /// keeps the title and drops the headings.
  static let paragraphTitles: Set<String> = ["inv-2020-hanzi"]

  /// Files whose wrong values are known misreadings in a part of the reader other work owns, and why. Each is
  /// reported as a known issue, never hidden: every other file must read no wrong value.
  static let knownMisreadings: [String: String] = [:]

  /// Forms not read completely yet, and why; every other form must be read completely.
  static let knownGaps: [String: String] = [
    "pdf-raw": "PDF text in reading order: a table that does not balance as written cannot confirm its stream, and "
      + "its stream has no complete placement without the rules either (example 000: 69 values for 70 cells)",
    "flat-glued": "table 二's glued rows split several ways and table 二 has no balancing rules to choose (inferred "
      + "or unreadable, ambiguous either way: null in the dump)",
    "word-pandoc": "pandoc's grid around inv-2024-zone's nested table wraps its labels across grid lines, and "
      + "inv-2023-split's second table (四、结转…) shows five of its seven columns under a rule of its own (Reading.md)",
    "word-pdf-layout": "LibreOffice's PDF in layout mode: table 三 of 004 (a page without a complete row, one 0 per "
      + "row) and table 四 with empty cells (sub-headers packed) keep no position of their columns (Reading.md)",
    "word-pdf-raw": "LibreOffice's PDF in reading order: as pdf-raw, and streams whose order the reader does not "
      + "assign (Reading.md)",
    "bs4-glued": "get_text(\"\"): every cell glued to the next, as flat-glued with no space at all; runs that split "
      + "several ways stay unread (Reading.md)",
    "inscriptis": "table 二's rows whose one cell is empty (a label and spaces) stay unread; tables 三 and 四 are "
      + "placed on their own grid (Reading.md)",
  ]

  /// Files whose form splits a section heading so that it is not found, and why: a known issue, never hidden; every
  /// other file must read every section. None since round "pdfgap" (`inv-2023-spaces.word-pdf-raw`'s `一、` / `总体情况`
  /// is read as one heading, `SplitHeadingTests`).
  static let headingGaps: [String: String] = [:]

  /// Files of a form read completely elsewhere whose unread cells are known gaps of the reader, and why.
  static let fileGaps: [String: String] = [
    "inv-2022-dept.pdf-layout": "a label cut by a narrow column is not found (`1.申请人无` cut by group fragments "
      + "at the line starts): GJ302",
    "inv-2025-word.lynx": "empty cells lost in lynx's one-cell-a-line table 三 (rows whose values do not fit their "
      + "columns) and table 四",
    "inv-2025-word.pdf-layout": "table 四's 9 values for 15 cells (`一、本年新收…申` / `请数量` with its values over "
      + "both lines is read since round layout9)",
    "inv-2023-spaces.pdf-layout": "the empty 总计 of （一）予以公开 leaves six values, and the complete rows' columns "
      + "do not line up (`1761 215 …` and `1 3 2 …` far wider): 1 row of table 三 unread (GJ308), none wrong (its rows wrapped below their labels are read since round "
      + "layout9)",
    "inv-2021-wide.w3m": "full-width values too wide for their grid cells wrap onto the grid row's next line "
      + "(`│１６１ │` / `│５     │`): 一、本年新收 and （七）总计 unread (GJ308), none wrong (Reading.md, round unseen7)",
    "inv-2021-wide.pdf-layout": "full-width values too wide for their cells wrap inside them in Chromium's PDF "
      + "(`８` over `３` for 83, `２` over `４` for 24): the rows beside a line of such pieces are unread (GJ308), none "
      + "wrong (Reading.md, round unseen7b)",
  ]

  static let reports: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
  }()

  /// The score of one form over every report.
  static func score(_ form: String) -> CorpusScore {
    reports.reduce(CorpusScore()) { total, report in
      let file = "\(report).\(form).txt"
      guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
        let expected = ReadingComparison.load(folder.appendingPathComponent("\(report).expected.json"))
      else { return total + CorpusScore(unread: 1, unreadCells: ["\(file) missing"]) }
      return total
        + CorpusScore(
          ReportSummary(ReportReader.read(SourceText(text))), expected: expected, file: file,
          losesEmptyCells: !keepEmptyCells.contains(form) || packedTables["\(report).\(form)"] != nil,
          isKnownGap: fileGaps["\(report).\(form)"] != nil
        )
    }
  }

  /// The title, the report year and the six sections (by number), and no heading out of place, for one corpus
  /// file; empty when all agree.
  static func documentDifferences(_ report: String, _ form: String) -> [String] {
    let file = "\(report).\(form).txt"
    guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
      let expected = ReadingComparison.load(folder.appendingPathComponent("\(report).expected.json"))
    else { return ["\(file) missing"] }
    let headingsDropped = dropsHeadings.contains(form) && !paragraphPages.contains(report)
    let report = ReportReader.read(SourceText(text))
    let summary = ReportSummary(report)
    var differences: [String] = []
    // No corpus report has a heading out of place: a table's or an appendix's row read as one is a misreading.
    differences += report.strayHeadings.map { "\(file): heading out of place at \($0.range)" }
    if headingsDropped {
      if paragraphTitles.contains(where: { file.hasPrefix("\($0).") }) {
        if summary.title != expected["title"] as? String {
          differences.append("\(file): title «\(summary.title ?? "-")»")
        }
      } else if let title = summary.title {
        differences.append("\(file): title «\(title)» from a text without one")
      }
      let sections = summary.sections.map(\.number)
      let kept = paragraphHeadings.contains { file.hasPrefix("\($0).") }
      if sections != (kept ? (expected["sections"] as? [Int] ?? []) : []) {
        differences.append("\(file): sections \(sections)")
      }
      return differences
    }
    if summary.title != expectedTitle(expected["title"] as? String, form: form) {
      differences.append("\(file): title «\(summary.title ?? "-")»")
    }
    if summary.reportYear != expected["reportYear"] as? Int {
      differences.append("\(file): year \(summary.reportYear ?? 0)")
    }
    let sections = summary.sections.map(\.number)
    if sections != expected["sections"] as? [Int] { differences.append("\(file): sections \(sections)") }
    return differences
  }

  /// Forms whose converter drops characters outside the Basic Multilingual Plane: LibreOffice's HTML import loses
  /// `𠀀` (`inv-2019-county`), so the Word route's text never holds it; the title is read as the text has it.
  static let losesAstralCharacters: Set<String> = ["word-txt", "word-pandoc", "word-pdf-layout", "word-pdf-raw"]

  private static func expectedTitle(_ title: String?, form: String) -> String? {
    guard let title, losesAstralCharacters.contains(form) else { return title }
    return String(String.UnicodeScalarView(title.unicodeScalars.filter { $0.value <= 0xFFFF }))
  }

  @Test(arguments: forms)
  func formReadsTitleYearAndSections(_ form: String) {
    let differences = Self.reports.flatMap { Self.documentDifferences($0, form) }
    let known = differences.filter { difference in Self.headingGaps.keys.contains { difference.hasPrefix("\($0).") } }
    let other = differences.filter { !known.contains($0) }
    #expect(other.isEmpty, "\(other.joined(separator: "\n"))")
    if !known.isEmpty {
      withKnownIssue(Comment(rawValue: Self.headingGaps.values.joined(separator: "; "))) {
        #expect(known.isEmpty, "\(known.joined(separator: "\n"))")
      }
    }
  }

  @Test func corpusHasEveryReportInEveryForm() {
    #expect(Self.reports.count >= 8)
    for report in Self.reports {
      for form in Self.forms {
        let path = Self.folder.appendingPathComponent("\(report).\(form).txt").path
        #expect(FileManager.default.fileExists(atPath: path))
      }
    }
  }

  @Test(arguments: forms)
  func formNeverReadsAWrongValueAndReadsEveryCovered(_ form: String) {
    let score = Self.score(form)
    print("corpus \(form.padding(toLength: 12, withPad: " ", startingAt: 0)) \(score)")
    // `CORPUS_DEBUG=1 swift test --filter ReaderCorpusTests` lists every wrong and unread cell.
    if ProcessInfo.processInfo.environment["CORPUS_DEBUG"] != nil {
      for cell in score.wrongCells { print("WRONG \(cell)") }
      for cell in score.unreadCells { print("UNREAD \(cell)") }
    }
    #expect(score.total > 1000)
    let known = score.wrongCells.filter { cell in Self.knownMisreadings.keys.contains { cell.hasPrefix("\($0).") } }
    let wrong = score.wrongCells.filter { !known.contains($0) }
    #expect(wrong.isEmpty, "\(form): \(wrong.prefix(10).joined(separator: "\n"))")
    if !known.isEmpty {
      withKnownIssue(Comment(rawValue: Self.knownMisreadings.values.joined(separator: "; "))) {
        #expect(known.isEmpty, "\(form): \(known.prefix(10).joined(separator: "\n"))")
      }
    }
    if let gap = Self.knownGaps[form] {
      withKnownIssue(Comment(rawValue: gap)) {
        #expect(score.unread == 0, "\(form): \(score.unreadCells.prefix(10).joined(separator: "\n"))")
      }
    } else {
      #expect(score.unread - score.knownUnread == 0, "\(form): \(score.unreadCells.prefix(10).joined(separator: "\n"))")
    }
  }
}
