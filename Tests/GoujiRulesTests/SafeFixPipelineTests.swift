import Foundation
import GoujiAnalysis
import GoujiFormats
import GoujiRules
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// A report the whole pipeline runs on: an example or a rule fixture.
struct PipelineInput: CustomTestStringConvertible, Sendable {
  var name: String
  var text: SourceText
  var previous: Report?

  var testDescription: String { name }

  static let all: [PipelineInput] =
    Fixtures.exampleNames.map { PipelineInput(name: $0, text: SourceText(Fixtures.example($0)), previous: nil) }
    + readerForms
    + RuleFixture.all.map { fixture in
      PipelineInput(name: fixture.testDescription, text: fixture.text(), previous: fixture.previous())
    }

  /// The reader's corpus: the examples in each of the forms real reports arrive in.
  static let readerForms: [PipelineInput] = {
    let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("forms")
    return Fixtures.files(in: folder).filter { $0.hasSuffix(".txt") }.map { name in
      PipelineInput(
        name: "forms/\(name)", text: SourceText(Fixtures.text(folder.appendingPathComponent(name))), previous: nil)
    }
  }()
}

/// Applying every safe fix (`Analyzer.applyingSafeFixes`, what `gouji check --fix` and a fix-all do) to real reports.
@Suite struct SafeFixPipelineTests {
  @Test(arguments: PipelineInput.all)
  func safeFixesRemoveTheirFindingsAndIntroduceNothing(_ input: PipelineInput) {
    let before = Analyzer.analyze(input.text, previous: input.previous).diagnostics
    let (fixed, applied) = Analyzer.applyingSafeFixes(input.text, previous: input.previous)
    let after = Analyzer.analyze(fixed, previous: input.previous).diagnostics
    let safelyFixable = before.filter { $0.fixes.contains(where: \.isSafe) }
    #expect(applied >= (safelyFixable.isEmpty ? 0 : 1))
    // Every finding with a safe fix is gone …
    let left = after.filter { $0.fixes.contains(where: \.isSafe) }
    #expect(left.isEmpty, "still fixable: \(left.map { render($0, in: fixed) })")
    // … and nothing is there that was not there before, among the findings that had no safe fix. A finding whose
    // message quotes text a fix changed (GJ102 quoting a heading GJ103 corrected, GJ401 quoting a total GJ310
    // corrected) is the same finding: only a code with more findings than before counts as introduced.
    let kept = before.filter { !$0.fixes.contains(where: \.isSafe) }
    let introduced = added(multiset(after), beyond: multiset(kept)).filter { item in
      after.filter { $0.code == item.code }.count > kept.filter { $0.code == item.code }.count
    }
    #expect(introduced.isEmpty, "introduced: \(introduced)")
  }

  /// A safe fix cannot change a figure the writer meant: every cell written before the fix-all holds the same text
  /// after it (an empty cell may be filled; a compatibility digit may become its ASCII form; a count written `无` or
  /// `〇`, which every rule reads as 0, may become `0`, GJ306).
  @Test(arguments: PipelineInput.all)
  func safeFixesNeverChangeAWrittenNumber(_ input: PipelineInput) {
    let before = writtenCells(ReportReader.read(input.text))
    let after = writtenCells(ReportReader.read(Analyzer.applyingSafeFixes(input.text, previous: input.previous).text))
    for (key, text) in before {
      guard let fixed = after[key] else { continue }  // a row moved by a fix above it is read again under its key
      let meant = Cell.countsAsZero(text) && fixed == "0" ? "0" : CharacterFolding.normalizeAndTrim(text)
      #expect(CharacterFolding.normalizeAndTrim(fixed) == meant, "\(key): \(text) → \(fixed)")
    }
  }

  /// The text of every written cell of the three tables, by table, row and column.
  private func writtenCells(_ report: Report) -> [String: String] {
    var cells: [String: String] = [:]
    for id in TableID.allCases {
      for row in report.table(id)?.rows ?? [] {
        for (index, cell) in row.cells.enumerated() where cell.state == .written {
          cells["\(id.rawValue)/\(row.subtable ?? "")/\(row.key)/\(index)"] = cell.text
        }
      }
    }
    return cells
  }

  @Test(arguments: PipelineInput.all)
  func fixingTwiceIsFixingOnce(_ input: PipelineInput) {
    let once = Analyzer.applyingSafeFixes(input.text, previous: input.previous).text
    let twice = Analyzer.applyingSafeFixes(once, previous: input.previous)
    #expect(twice.text == once)
    #expect(twice.applied == 0)
  }

  @Test(arguments: PipelineInput.all)
  func applyingSafeFixesIsIdempotent(_ input: PipelineInput) {
    checkSafeFixesIdempotent(input.text)
  }

  @Test(arguments: PipelineInput.all)
  func diagnosticsAreOnOneLineAndInsideTheText(_ input: PipelineInput) {
    for diagnostic in Analyzer.analyze(input.text, previous: input.previous).diagnostics {
      for message in [diagnostic.message.zh, diagnostic.message.en] + diagnostic.related.map(\.message.zh) {
        #expect(!message.contains { $0.isNewline }, "\(diagnostic.code): \(message)")
      }
      let edits = diagnostic.fixes.flatMap { $0.edits.map(\.range) }
      let ranges = [diagnostic.range] + diagnostic.related.map(\.range) + edits
      #expect(ranges.allSatisfy { $0.end <= input.text.count && input.text.clamp($0) == $0 }, "\(diagnostic.code)")
    }
  }

  @Test(arguments: PipelineInput.all)
  func fixAvailabilityMatchesTheRulesMetadata(_ input: PipelineInput) throws {
    for diagnostic in Analyzer.analyze(input.text, previous: input.previous).diagnostics {
      let rule = try #require(RuleRegistry.rule(diagnostic.code))
      switch rule.metadata.fixAvailability {
      case .never: #expect(diagnostic.fixes.isEmpty, "\(diagnostic.code) offers a fix")
      case .always: #expect(!diagnostic.fixes.isEmpty, "\(diagnostic.code) offers no fix")
      case .sometimes: break
      }
    }
  }
}

/// Official typography in Chinese messages: numbers in Chinese text take no ASCII space on either side (a row's
/// numbering after its group, `（四）无法提供 1.本机关…`, is a label, not a number).
@Suite struct ChineseTypographyTests {
  /// `text` with every quotation, nested ones included, emptied: `正文称“”，…`.
  static func unquoted(_ text: String) -> String {
    var depth = 0
    return String(
      text.filter { character in
        if character == "“" { depth += 1 } else if character == "”" { depth = max(0, depth - 1); return depth == 0 }
        return depth == 0
      })
  }

  @Test(arguments: PipelineInput.all)
  func noASCIISpaceAroundNumbersInChineseMessages(_ input: PipelineInput) {
    let spaced = /[\p{Han}）”] \d+(?![.\d])|\d [\p{Han}（“]/
    for diagnostic in Analyzer.analyze(input.text, previous: input.previous).diagnostics {
      let texts = [diagnostic.message.zh] + diagnostic.related.map(\.message.zh) + diagnostic.fixes.map(\.title.zh)
      // A quotation reproduces the report's own text, spaces included.
      for text in texts.map(Self.unquoted) {
        #expect(text.firstMatch(of: spaced) == nil, "\(diagnostic.code): \(text)")
      }
    }
  }
}
